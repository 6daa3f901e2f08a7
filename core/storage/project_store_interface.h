// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"
#include "storage/project_store.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace yc {

class Project;

/// A feature that someone else changed (or deleted, or added under the same id) since this client loaded it,
/// while this client changed it too. Nothing was written for it: the caller decides (see the store's
/// keepMine / takeTheirs). An empty optional means "deleted" on that side.
struct FeatureConflict {
    QString id;
    std::optional<PlanFeature> mine;
    std::optional<PlanFeature> theirs;
    int theirVersion = 0;   ///< the server's version of the feature, 0 when it no longer exists
};

/// Outcome of `ProjectStore::save`: an error (nothing or only part saved, see `saved`), or success with the
/// features that could not be saved because of conflicts. Edits to other features are saved regardless.
struct SaveResult {
    QString error;
    QList<FeatureConflict> conflicts;
    QStringList saved;                 ///< ids of the features written (empty for whole-file backends)
    bool settingsConflict = false;     ///< title, CRS, layers or layouts changed on both sides; not written
    bool ok() const { return error.isEmpty() && conflicts.isEmpty() && !settingsConflict; }
};

/// Where a project lives: a GeoPackage file, or a PostgreSQL/PostGIS schema (see storage/README.md).
/// A store remembers what it loaded, so that `save` can tell what changed; keep one per open project.
class ProjectStore {
public:
    virtual ~ProjectStore() = default;
    /// The path or the URI (never with a password) the store reads and writes.
    virtual QString location() const = 0;
    /// Replaces `project`'s content with the stored one; the project is unchanged on failure.
    virtual StorageResult load(Project &project) = 0;
    /// Writes the project's changes since `load` (or the last save). Sets the project clean when all is saved.
    virtual SaveResult save(Project &project) = 0;
    /// Writes the whole project to this location as a new project (save as, publish); the store then
    /// tracks it, so later `save` calls write changes only.
    virtual StorageResult saveAs(Project &project) = 0;
};

/// True for "postgresql://…" and "postgres://…" locations.
bool isDatabaseLocation(const QString &location);
/// The store for a GeoPackage path or a postgresql:// URI; nullptr with a sentence in `error` for a URI that
/// cannot be used (e.g. one holding a password).
std::unique_ptr<ProjectStore> makeProjectStore(const QString &location, QString *error);
/// Loads a project once from a path or a URI (for commands that only read it).
StorageResult loadProject(Project &project, const QString &location);

} // namespace yc
