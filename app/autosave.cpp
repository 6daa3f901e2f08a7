// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "plan/project.h"
#include "storage/project_store.h"
#include "storage/project_store_interface.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace yc {

Autosave::Autosave(QObject *parent) : QObject(parent)
{
    mTimer.setInterval(10'000);
    connect(&mTimer, &QTimer::timeout, this, &Autosave::writeNow);
}

void Autosave::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject->undoStack(), nullptr, this, nullptr);
    mProject = project;
    mTimer.stop();
    if (!project)
        return;
    mTimer.start();
    // A clean stack means saved (or back to the saved state): nothing to recover.
    connect(project->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
}

QString Autosave::journalPath(const QString &projectPath)
{
    if (projectPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        return QDir(dir).filePath(QStringLiteral("untitled.autosave.gpkg"));
    }
    if (isDatabaseLocation(projectPath)) {
        // A shared project has no folder of its own: its journal lives with the user's data, named by its URI.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        const QByteArray key = QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha1).toHex();
        return QDir(dir).filePath(QStringLiteral("shared-%1.autosave.gpkg").arg(QString::fromLatin1(key.left(16))));
    }
    const QFileInfo info(projectPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".autosave.gpkg"));
}

bool Autosave::hasRecovery(const QString &projectPath)
{
    const QFileInfo journal(journalPath(projectPath));
    return journal.exists() && (projectPath.isEmpty() || isDatabaseLocation(projectPath) || journal.lastModified() >= QFileInfo(projectPath).lastModified());
}

bool Autosave::writeNow()
{
    if (!mProject || mProject->undoStack()->isClean())
        return true;
    // A copy, so that saving does not re-point the project at the journal or mark it clean.
    Project copy;
    copy.setTitle(mProject->title());
    copy.setReport(mProject->report());
    copy.setFeatures(mProject->features());
    copy.setCrs(mProject->crs());
    copy.setFilePath(mProject->filePath());   // layer sources stay relative to the project's folder
    copy.setLayers(mProject->layers());
    const StorageResult result = GeoPackageProjectStore::save(copy, journalPath(mProject->filePath()));
    if (!result.ok())
        Q_EMIT failed(result.error);
    return result.ok();
}

void Autosave::discard()
{
    if (mProject)
        QFile::remove(journalPath(mProject->filePath()));
}

} // namespace yc
