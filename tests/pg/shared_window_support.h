// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// App windows on a shared project, for the tests/pg GUI suites.

#include "conflict_dialog.h"
#include "main_window.h"
#include "pg/team_project.h"
#include "plan/plan_commands.h"

#include <QAction>

namespace yc::test {

/// Opens a shared project in `window` and waits until it is shown (it is read in the background).
inline bool openShared(MainWindow &window, const QString &uri)
{
    return window.openProject(uri) && waitFor([&]() { return window.project().filePath() == uri; }, 20000);
}

inline QAction *saveAction(MainWindow &window)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            return a;
    return nullptr;
}

inline ConflictDialog *shownConflictDialog(MainWindow &window)
{
    for (ConflictDialog *dialog : window.findChildren<ConflictDialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

/// Records a status for feature `id` as an undoable edit, as the feature panel does.
inline void setStatus(MainWindow &window, const QString &id, Status status)
{
    window.project().undoStack()->push(
        new ChangeStatusCommand(window.project(), id, status, QDate(2024, 9, 1), QStringLiteral("test")));
}

} // namespace yc::test
