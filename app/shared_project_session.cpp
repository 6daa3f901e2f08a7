// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared_project_session.h"

#include "conflict_dialog.h"
#include "plan/project.h"
#include "storage/postgis_project_store.h"
#include "storage/project_change_listener.h"

#include <QMessageBox>
#include <QPushButton>

namespace yc {

SharedProjectSession::SharedProjectSession(std::unique_ptr<ProjectStore> store, Project &project, QWidget *window)
    : mStore(std::move(store)), mProject(project), mWindow(window)
{
    auto *postgis = dynamic_cast<PostgisProjectStore *>(mStore.get());
    if (!postgis)
        return;
    mListener = new ProjectChangeListener(postgis->postgisLocation(), postgis->channel(), this);
    connect(mListener, &ProjectChangeListener::changed, this, &SharedProjectSession::pullChanges);
    connect(mListener, &ProjectChangeListener::connectionChanged, this, [this](bool connected) {
        if (connected)
            pullChanges();   // what was saved while the connection was down
        else
            Q_EMIT message(tr("The connection to the shared project was lost; your edits are kept."));
    });
    mListener->start();
}

SharedProjectSession::~SharedProjectSession() = default;

bool SharedProjectSession::save()
{
    const SaveResult result = mStore->save(mProject);
    if (!result.error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot save project"),
                                    tr("The changes could not be saved to the shared project. They are kept here; "
                                       "save again when the server is back."),
                                    QMessageBox::Ok, mWindow);
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT message(tr("Not saved: your edits are kept and can be saved later."));
        return false;
    }
    if (result.ok()) {
        Q_EMIT message(tr("Saved %n feature(s) to the shared project", nullptr, int(result.saved.size())));
        return true;
    }
    askAboutConflicts(result);
    return false;
}

void SharedProjectSession::askAboutConflicts(const SaveResult &result)
{
    auto *postgis = dynamic_cast<PostgisProjectStore *>(mStore.get());
    if (!postgis)
        return;
    if (!result.conflicts.isEmpty()) {
        // Features first, side by side; a settings conflict, if any, comes up again on the next save.
        auto *dialog = new ConflictDialog(result.conflicts, mProject.crs(), mWindow);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, postgis]() {
            for (int i = 0; i < dialog->conflicts().size(); ++i) {
                if (dialog->choices().at(i) == ConflictDialog::Choice::KeepMine)
                    postgis->keepMine(dialog->conflicts().at(i));
                else if (dialog->choices().at(i) == ConflictDialog::Choice::TakeTheirs)
                    postgis->takeTheirs(mProject, dialog->conflicts().at(i));
            }
            save();
        });
        dialog->open();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Changed by someone else"),
                                tr("Someone else changed the project settings (title, CRS, layers or layouts) "
                                   "since you opened the project, and you changed them too. Nothing was "
                                   "overwritten; your other changes are saved."),
                                QMessageBox::NoButton, mWindow);
    QPushButton *mine = box->addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box->addButton(tr("Take theirs"), QMessageBox::DestructiveRole);
    box->addButton(tr("Decide later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, mine, theirs, postgis]() {
        if (box->clickedButton() != mine && box->clickedButton() != theirs)
            return;
        const StorageResult resolved = postgis->resolveSettings(mProject, box->clickedButton() == mine);
        if (!resolved.ok())
            Q_EMIT message(resolved.error);
        else
            save();
    });
    box->open();
}

void SharedProjectSession::pullChanges()
{
    auto *postgis = dynamic_cast<PostgisProjectStore *>(mStore.get());
    QString error;
    const std::optional<QStringList> applied = postgis ? postgis->pull(mProject, &error) : std::nullopt;
    if (!applied || applied->isEmpty())
        return;
    QStringList names;
    for (const QString &id : *applied) {
        const PlanFeature *f = mProject.feature(id);
        names << (f ? f->nameZh : tr("%1 (deleted)").arg(id));
    }
    if (names.size() > 3)
        names = names.mid(0, 3) << QStringLiteral("…");
    Q_EMIT message(tr("Updated by another planner: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace yc
