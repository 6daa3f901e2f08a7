// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"

#include <QImage>
#include <QList>

#include <atomic>
#include <functional>

namespace yc {

/// A map view drawn as two transparent images, the base layers and the plan features, composed with the
/// labels of both into the picture MapRenderer::render gives. A later render of the same view takes the
/// image that did not change from the previous one: selecting, editing or filtering plan features redraws
/// only the plan, and toggling or restyling a base layer only the base layers.
///
/// (One image per base layer was tried: on the bundled project it made every pan and zoom two to three
/// times slower, the cost of filling and composing seven full-size images, mostly page faults.)
/// Values are cheap to copy (QImage is implicitly shared) and can be handed to a worker thread.
class LayerImages {
public:
    /// Draws `layers` and `features` for `settings` (device pixels, extent set), taking from `previous` the
    /// image of what is unchanged when it shows the same view. Stops early once `*cancel` turns true (then
    /// `cancelled()` says the result is partial and must not be shown). The composed image gets
    /// `devicePixelRatio` (a HiDPI screen's).
    static LayerImages render(const LayerImages &previous, const MapSettings &settings,
                              const QList<RenderLayer> &layers, const QList<PlanFeature> &features,
                              const std::atomic<bool> *cancel = nullptr, double devicePixelRatio = 1);

    /// The whole picture: background, base layers, plan, labels.
    const QImage &composed() const { return mComposed; }
    bool cancelled() const { return mCancelled; }
    /// Whether this render drew the base layers, and the plan features; what it did not draw it took from
    /// the previous render.
    bool drewLayers() const { return mDrewLayers; }
    bool drewFeatures() const { return mDrewFeatures; }

private:
    struct Picture {
        QImage image;       ///< transparent, device size
        MapLabels labels;   ///< the labels it asks for, placed with all the others
    };
    static Picture drawn(const MapSettings &settings, const std::function<MapLabels(QPainter &)> &draw);
    /// Whether `a` and `b` draw the same pixels.
    static bool sameDrawing(const QList<RenderLayer> &a, const QList<RenderLayer> &b);
    bool sameView(const MapSettings &settings) const;

    MapSettings mSettings;
    QList<RenderLayer> mLayers;
    QList<PlanFeature> mFeatures;
    Picture mBase;
    Picture mPlan;
    QImage mComposed;
    bool mCancelled = false;
    bool mDrewLayers = false;
    bool mDrewFeatures = false;
};

} // namespace yc
