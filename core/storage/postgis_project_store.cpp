// SPDX-License-Identifier: GPL-3.0-or-later
// Loading, saving with version checks, conflicts and pulls for PostgisProjectStore. Creating the schema and
// writing rows is in postgis_project_write.cpp. Schema and policy: storage/README.md.
#include "storage/postgis_project_store.h"

#include "platform/platform.h"
#include "storage/gpkg_common.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace yc {

using namespace gpkg;

PostgisProjectStore::PostgisProjectStore(PostgisLocation location)
    : mLocation(std::move(location)), mConn(mLocation.conninfo), mUser(platform::userName())
{
}

PostgisProjectStore::~PostgisProjectStore() = default;

QString PostgisProjectStore::table(const char *name) const
{
    return mConn.quoteIdentifier(mLocation.schema) + QLatin1Char('.') + QLatin1String(name);
}

QString PostgisProjectStore::channel() const
{
    // Channel names are identifiers (at most 63 bytes); a long schema name is replaced by its hash.
    const QByteArray schema = mLocation.schema.toUtf8();
    if (schema.size() <= 52)
        return QLatin1String("yc_project:") + mLocation.schema;
    return QLatin1String("yc_project:")
        + QString::fromLatin1(QCryptographicHash::hash(schema, QCryptographicHash::Sha1).toHex().left(40));
}

int PostgisProjectStore::baseVersion(const QString &id) const { return mBase.value(id).version; }

QString PostgisProjectStore::unreachable(const QString &detail) const
{
    return Storage::tr("The database server cannot be reached (%1); your edits are kept and can be saved when it "
                       "is back").arg(detail);
}

bool PostgisProjectStore::connect(QString *error) const
{
    if (mConn.open(error))
        return true;
    *error = unreachable(*error);
    return false;
}

bool PostgisProjectStore::begin(const char *mode, QString *error) const
{
    // A connection the server dropped (restart, network) only shows when it is used: reconnect once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!connect(error))
            return false;
        if (mConn.run(QLatin1String("BEGIN ") + QLatin1String(mode), error))
            return true;
        if (mConn.isOpen())
            return false;
        mConn.close();
    }
    *error = unreachable(*error);
    return false;
}

void PostgisProjectStore::rollback() const
{
    if (mConn.isOpen())
        mConn.run(QStringLiteral("ROLLBACK"), nullptr);
}

PostgisProjectStore::Settings PostgisProjectStore::settingsOf(const Project &project)
{
    return {project.title(),         project.crs().definition(),      project.layers(),
            project.layoutTemplates(), project.report().originalText(), project.targetValues(),
            project.annotations().list(), project.bookmarks()};
}

bool PostgisProjectStore::readFeatures(const QString &onlyId, QList<std::pair<PlanFeature, int>> &out,
                                       QString *error) const
{
    const QString where = QStringLiteral(" WHERE ($1::text IS NULL OR feature_id = $1)");
    const QList<pg::Param> params = {onlyId.isEmpty() ? pg::Param() : pg::text(onlyId)};
    const auto rows = mConn.exec(
        QLatin1String("SELECT feature_id, name_zh, name_en, category, county, confidence, location_note, "
                      "encode(ST_AsBinary(geom), 'hex'), version FROM ") + table("plan_features") + where
            + QLatin1String(" ORDER BY sort_order, feature_id"), params, error);
    if (!rows)
        return false;
    QHash<QString, int> index;
    for (int r = 0; r < rows->count(); ++r) {
        PlanFeature f;
        f.id = rows->value(r, 0);
        f.nameZh = rows->value(r, 1);
        f.nameEn = rows->value(r, 2);
        const auto category = categoryFromKey(rows->value(r, 3));
        f.county = rows->value(r, 4);
        const auto confidence = confidenceFromKey(rows->value(r, 5));
        if (!category || !confidence) {
            *error = Storage::tr("feature \"%1\" has an unknown category or confidence").arg(f.id);
            return false;
        }
        f.category = *category;
        f.confidence = *confidence;
        f.locationNote = rows->value(r, 6);
        if (!rows->isNull(r, 7)) {
            const auto geometry = Geometry::fromWkb(QByteArray::fromHex(rows->bytes(r, 7)), error);
            if (!geometry)
                return false;
            f.geometry = *geometry;
        }
        index.insert(f.id, int(out.size()));
        out.append({f, rows->integer(r, 8)});
    }

    const auto links = [&](const char *name, const char *column, QStringList PlanFeature::*list) {
        const auto linkRows = mConn.exec(QLatin1String("SELECT feature_id, ") + QLatin1String(column)
                                             + QLatin1String(" FROM ") + table(name) + where
                                             + QLatin1String(" ORDER BY feature_id, seq"), params, error);
        if (!linkRows)
            return false;
        for (int r = 0; r < linkRows->count(); ++r)
            if (const auto it = index.constFind(linkRows->value(r, 0)); it != index.cend())
                (out[*it].first.*list).append(linkRows->value(r, 1));
        return true;
    };
    if (!links("plan_sentence_links", "sentence_id", &PlanFeature::sentenceIds)
        || !links("plan_target_links", "target_id", &PlanFeature::targetIds))
        return false;

    const auto history = mConn.exec(
        QLatin1String("SELECT feature_id, status, to_char(date, 'YYYY-MM-DD'), note, \"user\", "
                      "to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM ")
            + table("plan_status_history") + where + QLatin1String(" ORDER BY feature_id, seq"), params, error);
    if (!history)
        return false;
    for (int r = 0; r < history->count(); ++r) {
        const auto it = index.constFind(history->value(r, 0));
        if (it == index.cend())
            continue;
        const auto status = statusFromKey(history->value(r, 1));
        if (!status) {
            *error = Storage::tr("feature \"%1\" has an unknown status \"%2\" in its history")
                         .arg(history->value(r, 0), history->value(r, 1));
            return false;
        }
        StatusChange c;
        c.status = *status;
        c.date = QDate::fromString(history->value(r, 2), Qt::ISODate);
        c.note = history->value(r, 3);
        c.user = history->value(r, 4);
        if (!history->isNull(r, 5))
            c.recordedAt = QDateTime::fromString(history->value(r, 5), Qt::ISODateWithMs);
        out[*it].first.history.append(c);
    }
    return true;
}

bool PostgisProjectStore::readSettings(Settings &out, int &version, QString *error) const
{
    const auto settings = mConn.exec(QLatin1String("SELECT key, value FROM ") + table("project_settings"), {}, error);
    if (!settings)
        return false;
    QHash<QString, QString> values;
    for (int r = 0; r < settings->count(); ++r)
        values.insert(settings->value(r, 0), settings->value(r, 1));
    if (values.value(QLatin1String(kFormatKey)) != QLatin1String(kFormat)) {
        *error = Storage::tr("the schema does not hold a Yuncheng Planner project (format \"%1\")")
                     .arg(values.value(QLatin1String(kFormatKey)));
        return false;
    }
    out = {};
    out.title = values.value(QStringLiteral("title"));
    out.crs = values.value(QStringLiteral("crs"));
    version = values.value(QStringLiteral("settings_version")).toInt();
    out.bookmarks = bookmarksFromJson(values.value(QStringLiteral("bookmarks")));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key().startsWith(QLatin1String(kLayoutKeyPrefix)))
            out.layouts.insert(it.key().mid(int(qstrlen(kLayoutKeyPrefix))), it.value());

    const auto layers = mConn.exec(QLatin1String("SELECT name, source, layer_name, visible, opacity, style FROM ")
                                       + table("project_layers") + QLatin1String(" ORDER BY seq"), {}, error);
    if (!layers)
        return false;
    for (int r = 0; r < layers->count(); ++r) {
        LayerRef l;
        l.name = layers->value(r, 0);
        l.source = layers->value(r, 1);
        l.layerName = layers->value(r, 2);
        l.visible = layers->value(r, 3) == QLatin1String("t");
        l.opacity = layers->value(r, 4).toDouble();
        l.style = layers->value(r, 5);
        out.layers.append(l);
    }
    const auto report = mConn.exec(QLatin1String("SELECT text FROM ") + table("report_source")
                                       + QLatin1String(" ORDER BY id LIMIT 1"), {}, error);
    if (!report)
        return false;
    if (report->count() > 0)
        out.reportText = report->value(0, 0);
    return readTargetValues(out.targetValues, error) && readAnnotations(out.annotations, error);
}

StorageResult PostgisProjectStore::load(Project &project)
{
    QString error;
    const std::optional<Content> content = fetch(&error);
    return content ? adopt(project, *content) : StorageResult{error};
}

std::optional<PostgisProjectStore::Content> PostgisProjectStore::fetch(QString *error) const
{
    Content content;
    if (!begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", error)) {
        *error = Storage::tr("Cannot open %1: %2").arg(mLocation.uri, *error);
        return std::nullopt;
    }
    std::optional<pg::Rows> seq;
    if (readSettings(content.settings, content.settingsVersion, error) && readFeatures({}, content.features, error))
        seq = mConn.exec(QLatin1String("SELECT coalesce(max(seq), 0) FROM ") + table("change_log"), {}, error);
    rollback();
    if (!seq) {
        *error = Storage::tr("Cannot open %1: %2").arg(mLocation.uri, *error);
        return std::nullopt;
    }
    content.logSeq = seq->integer64(0, 0);
    return content;
}

StorageResult PostgisProjectStore::adopt(Project &project, const Content &content)
{
    const Settings &settings = content.settings;
    const Crs crs = settings.crs.isEmpty() ? Crs::cgcs2000Gk111() : Crs::fromUserInput(settings.crs);
    if (!crs.isValid())
        return {Storage::tr("Cannot open %1: the map CRS \"%2\" is not understood").arg(mLocation.uri, settings.crs)};

    mBase.clear();
    QList<PlanFeature> list;
    for (const auto &[f, version] : content.features) {
        mBase.insert(f.id, {version, f});
        list.append(f);
    }
    mSettingsVersion = content.settingsVersion;
    mLogSeq = content.logSeq;

    project.setTitle(settings.title);
    project.setReport(settings.reportText.isEmpty() ? Report() : Report::parse(settings.reportText));
    project.setCrs(crs);
    project.setLayers(settings.layers);
    project.setFeatures(list);
    project.setLayoutTemplates(settings.layouts);
    project.setTargetValues(settings.targetValues);
    project.annotations().setAll(settings.annotations);
    project.setBookmarks(settings.bookmarks);
    project.setFilePath(mLocation.uri);
    project.undoStack()->clear();
    mSettings = settingsOf(project);   // as the project holds them, so that only real edits count as changes
    return {};
}

PostgisProjectStore::Snapshot PostgisProjectStore::snapshotOf(const Project &project)
{
    return {project.features(), settingsOf(project)};
}

SaveResult PostgisProjectStore::save(Project &project)
{
    SaveResult result = save(snapshotOf(project));
    if (result.ok())
        project.undoStack()->setClean();
    return result;
}

SaveResult PostgisProjectStore::save(const Snapshot &snapshot)
{
    struct Change {
        QString id;
        const PlanFeature *mine = nullptr;   // nullptr: deleted here
        int sortOrder = 0;
    };
    QList<Change> changes;
    QSet<QString> present;
    for (int i = 0; i < snapshot.features.size(); ++i) {
        const PlanFeature &f = snapshot.features.at(i);
        present.insert(f.id);
        const auto base = mBase.constFind(f.id);
        if (base == mBase.cend() || base->feature != f)
            changes.append({f.id, &f, i});
    }
    for (auto it = mBase.cbegin(); it != mBase.cend(); ++it)
        if (!present.contains(it.key()))
            changes.append({it.key(), nullptr, 0});
    // One order for every client, so that two saves never wait for each other's rows crosswise.
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.id < b.id; });
    const Settings &settings = snapshot.settings;
    const bool settingsChanged = settings != mSettings;

    SaveResult result;
    if (changes.isEmpty() && !settingsChanged)
        return result;
    QString error;
    if (!begin("", &error)) {
        result.error = Storage::tr("Cannot save to %1: %2").arg(mLocation.uri, error);
        return result;
    }
    const auto fail = [&](const QString &e) {
        rollback();
        result.error = Storage::tr("Cannot save to %1: %2")
                           .arg(mLocation.uri, mConn.isOpen() ? e : unreachable(e));
        result.conflicts.clear();
        result.saved.clear();
        return result;
    };

    QHash<QString, Base> written;   // applied to mBase only once the transaction has committed
    QSet<QString> goneOnBothSides;
    for (const Change &c : changes) {
        const int base = mBase.value(c.id).version;
        int newVersion = 0;
        if (c.mine) {
            if (!writeFeatureRow(*c.mine, c.sortOrder, base, newVersion, &error))
                return fail(error);
            if (newVersion > 0) {
                if (!writeChildren(*c.mine, &error)
                    || !logChange(c.id, newVersion, base, base == 0 ? "insert" : "update", c.mine, &error))
                    return fail(error);
                written.insert(c.id, {newVersion, *c.mine});
                result.saved.append(c.id);
                continue;
            }
        } else {
            const auto deleted = mConn.exec(QLatin1String("DELETE FROM ") + table("plan_features")
                                                + QLatin1String(" WHERE feature_id = $1 AND version = $2"),
                                            {pg::text(c.id), pg::number(base)}, &error);
            if (!deleted)
                return fail(error);
            if (deleted->affected() == 1) {
                if (!logChange(c.id, base + 1, base, "delete", nullptr, &error))
                    return fail(error);
                goneOnBothSides.insert(c.id);
                result.saved.append(c.id);
                continue;
            }
        }
        // Someone else got there first: offer both versions.
        QList<std::pair<PlanFeature, int>> theirs;
        if (!readFeatures(c.id, theirs, &error))
            return fail(error);
        FeatureConflict conflict;
        conflict.id = c.id;
        if (c.mine)
            conflict.mine = *c.mine;
        if (!theirs.isEmpty()) {
            conflict.theirs = theirs.first().first;
            conflict.theirVersion = theirs.first().second;
        }
        if (conflict.mine == conflict.theirs) {
            // Both sides made the same change (or this is our own earlier save whose reply was lost).
            if (conflict.theirs)
                written.insert(c.id, {conflict.theirVersion, *conflict.theirs});
            else
                goneOnBothSides.insert(c.id);
            continue;
        }
        result.conflicts.append(conflict);
    }

    if (settingsChanged) {
        const auto bumped = mConn.exec(
            QLatin1String("UPDATE ") + table("project_settings")
                + QLatin1String(" SET value = (value::integer + 1)::text WHERE key = 'settings_version' AND value = $1"
                                " RETURNING value::integer"), {pg::number(mSettingsVersion)}, &error);
        if (!bumped)
            return fail(error);
        if (bumped->count() == 1) {
            if (!writeSettings(settings, &error))
                return fail(error);
        } else {
            const auto current = mConn.exec(QLatin1String("SELECT value::integer FROM ") + table("project_settings")
                                                + QLatin1String(" WHERE key = 'settings_version'"), {}, &error);
            if (!current)
                return fail(error);
            mTheirSettingsVersion = current->count() ? current->integer(0, 0) : 0;
            result.settingsConflict = true;
        }
        if (!result.settingsConflict) {
            mSettings = settings;
            mSettingsVersion = bumped->integer(0, 0);
        }
    }
    if (!mConn.run(QStringLiteral("COMMIT"), &error)) {
        if (settingsChanged && !result.settingsConflict)
            mSettingsVersion = 0;   // unknown outcome: the next save meets it as a settings conflict
        return fail(error);
    }
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        mBase.insert(it.key(), it.value());
    for (const QString &id : goneOnBothSides)
        mBase.remove(id);
    return result;
}

void PostgisProjectStore::distrustLocalChanges(const Project &project)
{
    // No row has version -1: a guarded UPDATE or DELETE based on it writes nothing and reads theirs instead.
    constexpr int kUnknownVersion = -1;
    QSet<QString> present;
    for (const PlanFeature &f : project.features()) {
        present.insert(f.id);
        if (const auto base = mBase.find(f.id); base != mBase.end() && base->feature != f)
            base->version = kUnknownVersion;
    }
    for (auto it = mBase.begin(); it != mBase.end(); ++it)
        if (!present.contains(it.key()))
            it->version = kUnknownVersion;
}

void PostgisProjectStore::keepMine(const FeatureConflict &conflict)
{
    if (conflict.theirs)
        mBase.insert(conflict.id, {conflict.theirVersion, *conflict.theirs});
    else
        mBase.remove(conflict.id);   // theirs is deleted: saving mine inserts it again
}

void PostgisProjectStore::takeTheirs(Project &project, const FeatureConflict &conflict)
{
    if (conflict.theirs) {
        mBase.insert(conflict.id, {conflict.theirVersion, *conflict.theirs});
        project.putFeature(*conflict.theirs);
    } else {
        mBase.remove(conflict.id);
        project.removeFeature(conflict.id);
    }
}

StorageResult PostgisProjectStore::resolveSettings(Project &project, bool keepMine)
{
    if (keepMine) {
        mSettingsVersion = mTheirSettingsVersion;
        return {};
    }
    QString error;
    const auto theirs = fetchSettings(&error);
    if (!theirs)
        return {error};
    adoptSettings(project, theirs->first, theirs->second);
    return {};
}

std::optional<std::pair<PostgisProjectStore::Settings, int>> PostgisProjectStore::fetchSettings(QString *error) const
{
    Settings theirs;
    int version = 0;
    const bool read = begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", error) && readSettings(theirs, version, error);
    rollback();
    if (!read) {
        *error = Storage::tr("Cannot read the settings of %1: %2").arg(mLocation.uri, *error);
        return std::nullopt;
    }
    return std::pair{theirs, version};
}

void PostgisProjectStore::adoptSettings(Project &project, const Settings &theirs, int version)
{
    const Crs crs = Crs::fromUserInput(theirs.crs);
    if (crs.isValid())
        project.setCrs(crs);
    project.setTitle(theirs.title);
    project.setLayers(theirs.layers);
    project.setLayoutTemplates(theirs.layouts);
    if (theirs.reportText != project.report().originalText())
        project.setReport(theirs.reportText.isEmpty() ? Report() : Report::parse(theirs.reportText));
    project.setTargetValues(theirs.targetValues);
    project.annotations().setAll(theirs.annotations);
    project.setBookmarks(theirs.bookmarks);
    mSettings = settingsOf(project);
    mSettingsVersion = version;
}

std::optional<QStringList> PostgisProjectStore::pull(Project &project, QString *error)
{
    const std::optional<Changes> changes = fetchChanges(error);
    if (!changes)
        return std::nullopt;
    return applyChanges(project, *changes);
}

std::optional<PostgisProjectStore::Changes> PostgisProjectStore::fetchChanges(QString *error) const
{
    if (!begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
        return std::nullopt;
    const auto changed = mConn.exec(QLatin1String("SELECT feature_id, max(seq) FROM ") + table("change_log")
                                        + QLatin1String(" WHERE seq > $1 GROUP BY feature_id ORDER BY 2"),
                                    {pg::number(mLogSeq)}, error);
    if (!changed) {
        rollback();
        return std::nullopt;
    }
    Changes out;
    out.logSeq = mLogSeq;
    for (int r = 0; r < changed->count(); ++r) {
        const QString id = changed->value(r, 0);
        out.logSeq = std::max(out.logSeq, changed->integer64(r, 1));
        QList<std::pair<PlanFeature, int>> theirs;
        if (!readFeatures(id, theirs, error)) {
            rollback();
            return std::nullopt;
        }
        out.features.append({id, theirs.isEmpty() ? std::nullopt : std::optional(theirs.first())});
    }
    rollback();
    return out;
}

QStringList PostgisProjectStore::applyChanges(Project &project, const Changes &changes)
{
    QStringList applied;
    for (const auto &[id, theirs] : changes.features) {
        const auto base = mBase.constFind(id);
        const PlanFeature *local = project.feature(id);
        const bool changedHere = local ? (base == mBase.cend() || base->feature != *local) : base != mBase.cend();
        if (changedHere)
            continue;   // this client's edit meets theirs as a conflict when it saves
        if (!theirs) {
            if (base != mBase.cend()) {
                mBase.remove(id);
                project.removeFeature(id);
                applied.append(id);
            }
        } else if (base == mBase.cend() || base->version != theirs->second) {
            mBase.insert(id, {theirs->second, theirs->first});
            project.putFeature(theirs->first);
            applied.append(id);
        }
    }
    mLogSeq = changes.logSeq;
    return applied;
}

} // namespace yc
