// SPDX-License-Identifier: GPL-3.0-or-later
#include "changed_on_disk.h"

#include "layer_editing.h"
#include "main_window.h"
#include "plan/project.h"
#include "storage/project_store.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <utility>

namespace yc {

ChangedOnDisk::ChangedOnDisk(MainWindow *window, LayerEditing *layers)
    : QObject(window), mWindow(window), mLayers(layers)
{
    mSettle.setSingleShot(true);
    mSettle.setInterval(400);
    connect(&mWatcher, &QFileSystemWatcher::fileChanged, this, [this]() { mSettle.start(); });
    connect(&mSettle, &QTimer::timeout, this, &ChangedOnDisk::checkNow);
    connect(mLayers, &LayerEditing::layersUpdated, this, &ChangedOnDisk::watch);
}

ChangedOnDisk::Fingerprint ChangedOnDisk::fingerprint(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

void ChangedOnDisk::projectOpened(const ProjectSnapshot &asOnDisk)
{
    projectSaved();
    mBase = asOnDisk;
}

void ChangedOnDisk::projectSaved()
{
    mBase = ProjectSnapshot::of(mWindow->project());
    mPending.remove(mWindow->project().filePath());
    noteOwnWrites({mWindow->project().filePath()});
}

void ChangedOnDisk::noteOwnWrites(const QStringList &paths)
{
    for (const QString &path : paths) {
        mKnown.insert(path, fingerprint(path));
        if (path.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive)) {
            const QString dbf = path.left(path.size() - 4) + QStringLiteral(".dbf");
            mKnown.insert(dbf, fingerprint(dbf));
        }
    }
    watch();
}

/// Watches the project file and the layer files (a shapefile's .dbf too: attribute edits touch only it).
void ChangedOnDisk::watch()
{
    QHash<QString, QString> owner;
    if (!mWindow->project().filePath().isEmpty())
        owner.insert(mWindow->project().filePath(), mWindow->project().filePath());
    for (const QString &path : mLayers->layerPaths()) {
        owner.insert(path, path);
        if (path.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive))
            owner.insert(path.left(path.size() - 4) + QStringLiteral(".dbf"), path);
    }
    mOwner = owner;
    if (!mWatcher.files().isEmpty())
        mWatcher.removePaths(mWatcher.files());
    for (auto it = mOwner.cbegin(); it != mOwner.cend(); ++it) {
        if (!QFileInfo::exists(it.key()))
            continue;
        if (!mKnown.contains(it.key()))
            mKnown.insert(it.key(), fingerprint(it.key()));
        mWatcher.addPath(it.key());
    }
}

void ChangedOnDisk::checkNow()
{
    QStringList changed;
    for (auto it = mOwner.cbegin(); it != mOwner.cend(); ++it) {
        const Fingerprint now = fingerprint(it.key());
        if (now.size < 0 || now == mKnown.value(it.key()))
            continue;   // gone for a moment (being replaced) or unchanged
        mKnown.insert(it.key(), now);
        if (!mPending.contains(it.value())) {
            mPending.insert(it.value());
            changed << it.value();
        }
    }
    watch();   // a file replaced by a rename is a new file to watch
    if (changed.isEmpty())
        return;
    ask();
    Q_EMIT changedOnDisk(changed);
}

void ChangedOnDisk::ask()
{
    QStringList names;
    for (const QString &path : std::as_const(mPending))
        names << QDir::toNativeSeparators(path);
    names.sort();
    const QString text = tr("Another program changed these files while they were open:\n%1\n\nReload them? Your "
                            "unsaved edits are kept and put back on top.")
                             .arg(names.join(QLatin1Char('\n')));
    if (mQuestion) {
        mQuestion->setText(text);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Files changed on disk"), text, QMessageBox::NoButton, mWindow);
    box->setObjectName(QStringLiteral("changedOnDiskBox"));
    QPushButton *reload = box->addButton(tr("Reload and keep my edits"), QMessageBox::AcceptRole);
    box->addButton(tr("Ignore"), QMessageBox::RejectRole);
    box->setDefaultButton(reload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, reload]() {
        if (box->clickedButton() != reload) {
            mPending.clear();   // the planner keeps what is open; saving will overwrite the file
            return;
        }
        const QString error = reloadChangedFiles();
        if (!error.isEmpty())
            QMessageBox::warning(mWindow, tr("Cannot reload"), error);
    });
    mQuestion = box;
    box->open();   // not modal to the application: editing can go on meanwhile
}

QString ChangedOnDisk::reloadChangedFiles()
{
    const QSet<QString> pending = std::exchange(mPending, {});
    if (mQuestion) {
        mQuestion->disconnect(this);   // closing it is not "Ignore"
        mQuestion->close();
    }
    const QString projectPath = mWindow->project().filePath();
    QStringList layerFiles;
    for (const QString &path : pending)
        if (path != projectPath)
            layerFiles << path;
    const bool projectChanged = pending.contains(projectPath);
    if (projectChanged) {
        auto reloaded = std::make_unique<Project>();
        const StorageResult result = GeoPackageProjectStore::load(*reloaded, projectPath);
        if (!result.ok())
            return tr("The project could not be read again: %1").arg(result.error);
        const ProjectSnapshot base = ProjectSnapshot::of(*reloaded);
        const int kept = applyUnsavedChanges(*reloaded, mWindow->project(), mBase);
        if (kept > 0)
            reloaded->undoStack()->resetClean();   // the planner's edits are still unsaved
        mWindow->setProject(std::move(reloaded));
        mBase = base;
        mWindow->statusBar()->showMessage(
            tr("Reloaded %1; %n unsaved change(s) of yours kept.", nullptr, kept).arg(QFileInfo(projectPath).fileName()),
            8000);
    }
    if (!layerFiles.isEmpty()) {
        mLayers->reload(layerFiles);
        if (!projectChanged)
            mWindow->statusBar()->showMessage(tr("Reloaded %1; unsaved edits of those layers kept.")
                                                  .arg(layerFiles.join(QStringLiteral(", "))),
                                              8000);
    }
    return {};
}

} // namespace yc
