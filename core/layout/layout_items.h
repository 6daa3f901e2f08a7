// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/layout: the items LayoutRenderer places on a page. Each draws into a rectangle in device
// pixels of a page rendered at some dpi.
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "plan/plan_feature.h"
#include "plan/plan_statistics.h"
#include "plan/target_progress.h"
#include "render/layer_style.h"
#include "render/map_renderer.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace yc {
class CoordinateTransform;
}

namespace yc::layout {

/// Sizes on the page: design millimetres and points, scaled by `k` (1 on A3, smaller on A4, larger on A0).
class Units {
public:
    Units(double dpi, double k);
    double mm(double v) const { return v * mDpi / 25.4 * mK; }       ///< scaled millimetres → pixels
    double rawMm(double v) const { return v * mDpi / 25.4; }         ///< unscaled millimetres → pixels
    QFont font(double points, bool bold = false) const;               ///< scaled points, outline font
    double dpi() const { return mDpi; }
private:
    double mDpi;
    double mK;
    QString mFamily;
};

/// The font family for the printed page: WenQuanYi Micro Hei (TrueType outlines, so PDF text extraction gives
/// back the Chinese), else any Simplified Chinese family.
QString pageFontFamily();

/// A legend line: a symbol and its text.
struct LegendEntry {
    enum class Kind { Header, PlanCategory, Status, Placeholder, BaseLayer, Raster } kind = Kind::Header;
    QString text;
    Category category = Category::ScenicSite;
    int dimension = 0;               ///< 0 point, 1 line, 2 area
    Status status = Status::Proposed;
    Symbol symbol;                   ///< base and external layers: the symbol they are drawn with
};

/// What the legend needs of a plan feature that is in the frame.
struct FeatureInFrame {
    Category category = Category::ScenicSite;
    int dimension = 0;
    Status status = Status::Proposed;
    bool placeholder = false;
};

/// The legend of a page: only what is on the map. Plan categories (by geometry type) and statuses of
/// `features`, the placeholder sign when one is shown, every visible vector layer with a feature inside
/// `visible` (in `crs`), drawn with its own style (one row per category or class of a styled layer), and every
/// visible raster layer that reaches into `visible`. A group heading appears only above rows of its group.
QList<LegendEntry> buildLegend(const QList<FeatureInFrame> &features, const QList<RenderLayer> &layers,
                               const Envelope &visible, const Crs &crs);

/// One numbered report excerpt: a linked sentence and the features in view linked to it.
struct Excerpt {
    int number = 0;
    QString sentenceId;
    QString text;
    QStringList featureNames;
};

/// Draws the legend's entries in columns inside `rect`; returns the height used.
double legendHeight(const Units &u, const QList<LegendEntry> &entries, double width);
void drawLegend(QPainter &p, const Units &u, const QRectF &rect, const QList<LegendEntry> &entries);
/// A horizontal bar chart of feature counts by status, drawn as vector graphics.
void drawStatusChart(QPainter &p, const Units &u, const QRectF &rect, const QList<StatusCount> &counts);
/// The report's quantitative targets as horizontal bars of the share reached (a dashed line at 100 %, the
/// figures "42 / 60 家" after each bar), drawn as vector graphics. Targets with a recorded value come first;
/// as many rows as fit, then a line saying how many were left out.
void drawTargetChart(QPainter &p, const Units &u, const QRectF &rect, const QList<TargetProgress> &targets);
/// The height that shows all `rows` targets at a comfortable row height.
double targetChartHeight(const Units &u, qsizetype rows);
/// The city and its counties with the frame's extent as a red box.
void drawOverview(QPainter &p, const Units &u, const QRectF &rect, const QList<RenderLayer> &layers,
                  const Envelope &frameExtent, const Crs &crs);
/// The numbered excerpts, shrinking type and shortening sentences until everything fits; feature names are
/// always printed in full.
void drawExcerpts(QPainter &p, const Units &u, const QRectF &rect, const QList<Excerpt> &excerpts);

/// Grid lines in the frame's CRS (kilometres) or graticule (degrees), labelled outside the frame.
void drawGrid(QPainter &p, const Units &u, const QRectF &frame, const MapToPixel &m2p, const Crs &crs);
/// A scale bar and the numeric scale, from the geodesic length of the frame's horizontal centre line.
void drawScaleBar(QPainter &p, const Units &u, const QRectF &frame, const MapToPixel &m2p, const Crs &crs);
/// A north arrow turned by the grid convergence at the frame's centre.
void drawNorthArrow(QPainter &p, const Units &u, const QRectF &frame, const MapToPixel &m2p, const Crs &crs);
/// A numbered badge near `anchor` (pixels inside the frame).
void drawCallout(QPainter &p, const Units &u, QPointF anchor, const QString &number);

/// The transform between two CRSs, built once per thread and kept: each new CoordinateTransform opens proj.db
/// and searches it (tens of milliseconds), and a page needs the same few many times.
const CoordinateTransform &cachedTransform(const Crs &from, const Crs &to);

/// "1,250,000": digits grouped by thousands, as scales are printed.
QString groupedNumber(qint64 n);

/// Ground metres per device pixel along the frame's horizontal centre line; 0 when PROJ cannot say.
double groundMetresPerPixel(const MapToPixel &m2p, const Crs &crs, double frameWidthPx);

} // namespace yc::layout
