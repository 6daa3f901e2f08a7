// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_renderer.h"

#include "geo/coordinate_transform.h"
#include "geo/grid_transform.h"
#include "plan/project.h"
#include "render/area_rasterizer.h"
#include "render/band_split.h"
#include "render/label_drawing.h"
#include "render/line_rasterizer.h"
#include "render/occlusion_culling.h"
#include "render/pdf_line_forms.h"
#include "render/plan_style.h"
#include "render/raster_read_progress.h"
#include "render/raster_target.h"
#include "render/sprite_cache.h"
#include "render/vector_drawing.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <optional>

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

// Every render needs the same few transforms again: kept per thread (CoordinateTransform is not thread-safe).
const CoordinateTransform &cachedTransform(const Crs &from, const Crs &to)
{
    return CoordinateTransform::forThread(from, to);
}

constexpr auto kLabelFamily = "WenQuanYi Micro Hei";

// The CJK family to label with: WenQuanYi Micro Hei (its glyphs survive PDF text extraction), else any
// family that covers Simplified Chinese, else the default font.
QString findLabelFamily()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(QLatin1String(kLabelFamily)))
        return QString::fromLatin1(kLabelFamily);
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return chinese.isEmpty() ? QString() : chinese.first();
}

// Searching the font database on every render is needless: the fonts do not change while the program runs.
// Asked for only when text is drawn: loading the font database (fontconfig) costs a map without labels
// ~10 ms of its start.
const QString &labelFamily()
{
    static const QString family = findLabelFamily();
    return family;
}

/// Shared state of one render call.
class Painter {
public:
    /// `inBand`: `p` draws only a band of the output's rows (see firstRow), while another thread draws the
    /// others; its layers are then not split across worker threads as well.
    Painter(QPainter &p, const MapSettings &s, const std::atomic<bool> *cancel, bool inBand = false)
        : mP(p), mM2p(s), mScale(s.dpi / 96.0),
          mBounds(0, 0, s.outputSize.width(), s.outputSize.height()),
          mSprites(!s.snapToPixels && SpriteCache::usableOn(p) ? s.sprites.get() : nullptr),
          mLineForms(s.pdfLineForms.get()), mRasterReads(s.rasterReads.get()), mCancel(cancel),
          mInBand(inBand) {}

    bool cancelled() const { return mCancel && mCancel->load(std::memory_order_relaxed); }

    void drawLayer(const RenderLayer &layer, const Crs &mapCrs);
    void drawStream(const RenderLayer &layer, const Crs &mapCrs);
    void drawRaster(const RenderLayer &layer, const Crs &mapCrs);
    /// The window `area` of the layer's raster at `size`; null when reading failed or was stopped.
    QImage readRaster(const RenderLayer &layer, const Envelope &area, QSize size) const;
    void drawFeatures(const QList<PlanFeature> &features, const Crs &mapCrs, const QStringList &selected);
    /// The base layers, then the plan features.
    void drawMap(const QList<RenderLayer> &layers, const QList<PlanFeature> &features, const MapSettings &s);
    void placeLabels(const MapLabels &labels);
    const MapLabels &labels() const { return mLabels; }

private:
    QPainterPath toPath(const Geometry &g, bool closeRings) const;
    QPolygonF toPixels(const QPolygonF &ring) const;
    PixelMapping pixelMapping() const;
    /// Draws features `ids` of `g` without what later ones hide, when the painter writes vectors on the device's
    /// pixel grid and the layer is lines in one opaque pen; false (nothing drawn) otherwise.
    bool drawCulled(const PackedGeometry &g, const std::vector<std::uint32_t> &ids, const PixelMapping &toPixel,
                    const LayerSymbols &symbols, double opacity);
    Envelope layerArea(const Crs &layerCrs, const Crs &mapCrs) const;
    void drawPlanFeature(const PlanFeature &f, const Geometry &g, bool selected);
    /// Draws `marker` (centred on the origin) centred on `center`, from a sprite when the output allows.
    void drawMarker(QPointF center, const QString &key, const QPainterPath &marker, const QPen &pen,
                    const QBrush &brush);
    QFont font(double pointSize, bool bold) const;
    double px(double v) const { return v * mScale; }

    QPainter &mP;
    MapToPixel mM2p;
    double mScale;
    QRectF mBounds;
    MapLabels mLabels;             ///< asked for by what was drawn
    SpriteCache *mSprites;         ///< nullptr: draw labels and markers instead of copying images of them
    PdfLineForms *mLineForms;      ///< nullptr: culled line layers are drawn through QPainter
    RasterReadProgress *mRasterReads;   ///< nullptr: raster reads report nowhere
    const std::atomic<bool> *mCancel;
    bool mInBand;
};

QFont Painter::font(double pointSize, bool bold) const
{
    const QString &family = labelFamily();
    QFont f = family.isEmpty() ? QFont() : QFont(family);
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
            if (ring.isEmpty())
                continue;
            // Vertices closer than half a pixel to the last one kept are invisible detail (the last is kept).
            QPointF last = mM2p.toPixel(ring.first());
            path.moveTo(last);
            for (qsizetype i = 1; i < ring.size(); ++i) {
                const QPointF p = mM2p.toPixel(ring.at(i));
                const QPointF d = p - last;
                if (i + 1 < ring.size() && d.x() * d.x() + d.y() * d.y() < 0.25)
                    continue;
                path.lineTo(p);
                last = p;
            }
            if (closeRings)
                path.closeSubpath();
        }
    return path;
}

PixelMapping Painter::pixelMapping() const
{
    const Envelope &v = mM2p.visibleExtent();
    return {v.xMin, v.yMin, mM2p.mapUnitsPerPixel(), mM2p.bottom(), mM2p.snapsToPixels()};
}

// Round joins cost Qt's rasteriser about three times what bevel joins do (an arc at every vertex); on a
// stroke narrower than 3 pixels the two differ by a fraction of a pixel at the sharpest corner.
Qt::PenJoinStyle joinFor(double width)
{
    return width < 3 ? Qt::BevelJoin : Qt::RoundJoin;
}

// The pens and brushes of one symbol, by dimension: the one place that picks them.
VectorSymbol vectorSymbol(const Symbol &sym, double scale)
{
    VectorSymbol s;
    if (sym.strokeWidth > 0) {
        s.linePen = QPen(sym.stroke, sym.strokeWidth * scale);
        s.linePen.setJoinStyle(joinFor(s.linePen.widthF()));
        s.linePen.setCapStyle(Qt::RoundCap);
        s.pointPen = QPen(sym.stroke, 0.8 * scale);
    } else {
        s.linePen = s.pointPen = QPen(Qt::NoPen);
    }
    s.pointBrush = QBrush(sym.fill.alpha() > 0 ? sym.fill : sym.stroke);
    s.lineBrush = QBrush(Qt::NoBrush);
    s.areaBrush = sym.fill.alpha() > 0 ? QBrush(sym.fill) : QBrush(Qt::NoBrush);
    s.pointDiameter = (sym.pointSize > 0 ? sym.pointSize : 5) * scale;
    return s;
}

// The symbols of the features of a layer's packed geometry, as the planner's style gives them.
LayerSymbols layerSymbols(const LayerStyle &style, const LayerStyle::Prepared &symbology, const VectorData &data,
                          const PackedGeometry &g, double scale)
{
    LayerSymbols out;
    if (style.kind != LayerStyle::Kind::Categorized && style.kind != LayerStyle::Kind::Graduated) {
        out.symbols.push_back(vectorSymbol(symbology.symbolFor({}), scale));
        return out;
    }
    // symbolFor returns references into `symbology`, so equal addresses mean the same symbol.
    QHash<const Symbol *, std::uint16_t> index;
    out.ofFeature.resize(std::size_t(g.featureCount()));
    for (std::size_t f = 0; f < out.ofFeature.size(); ++f) {
        const Symbol &sym = symbology.symbolFor(data.features.at(g.source[f]).attributes);
        auto it = index.constFind(&sym);
        if (it == index.cend()) {
            it = index.insert(&sym, std::uint16_t(out.symbols.size()));
            out.symbols.push_back(vectorSymbol(sym, scale));
        }
        out.ofFeature[f] = *it;
    }
    if (out.symbols.empty())
        out.symbols.push_back(vectorSymbol(symbology.symbolFor({}), scale));
    return out;
}

// Whether the painter writes vectors (a PDF) in whole device pixels of an unscaled grid: where occlusion culling
// (render/occlusion_culling.h) gives the same picture and pays, since a vector file keeps every hidden path.
bool drawsOnPixelGrid(const QPainter &p)
{
    const QTransform t = p.deviceTransform();
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Pdf && t.type() <= QTransform::TxTranslate
           && t.dx() == std::round(t.dx()) && t.dy() == std::round(t.dy());
}

// Joins cost a PDF nothing (the viewer draws them) and occlusion culling counts on round ones: on the pixel
// grid of vector output the bevel joins of joinFor() give way to round joins.
LayerSymbols withJoinsFor(const QPainter &p, LayerSymbols symbols)
{
    if (drawsOnPixelGrid(p))
        for (VectorSymbol &s : symbols.symbols)
            s.linePen.setJoinStyle(Qt::RoundJoin);
    return symbols;
}

// Appends the features of `batch` to `all`.
void appendPacked(PackedGeometry &all, const PackedGeometry &batch)
{
    const auto vertexBase = std::uint32_t(all.vertexCount());
    const auto ringBase = std::uint32_t(all.ringStart.size() - 1);
    const auto sourceBase = std::int32_t(all.featureCount());
    all.xy.insert(all.xy.end(), batch.xy.begin(), batch.xy.end());
    for (std::size_t r = 1; r < batch.ringStart.size(); ++r)
        all.ringStart.push_back(vertexBase + batch.ringStart[r]);
    for (std::size_t f = 1; f < batch.featureStart.size(); ++f)
        all.featureStart.push_back(ringBase + batch.featureStart[f]);
    all.dimension.insert(all.dimension.end(), batch.dimension.begin(), batch.dimension.end());
    for (const std::int32_t source : batch.source)
        all.source.push_back(sourceBase + source);
}

// Emptied batches of a streamed layer, handed back to the reader once drawn: a batch read into fresh arrays
// takes a page fault every 4 KiB and copies itself as its arrays grow, on the reading thread (over a tenth of
// a full-extent first view's CPU, and the reader is what the drawing waits for). Thread-safe.
class SpareBatches {
public:
    /// The sizes of a batch's arrays.
    struct Size {
        std::size_t xy = 0, rings = 0, features = 0;
        static Size of(const PackedGeometry &g) { return {g.xy.size(), g.ringStart.size(), g.dimension.size()}; }
    };

    /// An empty batch (the arrays of one drawn before when there is one) with room for `features` features
    /// like those of `like`, and an eighth more: its arrays are then not copied as they grow.
    PackedGeometry take(Size like, std::size_t features)
    {
        PackedGeometry batch;
        {
            const std::lock_guard lock(mMutex);
            if (!mSpare.empty()) {
                batch = std::move(mSpare.back());
                mSpare.pop_back();
            }
        }
        const auto roomFor = [&](std::size_t n) {
            const std::size_t scaled = like.features > 0 ? n * features / like.features : n;
            return scaled + scaled / 8;
        };
        batch.xy.reserve(roomFor(like.xy));
        batch.ringStart.reserve(roomFor(like.rings));
        batch.featureStart.reserve(roomFor(like.features + 1));
        batch.dimension.reserve(roomFor(like.features));
        batch.source.reserve(roomFor(like.features));
        return batch;
    }
    void give(PackedGeometry &&batch)
    {
        batch.clear();
        const std::lock_guard lock(mMutex);
        mSpare.push_back(std::move(batch));
    }

private:
    std::mutex mMutex;
    std::vector<PackedGeometry> mSpare;
};

// Layers this big are split across threads (when the painter allows it); smaller ones are not worth it.
constexpr std::size_t kParallelVertices = 200'000;
// Features per batch read from a streamed layer.
constexpr int kStreamBatch = 100'000;
// How far (in device pixels) drawn vertices may be from PROJ's exact reprojection: GridTransform's bound.
constexpr double kDisplayTolerance = 0.1;

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

QImage Painter::readRaster(const RenderLayer &layer, const Envelope &area, QSize size) const
{
    if (area.isEmpty() || (mRasterReads && mRasterReads->isCancelled()))
        return {};
    if (!mRasterReads)
        return layer.raster->read(area, size, nullptr, [this](double) { return !cancelled(); });
    mRasterReads->begin(layer.name);
    const QImage image = layer.raster->read(area, size, nullptr, [this](double done) {
        mRasterReads->setDone(done);
        return !cancelled() && !mRasterReads->isCancelled();
    });
    mRasterReads->end();
    return image;
}

void Painter::drawRaster(const RenderLayer &layer, const Crs &mapCrs)
{
    const RasterInfo &info = layer.raster->info();
    if (!info.georeferenced)
        return;
    mP.save();
    mP.setOpacity(layer.opacity);
    mP.setRenderHint(QPainter::SmoothPixmapTransform);
    const Envelope view = mM2p.visibleExtent();
    if (info.crs.isEmpty() || info.crs == mapCrs) {
        const Envelope area = intersection(view, info.extent);
        const QRectF target(mM2p.toPixel({area.xMin, area.yMax}), mM2p.toPixel({area.xMax, area.yMin}));
        const QSize size(std::max(1, int(std::ceil(target.width()))), std::max(1, int(std::ceil(target.height()))));
        const QImage image = readRaster(layer, area, size);
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
    const QImage image = readRaster(layer, area, size);
    QTransform fit;
    const QPolygonF imageCorners{QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height()),
                                 QPointF(0, size.height())};
    if (!image.isNull() && QTransform::quadToQuad(imageCorners, quad, fit)) {
        mP.setTransform(fit, true);
        mP.drawImage(QPointF(0, 0), image);
    }
    mP.restore();
}

// The area of the view in the layer's CRS, with a margin for the curvature of reprojected edges; empty when
// it cannot be told (then everything is read).
Envelope Painter::layerArea(const Crs &layerCrs, const Crs &mapCrs) const
{
    const Envelope view = mM2p.visibleExtent();
    if (layerCrs.isEmpty() || layerCrs == mapCrs)
        return view;
    const CoordinateTransform &toLayer = cachedTransform(mapCrs, layerCrs);
    const Envelope inLayer = toLayer.isValid() ? toLayer.apply(view) : Envelope();
    return inLayer.isEmpty() ? Envelope() : inLayer.buffered(std::max(inLayer.width(), inLayer.height()) * 0.05);
}

void Painter::drawLayer(const RenderLayer &layer, const Crs &mapCrs)
{
    if (layer.visible && layer.raster && layer.opacity > 0) {
        drawRaster(layer, mapCrs);
        return;
    }
    if (!layer.visible || layer.opacity <= 0)
        return;
    if (layer.stream) {
        drawStream(layer, mapCrs);
        return;
    }
    if (!layer.data)
        return;
    const VectorData &data = *layer.data;
    const BaseLayerStyle style = baseLayerStyle(data.layerName, layer.name);
    const LayerStyle::Prepared symbology =
        layer.style.prepare(data, Symbol::fromBase(style), style.labels ? data.fieldIndex(nameField(data)) : -1);
    const int nameIndex = symbology.labelIndex();
    if (!data.crs.isEmpty() && !(data.crs == mapCrs) && !cachedTransform(data.crs, mapCrs).isValid())
        return;
    const std::shared_ptr<RenderCache> cache = layer.cache ? layer.cache : RenderLayer::newRenderCache();
    const std::shared_ptr<const IndexedGeometry> indexed = cache->geometry(layer.data, mapCrs, nameIndex >= 0,
                                                                               kDisplayTolerance * mM2p.mapUnitsPerPixel());
    if (!indexed)
        return;
    const PackedGeometry &g = indexed->geometry;

    auto symbols =
        std::make_shared<const LayerSymbols>(withJoinsFor(mP, layerSymbols(layer.style, symbology, data, g, mScale)));
    // The features in view, in layer order (the order they overlap in), or in the cache's spatial order where
    // the order does not show: lines of one symbol in an image (a PDF keeps the layer's order).
    const bool spatialOrder = indexed->linesOnly && symbols->ofFeature.empty() && mP.device()
                              && mP.device()->devType() == QInternal::Image;
    auto ids = std::make_shared<std::vector<std::uint32_t>>();
    const Envelope view = mM2p.visibleExtent();
    const Envelope all = indexed->index.extent();
    // (With a little slack: a view fitted to the layer's extent differs from it by rounding.)
    const Envelope loose = view.buffered(1e-9 * std::max(view.width(), view.height()));
    if (!all.isEmpty() && loose.contains({all.xMin, all.yMin}) && loose.contains({all.xMax, all.yMax})) {
        ids->resize(std::size_t(g.featureCount()));
        if (spatialOrder) {
            std::iota(ids->begin(), ids->end(), 0u);
        } else {
            for (std::uint32_t f = 0; f < ids->size(); ++f)   // `source` is a permutation of the layer's features
                (*ids)[std::size_t(g.source[f])] = f;
        }
    } else {
        indexed->index.query(view, *ids);
        if (spatialOrder)
            std::sort(ids->begin(), ids->end());
        else
            std::sort(ids->begin(), ids->end(), [&g](std::uint32_t a, std::uint32_t b) { return g.source[a] < g.source[b]; });
    }
    if (ids->empty())
        return;

    const PixelMapping toPixel = pixelMapping();
    const double opacity = layer.opacity;
    const std::size_t vertices = g.vertexCount() * ids->size() / std::max<std::size_t>(1, g.dimension.size());
    const bool parallel = vertices > kParallelVertices && !mInBand && OrderedDrawer::canParallelize(mP);
    if (parallel || !drawCulled(g, *ids, toPixel, *symbols, opacity)) {
        OrderedDrawer drawer(mP, parallel, [opacity](QPainter &p) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setOpacity(opacity);
        });
        const std::size_t chunks = parallel ? std::size_t(std::max(2, QThreadPool::globalInstance()->maxThreadCount())) : 1;
        for (std::size_t c = 0; c < chunks; ++c) {
            const std::size_t from = ids->size() * c / chunks;
            const std::size_t to = ids->size() * (c + 1) / chunks;
            drawer.submit([indexed, ids, from, to, toPixel, symbols, cancel = mCancel](QPainter &p) {
                drawPacked(p, indexed->geometry, ids->data() + from, to - from, toPixel, *symbols, cancel);
            });
        }
    }

    if (nameIndex < 0)
        return;
    for (const std::uint32_t id : std::as_const(*ids)) {
        const QPointF anchor = indexed->labelAnchors.at(id);
        if (std::isnan(anchor.x()))
            continue;
        const QString name = data.features.at(g.source[id]).attributes.value(nameIndex).toString().trimmed();
        if (name.isEmpty())
            continue;
        const int dim = g.dimension[id];
        mLabels.labels.append({name, mM2p.toPixel(anchor), dim == 0 ? px(style.pointSize / 2 + 2) : 0,
                               style.labelColor, style.labelPointSize, false, style.context ? 5 : 2});
    }
}

// A layer read from its file in batches, each reprojected and drawn (on workers when the painter allows)
// while the next one is read; nothing is kept.
void Painter::drawStream(const RenderLayer &layer, const Crs &mapCrs)
{
    const VectorStream &stream = *layer.stream;
    const Crs from = stream.crs();
    const bool reproject = !from.isEmpty() && !(from == mapCrs);
    if (reproject && !cachedTransform(from, mapCrs).isValid())
        return;
    // A streamed layer has no attributes: one symbol, the planner's single symbol or the default.
    const Symbol base = Symbol::fromBase(baseLayerStyle(stream.layerName(), layer.name));
    LayerSymbols symbols;
    symbols.symbols.push_back(vectorSymbol(layer.style.kind == LayerStyle::Kind::Single ? layer.style.symbol : base, mScale));
    symbols = withJoinsFor(mP, std::move(symbols));
    const PixelMapping toPixel = pixelMapping();
    const double opacity = layer.opacity;
    const Envelope area = layerArea(from, mapCrs);
    // Vertices are reprojected through a grid over the part of the layer in view (those outside it by PROJ).
    std::shared_ptr<const GridTransform> grid;
    if (reproject) {
        const Envelope inView = area.isEmpty() ? stream.extent() : intersection(area, stream.extent());
        grid = std::make_shared<const GridTransform>(from, mapCrs, inView, kDisplayTolerance * mM2p.mapUnitsPerPixel());
    }
    const auto toMapCrs = [grid, from, mapCrs](PackedGeometry &batch) {
        if (grid && grid->isValid())
            batch.transform(*grid);
        else if (grid)
            batch.transform(cachedTransform(from, mapCrs));
    };
    if (drawsOnPixelGrid(mP) && hidesWhatIsUnder(symbols.symbols.front().linePen, opacity)) {
        // Culling needs the whole layer (it walks it backwards): read it all first.
        PackedGeometry all;
        stream.read(area, kStreamBatch, [&](PackedGeometry &batch) {
            toMapCrs(batch);
            appendPacked(all, batch);
            return !cancelled();
        });
        std::vector<std::uint32_t> ids(std::size_t(all.featureCount()));
        std::iota(ids.begin(), ids.end(), 0u);
        if (!cancelled() && !drawCulled(all, ids, toPixel, symbols, opacity)) {
            mP.save();
            mP.setRenderHint(QPainter::Antialiasing);
            mP.setOpacity(opacity);
            drawPacked(mP, all, ids.data(), ids.size(), toPixel, symbols, mCancel);
            mP.restore();
        }
        return;
    }
    OrderedDrawer drawer(mP, OrderedDrawer::canParallelize(mP), [opacity](QPainter &p) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setOpacity(opacity);
    });
    // Batches of thin lines (all of them, as a rule) go to masks kept by the workers instead, in any order.
    const QPen &pen = symbols.symbols.front().linePen;
    mP.save();
    mP.setRenderHint(QPainter::Antialiasing);
    std::optional<LineBatchDrawer> lineDrawer;
    if (LineBatchDrawer::usable(mP, pen))
        lineDrawer.emplace(mP, pen, opacity);
    mP.restore();
    const auto spares = std::make_shared<SpareBatches>();
    stream.read(area, kStreamBatch, [&](PackedGeometry &batch) {
        auto b = std::make_shared<PackedGeometry>(std::move(batch));
        const SpareBatches::Size size = SpareBatches::Size::of(*b);
        if (lineDrawer && LineBatchDrawer::linesOnly(*b)) {
            drawer.finish();   // batches before it go under it
            lineDrawer->submit([b, spares, toMapCrs, toPixel, cancel = mCancel](LineRasterizer &lines) {
                toMapCrs(*b);
                drawLines(lines, *b, toPixel, cancel);
                spares->give(std::move(*b));
            });
        } else {
            if (lineDrawer)
                lineDrawer->finish();
            drawer.submit([b, spares, toMapCrs, toPixel, symbols, cancel = mCancel](QPainter &p) {
                toMapCrs(*b);
                std::vector<std::uint32_t> ids(std::size_t(b->featureCount()));
                std::iota(ids.begin(), ids.end(), 0u);
                drawPacked(p, *b, ids.data(), ids.size(), toPixel, symbols, cancel);
                spares->give(std::move(*b));
            });
        }
        // After submit, which waited for the oldest batch in flight when there were enough: its arrays are
        // spare by now, so no more batches are held than before.
        batch = spares->take(size, kStreamBatch);
        return !cancelled();
    });
}

bool Painter::drawCulled(const PackedGeometry &g, const std::vector<std::uint32_t> &ids, const PixelMapping &toPixel,
                         const LayerSymbols &symbols, double opacity)
{
    if (!symbols.ofFeature.empty() || !drawsOnPixelGrid(mP) || !hidesWhatIsUnder(symbols.symbols.front().linePen, opacity))
        return false;
    const std::optional<PackedGeometry> visible = cullHiddenLines(g, ids.data(), ids.size(), toPixel,
                                                                  symbols.symbols.front().linePen.widthF(),
                                                                  mBounds.size().toSize());
    if (!visible)
        return false;
    if (mLineForms) {
        mLineForms->drawLines(mP, mBounds.size().toSize(), *visible, symbols.symbols.front().linePen, mCancel);
        return true;
    }
    std::vector<std::uint32_t> all(std::size_t(visible->featureCount()));
    std::iota(all.begin(), all.end(), 0u);
    mP.save();
    mP.setRenderHint(QPainter::Antialiasing);
    drawPacked(mP, *visible, all.data(), all.size(), devicePixelMapping(), symbols, mCancel);
    mP.restore();
    return true;
}

// A circle of `radius` about the origin.
QPainterPath ringPath(double radius)
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), radius, radius);
    return path;
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
            strokePath(mP, path, QPen(highlight, px(7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QColor fill = color;
        fill.setAlpha(placeholder ? 0 : 45);
        QPen pen(color, px(selected ? 2.4 : 1.6), placeholder ? Qt::DashLine : Qt::SolidLine);
        pen.setJoinStyle(joinFor(pen.widthF()));
        mP.setPen(pen);
        mP.setBrush(placeholder ? QBrush(Qt::NoBrush) : QBrush(fill));
        drawPath(mP, path);
    } else if (dim == 1) {
        const QPainterPath path = toPath(g, false);
        const double width = px(f.category == Category::TourismRoad ? 3.6 : 2.6);
        if (selected)
            strokePath(mP, path, QPen(highlight, width + px(7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // Qt's PDF engine writes a pen that is not opaque as the stroke's filled outline (many times the bytes):
        // vector output gets an opaque casing.
        strokePath(mP, path, QPen(QColor(255, 255, 255, mM2p.snapsToPixels() ? 255 : 200), width + px(2),
                                  Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        strokePath(mP, path, QPen(color, width, placeholder ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
                                  joinFor(width)));
    } else if (dim == 0) {
        const double size = px(selected ? 17 : 13);
        for (const Geometry::Part &part : g.parts)
            for (const QPolygonF &ring : part)
                for (const QPointF &p : ring) {
                    const QPointF c = mM2p.toPixel(p);
                    if (selected)
                        drawMarker(c, QStringLiteral("selection %1").arg(size), ringPath(size * 0.95),
                                   QPen(QColor(230, 150, 0), px(1.5)), highlight);
                    QPen pen(placeholder ? color : color.darker(160), px(placeholder ? 1.8 : 1.0),
                             placeholder ? Qt::DashLine : Qt::SolidLine);
                    pen.setJoinStyle(Qt::MiterJoin);
                    const MarkerShape shape = markerShape(f.category);
                    drawMarker(c, QStringLiteral("marker %1 %2").arg(int(shape)).arg(size),
                               markerPath(shape, QPointF(0, 0), size), pen,
                               placeholder ? QBrush(QColor(255, 255, 255, 220)) : QBrush(color));
                    mLabels.obstacles.append(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
                }
    }
}

void Painter::drawMarker(QPointF center, const QString &key, const QPainterPath &marker, const QPen &pen,
                         const QBrush &brush)
{
    if (mSprites) {
        mSprites->drawMarker(mP, center, key, marker, pen, brush);
        return;
    }
    mP.setPen(pen);
    mP.setBrush(brush);
    mP.drawPath(marker.translated(center));
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
        mLabels.labels.append({item.feature->nameZh, anchor, gap, QColor(25, 25, 25), item.selected ? 10.0 : 9.0,
                               item.selected, priority});
    }
}

void Painter::drawMap(const QList<RenderLayer> &layers, const QList<PlanFeature> &features, const MapSettings &s)
{
    for (const RenderLayer &layer : layers)
        if (!cancelled())
            drawLayer(layer, s.crs);
    if (!cancelled())
        drawFeatures(features, s.crs, s.selectedFeatureIds);
}

void Painter::placeLabels(const MapLabels &all)
{
    QList<MapLabel> labels = all.labels;
    std::stable_sort(labels.begin(), labels.end(),
                     [](const MapLabel &a, const MapLabel &b) { return a.priority < b.priority; });
    QList<QRectF> placed;
    const QColor haloColor(255, 255, 255, mM2p.snapsToPixels() ? 255 : 230);   // opaque: see the casing of plan lines
    const double haloWidth = px(3);
    mP.save();
    for (const MapLabel &label : std::as_const(labels)) {
        const QFont f = font(label.pointSize, label.bold);
        // The sprite knows the text's metrics: no shaping at all for a label drawn before.
        const std::shared_ptr<const SpriteCache::Label> sprite =
            mSprites ? mSprites->label(label.text, f, label.color, haloColor, haloWidth) : nullptr;
        std::optional<QFontMetricsF> fm;
        if (!sprite)
            fm.emplace(f);
        const double ascent = sprite ? sprite->ascent : fm->ascent();
        const QSizeF size(sprite ? sprite->advance : fm->horizontalAdvance(label.text),
                          ascent + (sprite ? sprite->descent : fm->descent()));
        const QPointF a = label.anchor;
        // A symbol drawn on the labelled spot (a plan marker on a county seat) pushes the label out
        // instead of blocking it.
        const auto pushes = [&label, a](const QRectF &o) { return label.gap > 0 && o.contains(a); };
        double g = label.gap;
        for (const QRectF &o : all.obstacles)
            if (pushes(o))
                g = std::max({g, a.x() - o.left(), o.right() - a.x(), a.y() - o.top(), o.bottom() - a.y()}) + px(1);
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
            const auto blocks = [&](const QRectF &o) { return !pushes(o) && hits(o); };
            if (!mBounds.contains(box) || std::any_of(placed.cbegin(), placed.cend(), hits)
                || std::any_of(all.obstacles.cbegin(), all.obstacles.cend(), blocks))
                continue;
            placed.append(box);
            // On a whole device pixel: the glyphs sit on the pixel grid as hinted, and a sprite is an exact copy.
            const QPointF baseline(std::round(rect.left()), std::round(rect.top() + ascent));
            if (sprite)
                SpriteCache::drawLabel(mP, *sprite, baseline);
            else   // in vector output a coarse halo outline is as good under a wide white pen
                drawHaloText(mP, baseline, label.text, f, label.color, haloColor, haloWidth,
                             mM2p.snapsToPixels() ? px(0.4) : 0);
            break;
        }
    }
    mP.restore();
}

} // namespace

namespace {

// The painter state every part of a render starts from, restored when it ends.
class PainterSetup {
public:
    PainterSetup(QPainter &painter, const MapSettings &settings) : mPainter(painter)
    {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setClipRect(QRectF(0, 0, settings.outputSize.width(), settings.outputSize.height()));
    }
    ~PainterSetup() { mPainter.restore(); }
    PainterSetup(const PainterSetup &) = delete;
    PainterSetup &operator=(const PainterSetup &) = delete;

private:
    QPainter &mPainter;
};

// Up to this many features in memory, a render into an image is drawn in two bands on two threads; more go
// to the OrderedDrawer's workers layer by layer (a band would walk all of a big layer's vertices again).
constexpr qsizetype kBandedFeatures = 50'000;

// The image `painter` draws into when the picture may be drawn there in bands of rows, each by a painter of its
// own on another thread: where our rasterisers write straight into the image (directRasterTarget) at full
// opacity, all layers held in memory and not too big. Our rasterisers give a pixel the value of what covers it
// whichever rows are drawn with it, and what QPainter draws (point stamps, sprites, images) is clipped to the
// band's rows; so the bands together are the picture one painter gives. nullptr otherwise.
QImage *bandedTarget(const QPainter &painter, const QList<RenderLayer> &layers)
{
    QImage *image = directRasterTarget(painter);
    if (!image || painter.opacity() < 1 || image->height() < 64 || QThreadPool::globalInstance()->maxThreadCount() < 2)
        return nullptr;
    qsizetype features = 0;
    for (const RenderLayer &layer : layers) {
        // Each band would read the raster's whole window again (one after the other, on the file's lock).
        if (layer.stream || (layer.visible && layer.raster))
            return nullptr;
        if (layer.visible && layer.data)
            features += layer.data->features.size();
    }
    return features <= kBandedFeatures ? image : nullptr;
}

// The first row of the lower band of `image`, on a boundary of LineRasterizer's 8-row mask blocks (a band's
// mask then starts on one, as the whole image's does). Where the renders before took as long in both bands
// when our rasterisers and sprites draw all of a band: they give a pixel the value one painter gives it at
// any split (see firstRow), so only the speed depends on the split. Otherwise at the middle: QPainter's
// paths (markers drawn without sprites, text) in a band's translated coordinates round a little apart from
// one painter's at some splits, and the picture must not depend on timing.
int bandSplitRow(const QImage &image, const MapSettings &settings)
{
    constexpr int kStep = 8;
    // (A visible raster layer is never drawn in bands: bandedTarget.)
    const bool anySplit = settings.bandSplit && settings.sprites && !settings.snapToPixels;
    return anySplit ? settings.bandSplit->row(image.height(), kStep) : image.height() / (2 * kStep) * kStep;
}

// Draws the background, `layers` and `features` into `image` in two bands, the lower on a worker thread while
// this one draws the upper; returns the labels they ask for. The upper band asks for all of them: each band
// draws what is in the whole view (clipped to its rows), so the labels come in the order one painter would ask
// for them.
MapLabels drawInBands(QImage &image, const MapSettings &settings, const QList<RenderLayer> &layers,
                      const QList<PlanFeature> &features, const std::atomic<bool> *cancel)
{
    const int split = bandSplitRow(image, settings);
    double upperMs = 0, lowerMs = 0;
    const auto drawBand = [&](int first, int last, double &ms) {
        QElapsedTimer timer;
        timer.start();
        QImage band(image.bits() + qsizetype(first) * image.bytesPerLine(), image.width(), last - first,
                    image.bytesPerLine(), image.format());
        band.setOffset(QPoint(0, first));   // drawn in the whole image's coordinates (firstRow)
        QPainter painter(&band);
        painter.translate(0, -first);
        const PainterSetup setup(painter, settings);
        MapRenderer::drawBackground(painter, settings);   // on this thread, and in cache for the fills over it
        Painter p(painter, settings, cancel, true);
        p.drawMap(layers, features, settings);
        ms = double(timer.nsecsElapsed()) / 1e6;
        return p.labels();
    };
    QFuture<void> lower = QtConcurrent::run([&] { drawBand(split, image.height(), lowerMs); });
    const MapLabels labels = drawBand(0, split, upperMs);
    lower.waitForFinished();
    if (settings.bandSplit && !(cancel && cancel->load(std::memory_order_relaxed)))
        settings.bandSplit->measured(split, image.height(), upperMs, lowerMs);
    return labels;
}

} // namespace

void MapRenderer::render(QPainter &painter, const MapSettings &settings, const QList<RenderLayer> &layers,
                         const QList<PlanFeature> &features, const std::atomic<bool> *cancel)
{
    MapSettings s = settings;
    if (s.extent.isEmpty())
        s.extent = fullExtent(layers, features, s.crs);
    const PainterSetup setup(painter, s);
    Painter p(painter, s, cancel);
    if (QImage *image = bandedTarget(painter, layers)) {
        const MapLabels labels = drawInBands(*image, s, layers, features, cancel);
        if (!p.cancelled())
            p.placeLabels(labels);
        return;
    }
    drawBackground(painter, s);
    p.drawMap(layers, features, s);
    if (!p.cancelled())
        p.placeLabels(p.labels());
}

void MapRenderer::drawBackground(QPainter &painter, const MapSettings &settings)
{
    painter.fillRect(QRectF(0, 0, settings.outputSize.width(), settings.outputSize.height()), QColor(0xfc, 0xfc, 0xfa));
}

MapLabels MapRenderer::drawLayer(QPainter &painter, const MapSettings &settings, const RenderLayer &layer,
                                 const std::atomic<bool> *cancel)
{
    const PainterSetup setup(painter, settings);
    Painter p(painter, settings, cancel);
    p.drawLayer(layer, settings.crs);
    return p.labels();
}

MapLabels MapRenderer::drawFeatures(QPainter &painter, const MapSettings &settings,
                                    const QList<PlanFeature> &features, const std::atomic<bool> *cancel)
{
    const PainterSetup setup(painter, settings);
    Painter p(painter, settings, cancel);
    p.drawFeatures(features, settings.crs, settings.selectedFeatureIds);
    return p.labels();
}

void MapRenderer::drawLabels(QPainter &painter, const MapSettings &settings, const MapLabels &labels)
{
    const PainterSetup setup(painter, settings);
    Painter(painter, settings, nullptr).placeLabels(labels);
}

std::shared_ptr<RenderCache> RenderLayer::newRenderCache()
{
    return std::make_shared<RenderCache>();
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
        if (layer.visible && layer.stream && !layer.stream->extent().isEmpty()) {
            const VectorStream &stream = *layer.stream;
            Envelope e = stream.extent();
            if (!stream.crs().isEmpty() && !(stream.crs() == crs)) {
                const CoordinateTransform &t = cachedTransform(stream.crs(), crs);
                if (!t.isValid())
                    continue;
                e = t.apply(e);
            }
            (baseLayerStyle(stream.layerName(), layer.name).context ? context : main).include(e);
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
