// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <optional>

class QPainter;

namespace yc {

class MapCanvas;

/// Snapping of the editing tools to the vertices and segments of what the canvas shows: the plan features
/// and the visible base layers. Vertices win over segments within the tolerance.
class Snapper {
public:
    enum class Kind { Vertex, Segment };
    struct Result {
        QPointF map;      ///< in the canvas CRS
        Kind kind = Kind::Vertex;
    };

    explicit Snapper(MapCanvas *canvas) : mCanvas(canvas) {}

    bool isEnabled() const { return mEnabled; }
    void setEnabled(bool on) { mEnabled = on; }
    double tolerance() const { return mTolerance; }
    void setTolerance(double pixels) { mTolerance = pixels; }

    /// The snapped position near `widgetPos`, ignoring the plan feature `ignoreFeatureId` (the one being
    /// edited); nullopt when snapping is off or nothing is within the tolerance.
    std::optional<Result> snap(QPointF widgetPos, const QString &ignoreFeatureId = {}) const;
    /// The snapped position, or the plain map position under the cursor.
    QPointF snappedMap(QPointF widgetPos, const QString &ignoreFeatureId = {},
                       std::optional<Result> *result = nullptr) const;
    /// The marker shown where a click would snap: a square on a vertex, a cross on a segment.
    static void paintMarker(QPainter &painter, QPointF widgetPos, Kind kind);

private:
    MapCanvas *mCanvas;
    bool mEnabled = true;
    double mTolerance = 10;
};

} // namespace yc
