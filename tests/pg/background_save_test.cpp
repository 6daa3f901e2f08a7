// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a shared project does not hold up the window: while the server makes the save wait (another client
// holds the feature's row locked), the event loop keeps running and the status bar shows the save in flight;
// when the other client's change commits, the save still meets it as a conflict and asks.
#include "pg/shared_window_support.h"
#include "storage/pg_connection.h"

#include <QProgressBar>
#include <QTimer>

using namespace yc;
using namespace yc::test;

namespace {

class BackgroundSaveTest : public PgTest {};

TEST_F(BackgroundSaveTest, SaveRunsOffTheUiThreadAndStillMeetsConflicts)
{
    const QString uri = publishSmallProject(3, QStringLiteral("background"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(openShared(window, uri));

    // Another planner's client locks f0's row in an open transaction: an UPDATE of it waits on the server.
    QString error;
    const std::optional<PostgisLocation> location = parsePostgisUri(uri, &error);
    ASSERT_TRUE(location) << error.toStdString();
    pg::Connection other(location->conninfo);
    ASSERT_TRUE(other.open(&error)) << error.toStdString();
    const QString features = other.quoteIdentifier(location->schema) + QStringLiteral(".plan_features");
    ASSERT_TRUE(other.run(QStringLiteral("BEGIN; SELECT 1 FROM ") + features
                              + QStringLiteral(" WHERE feature_id = 'f0' FOR UPDATE"), &error))
        << error.toStdString();

    setStatus(window, QStringLiteral("f0"), Status::Completed);
    saveAction(window)->trigger();   // on the UI thread this would wait for the lock forever
    const auto saveIsWaiting = [&]() {
        const auto rows = other.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted"), {}, &error);
        return rows && rows->integer(0, 0) > 0;
    };
    ASSERT_TRUE(waitFor(saveIsWaiting, 20000)) << error.toStdString();

    // The event loop runs while the save waits, and says so.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&ticks]() { ++ticks; });
    timer.start(5);
    ASSERT_TRUE(waitFor([&]() { return ticks >= 5; }, 20000));
    EXPECT_TRUE(saveIsWaiting());
    const auto *busy = window.findChild<QProgressBar *>(QStringLiteral("sharedProjectBusy"));
    ASSERT_TRUE(busy);
    EXPECT_TRUE(busy->isVisible());
    EXPECT_FALSE(window.project().undoStack()->isClean());
    // The planner can keep working meanwhile.
    setStatus(window, QStringLiteral("f2"), Status::OnHold);

    // The other client's change of f0 commits first: the waiting save finds a newer version and asks.
    ASSERT_TRUE(other.run(QStringLiteral("UPDATE ") + features
                              + QStringLiteral(" SET name_zh = 'theirs', version = version + 1 "
                                               "WHERE feature_id = 'f0'; COMMIT"), &error))
        << error.toStdString();
    ConflictDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&]() { return (dialog = shownConflictDialog(window)) != nullptr; }, 20000));
    ASSERT_EQ(dialog->conflicts().size(), 1);
    const FeatureConflict &conflict = dialog->conflicts().first();
    EXPECT_EQ(conflict.id, QStringLiteral("f0"));
    ASSERT_TRUE(conflict.mine && conflict.theirs);
    EXPECT_EQ(conflict.mine->status(), Status::Completed);
    EXPECT_EQ(conflict.theirs->nameZh, QStringLiteral("theirs"));
    EXPECT_EQ(conflict.theirs->status(), Status::Proposed);
    EXPECT_TRUE(waitFor([&]() { return !busy->isVisible(); }, 20000));
    // Nothing of this planner's was lost: f0 as edited here, and the edit made during the save still pending.
    EXPECT_EQ(window.project().feature(QStringLiteral("f0"))->status(), Status::Completed);
    EXPECT_EQ(window.project().feature(QStringLiteral("f2"))->status(), Status::OnHold);
    EXPECT_FALSE(window.project().undoStack()->isClean());
}

} // namespace
