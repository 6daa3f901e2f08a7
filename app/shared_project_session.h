// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/project_store_interface.h"

#include <QObject>

#include <memory>

class QWidget;

namespace yc {

class Project;
class ProjectChangeListener;

/// The window's side of a project opened from PostgreSQL/PostGIS: saves the planner's changes through the
/// store and, when someone else changed the same features, asks whether to keep this planner's versions or
/// take theirs (nothing is overwritten without that choice). Other planners' saved edits arrive live
/// (LISTEN/NOTIFY) with a short notice. Lives exactly as long as its project is shown.
class SharedProjectSession : public QObject {
    Q_OBJECT
public:
    SharedProjectSession(std::unique_ptr<ProjectStore> store, Project &project, QWidget *window);
    ~SharedProjectSession() override;

    QString location() const { return mStore->location(); }
    /// Saves the pending changes. On conflicts shows the question without blocking; returns whether
    /// everything is saved now.
    bool save();

Q_SIGNALS:
    /// A line for the status bar ("Saved…", "Not saved: the server cannot be reached…").
    void message(const QString &text);

private:
    void askAboutConflicts(const SaveResult &result);
    void pullChanges();

    std::unique_ptr<ProjectStore> mStore;
    Project &mProject;
    QWidget *mWindow;
    ProjectChangeListener *mListener = nullptr;
};

} // namespace yc
