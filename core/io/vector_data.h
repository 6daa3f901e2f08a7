// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/geometry.h"
#include "io/read_progress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace yc {

struct FieldInfo {
    QString name;
    QString typeName;     ///< OGR's type name: "String", "Integer64", "Real", "Date"…
    bool operator==(const FieldInfo &) const = default;
};

struct VectorFeature {
    qint64 fid = -1;
    Geometry geometry;
    QVariantList attributes;   ///< one per field, decoded to Unicode
    bool operator==(const VectorFeature &) const = default;
};

/// A vector layer read fully into memory through GDAL/OGR. Immutable once read; share it between
/// threads through std::shared_ptr<const VectorData>.
struct VectorData {
    QString source;            ///< file path or connection string as opened
    QString layerName;
    QString driver;            ///< GDAL short name: "GPKG", "ESRI Shapefile"…
    Crs crs;                   ///< empty when the source declares none
    QString encoding;          ///< attribute encoding used to decode, e.g. "UTF-8", "CP936", "CP936 (detected)"
    GeometryType geometryType = GeometryType::Empty;
    QList<FieldInfo> fields;
    QList<VectorFeature> features;
    Envelope extent;
    /// Problems that did not stop the read, one sentence each (features whose coordinates were unusable,
    /// text in an encoding that could not be told).
    QStringList warnings{};

    int fieldIndex(const QString &name) const;
};

struct VectorReadOptions {
    QString layerName;         ///< empty: the first layer
    /// Override for shapefile attributes (e.g. "CP936"); empty: the declared one (.cpg or DBF code page),
    /// else the one the DBF's bytes suggest (see io/encoding_detect.h).
    QString encoding;
    /// Reports features read (of the layer's feature count when the driver knows it cheaply) and is checked
    /// for cancellation every few thousand features; a cancelled read returns nullopt. Not owned; may be null.
    ReadProgress *progress = nullptr;
};

/// Names of the vector layers in a data source; `error` set when GDAL cannot open it.
QStringList vectorLayerNames(const QString &source, QString *error = nullptr);
/// Reads one layer. Returns nullopt and sets `error` to a one-line reason when it cannot.
std::optional<VectorData> readVectorLayer(const QString &source, const VectorReadOptions &options = {},
                                          QString *error = nullptr);
/// Writes `data` as a new layer `data.layerName` in `path` with the driver `driver` ("GPKG", "GeoJSON"…),
/// creating the file or adding to an existing GeoPackage. Returns an error sentence or empty on success.
QString writeVectorLayer(const VectorData &data, const QString &path, const QString &driver = QStringLiteral("GPKG"));

} // namespace yc
