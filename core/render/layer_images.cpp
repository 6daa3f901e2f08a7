// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/layer_images.h"

#include <QFuture>
#include <QPainter>
#include <QtConcurrent>

namespace yc {

namespace {

bool cancelledNow(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

bool LayerImages::sameDrawing(const QList<RenderLayer> &a, const QList<RenderLayer> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const RenderLayer &x = a.at(i);
        const RenderLayer &y = b.at(i);
        if (x.data != y.data || x.raster != y.raster || x.stream != y.stream || x.name != y.name
            || x.visible != y.visible || x.opacity != y.opacity || !(x.style == y.style))
            return false;
    }
    return true;
}

bool LayerImages::sameView(const MapSettings &s) const
{
    const MapSettings &o = mSettings;
    return !mComposed.isNull() && s.crs.definition() == o.crs.definition() && s.outputSize == o.outputSize
           && s.dpi == o.dpi && s.snapToPixels == o.snapToPixels && s.extent.xMin == o.extent.xMin
           && s.extent.yMin == o.extent.yMin && s.extent.xMax == o.extent.xMax && s.extent.yMax == o.extent.yMax;
}

LayerImages::Picture LayerImages::drawn(const MapSettings &settings, const std::function<MapLabels(QPainter &)> &draw)
{
    Picture out;
    out.image = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    out.image.fill(Qt::transparent);
    QPainter painter(&out.image);
    out.labels = draw(painter);
    return out;
}

LayerImages LayerImages::render(const LayerImages &previous, const MapSettings &settings,
                                const QList<RenderLayer> &layers, const QList<PlanFeature> &features,
                                const std::atomic<bool> *cancel, double devicePixelRatio)
{
    LayerImages out;
    out.mSettings = settings;
    out.mLayers = layers;
    out.mFeatures = features;
    const bool sameView = previous.sameView(settings);
    const bool samePlan = sameView && previous.mFeatures == features
                          && previous.mSettings.selectedFeatureIds == settings.selectedFeatureIds;
    // The plan is drawn on a worker while the base layers are drawn here: the images are independent, and
    // a pan or zoom redraws both.
    QFuture<Picture> plan;
    if (samePlan)
        out.mPlan = previous.mPlan;
    else if (!cancelledNow(cancel))
        plan = QtConcurrent::run([settings, features, cancel] {
            return drawn(settings, [&](QPainter &painter) {
                return MapRenderer::drawFeatures(painter, settings, features, cancel);
            });
        });
    if (sameView && sameDrawing(previous.mLayers, layers)) {
        out.mBase = previous.mBase;
    } else {
        out.mBase = drawn(settings, [&](QPainter &painter) {
            MapLabels labels;
            for (const RenderLayer &layer : layers)
                if (!cancelledNow(cancel))
                    labels.append(MapRenderer::drawLayer(painter, settings, layer, cancel));
            return labels;
        });
        out.mDrewLayers = true;
    }
    if (plan.isValid()) {
        out.mPlan = plan.result();
        out.mDrewFeatures = true;
    }
    if (cancelledNow(cancel)) {
        out.mCancelled = true;
        return out;
    }

    // Compose, then place the labels of both over them.
    out.mComposed = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&out.mComposed);
        MapRenderer::drawBackground(painter, settings);
        painter.drawImage(QPoint(0, 0), out.mBase.image);
        painter.drawImage(QPoint(0, 0), out.mPlan.image);
        MapLabels labels = out.mBase.labels;
        labels.append(out.mPlan.labels);
        MapRenderer::drawLabels(painter, settings, labels);
    }
    // Only now: a painter on an image with a ratio other than 1 would draw in logical pixels.
    out.mComposed.setDevicePixelRatio(devicePixelRatio);
    return out;
}

} // namespace yc
