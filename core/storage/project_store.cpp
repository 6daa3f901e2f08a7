// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a project as one GeoPackage. The schema is described in storage/README.md; loading is in
// project_store_load.cpp.
#include "storage/project_store.h"

#include "geo/ogr_geometry.h"
#include "io/gdal_support.h"
#include "plan/project.h"
#include "storage/annotation_table.h"
#include "storage/gpkg_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <system_error>

namespace yc {

using namespace gpkg;

namespace {

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

/// GDAL's last error on one line (CPL keeps it even while detail::GdalErrorCapture swallows the output).
QString gdalMessage()
{
    const QString msg = QString::fromUtf8(CPLGetLastErrorMsg()).simplified();
    return msg.isEmpty() ? gpkg::Storage::tr("unknown GDAL error") : msg;
}

std::filesystem::path fsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// A name next to `target` that nothing uses yet, e.g. "yuncheng.saving-3fa9c2.gpkg".
QString temporarySibling(const QFileInfo &target)
{
    const QDir dir = target.absoluteDir();
    for (;;) {
        const QString suffix = QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16);
        const QString candidate = dir.filePath(target.completeBaseName() + QLatin1String(".saving-") + suffix
                                               + QLatin1String(".gpkg"));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

struct Column {
    const char *name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
    bool unique = false;
};

/// Creates a table with `columns`; a spatial one when `geometryType` is not wkbNone.
OGRLayer *createTable(GDALDataset &ds, const char *name, OGRwkbGeometryType geometryType,
                      std::initializer_list<Column> columns, const char *description, QString *error)
{
    OGRSpatialReference srs;
    OGRSpatialReference *srsArg = nullptr;
    if (geometryType != wkbNone) {
        srs.importFromEPSG(4490);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        srsArg = &srs;
    }
    CPLStringList options;
    options.SetNameValue("FID", "fid");
    options.SetNameValue("DESCRIPTION", description);
    if (geometryType != wkbNone)
        options.SetNameValue("GEOMETRY_NAME", "geom");
    OGRLayer *layer = ds.CreateLayer(name, srsArg, geometryType, options.List());
    if (!layer) {
        *error = gpkg::Storage::tr("Cannot create table %1: %2").arg(QLatin1String(name), gdalMessage());
        return nullptr;
    }
    for (const Column &c : columns) {
        OGRFieldDefn field(c.name, c.type);
        field.SetSubType(c.subType);
        field.SetUnique(c.unique);
        if (layer->CreateField(&field) != OGRERR_NONE) {
            *error = gpkg::Storage::tr("Cannot create column %1.%2: %3").arg(QLatin1String(name), QLatin1String(c.name),
                                                              gdalMessage());
            return nullptr;
        }
    }
    return layer;
}

void setText(OGRFeature &f, const char *field, const QString &value)
{
    f.SetField(field, value.toUtf8().constData());
}

void setDate(OGRFeature &f, const char *field, const QDate &date)
{
    if (date.isValid())
        f.SetField(f.GetFieldIndex(field), date.year(), date.month(), date.day());
    else
        f.SetFieldNull(f.GetFieldIndex(field));
}

void setDateTime(OGRFeature &f, const char *field, const QDateTime &when)
{
    const int index = f.GetFieldIndex(field);
    if (!when.isValid()) {
        f.SetFieldNull(index);
        return;
    }
    const QDateTime utc = when.toUTC();
    const QTime t = utc.time();
    f.SetField(index, utc.date().year(), utc.date().month(), utc.date().day(), t.hour(), t.minute(),
               float(t.second()) + float(t.msec()) / 1000.0f, 100 /* UTC */);
}

GeometryType multiOf(GeometryType t)
{
    switch (t) {
    case GeometryType::Point: return GeometryType::MultiPoint;
    case GeometryType::LineString: return GeometryType::MultiLineString;
    case GeometryType::Polygon: return GeometryType::MultiPolygon;
    default: return t;
    }
}

/// Writes every table of the project into the open, empty GeoPackage `ds`.
QString writeProject(GDALDataset &ds, const Project &project, const QList<LayerRef> &layers)
{
    QString error;
    // Spatial tables are MULTI* so that the GeoPackage conforms and QGIS shows one layer per table;
    // is_multi remembers which features were single geometries in the model.
    const std::initializer_list<Column> featureColumns = {
        {"feature_id", OFTString, OFSTNone, true}, {"name_zh", OFTString}, {"name_en", OFTString},
        {"category", OFTString}, {"county", OFTString}, {"status", OFTString}, {"confidence", OFTString},
        {"location_note", OFTString}, {"sort_order", OFTInteger}, {"is_multi", OFTInteger, OFSTBoolean},
    };
    const OGRwkbGeometryType featureTypes[3] = {wkbMultiPoint, wkbMultiLineString, wkbMultiPolygon};
    const char *featureDescriptions[3] = {"Plan features: points", "Plan features: lines",
                                          "Plan features: areas"};
    OGRLayer *featureTables[3] = {};
    for (int i = 0; i < 3; ++i) {
        featureTables[i] = createTable(ds, gpkg::kFeatureTables[i], featureTypes[i], featureColumns,
                                       featureDescriptions[i], &error);
        if (!featureTables[i])
            return error;
    }
    OGRLayer *sentenceLinks = createTable(ds, gpkg::kSentenceLinks, wkbNone,
        {{"feature_id", OFTString}, {"sentence_id", OFTString}, {"seq", OFTInteger}},
        "Report sentences linked to plan features", &error);
    OGRLayer *targetLinks = sentenceLinks ? createTable(ds, gpkg::kTargetLinks, wkbNone,
        {{"feature_id", OFTString}, {"target_id", OFTString}, {"seq", OFTInteger}},
        "Report targets linked to plan features", &error) : nullptr;
    OGRLayer *history = targetLinks ? createTable(ds, gpkg::kStatusHistory, wkbNone,
        {{"feature_id", OFTString}, {"seq", OFTInteger}, {"status", OFTString}, {"date", OFTDate},
         {"note", OFTString}, {"user", OFTString}, {"recorded_at", OFTDateTime}},
        "Status history of plan features, oldest first", &error) : nullptr;
    OGRLayer *settings = history ? createTable(ds, gpkg::kSettings, wkbNone,
        {{"key", OFTString, OFSTNone, true}, {"value", OFTString}}, "Yuncheng Planner project settings",
        &error) : nullptr;
    OGRLayer *layerTable = settings ? createTable(ds, gpkg::kLayers, wkbNone,
        {{"seq", OFTInteger}, {"name", OFTString}, {"source", OFTString}, {"layer_name", OFTString},
         {"visible", OFTInteger, OFSTBoolean}, {"opacity", OFTReal}, {"style", OFTString}},
        "Map layers shown under the plan, bottom first", &error) : nullptr;
    OGRLayer *reportSource = layerTable ? createTable(ds, gpkg::kReportSource, wkbNone,
        {{"id", OFTInteger}, {"text", OFTString}}, "Original text of the government work report",
        &error) : nullptr;
    OGRLayer *reportTargets = reportSource ? createTable(ds, gpkg::kReportTargets, wkbNone,
        {{"id", OFTString}, {"sentence_id", OFTString}, {"phrase", OFTString}, {"measure", OFTString},
         {"value", OFTReal}, {"upper_value", OFTReal}, {"unit", OFTString}, {"qualifier", OFTString}},
        "Targets found in the report (export only, rebuilt on every save)", &error) : nullptr;
    OGRLayer *annotations = reportTargets ? createAnnotationTable(ds, &error) : nullptr;
    if (!annotations)
        return error;
    // Only a project with recorded values gets this table (loading treats it as optional), so saving any other
    // project costs what it did before the table existed.
    OGRLayer *targetValues = nullptr;
    if (!project.targetValues().isEmpty()) {
        targetValues = createTable(ds, gpkg::kTargetValues, wkbNone,
            {{"target_id", OFTString}, {"seq", OFTInteger}, {"value", OFTReal}, {"date", OFTDate},
             {"note", OFTString}, {"user", OFTString}, {"recorded_at", OFTDateTime}},
            "Recorded current values of the report's targets, oldest first", &error);
        if (!targetValues)
            return error;
    }

    if (ds.StartTransaction() != OGRERR_NONE)
        return gpkg::Storage::tr("Cannot start a transaction: %1").arg(gdalMessage());

    const auto insert = [&](OGRLayer *layer, OGRFeature &f, const QString &what) {
        if (layer->CreateFeature(&f) != OGRERR_NONE && error.isEmpty())
            error = gpkg::Storage::tr("Cannot write %1: %2").arg(what, gdalMessage());
        return error.isEmpty();
    };

    int sortOrder = 0;
    for (const PlanFeature &pf : project.features()) {
        const int dim = pf.geometry.dimension();
        OGRLayer *table = featureTables[dim < 0 ? 0 : dim];
        OGRFeature f(table->GetLayerDefn());
        setText(f, "feature_id", pf.id);
        setText(f, "name_zh", pf.nameZh);
        setText(f, "name_en", pf.nameEn);
        setText(f, "category", toKey(pf.category));
        setText(f, "county", pf.county);
        setText(f, "status", toKey(pf.status()));
        setText(f, "confidence", toKey(pf.confidence));
        setText(f, "location_note", pf.locationNote);
        f.SetField("sort_order", sortOrder++);
        const bool isMulti = multiOf(pf.geometry.type) == pf.geometry.type;
        f.SetField("is_multi", isMulti ? 1 : 0);
        if (!pf.geometry.isEmpty()) {
            Geometry multi = pf.geometry;
            multi.type = multiOf(multi.type);   // single and multi share the parts layout
            f.SetGeometryDirectly(detail::toOgrGeometry(multi).release());
        }
        const QString what = gpkg::Storage::tr("feature \"%1\"").arg(pf.id);
        bool ok = insert(table, f, what);
        for (int i = 0; ok && i < pf.sentenceIds.size(); ++i) {
            OGRFeature link(sentenceLinks->GetLayerDefn());
            setText(link, "feature_id", pf.id);
            setText(link, "sentence_id", pf.sentenceIds.at(i));
            link.SetField("seq", i);
            ok = insert(sentenceLinks, link, what);
        }
        for (int i = 0; ok && i < pf.targetIds.size(); ++i) {
            OGRFeature link(targetLinks->GetLayerDefn());
            setText(link, "feature_id", pf.id);
            setText(link, "target_id", pf.targetIds.at(i));
            link.SetField("seq", i);
            ok = insert(targetLinks, link, what);
        }
        for (int i = 0; ok && i < pf.history.size(); ++i) {
            const StatusChange &c = pf.history.at(i);
            OGRFeature row(history->GetLayerDefn());
            setText(row, "feature_id", pf.id);
            row.SetField("seq", i);
            setText(row, "status", toKey(c.status));
            setDate(row, "date", c.date);
            setText(row, "note", c.note);
            setText(row, "user", c.user);
            setDateTime(row, "recorded_at", c.recordedAt);
            ok = insert(history, row, what);
        }
        if (!ok)
            break;
    }

    QList<std::pair<QString, QString>> settingRows = {
        {QLatin1String(gpkg::kFormatKey), QLatin1String(gpkg::kFormat)},
        {QStringLiteral("title"), project.title()},
        {QStringLiteral("crs"), project.crs().definition()},
    };
    if (!project.bookmarks().isEmpty())
        settingRows.append({QStringLiteral("bookmarks"), bookmarksToJson(project.bookmarks())});
    for (auto it = project.layoutTemplates().cbegin(); it != project.layoutTemplates().cend(); ++it)
        settingRows.append({QLatin1String(gpkg::kLayoutKeyPrefix) + it.key(), it.value()});
    for (const auto &[key, value] : settingRows) {
        OGRFeature row(settings->GetLayerDefn());
        setText(row, "key", key);
        setText(row, "value", value);
        if (!insert(settings, row, gpkg::Storage::tr("the project settings")))
            break;
    }

    for (int i = 0; error.isEmpty() && i < layers.size(); ++i) {
        const LayerRef &l = layers.at(i);
        OGRFeature row(layerTable->GetLayerDefn());
        row.SetField("seq", i);
        setText(row, "name", l.name);
        setText(row, "source", l.source);
        setText(row, "layer_name", l.layerName);
        row.SetField("visible", l.visible ? 1 : 0);
        row.SetField("opacity", l.opacity);
        setText(row, "style", l.style);
        insert(layerTable, row, gpkg::Storage::tr("layer \"%1\"").arg(l.name));
    }

    if (error.isEmpty() && !project.report().originalText().isEmpty()) {
        OGRFeature row(reportSource->GetLayerDefn());
        row.SetField("id", 1);
        setText(row, "text", project.report().originalText());
        insert(reportSource, row, gpkg::Storage::tr("the report text"));
    }

    for (const Target &t : project.targets()) {
        if (!error.isEmpty())
            break;
        OGRFeature row(reportTargets->GetLayerDefn());
        setText(row, "id", t.id);
        setText(row, "sentence_id", t.sentenceId);
        setText(row, "phrase", t.phrase);
        setText(row, "measure", t.measure);
        row.SetField("value", t.value);
        if (t.upperValue)
            row.SetField("upper_value", *t.upperValue);
        setText(row, "unit", t.unit);
        setText(row, "qualifier", t.qualifier);
        insert(reportTargets, row, gpkg::Storage::tr("target \"%1\"").arg(t.id));
    }

    for (auto it = project.targetValues().cbegin(); targetValues && error.isEmpty() && it != project.targetValues().cend();
         ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            const TargetValue &v = it.value().at(i);
            OGRFeature row(targetValues->GetLayerDefn());
            setText(row, "target_id", it.key());
            row.SetField("seq", i);
            row.SetField("value", v.value);
            setDate(row, "date", v.date);
            setText(row, "note", v.note);
            setText(row, "user", v.user);
            setDateTime(row, "recorded_at", v.recordedAt);
            if (!insert(targetValues, row, gpkg::Storage::tr("the values of target \"%1\"").arg(it.key())))
                break;
        }
    }
    if (error.isEmpty())
        error = writeAnnotations(*annotations, project.annotations().list());

    if (!error.isEmpty()) {
        ds.RollbackTransaction();
        return error;
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        return gpkg::Storage::tr("Cannot commit the project: %1").arg(gdalMessage());
    return {};
}

/// Layer sources relative to the old project folder, re-expressed relative to the new one.
QList<LayerRef> rebasedLayers(const Project &project, const QFileInfo &target)
{
    QList<LayerRef> layers = project.layers();
    if (project.filePath().isEmpty())
        return layers;
    const QDir oldDir = QFileInfo(project.filePath()).absoluteDir();
    const QDir newDir = target.absoluteDir();
    if (oldDir == newDir)
        return layers;
    for (LayerRef &l : layers) {
        if (l.source.isEmpty() || QDir::isAbsolutePath(l.source))
            continue;
        const QString resolved = project.resolveSource(l.source);
        if (QFileInfo::exists(resolved))
            l.source = newDir.relativeFilePath(resolved);
    }
    return layers;
}

} // namespace


StorageResult GeoPackageProjectStore::save(Project &project, const QString &path)
{
    QSet<QString> ids;
    for (const PlanFeature &f : project.features()) {
        if (f.id.isEmpty())
            return {gpkg::Storage::tr("Cannot save: a feature (\"%1\") has no id").arg(f.nameZh)};
        if (ids.contains(f.id))
            return {gpkg::Storage::tr("Cannot save: the feature id \"%1\" is used twice").arg(f.id)};
        ids.insert(f.id);
    }

    detail::ensureGdalRegistered();
    const detail::GdalErrorCapture quiet;
    CPLErrorReset();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return {gpkg::Storage::tr("Cannot save %1: the folder does not exist").arg(native(path))};
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return {gpkg::Storage::tr("Cannot save: GDAL has no GeoPackage driver")};

    // One saver per file at a time. The lock also tells a temporary left by a saver that was killed (its lock
    // is stale: the process is gone) from one in use, so those leftovers are removed here instead of piling up.
    QLockFile lock(target.absoluteFilePath() + QLatin1String(".lock"));
    if (!lock.tryLock(10000))
        return {gpkg::Storage::tr("Cannot save %1: another program is saving it").arg(native(path))};
    const QString leftovers = target.completeBaseName() + QLatin1String(".saving-*.gpkg*");
    for (const QString &name : target.absoluteDir().entryList({leftovers}, QDir::Files))
        QFile::remove(target.absoluteDir().filePath(name));

    const QList<LayerRef> layers = rebasedLayers(project, target);
    const QString temp = temporarySibling(target);
    QString error;
    {
        GDALDatasetUniquePtr ds(driver->Create(temp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            error = gpkg::Storage::tr("Cannot create %1: %2").arg(native(temp), gdalMessage());
        else
            error = writeProject(*ds, project, layers);
        if (ds && error.isEmpty()) {
            CPLErrorReset();
            ds.reset();   // closing flushes the last pages; a failure here is reported through CPLError
            if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
                error = gpkg::Storage::tr("Cannot finish writing %1: %2").arg(native(temp), gdalMessage());
        }
    }
    if (error.isEmpty()) {
        std::error_code ec;
        // Replaces the old file in one step (rename(2) on POSIX, MoveFileEx with REPLACE_EXISTING on Windows).
        std::filesystem::rename(fsPath(temp), fsPath(target.absoluteFilePath()), ec);
        if (ec) {
            error = QFileInfo(target.absoluteFilePath()).isDir()
                ? gpkg::Storage::tr("Cannot save %1: a folder of that name is in the way").arg(native(path))
                : gpkg::Storage::tr("Cannot replace %1: %2").arg(native(path), QString::fromLocal8Bit(ec.message()));
        }
    }
    if (!error.isEmpty()) {
        removeSqliteFiles(temp);
        return {error};
    }

    project.setFilePath(target.absoluteFilePath());
    if (layers != project.layers())
        project.setLayers(layers);
    project.undoStack()->setClean();
    return {};
}

} // namespace yc
