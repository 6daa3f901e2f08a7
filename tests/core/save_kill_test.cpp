// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process at random moments while it saves a project over and over, and checks after every kill that
// the file is one of the two complete versions. The saving process is this test executable itself, started
// again with YC_SAVE_LOOP=<path> and a filter that runs only SaveKill.ChildSavesForever.
#include "plan/project.h"
#include "storage/project_store.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace yc;

namespace {

constexpr char kLoopVariable[] = "YC_SAVE_LOOP";

/// Version 0 or 1 of the saved content: different titles, feature counts and coordinates, so a file mixing
/// the two (or a half-written one) cannot pass for either.
void fillVersion(Project &project, int version)
{
    project.setTitle(QStringLiteral("version %1").arg(version));
    QList<PlanFeature> features;
    const int count = version == 0 ? 300 : 420;
    for (int i = 0; i < count; ++i) {
        PlanFeature f;
        f.id = QStringLiteral("f%1").arg(i);
        f.nameZh = QString::fromUtf8("运城项目%1").arg(i);
        f.nameEn = QStringLiteral("Project %1 v%2").arg(i).arg(version);
        f.category = allCategories().at(i % allCategories().size());
        const double x = 110.2 + (i % 30) * 0.03 + version * 0.001;
        const double y = 34.6 + (i / 30) * 0.03;
        if (i % 3 == 0)
            f.geometry = Geometry::point({x, y});
        else if (i % 3 == 1)
            f.geometry = Geometry::lineString(QPolygonF(QList<QPointF>{{x, y}, {x + 0.01, y + 0.005}, {x + 0.02, y}}));
        else
            f.geometry = Geometry::polygon(QPolygonF(QList<QPointF>{{x, y}, {x + 0.01, y}, {x + 0.01, y + 0.01}}));
        StatusChange c;
        c.status = allStatuses().at((i + version) % allStatuses().size());
        c.date = QDate(2024, 1 + i % 12, 1);
        c.recordedAt = QDateTime(QDate(2024, 2, 1), QTime(9, 0), QTimeZone::utc());
        f.history = {c};
        f.sentenceIds = {QStringLiteral("4.%1.1").arg(1 + i % 7)};
        features.append(f);
    }
    project.setFeatures(features);
}

/// Which version `project` holds, or -1 for neither.
int versionOf(const Project &project)
{
    for (int version : {0, 1}) {
        Project expected;
        fillVersion(expected, version);
        if (project.title() == expected.title() && project.features() == expected.features())
            return version;
    }
    return -1;
}

QStringList strayFiles(const QDir &dir, const QString &projectName)
{
    QStringList out;
    for (const QString &name : dir.entryList(QDir::Files))
        if (name != projectName)
            out.append(name);
    return out;
}

} // namespace

// Only does something as the child of KillDuringRepeatedSaves: saves the two versions alternately until killed,
// printing a line after each completed save.
TEST(SaveKill, ChildSavesForever)
{
    const QString path = qEnvironmentVariable(kLoopVariable);
    if (path.isEmpty())
        GTEST_SKIP() << "runs only as the child process of SaveKill.KillDuringRepeatedSaves";
    Project versions[2];
    fillVersion(versions[0], 0);
    fillVersion(versions[1], 1);
    std::printf("ready\n");
    std::fflush(stdout);
    for (long n = 0;; ++n) {
        const StorageResult result = GeoPackageProjectStore::save(versions[n % 2], path);
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        std::printf("saved %ld\n", n);
        std::fflush(stdout);
    }
}

TEST(SaveKill, KillDuringRepeatedSaves)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.gpkg"));
    {
        Project first;
        fillVersion(first, 0);
        ASSERT_TRUE(GeoPackageProjectStore::save(first, path).ok());
    }

    // Kills must land before, during and after saves however fast this machine is: the delays span about three
    // save durations, measured here on the bigger version.
    qint64 saveMs = 0;
    {
        Project bigger;
        fillVersion(bigger, 1);
        QTemporaryDir timing;
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE(GeoPackageProjectStore::save(bigger, timing.filePath(QStringLiteral("t.gpkg"))).ok());
        saveMs = timer.elapsed();
    }
    const int maxDelay = int(std::max<qint64>(200, 3 * saveMs));
    QRandomGenerator random(6);   // seeded: the same sequence every run
    constexpr int kKills = 40;
    int checks = 0;
    int completedSaves = 0;
    int seen[2] = {0, 0};
    int maxStray = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kLoopVariable), path);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=SaveKill.ChildSavesForever")});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Wait until the child is about to save, then let it run for a random 5–200 ms.
        QElapsedTimer ready;
        ready.start();
        while (!child.readAllStandardOutput().contains("ready") && ready.elapsed() < 20000)
            child.waitForReadyRead(100);
        QThread::msleep(5 + random.bounded(maxDelay));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        completedSaves += int(child.readAllStandardOutput().count("saved "));

        Project reopened;
        const StorageResult loaded = GeoPackageProjectStore::load(reopened, path);
        ASSERT_TRUE(loaded.ok()) << "after kill " << kill << ": " << loaded.error.toStdString();
        const int version = versionOf(reopened);
        ASSERT_NE(version, -1) << "after kill " << kill << " the file holds neither version";
        ++seen[version];
        ++checks;

        // What a killed save may leave: its temporary (with SQLite's journal) and its lock (plus QLockFile's
        // ".rmlock" files when kills hit the removal of a stale lock), until the next save clears them; never
        // more than one temporary.
        QStringList stray = strayFiles(QDir(dir.path()), QStringLiteral("killed.gpkg"));
        stray.removeIf([](const QString &name) {
            return QRegularExpression(QStringLiteral("\\.lock(\\.rmlock)*$")).match(name).hasMatch();
        });
        const int temporaries = int(stray.filter(QRegularExpression(QStringLiteral("\\.saving-[0-9a-f]+\\.gpkg$"))).size());
        maxStray = std::max(maxStray, temporaries);
        EXPECT_LE(temporaries, 1) << "after kill " << kill << ": " << stray.join(QLatin1Char(' ')).toStdString();
        EXPECT_LE(stray.size(), 2) << "after kill " << kill << ": " << stray.join(QLatin1Char(' ')).toStdString();
    }
    std::printf("[ save-kill ] %d kills (delays 5-%d ms, one save takes %lld ms here), %d checks, %d saves "
                "completed, version 0 found %d times, version 1 %d times, at most %d leftover temporary at once\n",
                kKills, 5 + maxDelay, static_cast<long long>(saveMs), checks, completedSaves, seen[0], seen[1], maxStray);
    EXPECT_EQ(checks, kKills);
    EXPECT_GT(completedSaves, 0);
    EXPECT_GT(seen[1], 0);   // some kills landed after a save of the other version
}
