// SPDX-License-Identifier: GPL-3.0-or-later
// The OGR/GEOS half of Geometry: WKT/WKB, validity, predicates, area and the OGR bridge.
#include "geo/geometry.h"
#include "geo/ogr_geometry.h"
#include "io/gdal_support.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <QByteArray>

namespace yc {

namespace detail {

void OgrGeometryDeleter::operator()(OGRGeometry *g) const
{
    OGRGeometryFactory::destroyGeometry(g);
}

namespace {

QPolygonF ringOf(const OGRSimpleCurve &curve, bool close)
{
    QPolygonF ring;
    const int n = curve.getNumPoints();
    ring.reserve(n + 1);
    for (int i = 0; i < n; ++i)
        ring.append(QPointF(curve.getX(i), curve.getY(i)));
    if (close && !ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return ring;
}

Geometry::Part polygonPart(const OGRPolygon &polygon)
{
    Geometry::Part part;
    if (polygon.IsEmpty())
        return part;
    part.append(ringOf(*polygon.getExteriorRing(), true));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        part.append(ringOf(*polygon.getInteriorRing(i), true));
    return part;
}

/// Parts gathered per dimension while walking a (possibly nested) OGR geometry.
struct Gathered {
    QList<Geometry::Part> byDimension[3];
    bool multi = false;   // the source was a multi type or a collection

    void add(const OGRGeometry &g)
    {
        switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint:
            if (!g.IsEmpty()) {
                const auto &p = *g.toPoint();
                byDimension[0].append({QPolygonF{QPointF(p.getX(), p.getY())}});
            }
            break;
        case wkbLineString:
        case wkbLinearRing:
            if (!g.IsEmpty())
                byDimension[1].append({ringOf(*g.toSimpleCurve(), false)});
            break;
        case wkbPolygon:
        case wkbTriangle:
            if (!g.IsEmpty())
                byDimension[2].append(polygonPart(*g.toPolygon()));
            break;
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            multi = true;
            for (const OGRGeometry *member : *g.toGeometryCollection())
                add(*member);
            break;
        default:
            break;   // curves, surfaces and TINs are linearised before gathering
        }
    }
};

} // namespace

OgrGeometryPtr toOgrGeometry(const Geometry &g)
{
    auto lineOf = [](const QPolygonF &ring, OGRSimpleCurve *curve) {
        curve->setNumPoints(int(ring.size()), FALSE);
        for (int i = 0; i < ring.size(); ++i)
            curve->setPoint(i, ring[i].x(), ring[i].y());
    };
    auto polygonOf = [&](const Geometry::Part &part) {
        auto *polygon = new OGRPolygon;
        for (const QPolygonF &ring : part) {
            auto *r = new OGRLinearRing;
            lineOf(ring, r);
            r->closeRings();
            polygon->addRingDirectly(r);
        }
        return polygon;
    };
    auto pointOf = [](const Geometry::Part &part) {
        const QPointF p = part.value(0).value(0);
        return new OGRPoint(p.x(), p.y());
    };
    auto lineStringOf = [&](const Geometry::Part &part) {
        auto *line = new OGRLineString;
        lineOf(part.value(0), line);
        return line;
    };

    if (g.isEmpty())
        return OgrGeometryPtr(new OGRGeometryCollection);
    switch (g.type) {
    case GeometryType::Point:
        return OgrGeometryPtr(pointOf(g.parts.first()));
    case GeometryType::LineString:
        return OgrGeometryPtr(lineStringOf(g.parts.first()));
    case GeometryType::Polygon:
        return OgrGeometryPtr(polygonOf(g.parts.first()));
    case GeometryType::MultiPoint: {
        auto *multi = new OGRMultiPoint;
        for (const Geometry::Part &part : g.parts)
            multi->addGeometryDirectly(pointOf(part));
        return OgrGeometryPtr(multi);
    }
    case GeometryType::MultiLineString: {
        auto *multi = new OGRMultiLineString;
        for (const Geometry::Part &part : g.parts)
            multi->addGeometryDirectly(lineStringOf(part));
        return OgrGeometryPtr(multi);
    }
    case GeometryType::MultiPolygon: {
        auto *multi = new OGRMultiPolygon;
        for (const Geometry::Part &part : g.parts)
            multi->addGeometryDirectly(polygonOf(part));
        return OgrGeometryPtr(multi);
    }
    case GeometryType::Empty:
        break;
    }
    return OgrGeometryPtr(new OGRGeometryCollection);
}

Geometry fromOgrGeometry(const OGRGeometry *g)
{
    if (!g || g->IsEmpty())
        return {};
    OgrGeometryPtr linear;
    const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
    if (flat == wkbPolyhedralSurface || flat == wkbTIN) {
        linear.reset(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
        g = linear.get();
    } else if (g->hasCurveGeometry(TRUE)) {
        linear.reset(g->getLinearGeometry());
        g = linear.get();
    }
    if (!g)
        return {};

    Gathered gathered;
    gathered.add(*g);
    static constexpr GeometryType single[3] = {GeometryType::Point, GeometryType::LineString, GeometryType::Polygon};
    static constexpr GeometryType multiple[3] = {GeometryType::MultiPoint, GeometryType::MultiLineString,
                                                 GeometryType::MultiPolygon};
    for (int dim = 2; dim >= 0; --dim) {
        QList<Geometry::Part> &parts = gathered.byDimension[dim];
        if (parts.isEmpty())
            continue;
        const bool isMulti = gathered.multi || parts.size() > 1;
        return Geometry{isMulti ? multiple[dim] : single[dim], parts};
    }
    return {};
}

} // namespace detail

using detail::fromOgrGeometry;
using detail::toOgrGeometry;

QString Geometry::toWkt() const
{
    detail::GdalErrorCapture capture;
    OGRWktOptions options;
    options.variant = wkbVariantIso;
    return QString::fromStdString(toOgrGeometry(*this)->exportToWkt(options));
}

std::optional<Geometry> Geometry::fromWkt(const QString &wkt, QString *error)
{
    detail::GdalErrorCapture capture;
    const QByteArray text = wkt.trimmed().toUtf8();
    OGRGeometry *raw = nullptr;
    const OGRErr err = OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &raw);
    detail::OgrGeometryPtr g(raw);
    if (err != OGRERR_NONE || !g) {
        if (error)
            *error = detail::withGdalReason(QStringLiteral("Invalid WKT"), capture);
        return std::nullopt;
    }
    return fromOgrGeometry(g.get());
}

QByteArray Geometry::toWkb() const
{
    detail::GdalErrorCapture capture;
    const detail::OgrGeometryPtr g = toOgrGeometry(*this);
    QByteArray wkb(qsizetype(g->WkbSize()), Qt::Uninitialized);
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

std::optional<Geometry> Geometry::fromWkb(const QByteArray &wkb, QString *error)
{
    detail::GdalErrorCapture capture;
    OGRGeometry *raw = nullptr;
    const OGRErr err = OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, size_t(wkb.size()));
    detail::OgrGeometryPtr g(raw);
    if (err != OGRERR_NONE || !g) {
        if (error)
            *error = detail::withGdalReason(QStringLiteral("Invalid WKB"), capture);
        return std::nullopt;
    }
    return fromOgrGeometry(g.get());
}

bool Geometry::isValid(QString *reason) const
{
    if (isEmpty())
        return true;
    detail::GdalErrorCapture capture;   // GEOS reports the reason as a CPL warning
    const bool valid = toOgrGeometry(*this)->IsValid();
    if (!valid && reason) {
        const QString message = capture.message();
        *reason = message.isEmpty() ? QStringLiteral("Invalid geometry") : message;
    }
    return valid;
}

std::optional<Geometry> Geometry::makeValid() const
{
    if (isEmpty())
        return *this;
    detail::GdalErrorCapture capture;
    const detail::OgrGeometryPtr g = toOgrGeometry(*this);
    if (g->IsValid())
        return *this;
    const detail::OgrGeometryPtr valid(g->MakeValid());
    if (!valid)
        return std::nullopt;
    Geometry out = fromOgrGeometry(valid.get());
    // A polygon that collapses to lines or points is not a repair of the polygon.
    if (out.isEmpty() || out.dimension() != dimension())
        return std::nullopt;
    return out;
}

bool Geometry::contains(const Geometry &other) const
{
    if (isEmpty() || other.isEmpty())
        return false;
    detail::GdalErrorCapture capture;
    return toOgrGeometry(*this)->Contains(toOgrGeometry(other).get());
}

bool Geometry::intersects(const Geometry &other) const
{
    if (isEmpty() || other.isEmpty())
        return false;
    detail::GdalErrorCapture capture;
    return toOgrGeometry(*this)->Intersects(toOgrGeometry(other).get());
}

double Geometry::distance(const Geometry &other) const
{
    detail::GdalErrorCapture capture;
    return toOgrGeometry(*this)->Distance(toOgrGeometry(other).get());
}

double Geometry::area() const
{
    if (dimension() != 2)
        return 0;
    detail::GdalErrorCapture capture;
    const detail::OgrGeometryPtr g = toOgrGeometry(*this);
    if (type == GeometryType::Polygon)
        return g->toPolygon()->get_Area();
    return g->toMultiPolygon()->get_Area();
}

QPointF Geometry::labelPoint() const
{
    switch (dimension()) {
    case 0:
        return parts.first().first().first();
    case 1: {
        const QPolygonF &line = parts.first().first();
        return line.at(line.size() / 2);
    }
    case 2: {
        detail::GdalErrorCapture capture;
        const detail::OgrGeometryPtr g = toOgrGeometry(*this);
        const detail::OgrGeometryPtr onSurface(OGRGeometry::FromHandle(
            OGR_G_PointOnSurface(OGRGeometry::ToHandle(g.get()))));
        if (onSurface && !onSurface->IsEmpty() && wkbFlatten(onSurface->getGeometryType()) == wkbPoint)
            return QPointF(onSurface->toPoint()->getX(), onSurface->toPoint()->getY());
        return envelope().center();   // GEOS failed (e.g. a degenerate polygon)
    }
    default:
        return {};
    }
}

} // namespace yc
