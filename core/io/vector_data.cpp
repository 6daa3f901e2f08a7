// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_data.h"
#include "geo/ogr_geometry.h"
#include "io/encoding_detect.h"
#include "io/gdal_support.h"
#include "io/ogr_values.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>
#include <memory>

namespace yc {

using detail::attributeOf;
using detail::DatasetPtr;
using detail::declaredEncoding;
using detail::dbfPathOf;
using detail::driverName;
using detail::openVector;
using detail::setAttribute;

namespace {

const char kShapefileDriver[] = "ESRI Shapefile";

// --- CRS --------------------------------------------------------------------------------------------

// --- Geometry types ---------------------------------------------------------------------------------

GeometryType typeOf(OGRwkbGeometryType ogrType)
{
    switch (OGR_GT_GetLinear(wkbFlatten(ogrType))) {
    case wkbPoint: return GeometryType::Point;
    case wkbLineString: return GeometryType::LineString;
    case wkbPolygon:
    case wkbTriangle: return GeometryType::Polygon;
    case wkbMultiPoint: return GeometryType::MultiPoint;
    case wkbMultiLineString: return GeometryType::MultiLineString;
    case wkbMultiPolygon:
    case wkbPolyhedralSurface:
    case wkbTIN: return GeometryType::MultiPolygon;
    default: return GeometryType::Empty;
    }
}

OGRwkbGeometryType ogrTypeOf(GeometryType type)
{
    switch (type) {
    case GeometryType::Point: return wkbPoint;
    case GeometryType::LineString: return wkbLineString;
    case GeometryType::Polygon: return wkbPolygon;
    case GeometryType::MultiPoint: return wkbMultiPoint;
    case GeometryType::MultiLineString: return wkbMultiLineString;
    case GeometryType::MultiPolygon: return wkbMultiPolygon;
    case GeometryType::Empty: break;
    }
    return wkbUnknown;
}

bool isMulti(GeometryType t)
{
    return t == GeometryType::MultiPoint || t == GeometryType::MultiLineString || t == GeometryType::MultiPolygon;
}

GeometryType typeOfDimension(int dimension, bool multi)
{
    static constexpr GeometryType single[3] = {GeometryType::Point, GeometryType::LineString, GeometryType::Polygon};
    static constexpr GeometryType multiple[3] = {GeometryType::MultiPoint, GeometryType::MultiLineString,
                                                 GeometryType::MultiPolygon};
    return dimension < 0 || dimension > 2 ? GeometryType::Empty : (multi ? multiple : single)[dimension];
}

/// One type for the layer: the declared one, widened to multi when a feature is multi, or derived from
/// the features when the declaration is generic. Empty when the features mix points, lines and polygons.
GeometryType layerType(GeometryType declared, const QList<VectorFeature> &features)
{
    int dimension = -1;
    for (int d = 0; d <= 2; ++d)
        if (declared == typeOfDimension(d, false) || declared == typeOfDimension(d, true))
            dimension = d;
    bool multi = isMulti(declared);
    bool mixed = false;
    for (const VectorFeature &f : features) {
        const int d = f.geometry.dimension();
        if (d < 0)
            continue;
        if (dimension < 0)
            dimension = d;
        mixed = mixed || d != dimension;
        multi = multi || isMulti(f.geometry.type);
    }
    return mixed ? GeometryType::Empty : typeOfDimension(dimension, multi);
}

// --- Attributes -------------------------------------------------------------------------------------

OGRFieldType fieldTypeFor(const FieldInfo &field, const QList<VectorFeature> &features, int index,
                          OGRFieldSubType *subType)
{
    *subType = OFSTNone;
    for (int t = 0; t <= OFTMaxType; ++t) {
        const auto type = static_cast<OGRFieldType>(t);
        if (field.typeName == QLatin1String(OGRFieldDefn::GetFieldTypeName(type)))
            return type;
    }
    // No OGR type name (a layer built in memory): take the first value's type.
    for (const VectorFeature &f : features) {
        const QVariant v = f.attributes.value(index);
        switch (v.typeId()) {
        case QMetaType::UnknownType: continue;
        case QMetaType::Bool: *subType = OFSTBoolean; return OFTInteger;
        case QMetaType::Int:
        case QMetaType::Short:
        case QMetaType::UInt: return OFTInteger;
        case QMetaType::LongLong:
        case QMetaType::ULongLong: return OFTInteger64;
        case QMetaType::Double:
        case QMetaType::Float: return OFTReal;
        case QMetaType::QDate: return OFTDate;
        case QMetaType::QTime: return OFTTime;
        case QMetaType::QDateTime: return OFTDateTime;
        case QMetaType::QByteArray: return OFTBinary;
        default: return OFTString;
        }
    }
    return OFTString;
}

OGRLayer *findLayer(GDALDataset &ds, const VectorReadOptions &options)
{
    if (options.layerName.isEmpty())
        return ds.GetLayerCount() > 0 ? ds.GetLayer(0) : nullptr;
    return ds.GetLayerByName(options.layerName.toUtf8().constData());
}

/// A coordinate no CRS on Earth produces; beyond it (NaN, ±1e300…) a vertex is unusable and would wreck
/// extents and the renderer.
constexpr double kCoordinateLimit = 1e10;
/// Features read between two progress reports and cancellation checks.
constexpr std::int64_t kProgressBatch = 4096;

bool hasUsableCoordinates(const Geometry &g)
{
    for (const Geometry::Part &part : g.parts)
        for (const QPolygonF &ring : part)
            for (const QPointF &p : ring)
                if (!(std::abs(p.x()) <= kCoordinateLimit && std::abs(p.y()) <= kCoordinateLimit))
                    return false;
    return true;
}

} // namespace

// EPSG matching as GDAL's own drivers accept it for .prj files.
Crs detail::crsOf(const OGRSpatialReference *srs)
{
    if (!srs || srs->IsEmpty())
        return {};
    const char *auth = srs->GetAuthorityName(nullptr);
    const char *code = srs->GetAuthorityCode(nullptr);
    if (auth && code && EQUAL(auth, "EPSG"))
        return Crs::fromEpsg(atoi(code));

    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = srs->FindMatches(nullptr, &count, &confidence);
    std::optional<int> epsg;
    if (matches && count == 1 && confidence[0] >= 90) {
        const auto *match = OGRSpatialReference::FromHandle(matches[0]);
        const char *matchAuth = match->GetAuthorityName(nullptr);
        const char *matchCode = match->GetAuthorityCode(nullptr);
        if (matchAuth && matchCode && EQUAL(matchAuth, "EPSG"))
            epsg = atoi(matchCode);
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    if (epsg)
        return Crs::fromEpsg(*epsg);

    char *wkt = nullptr;
    const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
    srs->exportToWkt(&wkt, options);
    const Crs crs = wkt ? Crs::fromUserInput(QString::fromUtf8(wkt)) : Crs();
    CPLFree(wkt);
    return crs;
}

int VectorData::fieldIndex(const QString &name) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList vectorLayerNames(const QString &source, QString *error)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    const DatasetPtr ds = openVector(source, GDAL_OF_READONLY);
    if (!ds) {
        if (error)
            *error = detail::withGdalReason(QStringLiteral("Cannot open %1").arg(source), capture);
        return {};
    }
    QStringList names;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        names << QString::fromUtf8(ds->GetLayer(i)->GetName());
    return names;
}

std::optional<VectorData> readVectorLayer(const QString &source, const VectorReadOptions &options, QString *error)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    auto fail = [&](const QString &message) -> std::optional<VectorData> {
        if (error)
            *error = detail::withGdalReason(message, capture);
        return std::nullopt;
    };

    DatasetPtr ds = openVector(source, GDAL_OF_READONLY);
    if (!ds)
        return fail(QStringLiteral("Cannot open %1").arg(source));
    const bool shapefile = driverName(*ds) == QLatin1String(kShapefileDriver);
    OGRLayer *layer = findLayer(*ds, options);

    // Only the shapefile driver knows ENCODING. A shapefile that declares no encoding gets the one its
    // DBF's bytes suggest, marked "(detected)", rather than silent mojibake.
    QString encoding = shapefile ? options.encoding : QStringLiteral("UTF-8");
    QString encodingLabel = encoding;
    QStringList warnings;
    if (shapefile && encoding.isEmpty() && layer) {
        encodingLabel = declaredEncoding(*layer);
        if (encodingLabel.isEmpty()) {
            const TextEncodingGuess guess = detectDbfEncoding(dbfPathOf(*ds, *layer));
            if (guess == TextEncodingGuess::Cp936 || guess == TextEncodingGuess::Gb18030)
                encoding = encodingName(guess);
            encodingLabel = guess == TextEncodingGuess::Ascii   ? QStringLiteral("ASCII (detected)")
                          : guess == TextEncodingGuess::Unknown ? QStringLiteral("unknown")
                                                                : encodingName(guess) + QStringLiteral(" (detected)");
            if (guess == TextEncodingGuess::Unknown)
                warnings << QStringLiteral("The text of %1 is in an encoding that could not be told (not UTF-8 "
                                           "nor GBK); give one explicitly").arg(source);
        }
    }
    if (shapefile && !encoding.isEmpty()) {
        CPLStringList openOptions;
        openOptions.SetNameValue("ENCODING", encoding.toUtf8().constData());
        ds = openVector(source, GDAL_OF_READONLY, openOptions.List(), kShapefileDriver);
        if (!ds)
            return fail(QStringLiteral("Cannot open %1 with encoding %2").arg(source, encoding));
        layer = findLayer(*ds, options);
    }
    if (!layer)
        return fail(options.layerName.isEmpty()
                        ? QStringLiteral("%1 holds no vector layer").arg(source)
                        : QStringLiteral("%1 has no layer named %2").arg(source, options.layerName));

    VectorData data;
    data.source = source;
    data.layerName = QString::fromUtf8(layer->GetName());
    data.driver = driverName(*ds);
    data.crs = detail::crsOf(layer->GetSpatialRef());
    data.encoding = encodingLabel;

    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int fieldCount = defn->GetFieldCount();
    for (int i = 0; i < fieldCount; ++i) {
        const OGRFieldDefn *field = defn->GetFieldDefn(i);
        data.fields.append({QString::fromUtf8(field->GetNameRef()),
                            QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(field->GetType()))});
    }

    ReadProgress *progress = options.progress;
    if (progress)
        progress->setTotal(layer->GetFeatureCount(FALSE));   // -1 when counting would mean reading it all
    layer->ResetReading();
    int unusable = 0;
    std::int64_t read = 0;
    for (auto &feature : *layer) {
        // Checked in batches: an atomic per feature is cheap, but there is no need to publish that often.
        if (progress && ++read % kProgressBatch == 0) {
            if (progress->isCancelled())
                return fail(QStringLiteral("Reading of %1 was cancelled").arg(source));
            progress->setDone(read);
        }
        VectorFeature f;
        f.fid = feature->GetFID();
        f.geometry = detail::fromOgrGeometry(feature->GetGeometryRef());
        if (!hasUsableCoordinates(f.geometry)) {
            f.geometry = {};   // keep the attributes, drop the shape
            ++unusable;
        }
        f.attributes.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i)
            f.attributes.append(attributeOf(*feature, i, *defn->GetFieldDefn(i)));
        data.extent.include(f.geometry.envelope());
        data.features.append(std::move(f));
    }
    if (progress)
        progress->setDone(read);
    if (capture.hasFailure())   // a driver that stops on a corrupt record says so only through CPLError
        return fail(QStringLiteral("Cannot read %1").arg(source));
    data.geometryType = layerType(typeOf(layer->GetGeomType()), data.features);
    if (unusable > 0)
        warnings << QStringLiteral("%1 feature(s) of %2 have non-finite or out-of-range coordinates and were read "
                                   "without geometry").arg(unusable).arg(source);
    data.warnings = warnings;
    return data;
}

QString writeVectorLayer(const VectorData &data, const QString &path, const QString &driver)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    auto fail = [&](const QString &message) { return detail::withGdalReason(message, capture); };

    const QByteArray driverUtf8 = driver.toUtf8();
    GDALDriver *gdalDriver = GetGDALDriverManager()->GetDriverByName(driverUtf8.constData());
    if (!gdalDriver || !gdalDriver->GetMetadataItem(GDAL_DCAP_VECTOR)
        || !gdalDriver->GetMetadataItem(GDAL_DCAP_CREATE))
        return QStringLiteral("GDAL cannot write vector data with the driver \"%1\"").arg(driver);

    const QByteArray file = path.toUtf8();
    DatasetPtr ds;
    if (QFileInfo::exists(path)) {
        ds = openVector(path, GDAL_OF_UPDATE, nullptr, driverUtf8.constData());
        if (!ds)
            return fail(QStringLiteral("%1 exists and is not a %2 data set that can be updated").arg(path, driver));
        if (!ds->TestCapability(ODsCCreateLayer)) {
            // A single-layer format (GeoJSON, a .shp file): replace the whole file.
            ds.reset();
            if (gdalDriver->Delete(file.constData()) != CE_None)
                return fail(QStringLiteral("Cannot replace %1").arg(path));
        }
    }
    if (!ds) {
        capture.clear();
        ds.reset(gdalDriver->Create(file.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return fail(QStringLiteral("Cannot create %1").arg(path));
    }

    const QString name = data.layerName.isEmpty() ? QFileInfo(path).completeBaseName() : data.layerName;
    const QByteArray nameUtf8 = name.toUtf8();
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        if (QString::fromUtf8(ds->GetLayer(i)->GetName()) == name && ds->DeleteLayer(i) != OGRERR_NONE)
            return fail(QStringLiteral("Cannot replace the layer %1 in %2").arg(name, path));
    }

    std::unique_ptr<OGRSpatialReference, void (*)(OGRSpatialReference *)> srs(nullptr, [](OGRSpatialReference *s) {
        if (s)
            s->Release();
    });
    if (!data.crs.isEmpty()) {
        srs.reset(new OGRSpatialReference);
        srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (srs->SetFromUserInput(data.crs.definition().toUtf8().constData()) != OGRERR_NONE)
            return fail(QStringLiteral("Unknown coordinate reference system %1").arg(data.crs.definition()));
    }

    CPLStringList layerOptions;
    if (driver == QLatin1String(kShapefileDriver))
        layerOptions.SetNameValue("ENCODING", "UTF-8");   // the default, ISO-8859-1, cannot hold Chinese
    OGRLayer *layer = ds->CreateLayer(nameUtf8.constData(), srs.get(),
                                      ogrTypeOf(layerType(data.geometryType, data.features)), layerOptions.List());
    if (!layer)
        return fail(QStringLiteral("Cannot create the layer %1 in %2").arg(name, path));

    for (int i = 0; i < data.fields.size(); ++i) {
        OGRFieldSubType subType = OFSTNone;
        OGRFieldDefn field(data.fields[i].name.toUtf8().constData(),
                           fieldTypeFor(data.fields[i], data.features, i, &subType));
        field.SetSubType(subType);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return fail(QStringLiteral("Cannot create the field %1 in %2").arg(data.fields[i].name, path));
    }

    const bool inTransaction = ds->StartTransaction() == OGRERR_NONE;
    for (const VectorFeature &vf : data.features) {
        OGRFeature feature(layer->GetLayerDefn());
        if (!vf.geometry.isEmpty())
            feature.SetGeometryDirectly(detail::toOgrGeometry(vf.geometry).release());
        for (int i = 0; i < data.fields.size() && i < vf.attributes.size(); ++i)
            setAttribute(feature, i, vf.attributes[i]);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            if (inTransaction)
                ds->RollbackTransaction();
            return fail(QStringLiteral("Cannot write feature %1 to %2").arg(vf.fid).arg(path));
        }
    }
    if (inTransaction && ds->CommitTransaction() != OGRERR_NONE)
        return fail(QStringLiteral("Cannot save %1").arg(path));

    capture.clear();
    ds.reset();   // closing flushes; a failure to flush shows up as a CPL error
    if (capture.hasFailure())
        return fail(QStringLiteral("Cannot save %1").arg(path));
    return {};
}

} // namespace yc
