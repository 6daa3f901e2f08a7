// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/project_store_interface.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

class QLabel;
class QMainWindow;
class QProgressBar;

namespace yc {

class ExternalChangeGuard;
class PostgisProjectStore;
class Project;
class ProjectChangeListener;

/// The window's side of a project opened from PostgreSQL/PostGIS: opens and saves it through the store and,
/// when someone else changed the same features, asks whether to keep this planner's versions or take theirs
/// (nothing is overwritten without that choice). Other planners' saved edits arrive live (LISTEN/NOTIFY) with
/// a short notice.
///
/// The UI thread never waits for the server: every network step (open, save, pull) runs on one worker thread
/// of the session's own, which alone uses the store's connection, one step at a time and in order. The
/// project is read (a snapshot) before a step and changed after it, both on the UI thread. A busy indicator
/// shows in the window's status bar while a step runs. Destroying the session waits for a step in flight.
class SharedProjectSession : public QObject {
    Q_OBJECT
public:
    SharedProjectSession(std::unique_ptr<PostgisProjectStore> store, QMainWindow *window);
    ~SharedProjectSession() override;

    QString location() const;
    /// Reads the project on the worker; `done` gets it, or a sentence saying why not, on the UI thread.
    void open(std::function<void(std::unique_ptr<Project> project, const QString &error)> done);
    /// Follows `project` from now on (the one `open` gave, once shown): saves it, applies others' edits.
    void attach(Project &project);
    /// Saves the pending changes in the background. On conflicts shows the question without blocking.
    /// `whenAllSaved` runs once nothing is left unsaved.
    void save(std::function<void()> whenAllSaved = {});
    /// True while a step runs or waits on the worker.
    bool isBusy() const { return mRunning || !mQueue.isEmpty(); }

Q_SIGNALS:
    /// A line for the status bar ("Saved…", "Not saved: the server cannot be reached…").
    void message(const QString &text);
    /// A step finished and none is waiting.
    void idle();

private:
    struct Step {
        QString busyText;                 ///< empty: a quick local step, no indicator
        std::function<void()> start;      ///< must end with stepDone()
    };
    void enqueue(Step step);
    void startNext();
    void stepDone();
    /// Runs `work` with the store on the worker, then `done` with its result here.
    template <typename Result>
    void runOnWorker(const QString &busyText, std::function<Result(PostgisProjectStore &)> work,
                     std::function<void(Result)> done);
    /// Runs `step` here, in turn with the worker's steps (it changes the store's local state).
    void runInTurn(std::function<void()> step);

    void showSaveResult(const SaveResult &result, const std::function<void()> &whenAllSaved);
    void askAboutConflicts(const SaveResult &result, const std::function<void()> &whenAllSaved);
    void askAboutSettings(const std::function<void()> &whenAllSaved);
    void pullChanges();
    static QString undoClearedNotice();

    std::unique_ptr<PostgisProjectStore> mStore;
    QThreadPool mWorker;   ///< one thread, kept alive: the store's connection stays on it
    Project *mProject = nullptr;
    QMainWindow *mWindow;
    ProjectChangeListener *mListener = nullptr;
    ExternalChangeGuard *mGuard = nullptr;   ///< clears undo steps that pulled or taken features make stale
    QList<Step> mQueue;
    bool mRunning = false;
    bool mPullWaiting = false;   ///< a pull is queued: notifications meanwhile need no second one
    // In the window's status bar; QPointer because a session deleted late may outlive the window.
    QPointer<QLabel> mBusyText;
    QPointer<QProgressBar> mBusyBar;
};

} // namespace yc
