// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geodesic.h"

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace yc {

struct Geodesic::Impl {
    geod_geodesic g{};
};

Geodesic::Geodesic() : Geodesic(6378137.0, 1 / 298.257222101) {}

Geodesic::Geodesic(double semiMajorAxis, double flattening) : mImpl(std::make_unique<Impl>())
{
    geod_init(&mImpl->g, semiMajorAxis, flattening);
}

Geodesic::~Geodesic() = default;

double Geodesic::distance(QPointF a, QPointF b) const
{
    double s12 = 0;
    geod_inverse(&mImpl->g, a.y(), a.x(), b.y(), b.x(), &s12, nullptr, nullptr);
    return s12;
}

double Geodesic::length(const QPolygonF &line) const
{
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += distance(line.at(i - 1), line.at(i));
    return total;
}

namespace {

// geod_polygonarea wants separate latitude and longitude arrays; a repeated closing point is dropped.
void ringArea(const geod_geodesic &g, const QPolygonF &ring, double *area, double *perimeter)
{
    qsizetype n = ring.size();
    if (n > 1 && ring.first() == ring.last())
        --n;
    *area = 0;
    *perimeter = 0;
    if (n < 2)
        return;
    std::vector<double> lats(size_t(n), 0.0);
    std::vector<double> lons(size_t(n), 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        lats[size_t(i)] = ring.at(i).y();
        lons[size_t(i)] = ring.at(i).x();
    }
    geod_polygonarea(&g, lats.data(), lons.data(), int(n), area, perimeter);
}

} // namespace

double Geodesic::area(const QPolygonF &ring) const
{
    double a = 0;
    double p = 0;
    ringArea(mImpl->g, ring, &a, &p);
    return std::abs(a);
}

double Geodesic::perimeter(const QPolygonF &ring) const
{
    double a = 0;
    double p = 0;
    ringArea(mImpl->g, ring, &a, &p);
    return p;
}

} // namespace yc
