// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a project from its GeoPackage (schema in storage/README.md). Everything is read into local
// values and checked first; the Project is touched only once the whole file has been read.
#include "storage/project_store.h"

#include "plan/project.h"
#include "geo/ogr_geometry.h"
#include "io/gdal_support.h"
#include "storage/annotation_table.h"
#include "storage/gpkg_common.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace yc {

using namespace gpkg;

namespace {

bool hasColumns(OGRLayer &layer, std::initializer_list<const char *> columns, QString *error)
{
    for (const char *c : columns) {
        if (layer.GetLayerDefn()->GetFieldIndex(c) < 0) {
            *error = gpkg::Storage::tr("the table %1 has no column %2").arg(QString::fromUtf8(layer.GetName()),
                                                           QLatin1String(c));
            return false;
        }
    }
    return true;
}

bool isNull(const OGRFeature &f, const char *field)
{
    return !f.IsFieldSetAndNotNull(f.GetFieldIndex(field));
}

QString text(const OGRFeature &f, const char *field)
{
    const int i = f.GetFieldIndex(field);
    return f.IsFieldSetAndNotNull(i) ? QString::fromUtf8(f.GetFieldAsString(i)) : QString();
}

int integer(const OGRFeature &f, const char *field, int fallback = 0)
{
    const int i = f.GetFieldIndex(field);
    return f.IsFieldSetAndNotNull(i) ? f.GetFieldAsInteger(i) : fallback;
}

QDate date(const OGRFeature &f, const char *field)
{
    const int i = f.GetFieldIndex(field);
    int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
    float s = 0;
    if (!f.IsFieldSetAndNotNull(i) || !f.GetFieldAsDateTime(i, &y, &m, &d, &h, &min, &s, &tz))
        return {};
    return QDate(y, m, d);
}

QDateTime dateTime(const OGRFeature &f, const char *field)
{
    const int i = f.GetFieldIndex(field);
    int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
    float s = 0;
    if (!f.IsFieldSetAndNotNull(i) || !f.GetFieldAsDateTime(i, &y, &m, &d, &h, &min, &s, &tz))
        return {};
    const int ms = int(std::lround(double(s) * 1000.0));
    QDateTime when(QDate(y, m, d), QTime(h, min).addMSecs(ms), Qt::UTC);
    // OGR's time-zone flag: 100 = UTC, 100 ± n = offset of n quarter hours; 0/1 = unknown/local.
    if (tz > 1 && tz != 100)
        when = when.addSecs(-qint64(tz - 100) * 15 * 60);
    return when;
}

GeometryType singleOf(GeometryType t)
{
    switch (t) {
    case GeometryType::MultiPoint: return GeometryType::Point;
    case GeometryType::MultiLineString: return GeometryType::LineString;
    case GeometryType::MultiPolygon: return GeometryType::Polygon;
    default: return t;
    }
}

template<typename T>
void sortBySeq(QList<std::pair<int, T>> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

/// Everything a project file holds, read before the Project is changed.
struct Loaded {
    QString title;
    Crs crs;
    QString reportText;
    QList<PlanFeature> features;
    QList<LayerRef> layers;
    QMap<QString, QString> layoutTemplates;
    TargetValues targetValues;
    QList<Annotation> annotations;
    QList<Bookmark> bookmarks;
};

class Reader {
public:
    explicit Reader(GDALDataset &ds) : mDs(ds) {}

    /// Returns an error (without the file name) or empty.
    QString read(Loaded &out)
    {
        QHash<QString, QString> settings;
        OGRLayer *table = mDs.GetLayerByName(kSettings);
        if (!table)
            return gpkg::Storage::tr("it is not a Yuncheng Planner project (no %1 table)").arg(QLatin1String(kSettings));
        if (!hasColumns(*table, {"key", "value"}, &mError))
            return mError;
        for (const auto &row : *table)
            settings.insert(text(*row, "key"), text(*row, "value"));
        if (QString e = checkFormat(settings.value(QLatin1String(kFormatKey))); !e.isEmpty())
            return e;

        out.title = settings.value(QStringLiteral("title"));
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            if (it.key().startsWith(QLatin1String(kLayoutKeyPrefix)))
                out.layoutTemplates.insert(it.key().mid(QLatin1String(kLayoutKeyPrefix).size()), it.value());
        out.bookmarks = bookmarksFromJson(settings.value(QStringLiteral("bookmarks")));
        const QString crs = settings.value(QStringLiteral("crs"));
        out.crs = crs.isEmpty() ? Crs::cgcs2000Gk111() : Crs::fromUserInput(crs);
        if (!out.crs.isValid())
            return gpkg::Storage::tr("the map CRS \"%1\" is not understood").arg(crs);

        if (!readFeatures(out.features) || !readLinks(out.features) || !readHistory(out.features)
            || !readLayers(out.layers) || !readReport(out.reportText) || !readTargetValues(out.targetValues))
            return mError;
        std::optional<QList<Annotation>> annotations = readAnnotations(mDs, &mError);
        if (!annotations)
            return mError;
        out.annotations = std::move(*annotations);
        return {};
    }

private:
    static QString checkFormat(const QString &format)
    {
        if (format.isEmpty())
            return gpkg::Storage::tr("it is not a Yuncheng Planner project (no format setting)");
        bool ok = false;
        const int version = format.startsWith(QLatin1String(kFormatPrefix))
            ? format.mid(int(qstrlen(kFormatPrefix))).toInt(&ok) : 0;
        if (!ok)
            return gpkg::Storage::tr("it is not a Yuncheng Planner project (format \"%1\")").arg(format);
        if (version > kFormatVersion)
            return gpkg::Storage::tr("it was saved by a newer Yuncheng Planner (format \"%1\"); please update").arg(format);
        return {};
    }

    OGRLayer *table(const char *name)
    {
        OGRLayer *layer = mDs.GetLayerByName(name);
        if (!layer)
            mError = gpkg::Storage::tr("the project file is damaged: the table %1 is missing").arg(QLatin1String(name));
        return layer;
    }

    bool fail(const QString &error)
    {
        mError = error;
        return false;
    }

    bool readFeatures(QList<PlanFeature> &features)
    {
        QList<std::pair<int, PlanFeature>> rows;
        for (const char *name : kFeatureTables) {
            OGRLayer *layer = table(name);
            if (!layer || !hasColumns(*layer, {"feature_id", "name_zh", "name_en", "category", "county", "status",
                                               "confidence", "location_note", "sort_order", "is_multi"}, &mError))
                return false;
            for (const auto &row : *layer) {
                PlanFeature f;
                f.id = text(*row, "feature_id");
                if (f.id.isEmpty())
                    return fail(gpkg::Storage::tr("a row of %1 has no feature_id").arg(QLatin1String(name)));
                if (mIndex.contains(f.id))
                    return fail(gpkg::Storage::tr("the feature id \"%1\" is used twice").arg(f.id));
                f.nameZh = text(*row, "name_zh");
                f.nameEn = text(*row, "name_en");
                f.county = text(*row, "county");
                f.locationNote = text(*row, "location_note");
                const QString category = text(*row, "category");
                const QString confidence = text(*row, "confidence");
                const QString status = text(*row, "status");
                if (const auto c = categoryFromKey(category))
                    f.category = *c;
                else
                    return fail(gpkg::Storage::tr("feature \"%1\" has an unknown category \"%2\"").arg(f.id, category));
                if (const auto c = confidenceFromKey(confidence))
                    f.confidence = *c;
                else
                    return fail(gpkg::Storage::tr("feature \"%1\" has an unknown confidence \"%2\"").arg(f.id, confidence));
                if (!statusFromKey(status))   // a copy of the last history row, for styling in QGIS
                    return fail(gpkg::Storage::tr("feature \"%1\" has an unknown status \"%2\"").arg(f.id, status));
                f.geometry = detail::fromOgrGeometry(row->GetGeometryRef());
                // Tables are MULTI*; a one-part geometry goes back to a single type unless it was saved as multi.
                if (f.geometry.parts.size() == 1 && integer(*row, "is_multi") == 0)
                    f.geometry.type = singleOf(f.geometry.type);
                mIndex.insert(f.id, int(rows.size()));
                // Rows added in another program have no sort_order: they go last.
                rows.append({integer(*row, "sort_order", INT_MAX), f});
            }
        }
        sortBySeq(rows);
        mIndex.clear();
        for (const auto &[order, f] : rows) {
            mIndex.insert(f.id, int(features.size()));
            features.append(f);
        }
        return true;
    }

    /// Reads (feature_id, seq, value column) rows into the features' string lists.
    bool readLinkTable(const char *name, const char *valueColumn, QList<PlanFeature> &features,
                       QStringList PlanFeature::*list)
    {
        OGRLayer *layer = table(name);
        if (!layer || !hasColumns(*layer, {"feature_id", "seq", valueColumn}, &mError))
            return false;
        QHash<QString, QList<std::pair<int, QString>>> links;
        for (const auto &row : *layer) {
            const QString id = text(*row, "feature_id");
            if (!mIndex.contains(id))
                return fail(gpkg::Storage::tr("the table %1 names an unknown feature \"%2\"").arg(QLatin1String(name), id));
            const QString value = text(*row, valueColumn);
            if (value.isEmpty())
                return fail(gpkg::Storage::tr("feature \"%1\" has an empty link in %2").arg(id, QLatin1String(name)));
            links[id].append({integer(*row, "seq"), value});
        }
        for (auto it = links.begin(); it != links.end(); ++it) {
            sortBySeq(it.value());
            QStringList &out = features[mIndex.value(it.key())].*list;
            for (const auto &[seq, value] : it.value())
                out.append(value);
        }
        return true;
    }

    bool readLinks(QList<PlanFeature> &features)
    {
        return readLinkTable(kSentenceLinks, "sentence_id", features, &PlanFeature::sentenceIds)
            && readLinkTable(kTargetLinks, "target_id", features, &PlanFeature::targetIds);
    }

    bool readHistory(QList<PlanFeature> &features)
    {
        OGRLayer *layer = table(kStatusHistory);
        if (!layer || !hasColumns(*layer, {"feature_id", "seq", "status", "date", "note", "user", "recorded_at"},
                                  &mError))
            return false;
        QHash<QString, QList<std::pair<int, StatusChange>>> history;
        for (const auto &row : *layer) {
            const QString id = text(*row, "feature_id");
            if (!mIndex.contains(id))
                return fail(gpkg::Storage::tr("the status history names an unknown feature \"%1\"").arg(id));
            const QString key = text(*row, "status");
            const auto status = statusFromKey(key);
            if (!status)
                return fail(gpkg::Storage::tr("feature \"%1\" has an unknown status \"%2\" in its history").arg(id, key));
            StatusChange c;
            c.status = *status;
            c.date = date(*row, "date");
            c.note = text(*row, "note");
            c.user = text(*row, "user");
            c.recordedAt = dateTime(*row, "recorded_at");
            history[id].append({integer(*row, "seq"), c});
        }
        for (auto it = history.begin(); it != history.end(); ++it) {
            sortBySeq(it.value());
            PlanFeature &f = features[mIndex.value(it.key())];
            for (const auto &[seq, c] : it.value())
                f.history.append(c);
        }
        return true;
    }

    bool readLayers(QList<LayerRef> &layers)
    {
        OGRLayer *layer = table(kLayers);
        if (!layer || !hasColumns(*layer, {"seq", "name", "source", "layer_name", "visible", "opacity", "style"},
                                  &mError))
            return false;
        QList<std::pair<int, LayerRef>> rows;
        for (const auto &row : *layer) {
            LayerRef l;
            l.name = text(*row, "name");
            l.source = text(*row, "source");
            if (l.source.isEmpty())
                return fail(gpkg::Storage::tr("the map layer \"%1\" has no source").arg(l.name));
            l.layerName = text(*row, "layer_name");
            l.visible = integer(*row, "visible", 1) != 0;
            l.opacity = isNull(*row, "opacity") ? 1.0 : row->GetFieldAsDouble("opacity");
            l.style = text(*row, "style");
            rows.append({integer(*row, "seq"), l});
        }
        sortBySeq(rows);
        for (const auto &[seq, l] : rows)
            layers.append(l);
        return true;
    }

    bool readReport(QString &reportText)
    {
        OGRLayer *layer = table(kReportSource);
        if (!layer || !hasColumns(*layer, {"id", "text"}, &mError))
            return false;
        int lowest = INT_MAX;
        for (const auto &row : *layer) {
            const int id = integer(*row, "id");
            if (id < lowest) {
                lowest = id;
                reportText = text(*row, "text");
            }
        }
        return true;
    }

    /// Target ids are kept as they are, even ones the report no longer yields, so nothing recorded is lost.
    bool readTargetValues(TargetValues &values)
    {
        OGRLayer *layer = mDs.GetLayerByName(kTargetValues);
        if (!layer)
            return true;   // saved before target values existed
        if (!hasColumns(*layer, {"target_id", "seq", "value", "date", "note", "user", "recorded_at"}, &mError))
            return false;
        QHash<QString, QList<std::pair<int, TargetValue>>> rows;
        for (const auto &row : *layer) {
            const QString id = text(*row, "target_id");
            if (id.isEmpty())
                return fail(gpkg::Storage::tr("a row of %1 has no target_id").arg(QLatin1String(kTargetValues)));
            const double value = row->GetFieldAsDouble("value");
            if (isNull(*row, "value") || !std::isfinite(value))
                return fail(gpkg::Storage::tr("target \"%1\" has a recorded value that is not a number").arg(id));
            TargetValue v;
            v.value = value;
            v.date = date(*row, "date");
            v.note = text(*row, "note");
            v.user = text(*row, "user");
            v.recordedAt = dateTime(*row, "recorded_at");
            rows[id].append({integer(*row, "seq"), v});
        }
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            sortBySeq(it.value());
            QList<TargetValue> &history = values[it.key()];
            for (const auto &[seq, v] : it.value())
                history.append(v);
        }
        return true;
    }

    GDALDataset &mDs;
    QHash<QString, int> mIndex;   ///< feature id → position (in rows, then in the final list)
    QString mError;
};

} // namespace

StorageResult GeoPackageProjectStore::load(Project &project, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return {gpkg::Storage::tr("Cannot open %1: the file does not exist").arg(shown)};
    if (info.isDir())
        return {gpkg::Storage::tr("Cannot open %1: it is a folder, not a project file").arg(shown)};

    detail::ensureGdalRegistered();
    Loaded loaded;
    {
        const detail::GdalErrorCapture quiet;
        const char *const drivers[] = {"GPKG", nullptr};
        GDALDatasetUniquePtr ds(GDALDataset::Open(info.absoluteFilePath().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
        if (!ds)
            return {gpkg::Storage::tr("Cannot open %1: it is not a GeoPackage").arg(shown)};
        if (const QString error = Reader(*ds).read(loaded); !error.isEmpty())
            return {gpkg::Storage::tr("Cannot open %1: %2").arg(shown, error)};
    }

    Report report = loaded.reportText.isEmpty() ? Report() : Report::parse(loaded.reportText);
    project.setTitle(loaded.title);
    project.setReport(std::move(report));
    project.setCrs(loaded.crs);
    project.setLayers(loaded.layers);
    project.setFeatures(loaded.features);
    project.setTargetValues(loaded.targetValues);
    project.setLayoutTemplates(loaded.layoutTemplates);
    project.annotations().setAll(loaded.annotations);
    project.setBookmarks(loaded.bookmarks);
    project.setFilePath(info.absoluteFilePath());
    project.undoStack()->clear();
    return {};
}

} // namespace yc
