// SPDX-License-Identifier: GPL-3.0-or-later
// Current values of the report's targets: the undoable command, the history, the progress series and the
// project file.
#include "plan/project.h"
#include "plan/target_commands.h"
#include "plan/target_progress.h"
#include "platform/platform.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

using namespace yc;

namespace {

class TargetValuesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        mProject.setReport(Report::parse(yc::test::bundledReportText()));
        ASSERT_NE(mProject.target(kEnterprises), nullptr);
        ASSERT_EQ(mProject.target(kEnterprises)->value, 60);
    }

    const QString kEnterprises = QStringLiteral("5.2.5#3");   // 新培育科技型中小企业60家
    Project mProject;
};

const TargetProgress *find(const QList<TargetProgress> &list, const QString &id)
{
    for (const TargetProgress &p : list)
        if (p.targetId == id)
            return &p;
    return nullptr;
}

} // namespace

TEST_F(TargetValuesTest, RecordingAppendsToTheHistoryAndUndoes)
{
    QSignalSpy changed(&mProject, &Project::targetValuesChanged);
    QUndoStack *stack = mProject.undoStack();
    stack->push(new RecordTargetValueCommand(mProject, kEnterprises, 21, QDate(2024, 3, 31),
                                             QString::fromUtf8("一季度统计")));
    stack->push(new RecordTargetValueCommand(mProject, kEnterprises, 42, QDate(2024, 6, 30),
                                             QString::fromUtf8("半年统计")));
    const QList<TargetValue> history = mProject.targetValues().value(kEnterprises);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).value, 21);
    EXPECT_EQ(history.at(1).value, 42);
    EXPECT_EQ(history.at(1).date, QDate(2024, 6, 30));
    EXPECT_EQ(history.at(1).note, QString::fromUtf8("半年统计"));
    EXPECT_EQ(history.at(1).user, platform::userName());
    EXPECT_TRUE(history.at(1).recordedAt.isValid());
    EXPECT_EQ(history.at(1).recordedAt.offsetFromUtc(), 0);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.last().at(0).toString(), kEnterprises);
    EXPECT_FALSE(stack->undoText().isEmpty());

    stack->undo();
    ASSERT_EQ(mProject.targetValues().value(kEnterprises).size(), 1);
    EXPECT_EQ(mProject.targetValues().value(kEnterprises).last().value, 21);
    stack->undo();
    EXPECT_FALSE(mProject.targetValues().contains(kEnterprises));
    stack->redo();
    stack->redo();
    EXPECT_EQ(mProject.targetValues().value(kEnterprises), history);
}

TEST_F(TargetValuesTest, UnknownTargetsAndNonNumbersChangeNothing)
{
    QUndoStack *stack = mProject.undoStack();
    stack->push(new RecordTargetValueCommand(mProject, QStringLiteral("99.9.9#1"), 5, QDate(2024, 1, 1), {}));
    stack->push(new RecordTargetValueCommand(mProject, kEnterprises, std::numeric_limits<double>::quiet_NaN(),
                                             QDate(2024, 1, 1), {}));
    stack->push(new RecordTargetValueCommand(mProject, kEnterprises, std::numeric_limits<double>::infinity(),
                                             QDate(2024, 1, 1), {}));
    EXPECT_TRUE(mProject.targetValues().isEmpty());
    EXPECT_EQ(stack->count(), 0);
}

TEST_F(TargetValuesTest, ProgressSeriesGivesTheShareAchieved)
{
    mProject.undoStack()->push(
        new RecordTargetValueCommand(mProject, kEnterprises, 45, QDate(2024, 9, 30), QString::fromUtf8("三季度")));
    const QList<TargetProgress> all = targetProgress(mProject.targets(), mProject.targetValues());
    ASSERT_EQ(all.size(), mProject.targets().size());
    ASSERT_GE(all.size(), 20);
    for (int i = 0; i < all.size(); ++i)
        EXPECT_EQ(all.at(i).targetId, mProject.targets().at(i).id);   // report order

    const TargetProgress *p = find(all, kEnterprises);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->target, 60);
    EXPECT_EQ(p->unit, QString::fromUtf8("家"));
    EXPECT_EQ(p->phrase, QString::fromUtf8("新培育科技型中小企业60家"));
    ASSERT_TRUE(p->latest.has_value());
    EXPECT_EQ(p->latest->value, 45);
    EXPECT_EQ(p->recordCount, 1);
    ASSERT_TRUE(p->fraction().has_value());
    EXPECT_DOUBLE_EQ(*p->fraction(), 0.75);

    // A target without a recorded value has no share yet.
    const TargetProgress *none = find(all, QStringLiteral("5.2.5#1"));
    ASSERT_NE(none, nullptr);
    EXPECT_FALSE(none->latest.has_value());
    EXPECT_FALSE(none->fraction().has_value());

    // By section: only the targets of that section.
    const QList<TargetProgress> five = targetProgress(mProject.targets(), mProject.targetValues(), 5);
    ASSERT_FALSE(five.isEmpty());
    EXPECT_LT(five.size(), all.size());
    for (const TargetProgress &t : five)
        EXPECT_TRUE(t.sentenceId.startsWith(QStringLiteral("5.")));
    EXPECT_NE(find(five, kEnterprises), nullptr);
}

TEST_F(TargetValuesTest, ValuesSurviveSaveAndReopen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    mProject.undoStack()->push(
        new RecordTargetValueCommand(mProject, kEnterprises, 21.5, QDate(2024, 3, 31), QString::fromUtf8("一季度")));
    mProject.undoStack()->push(new RecordTargetValueCommand(mProject, kEnterprises, 42, QDate(), {}));
    mProject.undoStack()->push(new RecordTargetValueCommand(mProject, QStringLiteral("8.1.2#1"), 9000,
                                                            QDate(2024, 6, 30), QString::fromUtf8("林业局")));
    // A value of a target this report does not yield (e.g. from an older extractor) is kept, not dropped.
    TargetValues values = mProject.targetValues();
    values.insert(QStringLiteral("4.9.9#1"), {{3, QDate(2024, 2, 1), QStringLiteral("old"), QStringLiteral("u"), {}}});
    mProject.setTargetValues(values);

    const QString path = dir.filePath(QString::fromUtf8("目标 值.gpkg"));
    const StorageResult saved = GeoPackageProjectStore::save(mProject, path);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();

    Project reopened;
    const StorageResult loaded = GeoPackageProjectStore::load(reopened, path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    EXPECT_EQ(reopened.targetValues(), mProject.targetValues());
    EXPECT_EQ(reopened.targetValues().value(kEnterprises).size(), 2);

    // A file of the same format without the table (saved before it existed) opens with no values.
    Project bundled;
    const StorageResult old = GeoPackageProjectStore::load(bundled, yc::test::sourceDir() + QStringLiteral("/maps/yuncheng.gpkg"));
    ASSERT_TRUE(old.ok()) << old.error.toStdString();
    EXPECT_TRUE(bundled.targetValues().isEmpty());
}

TEST_F(TargetValuesTest, ADamagedValueRowIsAClearError)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        GTEST_SKIP() << "needs the sqlite3 tool to damage a file";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    mProject.undoStack()->push(new RecordTargetValueCommand(mProject, kEnterprises, 12, QDate(2024, 3, 31), {}));
    const QString good = dir.filePath(QStringLiteral("good.gpkg"));
    ASSERT_TRUE(GeoPackageProjectStore::save(mProject, good).ok());
    const struct {
        const char *sql;
        const char *expected;
    } cases[] = {
        {"UPDATE plan_target_values SET value = NULL", "target \"5.2.5#3\" has a recorded value that is not a number"},
        {"UPDATE plan_target_values SET target_id = ''", "has no target_id"},
        {"ALTER TABLE plan_target_values DROP COLUMN note", "has no column note"},
    };
    int n = 0;
    for (const auto &c : cases) {
        const QString damaged = dir.filePath(QStringLiteral("damaged-%1.gpkg").arg(++n));
        ASSERT_TRUE(QFile::copy(good, damaged));
        QProcess p;
        p.start(sqlite, {damaged, QString::fromLatin1(c.sql)});
        ASSERT_TRUE(p.waitForFinished(30000) && p.exitCode() == 0) << c.sql;
        Project project;
        const StorageResult r = GeoPackageProjectStore::load(project, damaged);
        EXPECT_FALSE(r.ok()) << c.sql;
        EXPECT_TRUE(r.error.contains(QString::fromLatin1(c.expected))) << r.error.toStdString();
        EXPECT_TRUE(project.targetValues().isEmpty());
    }
}
