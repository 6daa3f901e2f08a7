// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared_project_session.h"

#include "conflict_dialog.h"
#include "plan/external_change_guard.h"
#include "plan/project.h"
#include "storage/postgis_project_store.h"
#include "storage/project_change_listener.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace yc {

namespace {

/// A worker's result with the sentence saying why there is none.
template <typename T>
struct Fetched {
    std::optional<T> value;
    QString error;
};

} // namespace

SharedProjectSession::SharedProjectSession(std::unique_ptr<PostgisProjectStore> store, QMainWindow *window)
    : mStore(std::move(store)), mWindow(window), mBusyText(new QLabel), mBusyBar(new QProgressBar)
{
    // One thread that never expires: the store's connection is only ever used from it.
    mWorker.setMaxThreadCount(1);
    mWorker.setExpiryTimeout(-1);
    mBusyText->setObjectName(QStringLiteral("sharedProjectBusyText"));
    mBusyBar->setObjectName(QStringLiteral("sharedProjectBusy"));
    mBusyBar->setRange(0, 0);   // busy: no known end
    mBusyBar->setMaximumWidth(100);
    mBusyBar->setTextVisible(false);
    mWindow->statusBar()->addPermanentWidget(mBusyText);
    mWindow->statusBar()->addPermanentWidget(mBusyBar);
    mBusyText->hide();
    mBusyBar->hide();
}

SharedProjectSession::~SharedProjectSession()
{
    mWorker.waitForDone();   // a step in flight uses the store
    delete mBusyText.data();
    delete mBusyBar.data();
}

QString SharedProjectSession::location() const { return mStore->location(); }

void SharedProjectSession::enqueue(Step step)
{
    mQueue.append(std::move(step));
    startNext();
}

void SharedProjectSession::startNext()
{
    if (mRunning)
        return;
    if (mQueue.isEmpty()) {
        if (mBusyText)
            mBusyText->hide();
        if (mBusyBar)
            mBusyBar->hide();
        Q_EMIT idle();
        return;
    }
    Step step = mQueue.takeFirst();
    mRunning = true;
    if (!step.busyText.isEmpty() && mBusyText && mBusyBar) {
        mBusyText->setText(step.busyText);
        mBusyText->show();
        mBusyBar->show();
    }
    step.start();
}

void SharedProjectSession::stepDone()
{
    mRunning = false;
    startNext();
}

template <typename Result>
void SharedProjectSession::runOnWorker(const QString &busyText, std::function<Result(PostgisProjectStore &)> work,
                                       std::function<void(Result)> done)
{
    enqueue({busyText, [this, work, done]() {
                 auto *watcher = new QFutureWatcher<Result>(this);
                 connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done]() {
                     watcher->deleteLater();
                     const QPointer<SharedProjectSession> alive(this);
                     done(watcher->future().takeResult());
                     if (alive)
                         stepDone();
                 });
                 PostgisProjectStore *store = mStore.get();
                 watcher->setFuture(QtConcurrent::run(&mWorker, [store, work]() { return work(*store); }));
             }});
}

void SharedProjectSession::runInTurn(std::function<void()> step)
{
    enqueue({QString(), [this, step]() {
                 step();
                 stepDone();
             }});
}

void SharedProjectSession::open(std::function<void(std::unique_ptr<Project>, const QString &)> done)
{
    using Content = PostgisProjectStore::Content;
    runOnWorker<Fetched<Content>>(
        tr("Opening the shared project…"),
        [](PostgisProjectStore &store) {
            Fetched<Content> out;
            out.value = store.fetch(&out.error);
            return out;
        },
        [this, done](Fetched<Content> fetched) {
            auto project = std::make_unique<Project>();
            const StorageResult result = fetched.value ? mStore->adopt(*project, *fetched.value)
                                                       : StorageResult{fetched.error};
            if (!result.ok())
                project.reset();
            done(std::move(project), result.error);
        });
}

void SharedProjectSession::attach(Project &project)
{
    mProject = &project;
    // A freshly read project equals what the store loaded; anything else was restored from an autosave journal
    // and was made against versions that may be outdated: its first save asks rather than overwrites.
    mStore->distrustLocalChanges(project);
    mGuard = new ExternalChangeGuard(project, this);
    mListener = new ProjectChangeListener(mStore->postgisLocation(), mStore->channel(), this);
    connect(mListener, &ProjectChangeListener::changed, this, &SharedProjectSession::pullChanges);
    connect(mListener, &ProjectChangeListener::connectionChanged, this, [this](bool connected) {
        if (connected)
            pullChanges();   // what was saved while the connection was down
        else
            Q_EMIT message(tr("The connection to the shared project was lost; your edits are kept."));
    });
    mListener->start();
}

void SharedProjectSession::save(std::function<void()> whenAllSaved)
{
    if (!mProject)
        return;
    // The project is read when the step starts, not now: a pull applied before it is part of what is compared.
    enqueue({tr("Saving to the shared project…"), [this, whenAllSaved]() {
                 auto snapshot = std::make_shared<const PostgisProjectStore::Snapshot>(
                     PostgisProjectStore::snapshotOf(*mProject));
                 auto *watcher = new QFutureWatcher<SaveResult>(this);
                 connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, snapshot, whenAllSaved]() {
                     watcher->deleteLater();
                     // Edits made while the save ran are not saved yet: the project stays modified then.
                     const SaveResult result = watcher->result();
                     if (result.ok() && PostgisProjectStore::snapshotOf(*mProject) == *snapshot)
                         mProject->undoStack()->setClean();
                     stepDone();
                     showSaveResult(result, whenAllSaved);
                 });
                 PostgisProjectStore *store = mStore.get();
                 watcher->setFuture(
                     QtConcurrent::run(&mWorker, [store, snapshot]() { return store->save(*snapshot); }));
             }});
}

void SharedProjectSession::showSaveResult(const SaveResult &result, const std::function<void()> &whenAllSaved)
{
    if (!result.error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot save project"),
                                    tr("The changes could not be saved to the shared project. They are kept here; "
                                       "save again when the server is back."),
                                    QMessageBox::Ok, mWindow);
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT message(tr("Not saved: your edits are kept and can be saved later."));
        return;
    }
    if (result.ok()) {
        if (!result.saved.isEmpty())   // else a notice already shown (e.g. about the undo history) stays
            Q_EMIT message(tr("Saved %n feature(s) to the shared project", nullptr, int(result.saved.size())));
        if (whenAllSaved && mProject->undoStack()->isClean())
            whenAllSaved();
        return;
    }
    if (!result.conflicts.isEmpty())
        askAboutConflicts(result, whenAllSaved);   // a settings conflict, if any, comes up on the next save
    else
        askAboutSettings(whenAllSaved);
}

void SharedProjectSession::askAboutConflicts(const SaveResult &result, const std::function<void()> &whenAllSaved)
{
    // Features side by side.
    auto *dialog = new ConflictDialog(result.conflicts, mProject->crs(), mWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, whenAllSaved]() {
        const QList<FeatureConflict> conflicts = dialog->conflicts();
        const QList<ConflictDialog::Choice> choices = dialog->choices();
        runInTurn([this, conflicts, choices]() {
            const bool cleared = mGuard->applyExternal([&]() {
                QStringList taken;
                for (int i = 0; i < conflicts.size(); ++i) {
                    if (choices.at(i) == ConflictDialog::Choice::KeepMine) {
                        mStore->keepMine(conflicts.at(i));
                    } else if (choices.at(i) == ConflictDialog::Choice::TakeTheirs) {
                        mStore->takeTheirs(*mProject, conflicts.at(i));
                        taken << conflicts.at(i).id;
                    }
                }
                return taken;
            });
            if (cleared)
                Q_EMIT message(undoClearedNotice());
        });
        save(whenAllSaved);
    });
    dialog->open();
}

void SharedProjectSession::askAboutSettings(const std::function<void()> &whenAllSaved)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Changed by someone else"),
                                tr("Someone else changed the project settings (title, CRS, layers or layouts) "
                                   "since you opened the project, and you changed them too. Nothing was "
                                   "overwritten; your other changes are saved."),
                                QMessageBox::NoButton, mWindow);
    QPushButton *mine = box->addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box->addButton(tr("Take theirs"), QMessageBox::DestructiveRole);
    box->addButton(tr("Decide later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, mine, theirs, whenAllSaved]() {
        if (box->clickedButton() == mine) {
            runInTurn([this]() { mStore->resolveSettings(*mProject, true); });
        } else if (box->clickedButton() == theirs) {
            using Settings = std::pair<PostgisProjectStore::Settings, int>;
            runOnWorker<Fetched<Settings>>(
                tr("Reading the shared project's settings…"),
                [](PostgisProjectStore &store) {
                    Fetched<Settings> out;
                    out.value = store.fetchSettings(&out.error);
                    return out;
                },
                [this](Fetched<Settings> fetched) {
                    if (fetched.value)
                        mStore->adoptSettings(*mProject, fetched.value->first, fetched.value->second);
                    else
                        Q_EMIT message(fetched.error);
                });
        } else {
            return;
        }
        save(whenAllSaved);
    });
    box->open();
}

QString SharedProjectSession::undoClearedNotice()
{
    return tr("The undo history was cleared: it would have put back older versions of features another planner "
              "changed.");
}

void SharedProjectSession::pullChanges()
{
    if (mPullWaiting || !mProject)
        return;
    mPullWaiting = true;
    using Changes = PostgisProjectStore::Changes;
    runOnWorker<Fetched<Changes>>(
        tr("Receiving changes…"),
        [this](PostgisProjectStore &store) {
            // Notifications from now on may be newer than what this pull reads: they start another one.
            QMetaObject::invokeMethod(this, [this]() { mPullWaiting = false; });
            Fetched<Changes> out;
            out.value = store.fetchChanges(&out.error);
            return out;
        },
        [this](Fetched<Changes> fetched) {
            if (!fetched.value)
                return;
            QStringList applied;
            const bool cleared = mGuard->applyExternal([&]() {
                applied = mStore->applyChanges(*mProject, *fetched.value);
                return applied;
            });
            if (applied.isEmpty())
                return;
            QStringList names;
            for (const QString &id : applied) {
                const PlanFeature *f = mProject->feature(id);
                names << (f ? f->nameZh : tr("%1 (deleted)").arg(id));
            }
            if (names.size() > 3)
                names = names.mid(0, 3) << QStringLiteral("…");
            const QString notice = tr("Updated by another planner: %1").arg(names.join(QStringLiteral(", ")));
            Q_EMIT message(cleared ? notice + QStringLiteral(". ") + undoClearedNotice() : notice);
        });
}

} // namespace yc
