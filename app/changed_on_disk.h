// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/project_merge.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QMessageBox;

namespace yc {

class LayerEditing;
class MainWindow;

/// Notices when someone else changes the project file or a vector layer file while it is open, and offers to
/// reload them without losing the planner's unsaved edits: the project is read again and the planner's
/// changes since it was last loaded or saved are put back on top (plan/project_merge.h); layer files are read
/// again with their unsaved edits still applied. Our own saves are told apart by each file's size and
/// modification time, noted right after we write (QFileSystemWatcher reports them too, and loses a file that a
/// save replaces by renaming, so every path is watched again after each change).
class ChangedOnDisk : public QObject {
    Q_OBJECT
public:
    ChangedOnDisk(MainWindow *window, LayerEditing *layers);

    /// The window shows a project opened from its file, which held `asOnDisk` (the planner's base: what differs
    /// from it, e.g. restored autosaved edits, is unsaved).
    void projectOpened(const ProjectSnapshot &asOnDisk);
    /// The project was just saved to its file: it is the planner's base again.
    void projectSaved();
    /// We wrote these files ourselves (a save); their new state is not someone else's change.
    void noteOwnWrites(const QStringList &paths);
    /// Files changed by someone else and not reloaded yet.
    QStringList pendingFiles() const { return QStringList(mPending.cbegin(), mPending.cend()); }
    /// Reloads the changed files, keeping the unsaved edits (what the question's Reload button does).
    /// Returns an error sentence or empty.
    QString reloadChangedFiles();
    /// Looks at the watched files now instead of after the short settling delay (for tests).
    void checkNow();

Q_SIGNALS:
    /// Someone else changed these files; the question is showing.
    void changedOnDisk(const QStringList &paths);

private:
    struct Fingerprint {
        qint64 size = -1;
        qint64 modifiedMs = -1;
        bool operator==(const Fingerprint &) const = default;
    };
    static Fingerprint fingerprint(const QString &path);
    void watch();
    void ask();

    MainWindow *mWindow;
    LayerEditing *mLayers;
    QFileSystemWatcher mWatcher;
    QTimer mSettle;                          ///< writers write in steps: look once they pause
    QHash<QString, Fingerprint> mKnown;      ///< by watched path: as we last read or wrote it
    QHash<QString, QString> mOwner;          ///< watched path → the file to reload (a .dbf → its .shp)
    QSet<QString> mPending;                  ///< changed by someone else, not reloaded
    ProjectSnapshot mBase;
    QPointer<QMessageBox> mQuestion;
};

} // namespace yc
