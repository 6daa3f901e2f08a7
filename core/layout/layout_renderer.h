// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "layout/page_layout.h"
#include "plan/plan_feature.h"
#include "render/map_renderer.h"

#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPainter;

namespace yc {

class Feedback;
class Project;

/// Where the map frame landed on a rendered page: enough to georeference it and to check it.
struct PageResult {
    QRectF frame;             ///< the map frame on the page, in device pixels (y down)
    Envelope frameExtent;     ///< the map area inside the frame, in `crs`
    Crs crs;
    QStringList featureIds;   ///< features in the frame, in callout (report) order
};

/// The plan features linked to a sentence of report section `section` (all features for 0), in project order.
QList<PlanFeature> sectionFeatures(const Project &project, int section);
/// Report sections that have at least one linked feature, in report order (the pages of an atlas).
QList<int> sectionsWithFeatures(const Project &project);

/// Composes one printed page: map frame (drawn by MapRenderer), grid, scale bar, north arrow, legend, overview,
/// status chart, numbered callouts with report excerpts, title and footer. The same renderPage() serves an
/// on-screen preview and the PDF. Holds references: the project and layers must outlive it. GUI thread or
/// any thread that owns a copy of the inputs; it never changes them.
class LayoutRenderer {
public:
    LayoutRenderer(const Project &project, const QList<RenderLayer> &layers, const LayoutSettings &settings);

    /// The features the page is about (section filter applied); empty means nothing to draw.
    const QList<PlanFeature> &features() const { return mFeatures; }
    const Crs &crs() const { return mCrs; }

    /// Paints the whole sheet. The painter's device must be the page at `settings.dpi` pixels per inch with its
    /// origin at the sheet's top-left corner. Progress goes from `progressFrom` to `progressTo`; returns nullopt
    /// when `feedback` was canceled.
    std::optional<PageResult> renderPage(QPainter &painter, Feedback *feedback = nullptr, int progressFrom = 0,
                                         int progressTo = 100) const;
    /// For a PDF finished with embedLineForms: the map's occlusion-culled line layers go to `forms`.
    void setPdfLineForms(std::shared_ptr<PdfLineForms> forms) { mLineForms = std::move(forms); }

private:
    const Project &mProject;
    const QList<RenderLayer> &mLayers;
    LayoutSettings mSettings;
    Crs mCrs;
    QList<PlanFeature> mFeatures;
    std::shared_ptr<PdfLineForms> mLineForms;
};

} // namespace yc
