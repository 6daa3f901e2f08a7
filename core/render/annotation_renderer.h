// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/annotation.h"
#include "render/map_renderer.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <utility>

class QPainter;

namespace yc {

class CoordinateTransform;

/// Draws annotations onto any QPainter: the map canvas (over its map image), the layout preview and the PDF.
/// Text is drawn as text (real, extractable text in a PDF). Sizes are points, turned into device pixels by
/// `dpi`. Reentrant; holds no references.
class AnnotationRenderer {
public:
    /// `fontFamily` empty: the application's default family.
    explicit AnnotationRenderer(double dpi, QString fontFamily = {});

    /// One annotation whose two points are already in device pixels.
    void draw(QPainter &painter, const Annotation &annotation, QPointF a, QPointF b) const;
    /// What one annotation covers in device pixels (lines widened a little), for picking and selection marks.
    QRectF bounds(const Annotation &annotation, QPointF a, QPointF b) const;

    /// The map annotations among `annotations` on a map drawn with `settings` (device pixels of that map).
    void drawOnMap(QPainter &painter, const MapSettings &settings, const QList<Annotation> &annotations) const;
    /// The page annotations among `annotations` on a sheet whose device origin is its top-left corner.
    void drawOnPage(QPainter &painter, const QList<Annotation> &annotations) const;

    double pixelsPerPoint() const { return mDpi / 72.0; }
    double pixelsPerMm() const { return mDpi / 25.4; }

private:
    QRectF textBox(const Annotation &annotation, QPointF a, QPointF b) const;
    double mDpi;
    QString mFamily;
};

/// Device positions of a map annotation's points: EPSG:4490 → `toMapCrs` → `m2p`; nullopt where PROJ fails.
std::optional<std::pair<QPointF, QPointF>> mapAnnotationPixels(const Annotation &annotation,
                                                               const CoordinateTransform &toMapCrs,
                                                               const MapToPixel &m2p);

} // namespace yc
