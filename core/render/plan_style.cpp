// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/plan_style.h"

#include <QPolygonF>
#include <QtMath>

namespace yc {

namespace {

// A regular polygon (or a star when `inner` > 0) with its first vertex pointing up.
QPolygonF regular(QPointF c, double radius, int corners, double inner = 0, double rotation = 0)
{
    QPolygonF poly;
    const int steps = inner > 0 ? corners * 2 : corners;
    for (int i = 0; i < steps; ++i) {
        const double r = (inner > 0 && i % 2 == 1) ? inner : radius;
        const double a = -M_PI / 2 + rotation + 2 * M_PI * i / steps;
        poly << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    poly << poly.first();
    return poly;
}

} // namespace

MarkerShape markerShape(Category c)
{
    switch (c) {
    case Category::TourismRoad: return MarkerShape::Circle;
    case Category::ScenicSite: return MarkerShape::Star;
    case Category::TourismResort: return MarkerShape::Pentagon;
    case Category::SelfDriveCamp: return MarkerShape::Triangle;
    case Category::TourismService: return MarkerShape::Ring;
    case Category::CulturalEnterprise: return MarkerShape::Diamond;
    case Category::PumpedStorage: return MarkerShape::Hexagon;
    case Category::EnergyFacility: return MarkerShape::InvertedTriangle;
    case Category::Airport: return MarkerShape::Cross;
    case Category::MuseumHeritage: return MarkerShape::Octagon;
    case Category::Education: return MarkerShape::Square;
    case Category::InnovationPlatform: return MarkerShape::SixPointStar;
    case Category::IndustrialZone: return MarkerShape::Square;
    case Category::UrbanFacility: return MarkerShape::Circle;
    case Category::UrbanArea: return MarkerShape::Hexagon;
    case Category::RuralDevelopment: return MarkerShape::Triangle;
    case Category::HealthFacility: return MarkerShape::Cross;
    case Category::SportsFacility: return MarkerShape::Pentagon;
    case Category::EcologyProject: return MarkerShape::Diamond;
    case Category::WaterProject: return MarkerShape::InvertedTriangle;
    case Category::Event: return MarkerShape::Flag;
    }
    return MarkerShape::Circle;
}

QPainterPath markerPath(MarkerShape shape, QPointF c, double size)
{
    const double r = size / 2;
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(c, r, r);
        break;
    case MarkerShape::Ring:
        path.addEllipse(c, r, r);
        path.addEllipse(c, r * 0.45, r * 0.45);   // odd-even fill leaves the hole
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case MarkerShape::Triangle:
        path.addPolygon(regular(c + QPointF(0, r * 0.15), r * 1.1, 3));
        break;
    case MarkerShape::InvertedTriangle:
        path.addPolygon(regular(c - QPointF(0, r * 0.15), r * 1.1, 3, 0, M_PI));
        break;
    case MarkerShape::Diamond:
        path.addPolygon(regular(c, r * 1.1, 4));
        break;
    case MarkerShape::Star:
        path.addPolygon(regular(c, r * 1.2, 5, r * 0.5));
        break;
    case MarkerShape::SixPointStar:
        path.addPolygon(regular(c, r * 1.15, 6, r * 0.6));
        break;
    case MarkerShape::Pentagon:
        path.addPolygon(regular(c, r, 5));
        break;
    case MarkerShape::Hexagon:
        path.addPolygon(regular(c, r, 6));
        break;
    case MarkerShape::Octagon:
        path.addPolygon(regular(c, r, 8, 0, M_PI / 8));
        break;
    case MarkerShape::Cross: {
        const double t = r * 0.38;
        QPolygonF plus;
        plus << QPointF(-t, -r) << QPointF(t, -r) << QPointF(t, -t) << QPointF(r, -t) << QPointF(r, t)
             << QPointF(t, t) << QPointF(t, r) << QPointF(-t, r) << QPointF(-t, t) << QPointF(-r, t)
             << QPointF(-r, -t) << QPointF(-t, -t) << QPointF(-t, -r);
        path.addPolygon(plus.translated(c));
        break;
    }
    case MarkerShape::Flag: {
        QPolygonF flag;
        flag << QPointF(-r * 0.7, r) << QPointF(-r * 0.7, -r) << QPointF(r, -r * 0.55) << QPointF(-r * 0.35, -r * 0.1)
             << QPointF(-r * 0.35, r) << QPointF(-r * 0.7, r);
        path.addPolygon(flag.translated(c));
        break;
    }
    }
    path.closeSubpath();
    return path;
}

QColor statusColor(Status s)
{
    switch (s) {
    case Status::Proposed: return QColor(0x7b, 0x3f, 0xb5);           // purple
    case Status::PreliminaryWork: return QColor(0xf0, 0x8a, 0x00);    // orange
    case Status::UnderConstruction: return QColor(0xd7, 0x26, 0x1e);  // red
    case Status::Completed: return QColor(0x2e, 0x9e, 0x44);          // green
    case Status::OnHold: return QColor(0x8c, 0x8c, 0x8c);             // grey
    }
    return QColor(Qt::black);
}

namespace {

enum class BaseKind { Other, Neighbours, Outline, Seats, Counties, Lakes, Rivers };

BaseKind baseKind(const QString &name)
{
    const QString n = name.toLower();
    const auto has = [&n](const char *word) { return n.contains(QString::fromUtf8(word)); };
    // Order matters: "neighbour_counties" and "县城" also contain the words of other kinds.
    if (has("neighbour") || has("neighbor") || has("周边") || has("邻"))
        return BaseKind::Neighbours;
    if (has("outline") || has("市界") || has("边界"))
        return BaseKind::Outline;
    if (has("seat") || has("县城") || has("驻地"))
        return BaseKind::Seats;
    if (has("count") || has("县") || has("区县"))
        return BaseKind::Counties;
    if (has("lake") || has("reservoir") || has("湖") || has("水库"))
        return BaseKind::Lakes;
    if (has("river") || has("河") || has("水系"))
        return BaseKind::Rivers;
    return BaseKind::Other;
}

} // namespace

BaseLayerStyle baseLayerStyle(const QString &layerName, const QString &displayName)
{
    BaseKind kind = baseKind(layerName);
    if (kind == BaseKind::Other)
        kind = baseKind(displayName);
    BaseLayerStyle s;
    switch (kind) {
    case BaseKind::Neighbours:
        s.fill = QColor(0xf4, 0xf2, 0xee);
        s.stroke = QColor(0xc4, 0xc4, 0xc4);
        s.strokeWidth = 0.6;
        s.labels = true;
        s.labelColor = QColor(0xa0, 0xa0, 0xa0);
        s.labelPointSize = 8;
        s.context = true;
        break;
    case BaseKind::Outline:
        s.stroke = QColor(0x33, 0x33, 0x33);
        s.strokeWidth = 2.2;
        break;
    case BaseKind::Seats:
        s.fill = QColor(Qt::black);
        s.stroke = QColor(Qt::white);
        s.strokeWidth = 0.8;
        s.pointSize = 5;
        s.labels = true;
        s.labelColor = QColor(0x20, 0x20, 0x20);
        s.labelPointSize = 8.5;
        break;
    case BaseKind::Counties:
        s.fill = QColor(0xfb, 0xf3, 0xe4);
        s.stroke = QColor(0x9a, 0x9a, 0x9a);
        s.strokeWidth = 0.8;
        break;
    case BaseKind::Lakes:
        s.fill = QColor(0xa8, 0xd4, 0xf0);
        s.stroke = QColor(0x5b, 0x9b, 0xd5);
        s.strokeWidth = 0.6;
        break;
    case BaseKind::Rivers:
        s.stroke = QColor(0x4a, 0x90, 0xd0);
        s.strokeWidth = 1.4;
        break;
    case BaseKind::Other:
        break;
    }
    return s;
}

} // namespace yc
