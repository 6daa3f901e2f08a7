// SPDX-License-Identifier: GPL-3.0-or-later
// `yuncheng-planner targets`: lists the report's targets with their current values and records new ones.
#include "cli_run.h"
#include "plan/project.h"
#include "storage/project_store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace yc;
using yc::test::runPlanner;

namespace {

class TargetsCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        mProject = mDir.filePath(QString::fromUtf8("运城 项目.gpkg"));
        ASSERT_TRUE(QFile::copy(yc::test::sourceDir() + QStringLiteral("/maps/yuncheng.gpkg"), mProject));
        QFile::setPermissions(mProject, QFile::ReadOwner | QFile::WriteOwner);
    }

    yc::test::ProcessRun targets(const QStringList &args)
    {
        return runPlanner(QStringLiteral("targets"), QStringList{mProject} + args, mDir.path());
    }

    QByteArray fileHash()
    {
        QFile f(mProject);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir mDir;
    QString mProject;
};

QJsonObject targetIn(const QString &json, const QString &id)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("targets")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

TEST_F(TargetsCommandTest, ListsEveryTarget)
{
    const auto run = targets({});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 20);
    EXPECT_TRUE(run.out.contains(QString::fromUtf8("5.2.5#3\t新培育科技型中小企业60家\t60 家\t—")));
    EXPECT_TRUE(run.out.contains(QString::fromUtf8("5.2.3#1\t新增省市级平台10家至20家\t10–20 家\t—"))) << run.out.toStdString();
}

TEST_F(TargetsCommandTest, RecordsAValueAndKeepsTheHistory)
{
    auto run = targets({QStringLiteral("--target"), QStringLiteral("5.2.5#3"), QStringLiteral("--value"),
                        QStringLiteral("21"), QStringLiteral("--date"), QStringLiteral("2024-03-31")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = targets({QStringLiteral("--target"), QStringLiteral("5.2.5#3"), QStringLiteral("--value"), QStringLiteral("45"),
                   QStringLiteral("--date"), QStringLiteral("2024-09-30"), QStringLiteral("--note"),
                   QString::fromUtf8("科技局统计"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject t = targetIn(run.out, QStringLiteral("5.2.5#3"));
    EXPECT_EQ(t.value(QStringLiteral("current")).toDouble(), 45);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("achieved")).toDouble(), 0.75);
    EXPECT_EQ(t.value(QStringLiteral("records")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-09-30"));
    EXPECT_EQ(t.value(QStringLiteral("note")).toString(), QString::fromUtf8("科技局统计"));

    // The file holds both values, oldest first.
    Project project;
    ASSERT_TRUE(GeoPackageProjectStore::load(project, mProject).ok());
    const QList<TargetValue> history = project.targetValues().value(QStringLiteral("5.2.5#3"));
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).value, 21);
    EXPECT_EQ(history.at(0).date, QDate(2024, 3, 31));
    EXPECT_EQ(history.at(1).value, 45);
    EXPECT_FALSE(history.at(1).user.isEmpty());
}

TEST_F(TargetsCommandTest, BadInputChangesNothing)
{
    const QByteArray before = fileHash();
    const struct {
        QStringList args;
        int exitCode;
        const char *message;
    } cases[] = {
        {{QStringLiteral("--target"), QStringLiteral("9.9.9#9"), QStringLiteral("--value"), QStringLiteral("1")}, 1,
         "has no target 9.9.9#9"},
        {{QStringLiteral("--target"), QStringLiteral("5.2.5#3"), QStringLiteral("--value"), QStringLiteral("many")}, 2,
         "is not a number"},
        {{QStringLiteral("--target"), QStringLiteral("5.2.5#3"), QStringLiteral("--value"), QStringLiteral("3"),
          QStringLiteral("--date"), QStringLiteral("2024-13-01")}, 2, "is not a date"},
        {{QStringLiteral("--value"), QStringLiteral("3")}, 2, "go together"},
    };
    for (const auto &c : cases) {
        const auto run = targets(c.args);
        EXPECT_EQ(run.exitCode, c.exitCode) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(c.message))) << run.err.toStdString();
    }
    EXPECT_EQ(fileHash(), before);
    const auto missing = runPlanner(QStringLiteral("targets"), {mDir.filePath(QStringLiteral("none.gpkg"))}, mDir.path());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << missing.err.toStdString();
}
