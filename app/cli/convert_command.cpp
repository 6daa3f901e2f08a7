// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/convert_command.h"

#include "geo/gcj02.h"
#include "io/vector_data.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace yc::cli {

namespace {

enum class Shift { None, FromGcj02, ToGcj02 };

struct ConvertOptions {
    QString input;
    QString output;
    QString layer;
    QString outLayer;
    Shift shift = Shift::None;
    bool makeValid = false;
    QString driver;          ///< GDAL short name
};

QString usage()
{
    return QCoreApplication::translate("yc::cli",
        "Usage: yuncheng-planner convert IN OUT [--layer NAME] [--out-layer NAME]\n"
        "                                [--from-gcj02 | --to-gcj02] [--make-valid] [--format GPKG|GeoJSON]\n"
        "\n"
        "Copies one vector layer of IN (any format GDAL reads) into OUT.\n"
        "\n"
        "  --layer NAME      layer of IN to read (default: the first)\n"
        "  --out-layer NAME  name of the layer written (default: the input layer's name)\n"
        "  --from-gcj02      IN is in GCJ-02 (Amap, Tencent and other Chinese web maps): convert to WGS84\n"
        "  --to-gcj02        IN is in WGS84 lon/lat: convert to GCJ-02\n"
        "  --make-valid      repair invalid geometries (the count goes to stderr)\n"
        "  --format F        GPKG or GeoJSON (default: from OUT's extension, else GPKG);\n"
        "                    a GeoPackage OUT may already exist: the layer is added to it\n"
        "\n"
        "GCJ-02 conversions need lon/lat coordinates; outside mainland China they change nothing.");
}

/// Parses the arguments after `convert`; nullopt with `error` set on a usage error.
std::optional<ConvertOptions> parse(const QStringList &args, QString *error)
{
    ConvertOptions o;
    QStringList positional;
    QString format;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](QString *target) { return takeOptionValue(args, i, target, error); };
        if (a == QLatin1String("--layer")) {
            if (!value(&o.layer))
                return std::nullopt;
        } else if (a == QLatin1String("--out-layer")) {
            if (!value(&o.outLayer))
                return std::nullopt;
        } else if (a == QLatin1String("--format")) {
            if (!value(&format))
                return std::nullopt;
        } else if (a == QLatin1String("--from-gcj02") || a == QLatin1String("--to-gcj02")) {
            const Shift s = a == QLatin1String("--from-gcj02") ? Shift::FromGcj02 : Shift::ToGcj02;
            if (o.shift != Shift::None && o.shift != s) {
                *error = QCoreApplication::translate("yc::cli", "--from-gcj02 and --to-gcj02 exclude each other");
                return std::nullopt;
            }
            o.shift = s;
        } else if (a == QLatin1String("--make-valid")) {
            o.makeValid = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = QCoreApplication::translate("yc::cli", "unknown option %1").arg(a);
            return std::nullopt;
        } else {
            positional << a;
        }
    }
    if (positional.size() != 2) {
        *error = QCoreApplication::translate("yc::cli", "expected IN and OUT, got %1 file argument(s)")
                     .arg(positional.size());
        return std::nullopt;
    }
    o.input = positional.at(0);
    o.output = positional.at(1);
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(o.output).suffix().toLower();
        format = suffix == QLatin1String("geojson") || suffix == QLatin1String("json") ? QStringLiteral("GeoJSON")
                                                                                     : QStringLiteral("GPKG");
    }
    if (format.compare(QLatin1String("GPKG"), Qt::CaseInsensitive) == 0) {
        o.driver = QStringLiteral("GPKG");
    } else if (format.compare(QLatin1String("GeoJSON"), Qt::CaseInsensitive) == 0) {
        o.driver = QStringLiteral("GeoJSON");
    } else {
        *error = QCoreApplication::translate("yc::cli", "unknown format %1 (GPKG or GeoJSON)").arg(format);
        return std::nullopt;
    }
    return o;
}

GeometryType multiType(GeometryType t)
{
    switch (t) {
    case GeometryType::Point: return GeometryType::MultiPoint;
    case GeometryType::LineString: return GeometryType::MultiLineString;
    case GeometryType::Polygon: return GeometryType::MultiPolygon;
    default: return t;
    }
}

/// The layer type for the converted features. Repairs may turn some polygons into multipolygons; a layer
/// of one dimension that holds both is declared, and filled, as the multi type (a single geometry is a
/// multi geometry of one part), so the GeoPackage stays conformant. Layers mixing dimensions are left as
/// they are.
GeometryType unifyTypes(QList<VectorFeature> &features, GeometryType declared)
{
    int dimension = -1;
    bool anyMulti = false;
    for (const VectorFeature &f : features) {
        if (f.geometry.isEmpty())
            continue;
        if (dimension >= 0 && f.geometry.dimension() != dimension)
            return declared;
        dimension = f.geometry.dimension();
        anyMulti = anyMulti || multiType(f.geometry.type) == f.geometry.type;
    }
    if (dimension < 0 || !anyMulti)
        return declared;
    GeometryType multi = declared;
    for (VectorFeature &f : features) {
        if (f.geometry.isEmpty())
            continue;
        f.geometry.type = multiType(f.geometry.type);
        multi = f.geometry.type;
    }
    return multi;
}

/// Moves every geometry between GCJ-02 and WGS84; an error sentence when the layer is not in lon/lat.
QString shiftCoordinates(VectorData &data, Shift shift)
{
    if (!data.crs.isEmpty() && !data.crs.isGeographic())
        return QCoreApplication::translate("yc::cli", "GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2")
            .arg(data.source, data.crs.name());
    const Envelope &e = data.extent;
    if (!e.isEmpty() && (e.xMin < -180 || e.xMax > 180 || e.yMin < -90 || e.yMax > 90))
        return QCoreApplication::translate("yc::cli",
                                           "GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90")
            .arg(data.source);
    for (VectorFeature &f : data.features)
        f.geometry = shift == Shift::FromGcj02 ? gcj02::toWgs84(f.geometry) : gcj02::fromWgs84(f.geometry);
    // GCJ-02 is WGS84 with an offset: it has no CRS code of its own, so both directions declare WGS84.
    if (data.crs.isEmpty() || shift == Shift::FromGcj02)
        data.crs = Crs::wgs84();
    return {};
}

struct Repairs {
    int invalid = 0;
    int repaired = 0;
    qint64 failedFid = -1;   ///< a feature makeValid could not repair, or -1
};

Repairs checkGeometries(VectorData &data, bool repair)
{
    Repairs r;
    for (VectorFeature &f : data.features) {
        if (f.geometry.isEmpty() || f.geometry.isValid())
            continue;
        ++r.invalid;
        if (!repair)
            continue;
        std::optional<Geometry> valid = f.geometry.makeValid();
        if (!valid || valid->isEmpty()) {
            r.failedFid = f.fid;
            return r;
        }
        f.geometry = std::move(*valid);
        ++r.repaired;
    }
    return r;
}

int run(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(usage());
        return 0;
    }
    QString error;
    const std::optional<ConvertOptions> options = parse(args, &error);
    if (!options) {
        printErr(QCoreApplication::translate("yc::cli", "convert: %1 (see `yuncheng-planner convert --help`)")
                     .arg(error));
        return 2;
    }
    const ConvertOptions &o = *options;
    const auto fail = [](const QString &reason) {
        printErr(QCoreApplication::translate("yc::cli", "convert: %1").arg(reason));
        return 1;
    };

    VectorReadOptions readOptions;
    readOptions.layerName = o.layer;
    std::optional<VectorData> data = readVectorLayer(o.input, readOptions, &error);
    if (!data)
        return fail(error);
    if (o.shift != Shift::None) {
        error = shiftCoordinates(*data, o.shift);
        if (!error.isEmpty())
            return fail(error);
    }

    const Repairs repairs = checkGeometries(*data, o.makeValid);
    if (repairs.failedFid >= 0)
        return fail(QCoreApplication::translate("yc::cli", "cannot repair the geometry of feature %1")
                        .arg(repairs.failedFid));
    if (o.makeValid)
        printErr(QCoreApplication::translate("yc::cli", "convert: repaired %1 invalid geometries")
                     .arg(repairs.repaired));
    else if (repairs.invalid > 0)
        printErr(QCoreApplication::translate("yc::cli", "convert: kept %1 invalid geometries; --make-valid repairs them")
                     .arg(repairs.invalid));

    data->geometryType = unifyTypes(data->features, data->geometryType);
    const QString inLayer = data->layerName;
    if (!o.outLayer.isEmpty())
        data->layerName = o.outLayer;
    error = writeVectorLayer(*data, o.output, o.driver);
    if (!error.isEmpty())
        return fail(error);

    const QString shift = o.shift == Shift::FromGcj02 ? QCoreApplication::translate("yc::cli", ", GCJ-02 → WGS84")
                        : o.shift == Shift::ToGcj02   ? QCoreApplication::translate("yc::cli", ", WGS84 → GCJ-02")
                                                      : QString();
    printOut(QCoreApplication::translate("yc::cli", "convert: %1 features from %2 (%3) to %4 (%5, %6)%7")
                 .arg(data->features.size())
                 .arg(o.input, inLayer, o.output, data->layerName, o.driver, shift));
    return 0;
}

} // namespace

Command convertCommand()
{
    return {QStringLiteral("convert"),
            QCoreApplication::translate("yc::cli",
                                        "copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries"),
            run};
}

} // namespace yc::cli
