// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"

#include <QDate>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace yc {

/// The sheet: size, orientation and margins (millimetres).
struct PageSetup {
    QPageSize size{QPageSize::A3};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF marginsMm{10, 10, 10, 10};

    /// "A4".."A0" (any case), or a custom "WIDTHxHEIGHT" in millimetres such as "600x400".
    static std::optional<QPageSize> sizeFromName(const QString &name);
    /// The page with zero printer margins: the layout draws its own margins inside the full sheet.
    QPageLayout pageLayout() const;
    QSizeF sizeMm() const;     ///< oriented
    QSizeF sizePoints() const; ///< oriented, in PDF points (1/72 inch)
};

/// Which items a page carries. "standard": map, legend, chart, overview, excerpts (and the targets chart
/// when asked); "map": map with legend and the map furniture only.
enum class LayoutKind { Standard, MapOnly };
QStringList layoutNames();
std::optional<LayoutKind> layoutFromName(const QString &name);

/// Everything an export needs besides the project: page, texts, what to show and at which scale.
struct LayoutSettings {
    PageSetup page;
    LayoutKind kind = LayoutKind::Standard;
    QString title;              ///< empty: the project's title
    QString subtitle;           ///< empty: the section's title, or a generic one
    int section = 0;            ///< > 0: only features linked to sentences of that report section
    Envelope extent;            ///< in `crs`; empty: the features shown (or everything), with some air
    double scaleDenominator = 0;///< > 0: fixed scale 1:N around the extent's centre
    Crs crs;                    ///< empty: the project's CRS
    int dpi = 300;              ///< resolution of the PDF's coordinate grid and of rasters
    QDate date;                 ///< printed in the footer; invalid: today
    bool targetChart = false;   ///< standard layout: the report targets chart in the side panel
    QString layoutName;         ///< the template's name: picks its page annotations ("" = default); not in the JSON
};

} // namespace yc
