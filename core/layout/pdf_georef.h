// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace yc {

/// The map frame of one page: where it is on the page and what it shows.
struct PageGeoreference {
    int page = 0;            ///< 0-based page index
    QRectF frame;            ///< in PDF points, PDF user space (origin at the bottom-left corner, y up)
    Envelope extent;         ///< the frame's map extent in `crs`
    Crs crs;
};

/// Adds ISO 32000 geospatial measure dictionaries (a /VP viewport with a /Measure of subtype /GEO) to the pages
/// of `pdf` as an incremental update: new revisions of the page objects, a new xref section and a trailer with
/// /Prev, appended to the unchanged original. Readers such as GDAL then report the frame's CRS and geotransform.
/// The same update gives embedded font subsets their subset-tagged /BaseFont name ("ABCDEF+Name").
/// Works on the classic xref tables QPdfWriter writes; returns nullopt with `error` set otherwise.
std::optional<QByteArray> georeferencePdf(const QByteArray &pdf, const QList<PageGeoreference> &pages,
                                          QString *error = nullptr);

} // namespace yc
