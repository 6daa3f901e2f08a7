// SPDX-License-Identifier: GPL-3.0-or-later
// The GCJ-02 offset as published in many open implementations (e.g. eviltransform, coordtransform):
// a fixed polynomial/sine warp of lon/lat, scaled on the Krasovsky 1940 ellipsoid.
#include "geo/gcj02.h"

#include <cmath>
#include <numbers>

namespace yc::gcj02 {

namespace {

constexpr double kA = 6378245.0;                 // Krasovsky 1940 semi-major axis
constexpr double kEe = 0.00669342162296594323;   // its first eccentricity squared
constexpr double kPi = std::numbers::pi;

double warpLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double warpLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

/// The forward offset without the China test (the inverse iterates it near the border too).
QPointF offset(QPointF lonLat)
{
    const double lon = lonLat.x();
    const double lat = lonLat.y();
    const double radLat = lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat = warpLat(lon - 105.0, lat - 35.0) * 180.0 / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    const double dLon = warpLon(lon - 105.0, lat - 35.0) * 180.0 / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {dLon, dLat};
}

} // namespace

bool isInsideChina(QPointF lonLat)
{
    return lonLat.x() >= 72.004 && lonLat.x() <= 137.8347 && lonLat.y() >= 0.8293 && lonLat.y() <= 55.8271;
}

QPointF fromWgs84(QPointF lonLat)
{
    if (!isInsideChina(lonLat))
        return lonLat;
    return lonLat + offset(lonLat);
}

QPointF toWgs84(QPointF lonLatGcj)
{
    if (!isInsideChina(lonLatGcj))
        return lonLatGcj;
    // Fixed-point iteration: the offset's slope is a few 1e-3, so each step gains two to three digits
    // and a handful of steps reach double precision.
    QPointF wgs = lonLatGcj - offset(lonLatGcj);
    for (int i = 0; i < 30; ++i) {
        const QPointF error = wgs + offset(wgs) - lonLatGcj;
        wgs -= error;
        if (std::fabs(error.x()) < 1e-12 && std::fabs(error.y()) < 1e-12)
            break;
    }
    return wgs;
}

Geometry toWgs84(const Geometry &g)
{
    return g.transformed([](QPointF p) -> std::optional<QPointF> { return toWgs84(p); });
}

Geometry fromWgs84(const Geometry &g)
{
    return g.transformed([](QPointF p) -> std::optional<QPointF> { return fromWgs84(p); });
}

} // namespace yc::gcj02
