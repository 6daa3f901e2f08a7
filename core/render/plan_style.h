// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QColor>
#include <QPainterPath>
#include <QString>

namespace yc {

/// Point symbols of the plan: one shape per category, so a category reads without colour.
enum class MarkerShape {
    Circle, Square, Triangle, InvertedTriangle, Diamond, Star, SixPointStar, Pentagon, Hexagon, Octagon,
    Cross, Ring, Flag,
};

MarkerShape markerShape(Category c);
/// The marker outline centred on `center`, `size` pixels across.
QPainterPath markerPath(MarkerShape shape, QPointF center, double size);

/// Colour of a plan feature by status: proposed purple, preliminary work orange, under construction red,
/// completed green, on hold grey.
QColor statusColor(Status s);

/// How a base layer is drawn, chosen by its name: the data's layer name ("counties", "neighbour_counties",
/// "city_outline", "lakes", "rivers", "county_seats") or else the name shown to the user (Chinese names such as
/// "周边县市" or "河流" work too); unknown names get a neutral style.
struct BaseLayerStyle {
    QColor fill = QColor(0, 0, 0, 0);
    QColor stroke = QColor(120, 120, 120);
    double strokeWidth = 0.8;       ///< in pixels at 96 dpi
    double pointSize = 0;           ///< dot diameter for point layers; 0 = default
    bool labels = false;            ///< label features with their name field
    QColor labelColor = QColor(40, 40, 40);
    double labelPointSize = 8.5;
    bool context = false;           ///< surroundings only: not part of the "full extent"
};
BaseLayerStyle baseLayerStyle(const QString &layerName, const QString &displayName = {});

} // namespace yc
