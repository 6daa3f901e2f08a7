// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinate_transform.h"
#include "geo/proj_context.h"

#include <geodesic.h>
#include <proj.h>

#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace yc {

struct CoordinateTransform::Impl {
    detail::ProjContext ctx;   // declared first: destroyed after the PJ that uses it
    detail::PjPtr pj;
    bool identity = false;
    QString error;

    std::optional<QPointF> trans(QPointF xy, PJ_DIRECTION direction) const
    {
        if (identity)
            return xy;
        if (!pj || !std::isfinite(xy.x()) || !std::isfinite(xy.y()))
            return std::nullopt;
        proj_errno_reset(pj.get());
        const PJ_COORD out = proj_trans(pj.get(), direction, proj_coord(xy.x(), xy.y(), 0, 0));
        if (proj_errno(pj.get()) != 0 || !std::isfinite(out.xy.x) || !std::isfinite(out.xy.y)
            || out.xy.x == HUGE_VAL || out.xy.y == HUGE_VAL)
            return std::nullopt;
        return QPointF(out.xy.x, out.xy.y);
    }
};

CoordinateTransform::CoordinateTransform(const Crs &from, const Crs &to)
    : mImpl(std::make_unique<Impl>())
{
    if (from.isEmpty() || to.isEmpty()) {
        mImpl->error = QStringLiteral("No coordinate reference system given");
        return;
    }
    if (from == to) {
        mImpl->identity = from.isValid();
        if (!mImpl->identity)
            mImpl->error = QStringLiteral("Unknown coordinate reference system: %1").arg(from.definition());
        return;
    }
    PJ_CONTEXT *ctx = mImpl->ctx.get();
    const detail::PjPtr raw(proj_create_crs_to_crs(ctx, from.definition().toUtf8().constData(),
                                                   to.definition().toUtf8().constData(), nullptr));
    if (raw)
        mImpl->pj.reset(proj_normalize_for_visualization(ctx, raw.get()));
    if (!mImpl->pj) {
        const QString reason = mImpl->ctx.lastError();
        mImpl->error = QStringLiteral("Cannot transform from %1 to %2").arg(from.definition(), to.definition());
        if (!reason.isEmpty())
            mImpl->error += QStringLiteral(": ") + reason;
    }
}

CoordinateTransform::~CoordinateTransform() = default;
CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;

bool CoordinateTransform::isValid() const
{
    return mImpl && (mImpl->identity || mImpl->pj);
}

bool CoordinateTransform::isIdentity() const
{
    return mImpl && mImpl->identity;
}

QString CoordinateTransform::error() const
{
    return mImpl ? mImpl->error : QStringLiteral("Moved-from transform");
}

std::optional<QPointF> CoordinateTransform::apply(QPointF xy) const
{
    return mImpl ? mImpl->trans(xy, PJ_FWD) : std::nullopt;
}

std::optional<QPointF> CoordinateTransform::applyInverse(QPointF xy) const
{
    return mImpl ? mImpl->trans(xy, PJ_INV) : std::nullopt;
}

Envelope CoordinateTransform::apply(const Envelope &e) const
{
    if (e.isEmpty() || isIdentity())
        return e;
    Envelope out;
    const auto include = [&](double x, double y) {
        if (const std::optional<QPointF> q = apply(QPointF(x, y)))
            out.include(*q);
    };
    // 21 points per edge. A side of no length is one point, sampled once: the envelope of a point (a plan
    // marker's, and fullExtent() takes one of every plan feature on every render) costs 2 transforms, not 84.
    constexpr int kSteps = 20;
    const bool flatX = e.xMin == e.xMax, flatY = e.yMin == e.yMax;
    for (int i = 0; i <= (flatX ? 0 : kSteps); ++i) {
        const double x = e.xMin + double(i) / kSteps * (e.xMax - e.xMin);
        include(x, e.yMin);
        if (!flatY)
            include(x, e.yMax);
    }
    for (int i = 0; i <= (flatY ? 0 : kSteps); ++i) {
        const double y = e.yMin + double(i) / kSteps * (e.yMax - e.yMin);
        include(e.xMin, y);
        if (!flatX)
            include(e.xMax, y);
    }
    return out;
}

Geometry CoordinateTransform::apply(const Geometry &g) const
{
    if (isIdentity())
        return g;
    return g.transformed([this](QPointF p) { return apply(p); });
}

bool CoordinateTransform::applyInPlace(double *xy, std::size_t count) const
{
    if (!isValid())
        return false;
    if (mImpl->identity || count == 0)
        return true;
    PJ *pj = mImpl->pj.get();
    proj_errno_reset(pj);
    // PROJ walks both arrays with a byte stride; an unusable input or output becomes HUGE_VAL.
    constexpr std::size_t stride = 2 * sizeof(double);
    proj_trans_generic(pj, PJ_FWD, xy, stride, count, xy + 1, stride, count, nullptr, 0, 0, nullptr, 0, 0);
    proj_errno_reset(pj);
    for (std::size_t i = 0; i < 2 * count; i += 2) {
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1]) || xy[i] == HUGE_VAL || xy[i + 1] == HUGE_VAL) {
            xy[i] = std::numeric_limits<double>::quiet_NaN();
            xy[i + 1] = std::numeric_limits<double>::quiet_NaN();
        }
    }
    return true;
}

const CoordinateTransform &CoordinateTransform::forThread(const Crs &from, const Crs &to)
{
    thread_local std::map<std::pair<QString, QString>, std::unique_ptr<CoordinateTransform>> cache;
    std::unique_ptr<CoordinateTransform> &slot = cache[{from.definition(), to.definition()}];
    if (!slot)
        slot = std::make_unique<CoordinateTransform>(from, to);
    return *slot;
}

double geodesicDistance(QPointF lonLat1, QPointF lonLat2)
{
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    double s12 = 0;
    geod_inverse(&wgs84, lonLat1.y(), lonLat1.x(), lonLat2.y(), lonLat2.x(), &s12, nullptr, nullptr);
    return s12;
}

} // namespace yc
