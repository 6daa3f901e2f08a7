// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "plan/project.h"
#include "storage/project_store.h"
#include "storage/project_store_interface.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

QString Autosave::layerEditsJournalPath(const QString &projectPath)
{
    const QString journal = journalPath(projectPath);
    return journal.left(journal.size() - 5) + QStringLiteral("-layers.bin");   // "….autosave-layers.bin"
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
    copy.setLayoutTemplates(mProject->layoutTemplates());
    // Layer edits first: a journal project without them would look complete.
    const QString layersPath = layerEditsJournalPath(mProject->filePath());
    if (mProject->layerEdits().isEmpty()) {
        QFile::remove(layersPath);
    } else {
        QSaveFile file(layersPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(mProject->layerEdits().toBytes()) < 0 || !file.commit()) {
            Q_EMIT failed(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(layersPath), file.errorString()));
            return false;
        }
    }
    const StorageResult result = GeoPackageProjectStore::save(copy, journalPath(mProject->filePath()));
    if (!result.ok())
        Q_EMIT failed(result.error);
    return result.ok();
}

void Autosave::discard()
{
    if (mProject)
        remove(mProject->filePath());
}

void Autosave::remove(const QString &projectPath)
{
    QFile::remove(journalPath(projectPath));
    QFile::remove(layerEditsJournalPath(projectPath));
}

std::unique_ptr<Project> Autosave::restore(const QString &projectPath, QString *error)
{
    auto recovered = std::make_unique<Project>();
    const StorageResult loaded = GeoPackageProjectStore::load(*recovered, journalPath(projectPath));
    if (!loaded.ok()) {
        *error = loaded.error;
        return nullptr;
    }
    QFile layers(layerEditsJournalPath(projectPath));
    if (layers.exists()) {
        const auto edits = layers.open(QIODevice::ReadOnly) ? LayerEdits::fromBytes(layers.readAll()) : std::nullopt;
        if (!edits) {
            *error = tr("The unsaved edits of external layers in %1 cannot be read.")
                         .arg(QDir::toNativeSeparators(layers.fileName()));
            return nullptr;
        }
        recovered->setLayerEdits(*edits);
    }
    // A shared project's URI is not a path (QFileInfo would turn "postgresql://" into a relative file name).
    recovered->setFilePath(projectPath.isEmpty() || isDatabaseLocation(projectPath)
                               ? projectPath
                               : QFileInfo(projectPath).absoluteFilePath());
    recovered->undoStack()->resetClean();   // restored edits are not saved yet
    return recovered;
}

} // namespace yc
