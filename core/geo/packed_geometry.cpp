// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/packed_geometry.h"

#include "geo/coordinate_transform.h"
#include "geo/grid_transform.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace yc {

void PackedGeometry::clear()
{
    xy.clear();
    ringStart.assign(1, 0);
    featureStart.assign(1, 0);
    dimension.clear();
    source.clear();
}

void PackedGeometry::dropLast()
{
    if (dimension.empty())
        return;
    featureStart.pop_back();
    ringStart.resize(featureStart.back() + 1);
    xy.resize(std::size_t(ringStart.back()) * 2);
    dimension.pop_back();
    source.pop_back();
}

PackedGeometry PackedGeometry::reordered(const std::vector<std::uint32_t> &order) const
{
    PackedGeometry out;
    out.xy.reserve(xy.size());
    out.ringStart.reserve(ringStart.size());
    out.featureStart.reserve(order.size() + 1);
    out.dimension.reserve(order.size());
    out.source.reserve(order.size());
    for (const std::uint32_t f : order) {
        const std::uint32_t firstRing = featureStart[f], endRing = featureStart[f + 1];
        for (std::uint32_t ring = firstRing; ring < endRing; ++ring)
            out.ringStart.push_back(out.ringStart.back() + ringStart[ring + 1] - ringStart[ring]);
        out.xy.insert(out.xy.end(), xy.begin() + std::ptrdiff_t(ringStart[firstRing]) * 2,
                      xy.begin() + std::ptrdiff_t(ringStart[endRing]) * 2);
        out.featureStart.push_back(out.featureStart.back() + endRing - firstRing);
        out.dimension.push_back(dimension[f]);
        out.source.push_back(source[f]);
    }
    return out;
}

void PackedGeometry::endFeature(int dim, int sourceIndex)
{
    featureStart.push_back(std::uint32_t(ringStart.size() - 1));
    dimension.push_back(std::int8_t(dim));
    source.push_back(sourceIndex);
}

void PackedGeometry::add(const Geometry &g, int sourceIndex)
{
    const int dim = g.isEmpty() ? -1 : g.dimension();
    if (dim >= 0) {
        for (const Geometry::Part &part : g.parts)
            for (const QPolygonF &ring : part) {
                if (ring.isEmpty())
                    continue;
                if (dim == 0) {   // one ring per point
                    for (const QPointF &p : ring) {
                        xy.push_back(p.x());
                        xy.push_back(p.y());
                        ringStart.push_back(std::uint32_t(xy.size() / 2));
                    }
                    continue;
                }
                for (const QPointF &p : ring) {
                    xy.push_back(p.x());
                    xy.push_back(p.y());
                }
                ringStart.push_back(std::uint32_t(xy.size() / 2));
            }
    }
    endFeature(dim, sourceIndex);
}

namespace {

/// Reads one WKB geometry into a PackedGeometry, all or nothing.
class WkbReader {
public:
    WkbReader(const unsigned char *data, std::size_t size, PackedGeometry &out)
        : mP(data), mEnd(data + size), mOut(out) {}

    /// The dimension read (0–2), or -1 with `result` saying why nothing was read.
    int read(PackedGeometry::WkbResult &result)
    {
        const std::size_t xyMark = mOut.xy.size();
        const std::size_t ringMark = mOut.ringStart.size();
        int dim = -1;
        mStatus = PackedGeometry::WkbResult::Added;
        if (!geometry(-1, dim) || dim < 0 || mOut.ringStart.size() == ringMark) {
            mOut.xy.resize(xyMark);
            mOut.ringStart.resize(ringMark);
            result = mStatus == PackedGeometry::WkbResult::Added ? PackedGeometry::WkbResult::Empty : mStatus;
            return -1;
        }
        result = PackedGeometry::WkbResult::Added;
        return dim;
    }

private:
    bool fail(PackedGeometry::WkbResult why)
    {
        mStatus = why;
        return false;
    }

    bool u32(bool little, std::uint32_t &v)
    {
        if (mEnd - mP < 4)
            return fail(PackedGeometry::WkbResult::Unsupported);
        v = little ? qFromLittleEndian<quint32>(mP) : qFromBigEndian<quint32>(mP);
        mP += 4;
        return true;
    }

    static double f64(bool little, const unsigned char *p)
    {
        const quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }

    /// Appends `count` vertices of `dims` doubles each (x, y kept); checks they are usable.
    bool vertices(bool little, std::uint32_t count, int dims, bool asPoints)
    {
        const std::size_t bytes = std::size_t(count) * dims * 8;
        if (std::size_t(mEnd - mP) < bytes)
            return fail(PackedGeometry::WkbResult::Unsupported);
        for (std::uint32_t i = 0; i < count; ++i, mP += dims * 8) {
            const double x = f64(little, mP);
            const double y = f64(little, mP + 8);
            if (asPoints && std::isnan(x) && std::isnan(y))
                continue;   // POINT EMPTY
            if (!(std::abs(x) <= kUsableCoordinateLimit && std::abs(y) <= kUsableCoordinateLimit))
                return fail(PackedGeometry::WkbResult::Unusable);
            mOut.xy.push_back(x);
            mOut.xy.push_back(y);
            if (asPoints)
                mOut.ringStart.push_back(std::uint32_t(mOut.xy.size() / 2));
        }
        return true;
    }

    bool ring(bool little, int dims)
    {
        std::uint32_t n = 0;
        if (!u32(little, n) || !vertices(little, n, dims, false))
            return false;
        if (n > 0)
            mOut.ringStart.push_back(std::uint32_t(mOut.xy.size() / 2));
        return true;
    }

    /// One geometry; `expected` is the simple type a multi geometry's member must have (-1: any).
    bool geometry(int expected, int &dim)
    {
        if (mP >= mEnd)
            return fail(PackedGeometry::WkbResult::Unsupported);
        const bool little = *mP++ == 1;
        std::uint32_t type = 0;
        if (!u32(little, type))
            return false;
        bool z = type & 0x80000000u, m = type & 0x40000000u;   // extended WKB flags
        if (type & 0x20000000u) {                              // extended WKB with an SRID
            std::uint32_t srid;
            if (!u32(little, srid))
                return false;
        }
        type &= 0x0fffffffu;
        if (type >= 1000 && type < 4000) {   // ISO WKB: 1000s Z, 2000s M, 3000s ZM
            z = z || type / 1000 == 1 || type / 1000 == 3;
            m = m || type / 1000 == 2 || type / 1000 == 3;
            type %= 1000;
        }
        const int dims = 2 + int(z) + int(m);
        if (type < 1 || type > 6 || (expected >= 0 && int(type) != expected))
            return fail(PackedGeometry::WkbResult::Unsupported);
        const int family = int(type - 1) % 3;   // 0 point, 1 line, 2 polygon
        dim = family;
        if (type == 1)
            return vertices(little, 1, dims, true);
        if (type == 2)
            return ring(little, dims);
        std::uint32_t n = 0;
        if (!u32(little, n))
            return false;
        for (std::uint32_t i = 0; i < n; ++i) {
            int partDim = -1;
            if (type == 3 ? !ring(little, dims) : !geometry(int(type) - 3, partDim))
                return false;
        }
        return true;
    }

    const unsigned char *mP;
    const unsigned char *mEnd;
    PackedGeometry &mOut;
    PackedGeometry::WkbResult mStatus = PackedGeometry::WkbResult::Added;
};

} // namespace

PackedGeometry::WkbResult PackedGeometry::addWkb(const unsigned char *wkb, std::size_t size, int sourceIndex)
{
    WkbResult result = WkbResult::Empty;
    const int dim = WkbReader(wkb, size, *this).read(result);
    if (result == WkbResult::Added)
        endFeature(dim, sourceIndex);
    return result;
}

Envelope PackedGeometry::featureEnvelope(int feature) const
{
    Envelope e;
    if (dimension[feature] < 0)
        return e;
    const std::uint32_t from = ringStart[featureStart[feature]];
    const std::uint32_t to = ringStart[featureStart[feature + 1]];
    for (std::uint32_t v = from; v < to; ++v)
        e.include(QPointF(xy[2 * v], xy[2 * v + 1]));
    return e;
}

bool PackedGeometry::transform(const CoordinateTransform &t)
{
    if (!t.applyInPlace(xy.data(), xy.size() / 2))
        return false;
    if (!t.isIdentity())
        dropUnprojected();
    return true;
}

void PackedGeometry::transform(const GridTransform &grid)
{
    grid.applyInPlace(xy.data(), xy.size() / 2);
    dropUnprojected();
}

// Features with a vertex the transform turned into NaN are not drawn at all.
void PackedGeometry::dropUnprojected()
{
    for (int f = 0; f < featureCount(); ++f) {
        const std::uint32_t from = ringStart[featureStart[f]];
        const std::uint32_t to = ringStart[featureStart[f + 1]];
        for (std::uint32_t v = from; v < to; ++v)
            if (std::isnan(xy[2 * v])) {
                dimension[f] = -1;
                break;
            }
    }
}

} // namespace yc
