// SPDX-License-Identifier: GPL-3.0-or-later
// Two app windows on one PostGIS project: a saved edit in one appears in the other with a notice, and the same
// feature changed in both makes the second save ask (Keep mine / Take theirs) instead of overwriting.
#include "pg/shared_window_support.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

using namespace yc;
using namespace yc::test;

namespace {

class SharedWindowTest : public PgTest {};

TEST_F(SharedWindowTest, EditsArriveLiveAndConflictsAsk)
{
    const QString uri = publishSmallProject(3, QStringLiteral("window"));
    MainWindow one;
    MainWindow two;
    one.show();
    two.show();
    ASSERT_TRUE(openShared(one, uri));
    ASSERT_TRUE(openShared(two, uri));
    QAction *saveOne = saveAction(one);
    QAction *saveTwo = saveAction(two);
    ASSERT_TRUE(saveOne && saveTwo);

    // A saved edit in one window appears in the other without reloading, with a notice.
    setStatus(one, QStringLiteral("f1"), Status::Completed);
    saveOne->trigger();
    EXPECT_TRUE(waitFor([&]() { return one.project().undoStack()->isClean(); }, 10000));
    ASSERT_TRUE(waitFor([&]() { return two.project().feature(QStringLiteral("f1"))->status() == Status::Completed; },
                        10000));
    EXPECT_TRUE(two.statusBar()->currentMessage().contains(QStringLiteral("Updated by another planner")))
        << two.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(two.project().undoStack()->isClean());

    // Both change f0; the second save asks instead of overwriting.
    setStatus(one, QStringLiteral("f0"), Status::OnHold);
    setStatus(two, QStringLiteral("f0"), Status::UnderConstruction);
    saveOne->trigger();
    ASSERT_TRUE(waitFor([&]() { return one.project().undoStack()->isClean(); }, 10000));
    saveTwo->trigger();
    ConflictDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&]() { return (dialog = shownConflictDialog(two)) != nullptr; }, 5000));
    // Both versions side by side: mine in the first column, theirs in the second, differences marked.
    const QTableWidget *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    ASSERT_TRUE(table);
    QStringList mineColumn, theirsColumn;
    for (int r = 0; r < table->rowCount(); ++r) {
        mineColumn << table->item(r, 0)->text();
        theirsColumn << table->item(r, 1)->text();
    }
    EXPECT_TRUE(mineColumn.join(QLatin1Char('|')).contains(displayName(Status::UnderConstruction)));
    EXPECT_TRUE(theirsColumn.join(QLatin1Char('|')).contains(displayName(Status::OnHold)));
    EXPECT_EQ(two.project().feature(QStringLiteral("f0"))->status(), Status::UnderConstruction);
    // YC_SCREENSHOT_DIR=… saves the two windows and the dialog as PNGs (for the README).
    if (const QString shots = qEnvironmentVariable("YC_SCREENSHOT_DIR"); !shots.isEmpty()) {
        one.grab().save(shots + QStringLiteral("/shared-one.png"));
        two.grab().save(shots + QStringLiteral("/shared-two.png"));
        dialog->grab().save(shots + QStringLiteral("/conflict-dialog.png"));
    }
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());   // nothing chosen yet
    dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
    ASSERT_TRUE(ok->isEnabled());
    ok->click();
    ASSERT_TRUE(waitFor([&]() { return two.project().feature(QStringLiteral("f0"))->status() == Status::OnHold; },
                        5000));
    EXPECT_EQ(*two.project().feature(QStringLiteral("f0")), *one.project().feature(QStringLiteral("f0")));
    // The undo step of the edit given up would put it back over theirs: it is gone.
    EXPECT_FALSE(two.project().undoStack()->canUndo());
    EXPECT_TRUE(waitFor([&]() { return two.project().undoStack()->isClean(); }, 5000));
}

} // namespace
