// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace yc {

class Project;

/// Keeps the undo history from replaying a stale state over a plan feature that was replaced outside it (an
/// edit pulled from a shared project, or "take theirs" in a conflict): an undo there would put back the state
/// from before the other planner's change and the next save would write it over theirs without asking.
///
/// Remembers every feature changed on the project since its history was last emptied (a superset of what the
/// commands in the history name, since commands announce their edits through Project::featureChanged). When
/// `applyExternal` replaces one of them, the history is cleared; unsaved edits stay and the project stays
/// modified. Lives on the project's thread; the project must outlive it.
class ExternalChangeGuard : public QObject {
    Q_OBJECT
public:
    explicit ExternalChangeGuard(Project &project, QObject *parent = nullptr);

    /// Runs `apply`, which changes features without undo commands and returns their ids. Returns true when the
    /// undo history was cleared because it touched one of them.
    bool applyExternal(const std::function<QStringList()> &apply);

private:
    Project &mProject;
    QSet<QString> mTouched;   ///< features changed since the history was last empty
    bool mApplying = false;
};

} // namespace yc
