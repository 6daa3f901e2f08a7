// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private helpers shared by the core .cpp files that read and write OGR features (io/vector_data.cpp,
// io/vector_edit.cpp). Only forward-declares GDAL types.

#include <QString>
#include <QVariant>

#include <memory>

class GDALDataset;
class OGRFeature;
class OGRFieldDefn;
class OGRLayer;

namespace yc::detail {

struct DatasetCloser {
    void operator()(GDALDataset *ds) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

/// Opens a vector data set; `flags` adds to GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR; `openOptions` is a CSL list
/// (may be null); `onlyDriver` restricts to one driver.
DatasetPtr openVector(const QString &source, unsigned flags, const char *const *openOptions = nullptr,
                      const char *onlyDriver = nullptr);
/// GDAL's short name of the data set's driver ("GPKG", "ESRI Shapefile"…).
QString driverName(GDALDataset &ds);

/// Field `i` of `f` as a QVariant (null when unset), text decoded to Unicode.
QVariant attributeOf(const OGRFeature &f, int i, const OGRFieldDefn &defn);
/// Sets field `i` of `f` from a QVariant (null or invalid: NULL).
void setAttribute(OGRFeature &f, int i, const QVariant &v);

/// The encoding a shapefile layer declares (.cpg or DBF code-page byte); empty when it declares none:
/// GDAL then passes the bytes through undecoded.
QString declaredEncoding(OGRLayer &layer);
/// The .dbf file of a shapefile layer, from the data set's file list; empty when there is none.
QString dbfPathOf(GDALDataset &ds, OGRLayer &layer);

} // namespace yc::detail
