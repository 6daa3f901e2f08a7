// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_renderer.h"

#include "geo/coordinate_transform.h"
#include "plan/project.h"
#include "render/compact_path.h"
#include "render/plan_style.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace yc {

MapToPixel::MapToPixel(const MapSettings &settings)
{
    const double w = std::max(1, settings.outputSize.width());
    const double h = std::max(1, settings.outputSize.height());
    mHeight = h;
    mSnap = settings.snapToPixels;
    const Envelope &e = settings.extent;
    if (e.isEmpty()) {
        mVisible = Envelope::of(0, 0, w, h);
        mUnitsPerPixel = 1;
        return;
    }
    mUnitsPerPixel = std::max(e.width() / w, e.height() / h);
    if (!(mUnitsPerPixel > 0))
        mUnitsPerPixel = 1;   // a single point: any scale will do
    const QPointF c = e.center();
    const double halfW = w * mUnitsPerPixel / 2;
    const double halfH = h * mUnitsPerPixel / 2;
    mVisible = Envelope::of(c.x() - halfW, c.y() - halfH, c.x() + halfW, c.y() + halfH);
}

QPointF MapToPixel::toPixel(QPointF map) const
{
    const QPointF p((map.x() - mVisible.xMin) / mUnitsPerPixel, mHeight - (map.y() - mVisible.yMin) / mUnitsPerPixel);
    return mSnap ? QPointF(std::round(p.x()), std::round(p.y())) : p;
}

QPointF MapToPixel::toMap(QPointF pixel) const
{
    return {mVisible.xMin + pixel.x() * mUnitsPerPixel, mVisible.yMin + (mHeight - pixel.y()) * mUnitsPerPixel};
}

namespace {

// Building a PROJ transformation opens and searches proj.db, tens of milliseconds each, and every
// render needs the same few again. CoordinateTransform is not thread-safe, so each thread keeps its own.
const CoordinateTransform &cachedTransform(const Crs &from, const Crs &to)
{
    thread_local std::map<std::pair<QString, QString>, std::unique_ptr<CoordinateTransform>> cache;
    std::unique_ptr<CoordinateTransform> &slot = cache[{from.definition(), to.definition()}];
    if (!slot)
        slot = std::make_unique<CoordinateTransform>(from, to);
    return *slot;
}

constexpr auto kLabelFamily = "WenQuanYi Micro Hei";

// The CJK family to label with: WenQuanYi Micro Hei (its glyphs survive PDF text extraction), else any
// family that covers Simplified Chinese, else the default font.
QString labelFamily()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(QLatin1String(kLabelFamily)))
        return QString::fromLatin1(kLabelFamily);
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return chinese.isEmpty() ? QString() : chinese.first();
}

struct Label {
    QString text;
    QPointF anchor;       ///< pixel position of the labelled thing
    double gap = 0;       ///< distance from the anchor; 0 = centred on it
    QColor color;
    double pointSize = 9;
    bool bold = false;
    int priority = 0;     ///< lower goes first: selection, plan points, county seats, plan lines and areas, context
};

/// Shared state of one render call.
class Painter {
public:
    Painter(QPainter &p, const MapSettings &s) : mP(p), mM2p(s), mScale(s.dpi / 96.0), mFamily(labelFamily()),
        mBounds(0, 0, s.outputSize.width(), s.outputSize.height()) {}

    void drawLayer(const RenderLayer &layer, const Crs &mapCrs);
    void drawRaster(const RasterSource &raster, double opacity, const Crs &mapCrs);
    void drawFeatures(const QList<PlanFeature> &features, const Crs &mapCrs, const QStringList &selected);
    void placeLabels();

private:
    QPainterPath toPath(const Geometry &g, bool closeRings) const;
    QPolygonF toPixels(const QPolygonF &ring) const;
    void toScreenPixels(const QPolygonF &ring, QPolygonF &out) const;
    void drawShape(const Geometry &g, bool area);
    void drawPlanFeature(const PlanFeature &f, const Geometry &g, bool selected);
    QFont font(double pointSize, bool bold) const;
    double px(double v) const { return v * mScale; }

    QPainter &mP;
    MapToPixel mM2p;
    double mScale;
    QString mFamily;
    QRectF mBounds;
    QList<Label> mLabels;          ///< in priority order
    QList<QRectF> mObstacles;      ///< marker boxes labels must not cover
    QPolygonF mScratch;            ///< reused pixel buffer of drawShape
};

QFont Painter::font(double pointSize, bool bold) const
{
    QFont f = mFamily.isEmpty() ? QFont() : QFont(mFamily);
    // Pixel sizes keep labels the same on any device; the output's dpi says how big a point is.
    f.setPixelSize(std::max(1, int(std::lround(pointSize * mScale * 96.0 / 72.0))));
    f.setBold(bold);
    return f;
}

QPolygonF Painter::toPixels(const QPolygonF &ring) const
{
    QPolygonF out;
    out.reserve(ring.size());
    for (const QPointF &p : ring)
        out << mM2p.toPixel(p);
    return out;
}

QPainterPath Painter::toPath(const Geometry &g, bool closeRings) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Geometry::Part &part : g.parts)
        for (const QPolygonF &ring : part) {
            const QPolygonF pixels = toPixels(ring);
            if (pixels.isEmpty())
                continue;
            path.moveTo(pixels.first());
            for (qsizetype i = 1; i < pixels.size(); ++i)
                path.lineTo(pixels.at(i));
            if (closeRings)
                path.closeSubpath();
        }
    return path;
}

// Pixels of `ring` with the vertices closer than half a pixel to the last kept one dropped: invisible
// detail that only costs time in dense layers. The last vertex is always kept, so rings stay closed and
// a sub-pixel feature still draws as one dot.
void Painter::toScreenPixels(const QPolygonF &ring, QPolygonF &out) const
{
    out.resize(0);
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = mM2p.toPixel(ring.at(i));
        if (!out.isEmpty() && i + 1 < n) {
            const QPointF d = p - out.last();
            if (d.x() * d.x() + d.y() * d.y() < 0.25)
                continue;
        }
        out.append(p);
    }
}

// A base-layer line or polygon with the painter's current pen and brush. Single rings go through
// drawPolyline/drawPolygon, which skip building a QPainterPath per feature.
void Painter::drawShape(const Geometry &g, bool area)
{
    if (g.parts.size() == 1 && g.parts.first().size() == 1) {
        toScreenPixels(g.parts.first().first(), mScratch);
        if (area)
            mP.drawPolygon(mScratch, Qt::OddEvenFill);
        else
            mP.drawPolyline(mScratch);
        return;
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Geometry::Part &part : g.parts)
        for (const QPolygonF &ring : part) {
            toScreenPixels(ring, mScratch);
            if (mScratch.isEmpty())
                continue;
            path.moveTo(mScratch.first());
            for (qsizetype i = 1; i < mScratch.size(); ++i)
                path.lineTo(mScratch.at(i));
            if (area)
                path.closeSubpath();
        }
    mP.drawPath(path);
}

QString nameField(const VectorData &data)
{
    for (const char *candidate : {"name_zh", "name", "NAME", "名称", "county", "NAME_ZH"}) {
        const int i = data.fieldIndex(QString::fromUtf8(candidate));
        if (i >= 0)
            return data.fields.at(i).name;
    }
    return {};
}

Envelope intersection(const Envelope &a, const Envelope &b)
{
    if (!a.intersects(b))
        return {};
    return {std::max(a.xMin, b.xMin), std::max(a.yMin, b.yMin), std::min(a.xMax, b.xMax), std::min(a.yMax, b.yMax)};
}

void Painter::drawRaster(const RasterSource &raster, double opacity, const Crs &mapCrs)
{
    const RasterInfo &info = raster.info();
    if (!info.georeferenced)
        return;
    mP.save();
    mP.setOpacity(opacity);
    mP.setRenderHint(QPainter::SmoothPixmapTransform);
    const Envelope view = mM2p.visibleExtent();
    if (info.crs.isEmpty() || info.crs == mapCrs) {
        const Envelope area = intersection(view, info.extent);
        const QRectF target(mM2p.toPixel({area.xMin, area.yMax}), mM2p.toPixel({area.xMax, area.yMin}));
        const QSize size(std::max(1, int(std::ceil(target.width()))), std::max(1, int(std::ceil(target.height()))));
        const QImage image = area.isEmpty() ? QImage() : raster.read(area, size);
        if (!image.isNull())
            mP.drawImage(target, image);
        mP.restore();
        return;
    }
    // Another CRS: read the raster-CRS envelope of the view and fit the image through its four corners
    // (a projective approximation of the warp, good for small areas).
    const CoordinateTransform &toRaster = cachedTransform(mapCrs, info.crs);
    const CoordinateTransform &toMap = cachedTransform(info.crs, mapCrs);
    const Envelope area = toRaster.isValid() && toMap.isValid() ? intersection(toRaster.apply(view), info.extent)
                                                                : Envelope();
    QPolygonF quad;
    for (const QPointF corner : {QPointF(area.xMin, area.yMax), QPointF(area.xMax, area.yMax),
                                 QPointF(area.xMax, area.yMin), QPointF(area.xMin, area.yMin)}) {
        const std::optional<QPointF> m = area.isEmpty() ? std::nullopt : toMap.apply(corner);
        if (!m) {
            mP.restore();
            return;
        }
        quad << mM2p.toPixel(*m);
    }
    const QRectF bounds = quad.boundingRect();
    const QSize size(std::clamp(int(std::ceil(bounds.width())), 1, 2 * int(mBounds.width())),
                     std::clamp(int(std::ceil(bounds.height())), 1, 2 * int(mBounds.height())));
    const QImage image = raster.read(area, size);
    QTransform fit;
    const QPolygonF imageCorners{QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height()),
                                 QPointF(0, size.height())};
    if (!image.isNull() && QTransform::quadToQuad(imageCorners, quad, fit)) {
        mP.setTransform(fit, true);
        mP.drawImage(QPointF(0, 0), image);
    }
    mP.restore();
}

void Painter::drawLayer(const RenderLayer &layer, const Crs &mapCrs)
{
    if (layer.visible && layer.raster && layer.opacity > 0) {
        drawRaster(*layer.raster, layer.opacity, mapCrs);
        return;
    }
    if (!layer.visible || !layer.data || layer.opacity <= 0)
        return;
    const VectorData &data = *layer.data;
    const BaseLayerStyle style = baseLayerStyle(data.layerName, layer.name);
    const bool reproject = !data.crs.isEmpty() && !(data.crs == mapCrs);
    const CoordinateTransform *toMap = nullptr;
    Envelope area = mM2p.visibleExtent();
    if (reproject) {
        toMap = &cachedTransform(data.crs, mapCrs);
        if (!toMap->isValid())
            return;
        // Cull in the layer's own CRS, with a margin for the curvature of the reprojected edges.
        const CoordinateTransform &toLayer = cachedTransform(mapCrs, data.crs);
        const Envelope inLayer = toLayer.isValid() ? toLayer.apply(area) : Envelope();
        area = inLayer.isEmpty() ? Envelope() : inLayer.buffered(std::max(inLayer.width(), inLayer.height()) * 0.05);
    }
    const int nameIndex = style.labels ? data.fieldIndex(nameField(data)) : -1;

    mP.save();
    mP.setOpacity(layer.opacity);
    QPen pen(style.stroke, px(style.strokeWidth));
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    const double d = px(style.pointSize > 0 ? style.pointSize : 5);
    int styledDim = -1;   // the dimension the painter's pen and brush are set for: setPen per feature is costly
    for (const VectorFeature &vf : data.features) {
        if (vf.geometry.isEmpty() || (!area.isEmpty() && !vf.geometry.envelope().intersects(area)))
            continue;
        const Geometry g = toMap ? toMap->apply(vf.geometry) : vf.geometry;
        if (g.isEmpty())
            continue;
        const int dim = g.dimension();
        if (dim != styledDim) {
            styledDim = dim;
            mP.setPen(dim == 0 ? QPen(style.stroke, px(0.8)) : pen);
            mP.setBrush(dim == 0 ? QBrush(style.fill.alpha() > 0 ? style.fill : style.stroke)
                        : dim == 2 && style.fill.alpha() > 0 ? QBrush(style.fill) : QBrush(Qt::NoBrush));
        }
        if (dim == 0) {
            for (const Geometry::Part &part : g.parts)
                for (const QPolygonF &ring : part)
                    for (const QPointF &p : ring)
                        mP.drawEllipse(mM2p.toPixel(p), d / 2, d / 2);
        } else {
            drawShape(g, dim == 2);
        }
        if (nameIndex >= 0) {
            const QString name = vf.attributes.value(nameIndex).toString().trimmed();
            if (!name.isEmpty()) {
                const QPointF anchor = mM2p.toPixel(dim == 0 ? g.parts.first().first().first() : g.labelPoint());
                mLabels.append({name, anchor, dim == 0 ? px(style.pointSize / 2 + 2) : 0, style.labelColor,
                                style.labelPointSize, false, style.context ? 5 : 2});
            }
        }
    }
    mP.restore();
}

void Painter::drawPlanFeature(const PlanFeature &f, const Geometry &g, bool selected)
{
    const QColor color = statusColor(f.status());
    const bool placeholder = f.confidence == LocationConfidence::Placeholder;
    const QColor highlight(255, 214, 0, 200);
    const int dim = g.dimension();
    if (dim == 2) {
        const QPainterPath path = toPath(g, true);
        if (selected)
            mP.strokePath(path, QPen(highlight, px(7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QColor fill = color;
        fill.setAlpha(placeholder ? 0 : 45);
        QPen pen(color, px(selected ? 2.4 : 1.6), placeholder ? Qt::DashLine : Qt::SolidLine);
        pen.setJoinStyle(Qt::RoundJoin);
        mP.setPen(pen);
        mP.setBrush(placeholder ? QBrush(Qt::NoBrush) : QBrush(fill));
        mP.drawPath(path);
    } else if (dim == 1) {
        const QPainterPath path = toPath(g, false);
        const double width = px(f.category == Category::TourismRoad ? 3.6 : 2.6);
        if (selected)
            mP.strokePath(path, QPen(highlight, width + px(7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // Qt's PDF engine writes a pen that is not opaque as the stroke's filled outline (many times the bytes):
        // vector output gets an opaque casing.
        mP.strokePath(path, QPen(QColor(255, 255, 255, mM2p.snapsToPixels() ? 255 : 200), width + px(2),
                                 Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        mP.strokePath(path, QPen(color, width, placeholder ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
                                 Qt::RoundJoin));
    } else if (dim == 0) {
        const double size = px(selected ? 17 : 13);
        for (const Geometry::Part &part : g.parts)
            for (const QPolygonF &ring : part)
                for (const QPointF &p : ring) {
                    const QPointF c = mM2p.toPixel(p);
                    if (selected) {
                        mP.setPen(QPen(QColor(230, 150, 0), px(1.5)));
                        mP.setBrush(highlight);
                        mP.drawEllipse(c, size * 0.95, size * 0.95);
                    }
                    QPen pen(placeholder ? color : color.darker(160), px(placeholder ? 1.8 : 1.0),
                             placeholder ? Qt::DashLine : Qt::SolidLine);
                    pen.setJoinStyle(Qt::MiterJoin);
                    mP.setPen(pen);
                    mP.setBrush(placeholder ? QBrush(QColor(255, 255, 255, 220)) : QBrush(color));
                    mP.drawPath(markerPath(markerShape(f.category), c, size));
                    mObstacles.append(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
                }
    }
}

QPointF lineLabelAnchor(const QPolygonF &line)
{
    return line.isEmpty() ? QPointF() : line.at(line.size() / 2);
}

void Painter::drawFeatures(const QList<PlanFeature> &features, const Crs &mapCrs, const QStringList &selected)
{
    const CoordinateTransform &toMap = cachedTransform(Project::storageCrs(), mapCrs);
    if (!toMap.isValid())
        return;
    struct Item { const PlanFeature *feature; Geometry geometry; bool selected; };
    QList<Item> items;
    const Envelope visible = mM2p.visibleExtent();
    for (const PlanFeature &f : features) {
        Geometry g = toMap.apply(f.geometry);
        if (g.isEmpty())
            continue;
        const Envelope e = g.envelope();
        // Keep a margin so symbols and labels of features just outside still show.
        if (!e.intersects(visible.buffered(mM2p.mapUnitsPerPixel() * 20)))
            continue;
        items.append({&f, std::move(g), selected.contains(f.id)});
    }
    // Areas under lines under points; the selection on top of everything.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.selected != b.selected)
            return !a.selected;
        return a.geometry.dimension() > b.geometry.dimension();
    });
    mP.save();
    for (const Item &item : items)
        drawPlanFeature(*item.feature, item.geometry, item.selected);
    mP.restore();

    // Labels of the plan; placeLabels() orders them with the base-layer ones by priority.
    for (const Item &item : std::as_const(items)) {
        if (item.feature->nameZh.isEmpty())
            continue;
        const int dim = item.geometry.dimension();
        QPointF anchor;
        double gap = 0;
        if (dim == 0) {
            anchor = mM2p.toPixel(item.geometry.parts.first().first().first());
            gap = px(item.selected ? 10.5 : 8.5);
        } else if (dim == 1) {
            anchor = lineLabelAnchor(toPixels(item.geometry.parts.first().first()));
            gap = px(4);
        } else {
            anchor = mM2p.toPixel(item.geometry.labelPoint());
        }
        const int priority = item.selected ? 0 : dim == 0 ? 1 : dim == 1 ? 3 : 4;
        mLabels.append({item.feature->nameZh, anchor, gap, QColor(25, 25, 25), item.selected ? 10.0 : 9.0,
                        item.selected, priority});
    }
}

void Painter::placeLabels()
{
    std::stable_sort(mLabels.begin(), mLabels.end(),
                     [](const Label &a, const Label &b) { return a.priority < b.priority; });
    QList<QRectF> placed;
    mP.save();
    for (const Label &label : std::as_const(mLabels)) {
        const QFont f = font(label.pointSize, label.bold);
        const QFontMetricsF fm(f);
        const QSizeF size(fm.horizontalAdvance(label.text), fm.ascent() + fm.descent());
        const QPointF a = label.anchor;
        // A symbol drawn on the labelled spot (a plan marker on a county seat) pushes the label out
        // instead of blocking it.
        double g = label.gap;
        QList<QRectF> obstacles;
        for (const QRectF &o : std::as_const(mObstacles)) {
            if (g > 0 && o.contains(a))
                g = std::max({g, a.x() - o.left(), o.right() - a.x(), a.y() - o.top(), o.bottom() - a.y()}) + px(1);
            else
                obstacles.append(o);
        }
        // Candidate top-left corners: right, left, above, below (or centred for areas and lines).
        QList<QPointF> corners;
        if (g > 0) {
            corners = {{a.x() + g, a.y() - size.height() / 2}, {a.x() - g - size.width(), a.y() - size.height() / 2},
                       {a.x() - size.width() / 2, a.y() - g - size.height()}, {a.x() - size.width() / 2, a.y() + g}};
        } else {
            corners = {{a.x() - size.width() / 2, a.y() - size.height() / 2},
                       {a.x() - size.width() / 2, a.y() - size.height() * 1.5},
                       {a.x() - size.width() / 2, a.y() + size.height() / 2}};
        }
        for (const QPointF &corner : std::as_const(corners)) {
            const QRectF rect(corner, size);
            // The collision box is slightly larger than the text so neighbours keep a little air.
            const QRectF box = rect.adjusted(-px(1.5), -px(1), px(1.5), px(1));
            const auto hits = [&box](const QRectF &o) { return o.intersects(box); };
            if (!mBounds.contains(box) || std::any_of(placed.cbegin(), placed.cend(), hits)
                || std::any_of(obstacles.cbegin(), obstacles.cend(), hits))
                continue;
            placed.append(box);
            const QPointF baseline(rect.left(), rect.top() + fm.ascent());
            QPainterPath halo;
            halo.addText(baseline, f, label.text);
            if (mM2p.snapsToPixels())   // vector output: a coarse outline is as good under a wide white pen
                halo = compactPath(halo, px(0.4));
            const int haloAlpha = mM2p.snapsToPixels() ? 255 : 230;   // opaque: see the casing of plan lines
            mP.strokePath(halo, QPen(QColor(255, 255, 255, haloAlpha), px(3), Qt::SolidLine, Qt::RoundCap,
                                     Qt::RoundJoin));
            // Real text on top of the halo path, so PDF viewers can search and copy it.
            mP.setFont(f);
            mP.setPen(label.color);
            mP.drawText(baseline, label.text);
            break;
        }
    }
    mP.restore();
}

} // namespace

void MapRenderer::render(QPainter &painter, const MapSettings &settings, const QList<RenderLayer> &layers,
                         const QList<PlanFeature> &features)
{
    MapSettings s = settings;
    if (s.extent.isEmpty())
        s.extent = fullExtent(layers, features, s.crs);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(QRectF(0, 0, s.outputSize.width(), s.outputSize.height()));
    painter.fillRect(QRectF(0, 0, s.outputSize.width(), s.outputSize.height()), QColor(0xfc, 0xfc, 0xfa));
    Painter p(painter, s);
    for (const RenderLayer &layer : layers)
        p.drawLayer(layer, s.crs);
    p.drawFeatures(features, s.crs, s.selectedFeatureIds);
    p.placeLabels();
    painter.restore();
}

Envelope MapRenderer::fullExtent(const QList<RenderLayer> &layers, const QList<PlanFeature> &features,
                                 const Crs &crs)
{
    Envelope main;
    Envelope context;
    for (const RenderLayer &layer : layers) {
        if (layer.visible && layer.raster && layer.raster->info().georeferenced) {
            const RasterInfo &info = layer.raster->info();
            if (info.crs.isEmpty() || info.crs == crs) {
                main.include(info.extent);
            } else if (const CoordinateTransform &t = cachedTransform(info.crs, crs); t.isValid()) {
                main.include(t.apply(info.extent));
            }
            continue;
        }
        if (!layer.visible || !layer.data || layer.data->extent.isEmpty())
            continue;
        const VectorData &data = *layer.data;
        Envelope e = data.extent;
        if (!data.crs.isEmpty() && !(data.crs == crs)) {
            const CoordinateTransform &t = cachedTransform(data.crs, crs);
            if (!t.isValid())
                continue;
            e = t.apply(e);
        }
        (baseLayerStyle(data.layerName, layer.name).context ? context : main).include(e);
    }
    if (!features.isEmpty()) {
        const CoordinateTransform &t = cachedTransform(Project::storageCrs(), crs);
        if (t.isValid())
            for (const PlanFeature &f : features)
                if (!f.geometry.isEmpty())
                    main.include(t.apply(f.geometry.envelope()));
    }
    return main.isEmpty() ? context : main;
}

} // namespace yc
