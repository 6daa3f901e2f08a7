// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/project.h"
#include "storage/pg_connection.h"
#include "storage/postgis_uri.h"
#include "storage/project_store_interface.h"

#include <QHash>
#include <QMap>

namespace yc {

/// A project shared on PostgreSQL/PostGIS, one schema per project (schema in storage/README.md).
///
/// Optimistic concurrency: every feature row has a `version`. The store remembers each feature as loaded
/// (its "base"); `save` sends only the features that differ from their base, each guarded by
/// `… WHERE feature_id = $1 AND version = <base version>`. A feature someone else saved in between comes
/// back as a FeatureConflict holding both versions and is not written; the caller resolves it with
/// `keepMine` or `takeTheirs` and saves again. No transaction or lock outlives one `save` call.
///
/// Not thread-safe: one store (and connection) per open project, used by one thread at a time. The calls that
/// block on the network (`fetch`, `save(const Snapshot &)`, `fetchChanges`, `fetchSettings`) touch no Project,
/// so they can run on a worker while the project stays on the GUI thread; the `adopt…`/`apply…` halves and
/// `keepMine`/`takeTheirs` only change local state and the project, on the project's thread.
class PostgisProjectStore : public ProjectStore {
public:
    /// The project-wide settings, versioned together as one unit (a change on both sides is a settings conflict).
    struct Settings {
        QString title;
        QString crs;
        QList<LayerRef> layers;
        QMap<QString, QString> layouts;
        QString reportText;
        TargetValues targetValues;
        QList<Annotation> annotations;
        QList<Bookmark> bookmarks;
        bool operator==(const Settings &) const = default;
    };
    /// What `save` writes, copied from a project on its thread.
    struct Snapshot {
        QList<PlanFeature> features;
        Settings settings;
        bool operator==(const Snapshot &) const = default;
    };
    /// A project as read from the server, before it is put into a Project.
    struct Content {
        Settings settings;
        int settingsVersion = 0;
        QList<std::pair<PlanFeature, int>> features;   ///< with their versions
        qint64 logSeq = 0;
    };
    /// What others saved since the last load, save or pull: per feature id its server state (nullopt: deleted).
    struct Changes {
        qint64 logSeq = 0;
        QList<std::pair<QString, std::optional<std::pair<PlanFeature, int>>>> features;
    };

    explicit PostgisProjectStore(PostgisLocation location);
    ~PostgisProjectStore() override;

    QString location() const override { return mLocation.uri; }
    /// `fetch` then `adopt`.
    StorageResult load(Project &project) override;
    /// `save(snapshotOf(project))`, then marks the project clean when everything was saved.
    SaveResult save(Project &project) override;
    /// Reads the whole project (network; no Project involved). Errors are full sentences.
    std::optional<Content> fetch(QString *error) const;
    /// Puts fetched content into `project` and makes it the base of later saves (project's thread).
    StorageResult adopt(Project &project, const Content &content);
    static Snapshot snapshotOf(const Project &project);
    /// Writes what differs from the bases (network; no Project involved).
    SaveResult save(const Snapshot &snapshot);
    /// Creates the schema and writes the whole project (publish). Fails if the schema exists, unless
    /// `setReplaceExisting(true)`, which drops it first.
    StorageResult saveAs(Project &project) override;
    void setReplaceExisting(bool replace) { mReplaceExisting = replace; }

    /// Resolves a conflict by keeping this client's version: the next `save` writes it over theirs.
    void keepMine(const FeatureConflict &conflict);
    /// Resolves a conflict by taking the server's version into `project` (not undoable: like a reload).
    void takeTheirs(Project &project, const FeatureConflict &conflict);
    /// Resolves a settings conflict (see SaveResult::settingsConflict) one way or the other.
    StorageResult resolveSettings(Project &project, bool keepMine);
    /// The two halves of `resolveSettings(project, false)`: read the server's settings, then take them.
    std::optional<std::pair<Settings, int>> fetchSettings(QString *error) const;
    void adoptSettings(Project &project, const Settings &theirs, int version);

    /// Applies to `project` what others saved since the last load, save or pull, for features this client
    /// has not changed (those meet as conflicts on save). Returns the ids applied, nullopt on error.
    /// `fetchChanges` then `applyChanges`.
    std::optional<QStringList> pull(Project &project, QString *error);
    std::optional<Changes> fetchChanges(QString *error) const;
    QStringList applyChanges(Project &project, const Changes &changes);

    /// For edits not made on top of the loaded versions (restored from an autosave journal after the project
    /// was loaded afresh): each feature of `project` that differs from what was loaded gets an unknown base, so
    /// that saving it meets the server's version as a conflict (unless both are the same) instead of
    /// overwriting what someone else saved in between.
    void distrustLocalChanges(const Project &project);
    /// The version this client based a feature on; 0 when it is not on the server (yet), -1 when unknown.
    int baseVersion(const QString &id) const;
    /// The NOTIFY channel saves announce changed feature ids on (payload: the feature id).
    QString channel() const;
    QString schema() const { return mLocation.schema; }
    const PostgisLocation &postgisLocation() const { return mLocation; }

private:
    struct Base {
        int version = 0;
        PlanFeature feature;
    };
    static Settings settingsOf(const Project &project);

    bool connect(QString *error) const;
    bool begin(const char *mode, QString *error) const;
    void rollback() const;
    QString table(const char *name) const;
    QString unreachable(const QString &detail) const;
    /// Reads features (one when `onlyId` is set) with their versions; false with `error` set.
    bool readFeatures(const QString &onlyId, QList<std::pair<PlanFeature, int>> &out, QString *error) const;
    bool readSettings(Settings &out, int &version, QString *error) const;
    /// Whether the project's schema has table `name`; nullopt with `error` when the query fails.
    std::optional<bool> tableExists(const char *name, QString *error) const;
    /// Target values and annotations (tables that schemas published before them may lack).
    bool readTargetValues(TargetValues &out, QString *error) const;
    bool readAnnotations(QList<Annotation> &out, QString *error) const;
    bool writeSettings(const Settings &settings, QString *error);
    bool writeTargetValues(const TargetValues &values, QString *error);
    bool writeAnnotations(const QList<Annotation> &annotations, QString *error);
    /// Creates the tables added after the first schema version when they are missing (an older schema).
    QString addedTablesSql() const;
    bool writeFeatureRow(const PlanFeature &f, int sortOrder, int baseVersion, int &newVersion, QString *error);
    bool writeChildren(const PlanFeature &f, QString *error);
    /// Appends to change_log: `version` written on top of `baseVersion` (the one this client had loaded).
    bool logChange(const QString &id, int version, int baseVersion, const char *operation, const PlanFeature *f,
                   QString *error);
    QString createSchemaSql() const;

    PostgisLocation mLocation;
    mutable pg::Connection mConn;   ///< reconnects on use; the readers are const in every other sense
    bool mReplaceExisting = false;
    QHash<QString, Base> mBase;
    Settings mSettings;
    int mSettingsVersion = 0;
    int mTheirSettingsVersion = 0;
    qint64 mLogSeq = 0;   ///< last change_log row seen (load, save, pull)
    QString mUser;
};

} // namespace yc
