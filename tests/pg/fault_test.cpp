// SPDX-License-Identifier: GPL-3.0-or-later
// The server goes away mid-session: edits stay pending in the project, the save says why it failed, and the
// same edits save once the server is back. Nothing holds a transaction open in between.
#include "pg/team_project.h"

using namespace yc;
using namespace yc::test;

namespace {

class FaultTest : public PgTest {
protected:
    void TearDown() override { serverCtl(QStringLiteral("start")); }   // whatever happened, leave it running
};

TEST_F(FaultTest, PendingEditsSurviveAServerRestart)
{
    const QString uri = publishSmallProject(3, QStringLiteral("fault"));
    Client a(uri), other(uri);
    ASSERT_TRUE(a.open() && other.open());
    a.rename(QStringLiteral("f0"), QString::fromUtf8("停机前的修改"));

    ASSERT_TRUE(serverCtl(QStringLiteral("stop")));
    a.rename(QStringLiteral("f1"), QString::fromUtf8("停机时的修改"));
    const SaveResult failed = a.store->save(*a.project);
    EXPECT_FALSE(failed.error.isEmpty());
    EXPECT_TRUE(failed.error.contains(QStringLiteral("cannot be reached"))) << failed.error.toStdString();
    EXPECT_TRUE(failed.saved.isEmpty());
    // Still pending: in the project, not clean, and still based on the versions loaded.
    EXPECT_EQ(a.feature(QStringLiteral("f0")).nameZh, QString::fromUtf8("停机前的修改"));
    EXPECT_EQ(a.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("停机时的修改"));
    EXPECT_FALSE(a.project->undoStack()->isClean());
    EXPECT_EQ(a.store->baseVersion(QStringLiteral("f0")), 1);
    QString error;
    EXPECT_FALSE(a.store->pull(*a.project, &error).has_value());

    ASSERT_TRUE(serverCtl(QStringLiteral("start")));
    const SaveResult saved = a.store->save(*a.project);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    EXPECT_EQ(saved.saved, (QStringList{QStringLiteral("f0"), QStringLiteral("f1")}));
    EXPECT_TRUE(a.project->undoStack()->isClean());

    // The other client's connection died with the server too; it reconnects and sees both edits.
    const auto pulled = other.store->pull(*other.project, &error);
    ASSERT_TRUE(pulled) << error.toStdString();
    EXPECT_EQ(other.feature(QStringLiteral("f0")).nameZh, QString::fromUtf8("停机前的修改"));
    EXPECT_EQ(other.feature(QStringLiteral("f1")).nameZh, QString::fromUtf8("停机时的修改"));
}

} // namespace
