// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace yc {

class Project;

/// Journals unsaved edits: while the project has unsaved changes it writes a copy every `interval` to
/// "<project>.autosave.gpkg" next to the project file (untitled projects: in the application data folder),
/// atomically through GeoPackageProjectStore, and the unsaved edits of external layers to
/// "<project>.autosave-layers.bin" (QSaveFile). The journal goes away when the project is saved or closed
/// without keeping the changes; after a crash it is still there and openProject offers to restore it.
class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(QObject *parent = nullptr);

    void setProject(Project *project);
    void setInterval(int milliseconds) { mTimer.setInterval(milliseconds); }
    /// Writes the journal now (when there are unsaved changes). Returns false when writing failed.
    bool writeNow();
    /// Removes the journal of the current project.
    void discard();

    static QString journalPath(const QString &projectPath);
    static QString layerEditsJournalPath(const QString &projectPath);
    /// Whether a journal newer than the project file is waiting to be restored.
    static bool hasRecovery(const QString &projectPath);
    /// Reads the journal of `projectPath` into a new project (file path set to `projectPath`, marked unsaved).
    /// Returns nullptr and sets `error` when it cannot be read.
    static std::unique_ptr<Project> restore(const QString &projectPath, QString *error);
    /// Removes the journal of `projectPath` (the planner declined to restore it).
    static void remove(const QString &projectPath);

Q_SIGNALS:
    void failed(const QString &error);

private:
    QPointer<Project> mProject;
    QTimer mTimer;
};

} // namespace yc
