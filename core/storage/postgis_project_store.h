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
/// Not thread-safe; one store (and connection) per open project and thread. Calls block on the network.
class PostgisProjectStore : public ProjectStore {
public:
    explicit PostgisProjectStore(PostgisLocation location);
    ~PostgisProjectStore() override;

    QString location() const override { return mLocation.uri; }
    StorageResult load(Project &project) override;
    SaveResult save(Project &project) override;
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

    /// Applies to `project` what others saved since the last load, save or pull, for features this client
    /// has not changed (those meet as conflicts on save). Returns the ids applied, nullopt on error.
    std::optional<QStringList> pull(Project &project, QString *error);

    /// The version this client based a feature on; 0 when it is not on the server (yet).
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
    /// The project-wide settings, versioned together as one unit.
    struct Settings {
        QString title;
        QString crs;
        QList<LayerRef> layers;
        QMap<QString, QString> layouts;
        QString reportText;
        bool operator==(const Settings &) const = default;
    };
    static Settings settingsOf(const Project &project);

    bool connect(QString *error);
    bool begin(const char *mode, QString *error);
    void rollback();
    QString table(const char *name) const;
    QString unreachable(const QString &detail) const;
    /// Reads features (one when `onlyId` is set) with their versions; false with `error` set.
    bool readFeatures(const QString &onlyId, QList<std::pair<PlanFeature, int>> &out, QString *error);
    bool readSettings(Settings &out, int &version, QString *error);
    bool writeSettings(const Settings &settings, QString *error);
    bool writeFeatureRow(const PlanFeature &f, int sortOrder, int baseVersion, int &newVersion, QString *error);
    bool writeChildren(const PlanFeature &f, QString *error);
    /// Appends to change_log: `version` written on top of `baseVersion` (the one this client had loaded).
    bool logChange(const QString &id, int version, int baseVersion, const char *operation, const PlanFeature *f,
                   QString *error);
    QString createSchemaSql() const;

    PostgisLocation mLocation;
    pg::Connection mConn;
    bool mReplaceExisting = false;
    QHash<QString, Base> mBase;
    Settings mSettings;
    int mSettingsVersion = 0;
    int mTheirSettingsVersion = 0;
    qint64 mLogSeq = 0;   ///< last change_log row seen (load, save, pull)
    QString mUser;
};

} // namespace yc
