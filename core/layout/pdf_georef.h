// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "layout/pdf_file.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace yc {

/// The map frame of one page: where it is on the page and what it shows.
struct PageGeoreference {
    int page = 0;            ///< 0-based page index
    QRectF frame;            ///< in PDF points, PDF user space (origin at the bottom-left corner, y up)
    Envelope extent;         ///< the frame's map extent in `crs`
    Crs crs;
};

/// Adds ISO 32000 geospatial measure dictionaries (a /VP viewport with a /Measure of subtype /GEO) to the pages
/// of `file` as new revisions of the page objects in `update`. Readers such as GDAL then report the frame's CRS
/// and geotransform. Returns false with `error` set, and nothing added, when a page or a CRS cannot be described.
bool georeferencePdf(const PdfFile &file, PdfUpdate &update, const QList<PageGeoreference> &pages,
                     QString *error = nullptr);

} // namespace yc
