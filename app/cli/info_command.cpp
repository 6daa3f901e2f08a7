// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/info_command.h"
#include "cli/layer_files.h"

#include "io/raster_data.h"
#include "io/vector_data.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <set>

namespace yc::cli {

namespace {

struct InfoOptions {
    QStringList files;
    QString encoding;
    bool json = false;
    bool features = false;
};

QString usage()
{
    return QCoreApplication::translate("yc::cli", "Usage: yuncheng-planner info [--json] [--features] [--encoding ENC] FILE…\n"
              "\n"
              "Describes each vector layer (name, geometry type, feature count, CRS, extent, fields, text\n"
              "encoding) and raster (size, bands, data type, CRS, geotransform, extent, overviews) of FILE.\n"
              "\n"
              "  --json          one JSON document instead of text\n"
              "  --features      also every feature's attributes and geometry (GeoJSON-like)\n"
              "  --encoding ENC  read shapefile text as ENC (e.g. CP936, GB18030, UTF-8) instead of the\n"
              "                  declared or detected encoding\n"
              "\n"
              "A file that cannot be read gets a one-line reason on stderr; the exit code is then 1.");
}

std::optional<InfoOptions> parse(const QStringList &args, QString *error)
{
    InfoOptions o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--features")) {
            o.features = true;
        } else if (a == QLatin1String("--encoding")) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
                *error = QCoreApplication::translate("yc::cli", "%1 needs a value").arg(a);
                return std::nullopt;
            }
            o.encoding = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = QCoreApplication::translate("yc::cli", "unknown option %1").arg(a);
            return std::nullopt;
        } else {
            o.files << a;
        }
    }
    if (o.files.isEmpty()) {
        *error = QCoreApplication::translate("yc::cli", "no FILE given");
        return std::nullopt;
    }
    return o;
}

QString crsText(const Crs &crs)
{
    if (crs.isEmpty())
        return QStringLiteral("none");
    if (const std::optional<int> code = crs.epsg())
        return QStringLiteral("EPSG:%1").arg(*code);
    const QString name = crs.name();
    return name.isEmpty() ? QCoreApplication::translate("yc::cli", "unknown (PROJ cannot read it)") : name;
}

QString number(double v, const Crs &crs)
{
    return QString::number(v, 'f', crs.isGeographic() ? 7 : 3);
}

QJsonValue extentJson(const Envelope &e)
{
    if (e.isEmpty())
        return QJsonValue::Null;
    return QJsonArray{e.xMin, e.yMin, e.xMax, e.yMax};
}

QString extentText(const Envelope &e, const Crs &crs)
{
    if (e.isEmpty())
        return QCoreApplication::translate("yc::cli", "empty");
    return QStringLiteral("%1, %2 – %3, %4")
        .arg(number(e.xMin, crs), number(e.yMin, crs), number(e.xMax, crs), number(e.yMax, crs));
}

/// Mixed layers have no one type: name the types found.
QString geometryText(const VectorData &data)
{
    if (data.geometryType != GeometryType::Empty)
        return geometryTypeName(data.geometryType);
    std::set<int> types;
    for (const VectorFeature &f : data.features)
        if (!f.geometry.isEmpty())
            types.insert(int(f.geometry.type));
    if (types.empty())
        return QStringLiteral("none");
    QStringList names;
    for (const int t : types)
        names << geometryTypeName(GeometryType(t));
    return QStringLiteral("mixed (%1)").arg(names.join(QStringLiteral(", ")));
}

QJsonArray ringJson(const QPolygonF &ring)
{
    QJsonArray a;
    for (const QPointF &p : ring)
        a.append(QJsonArray{p.x(), p.y()});
    return a;
}

/// GeoJSON geometry object (null for an empty geometry).
QJsonValue geometryJson(const Geometry &g)
{
    if (g.isEmpty())
        return QJsonValue::Null;
    QJsonArray coordinates;
    for (const Geometry::Part &part : g.parts) {
        QJsonArray rings;
        for (const QPolygonF &ring : part)
            rings.append(ringJson(ring));
        switch (g.dimension()) {
        case 0: coordinates.append(ringJson(part.value(0)).at(0)); break;
        case 1: coordinates.append(rings.at(0)); break;
        default: coordinates.append(rings); break;
        }
    }
    const bool multi = g.type == GeometryType::MultiPoint || g.type == GeometryType::MultiLineString
                       || g.type == GeometryType::MultiPolygon;
    return QJsonObject{{QStringLiteral("type"), geometryTypeName(g.type)},
                       {QStringLiteral("coordinates"), multi ? QJsonValue(coordinates) : coordinates.at(0)}};
}

QJsonValue attributeJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    if (v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QTime || v.typeId() == QMetaType::QDateTime)
        return v.toString();
    return QJsonValue::fromVariant(v);
}

QJsonObject featureJson(const VectorData &data, const VectorFeature &f)
{
    QJsonObject properties;
    for (int i = 0; i < data.fields.size(); ++i)
        properties.insert(data.fields.at(i).name, attributeJson(f.attributes.value(i)));
    return {{QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("id"), f.fid},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("geometry"), geometryJson(f.geometry)}};
}

QJsonObject layerJson(const VectorData &data, bool withFeatures)
{
    QJsonArray fields;
    for (const FieldInfo &field : data.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), field.name}, {QStringLiteral("type"), field.typeName}});
    QJsonObject o{{QStringLiteral("name"), data.layerName},
                  {QStringLiteral("driver"), data.driver},
                  {QStringLiteral("geometryType"), geometryText(data)},
                  {QStringLiteral("featureCount"), data.features.size()},
                  {QStringLiteral("crs"), crsText(data.crs)},
                  {QStringLiteral("crsName"), data.crs.isEmpty() ? QJsonValue::Null : QJsonValue(data.crs.name())},
                  {QStringLiteral("extent"), extentJson(data.extent)},
                  {QStringLiteral("encoding"), data.encoding},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(data.warnings)}};
    if (withFeatures) {
        QJsonArray features;
        for (const VectorFeature &f : data.features)
            features.append(featureJson(data, f));
        o.insert(QStringLiteral("features"), features);
    }
    return o;
}

QStringList layerText(const VectorData &data, bool withFeatures)
{
    QStringList fields;
    for (const FieldInfo &field : data.fields)
        fields << QStringLiteral("%1: %2").arg(field.name, field.typeName);
    QString crs = crsText(data.crs);
    if (!data.crs.isEmpty() && crs.startsWith(QLatin1String("EPSG:")))
        crs += QStringLiteral(" (%1)").arg(data.crs.name());
    QStringList lines{QStringLiteral("  layer: %1").arg(data.layerName),
                      QStringLiteral("    driver: %1").arg(data.driver),
                      QStringLiteral("    geometry: %1").arg(geometryText(data)),
                      QStringLiteral("    features: %1").arg(data.features.size()),
                      QStringLiteral("    crs: %1").arg(crs),
                      QStringLiteral("    extent: %1").arg(extentText(data.extent, data.crs)),
                      QStringLiteral("    encoding: %1").arg(data.encoding.isEmpty() ? QStringLiteral("none")
                                                                                     : data.encoding),
                      QStringLiteral("    fields: %1").arg(fields.isEmpty() ? QStringLiteral("none")
                                                                            : fields.join(QStringLiteral(", ")))};
    for (const QString &w : data.warnings)
        lines << QStringLiteral("    warning: %1").arg(w);
    if (withFeatures)
        for (const VectorFeature &f : data.features)
            lines << QStringLiteral("    ")
                         + QString::fromUtf8(QJsonDocument(featureJson(data, f)).toJson(QJsonDocument::Compact));
    return lines;
}

QJsonObject rasterJson(const RasterInfo &info)
{
    QJsonArray gt;
    for (const double v : info.geoTransform)
        gt.append(v);
    return {{QStringLiteral("driver"), info.driver},
            {QStringLiteral("width"), info.size.width()},
            {QStringLiteral("height"), info.size.height()},
            {QStringLiteral("bandCount"), info.bandCount},
            {QStringLiteral("bands"), QJsonArray::fromStringList(info.bandColors)},
            {QStringLiteral("dataType"), info.dataType},
            {QStringLiteral("crs"), crsText(info.crs)},
            {QStringLiteral("crsName"), info.crs.isEmpty() ? QJsonValue::Null : QJsonValue(info.crs.name())},
            {QStringLiteral("geoTransform"), info.georeferenced ? QJsonValue(gt) : QJsonValue::Null},
            {QStringLiteral("extent"), extentJson(info.extent)},
            {QStringLiteral("overviewCount"), info.overviewCount}};
}

QStringList rasterText(const RasterInfo &info)
{
    const auto &gt = info.geoTransform;
    QString crs = crsText(info.crs);
    if (!info.crs.isEmpty() && crs.startsWith(QLatin1String("EPSG:")))
        crs += QStringLiteral(" (%1)").arg(info.crs.name());
    return {QStringLiteral("  raster"),
            QStringLiteral("    driver: %1").arg(info.driver),
            QStringLiteral("    size: %1 x %2 pixels").arg(info.size.width()).arg(info.size.height()),
            QStringLiteral("    bands: %1 (%2), %3").arg(info.bandCount)
                .arg(info.bandColors.join(QStringLiteral(", ")), info.dataType),
            QStringLiteral("    crs: %1").arg(crs),
            info.georeferenced
                ? QStringLiteral("    geotransform: origin %1, %2; pixel size %3, %4; rotation %5, %6")
                      .arg(number(gt[0], info.crs), number(gt[3], info.crs))
                      .arg(gt[1], 0, 'g', 10).arg(gt[5], 0, 'g', 10).arg(gt[2], 0, 'g', 10).arg(gt[4], 0, 'g', 10)
                : QStringLiteral("    geotransform: none (not georeferenced)"),
            QStringLiteral("    extent: %1").arg(extentText(info.extent, info.crs)),
            QStringLiteral("    overviews: %1").arg(info.overviewCount)};
}

/// Describes one file into `text` / `json`; returns an error sentence when nothing in it could be read.
QString describe(const QString &path, const InfoOptions &o, QStringList *text, QJsonObject *json)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return QCoreApplication::translate("yc::cli", "%1 does not exist").arg(path);
    if (fi.isFile() && fi.size() == 0)
        return QCoreApplication::translate("yc::cli", "%1 is empty (0 bytes)").arg(path);

    QString vectorError;
    const QStringList names = vectorLayerNames(path, &vectorError);
    QString rasterError;
    const std::shared_ptr<RasterSource> raster = RasterSource::open(path, &rasterError);
    if (names.isEmpty() && !raster)
        return openFailure(vectorError, rasterError);

    QJsonArray layers;
    QStringList failures;
    for (const QString &name : names) {
        VectorReadOptions options;
        options.layerName = name;
        options.encoding = o.encoding;
        QString error;
        const std::optional<VectorData> data = readVectorLayer(path, options, &error);
        if (!data) {
            failures << error;
            text->append(QStringLiteral("  layer: %1").arg(name));
            text->append(QStringLiteral("    error: %1").arg(error));
            layers.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("error"), error}});
            continue;
        }
        text->append(layerText(*data, o.features));
        layers.append(layerJson(*data, o.features));
    }
    json->insert(QStringLiteral("layers"), layers);
    if (raster) {
        text->append(rasterText(raster->info()));
        json->insert(QStringLiteral("raster"), rasterJson(raster->info()));
    }
    if (!failures.isEmpty() && failures.size() == names.size() && !raster)
        return failures.first();
    return failures.isEmpty() ? QString() : failures.join(QStringLiteral("; "));
}

int run(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(usage());
        return 0;
    }
    QString error;
    const std::optional<InfoOptions> options = parse(args, &error);
    if (!options) {
        printErr(QCoreApplication::translate("yc::cli", "info: %1 (see `yuncheng-planner info --help`)").arg(error));
        return 2;
    }
    int exitCode = 0;
    QJsonArray files;
    for (const QString &path : options->files) {
        QStringList text{path};
        QJsonObject json{{QStringLiteral("path"), path}};
        error = describe(path, *options, &text, &json);
        if (!error.isEmpty()) {
            exitCode = 1;
            printErr(QCoreApplication::translate("yc::cli", "info: %1").arg(error));
            json.insert(QStringLiteral("error"), error);
        }
        if (options->json)
            files.append(json);
        else if (text.size() > 1)
            printOut(text.join(QLatin1Char('\n')));
    }
    if (options->json)
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson()).trimmed());
    return exitCode;
}

} // namespace

Command infoCommand()
{
    return {QStringLiteral("info"), QCoreApplication::translate("yc::cli", "describe the layers and rasters of files (text or --json)"), run};
}

} // namespace yc::cli
