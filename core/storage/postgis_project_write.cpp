// SPDX-License-Identifier: GPL-3.0-or-later
// Writing rows of a PostGIS project: the schema (publish / save as), feature rows with their version guard,
// their links and history, the change log, and the settings. Schema: storage/README.md.
#include "storage/postgis_project_store.h"

#include "storage/feature_json.h"
#include "storage/gpkg_common.h"

#include <QFileInfo>
#include <QSet>

namespace yc {

using namespace gpkg;

QString PostgisProjectStore::createSchemaSql() const
{
    QString sql = QStringLiteral(R"(
CREATE SCHEMA %1;
CREATE TABLE %1.project_settings (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE %1.project_layers (seq integer NOT NULL, name text NOT NULL, source text NOT NULL,
    layer_name text NOT NULL DEFAULT '', visible boolean NOT NULL, opacity double precision NOT NULL,
    style text NOT NULL DEFAULT '');
CREATE TABLE %1.report_source (id integer PRIMARY KEY, text text NOT NULL);
CREATE TABLE %1.plan_features (
    feature_id text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL, category text NOT NULL,
    county text NOT NULL, status text NOT NULL, confidence text NOT NULL, location_note text NOT NULL,
    sort_order integer NOT NULL, geom geometry(Geometry, 4490),
    version integer NOT NULL DEFAULT 1, updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE INDEX ON %1.plan_features USING gist (geom);
CREATE TABLE %1.plan_sentence_links (
    feature_id text NOT NULL REFERENCES %1.plan_features ON DELETE CASCADE, sentence_id text NOT NULL,
    seq integer NOT NULL);
CREATE TABLE %1.plan_target_links (
    feature_id text NOT NULL REFERENCES %1.plan_features ON DELETE CASCADE, target_id text NOT NULL,
    seq integer NOT NULL);
CREATE TABLE %1.plan_status_history (
    feature_id text NOT NULL REFERENCES %1.plan_features ON DELETE CASCADE, seq integer NOT NULL,
    status text NOT NULL, date date, note text NOT NULL, "user" text NOT NULL, recorded_at timestamptz);
CREATE INDEX ON %1.plan_sentence_links (feature_id);
CREATE INDEX ON %1.plan_target_links (feature_id);
CREATE INDEX ON %1.plan_status_history (feature_id);
CREATE TABLE %1.change_log (
    seq bigserial PRIMARY KEY, feature_id text NOT NULL, version integer NOT NULL, base_version integer NOT NULL,
    operation text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')), feature jsonb,
    user_name text NOT NULL, db_user text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT clock_timestamp());
)");
    return sql.arg(mConn.quoteIdentifier(mLocation.schema));
}

bool PostgisProjectStore::writeFeatureRow(const PlanFeature &f, int sortOrder, int baseVersion, int &newVersion,
                                          QString *error)
{
    const QList<pg::Param> params = {
        pg::text(f.id), pg::text(f.nameZh), pg::text(f.nameEn), pg::text(toKey(f.category)), pg::text(f.county),
        pg::text(toKey(f.status())), pg::text(toKey(f.confidence)), pg::text(f.locationNote),
        f.geometry.isEmpty() ? pg::Param() : pg::Param(f.geometry.toWkb().toHex()), pg::text(mUser),
        pg::number(baseVersion == 0 ? sortOrder : baseVersion),
    };
    const QString geom = QStringLiteral("ST_GeomFromWKB(decode($9, 'hex'), 4490)");
    const QString sql = baseVersion == 0
        ? QLatin1String("INSERT INTO ") + table("plan_features")
              + QLatin1String(" (feature_id, name_zh, name_en, category, county, status, confidence, location_note, "
                              "geom, updated_by, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ")
              + geom + QLatin1String(", $10, $11) ON CONFLICT (feature_id) DO NOTHING RETURNING version")
        : QLatin1String("UPDATE ") + table("plan_features")
              + QLatin1String(" SET name_zh = $2, name_en = $3, category = $4, county = $5, status = $6, "
                              "confidence = $7, location_note = $8, geom = ") + geom
              + QLatin1String(", updated_by = $10, updated_at = clock_timestamp(), version = version + 1 "
                              "WHERE feature_id = $1 AND version = $11 RETURNING version");
    const auto rows = mConn.exec(sql, params, error);
    if (!rows)
        return false;
    newVersion = rows->count() == 1 ? rows->integer(0, 0) : 0;
    return true;
}

bool PostgisProjectStore::writeChildren(const PlanFeature &f, QString *error)
{
    for (const char *name : {"plan_sentence_links", "plan_target_links", "plan_status_history"})
        if (!mConn.exec(QLatin1String("DELETE FROM ") + table(name) + QLatin1String(" WHERE feature_id = $1"),
                        {pg::text(f.id)}, error))
            return false;
    const auto links = [&](const char *name, const char *column, const QStringList &values) {
        for (int i = 0; i < values.size(); ++i)
            if (!mConn.exec(QLatin1String("INSERT INTO ") + table(name) + QLatin1String(" (feature_id, ")
                                + QLatin1String(column) + QLatin1String(", seq) VALUES ($1, $2, $3)"),
                            {pg::text(f.id), pg::text(values.at(i)), pg::number(i)}, error))
                return false;
        return true;
    };
    if (!links("plan_sentence_links", "sentence_id", f.sentenceIds)
        || !links("plan_target_links", "target_id", f.targetIds))
        return false;
    for (int i = 0; i < f.history.size(); ++i) {
        const StatusChange &c = f.history.at(i);
        if (!mConn.exec(QLatin1String("INSERT INTO ") + table("plan_status_history")
                            + QLatin1String(" (feature_id, seq, status, date, note, \"user\", recorded_at) "
                                            "VALUES ($1, $2, $3, $4::date, $5, $6, $7::timestamptz)"),
                        {pg::text(f.id), pg::number(i), pg::text(toKey(c.status)),
                         c.date.isValid() ? pg::text(c.date.toString(Qt::ISODate)) : pg::Param(),
                         pg::text(c.note), pg::text(c.user),
                         c.recordedAt.isValid() ? pg::text(c.recordedAt.toUTC().toString(Qt::ISODateWithMs))
                                                : pg::Param()},
                        error))
            return false;
    }
    return true;
}

bool PostgisProjectStore::logChange(const QString &id, int version, int baseVersion, const char *operation,
                                    const PlanFeature *f, QString *error)
{
    const auto rows = mConn.exec(
        QLatin1String("INSERT INTO ") + table("change_log")
            + QLatin1String(" (feature_id, version, base_version, operation, feature, user_name) "
                            "VALUES ($1, $2, $6, $3, $4::jsonb, $5)"),
        {pg::text(id), pg::number(version), pg::text(QLatin1String(operation)),
         f ? pg::Param(featureToJson(*f)) : pg::Param(), pg::text(mUser), pg::number(baseVersion)},
        error);
    // Delivered to LISTENers when the transaction commits, not before.
    return rows && mConn.exec(QStringLiteral("SELECT pg_notify($1, $2)"), {pg::text(channel()), pg::text(id)}, error);
}

bool PostgisProjectStore::writeSettings(const Settings &settings, QString *error)
{
    const auto exec = [&](const QString &sql, const QList<pg::Param> &params = {}) {
        return mConn.exec(sql, params, error).has_value();
    };
    if (!mConn.run(addedTablesSql(), error)
        || !exec(QLatin1String("DELETE FROM ") + table("project_settings")
              + QLatin1String(" WHERE key NOT IN ('format', 'settings_version')"))
        || !exec(QLatin1String("DELETE FROM ") + table("project_layers"))
        || !exec(QLatin1String("DELETE FROM ") + table("report_source")))
        return false;
    QList<std::pair<QString, QString>> rows = {{QStringLiteral("title"), settings.title},
                                               {QStringLiteral("crs"), settings.crs}};
    for (auto it = settings.layouts.cbegin(); it != settings.layouts.cend(); ++it)
        rows.append({QLatin1String(kLayoutKeyPrefix) + it.key(), it.value()});
    if (!settings.bookmarks.isEmpty())
        rows.append({QStringLiteral("bookmarks"), bookmarksToJson(settings.bookmarks)});
    const QString insertSetting = QLatin1String("INSERT INTO ") + table("project_settings")
        + QLatin1String(" (key, value) VALUES ($1, $2)");
    for (const auto &[key, value] : rows)
        if (!exec(insertSetting, {pg::text(key), pg::text(value)}))
            return false;
    for (int i = 0; i < settings.layers.size(); ++i) {
        const LayerRef &l = settings.layers.at(i);
        if (!exec(QLatin1String("INSERT INTO ") + table("project_layers")
                      + QLatin1String(" (seq, name, source, layer_name, visible, opacity, style) "
                                      "VALUES ($1, $2, $3, $4, $5::boolean, $6::double precision, $7)"),
                  {pg::number(i), pg::text(l.name), pg::text(l.source), pg::text(l.layerName),
                   pg::text(l.visible ? QStringLiteral("true") : QStringLiteral("false")),
                   pg::Param(QByteArray::number(l.opacity, 'g', 17)), pg::text(l.style)}))
            return false;
    }
    if (!settings.reportText.isEmpty()
        && !exec(QLatin1String("INSERT INTO ") + table("report_source") + QLatin1String(" (id, text) VALUES (1, $1)"),
                 {pg::text(settings.reportText)}))
        return false;
    return writeTargetValues(settings.targetValues, error) && writeAnnotations(settings.annotations, error);
}

StorageResult PostgisProjectStore::saveAs(Project &project)
{
    QSet<QString> ids;
    for (const PlanFeature &f : project.features()) {
        if (f.id.isEmpty())
            return {Storage::tr("Cannot save: a feature (\"%1\") has no id").arg(f.nameZh)};
        if (ids.contains(f.id))
            return {Storage::tr("Cannot save: the feature id \"%1\" is used twice").arg(f.id)};
        ids.insert(f.id);
    }
    // The database has no folder: layer files are referenced by absolute path.
    QList<LayerRef> layers = project.layers();
    for (LayerRef &l : layers) {
        const QString resolved = project.resolveSource(l.source);
        if (!QFileInfo(l.source).isAbsolute() && QFileInfo::exists(resolved))
            l.source = QFileInfo(resolved).absoluteFilePath();
    }
    Settings settings = settingsOf(project);
    settings.layers = layers;

    QString error;
    const auto fail = [&](const QString &e) {
        rollback();
        return StorageResult{Storage::tr("Cannot save to %1: %2").arg(mLocation.uri, e)};
    };
    if (!begin("", &error))
        return {Storage::tr("Cannot save to %1: %2").arg(mLocation.uri, error)};
    const QString schema = mConn.quoteIdentifier(mLocation.schema);
    if (mReplaceExisting && !mConn.run(QLatin1String("DROP SCHEMA IF EXISTS ") + schema + QLatin1String(" CASCADE"),
                                       &error))
        return fail(error);
    const auto exists = mConn.exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"),
                                   {pg::text(mLocation.schema)}, &error);
    if (!exists)
        return fail(error);
    if (exists->count() > 0)
        return fail(Storage::tr("the schema \"%1\" already exists (choose another, or replace it)")
                        .arg(mLocation.schema));
    if (!mConn.run(createSchemaSql(), &error))
        return fail(error);
    const QString insertSetting = QLatin1String("INSERT INTO ") + table("project_settings")
        + QLatin1String(" (key, value) VALUES ($1, $2)");
    if (!mConn.exec(insertSetting, {pg::text(QLatin1String(kFormatKey)), pg::text(QLatin1String(kFormat))}, &error)
        || !mConn.exec(insertSetting, {pg::text(QStringLiteral("settings_version")), pg::number(1)}, &error)
        || !writeSettings(settings, &error))
        return fail(error);
    QHash<QString, Base> written;
    for (int i = 0; i < project.features().size(); ++i) {
        const PlanFeature &f = project.features().at(i);
        int version = 0;
        if (!writeFeatureRow(f, i, 0, version, &error) || !writeChildren(f, &error)
            || !logChange(f.id, version, 0, "insert", &f, &error))
            return fail(error);
        written.insert(f.id, {version, f});
    }
    const auto seq = mConn.exec(QLatin1String("SELECT coalesce(max(seq), 0) FROM ") + table("change_log"), {}, &error);
    if (!seq || !mConn.run(QStringLiteral("COMMIT"), &error))
        return fail(error);

    mBase = written;
    mSettingsVersion = 1;
    mLogSeq = seq->integer64(0, 0);
    project.setFilePath(mLocation.uri);
    if (layers != project.layers())
        project.setLayers(layers);
    mSettings = settingsOf(project);
    project.undoStack()->setClean();
    return {};
}

} // namespace yc
