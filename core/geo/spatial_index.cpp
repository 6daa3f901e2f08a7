// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/spatial_index.h"

#include <algorithm>
#include <numeric>

namespace yc {

namespace {

constexpr std::size_t kNodeSize = 16;

// Position of (x, y) on a Hilbert curve filling a 65536×65536 grid (Warren's branch-free form, as in
// Flatbush).
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y)
{
    std::uint32_t a = x ^ y;
    std::uint32_t b = 0xFFFF ^ a;
    std::uint32_t c = 0xFFFF ^ (x | y);
    std::uint32_t d = x & (y ^ 0xFFFF);
    std::uint32_t A = a | (b >> 1);
    std::uint32_t B = (a >> 1) ^ a;
    std::uint32_t C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    std::uint32_t D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

    a = A; b = B; c = C; d = D;
    A = ((a & (a >> 2)) ^ (b & (b >> 2)));
    B = ((a & (b >> 2)) ^ (b & ((a ^ b) >> 2)));
    C ^= ((a & (c >> 2)) ^ (b & (d >> 2)));
    D ^= ((b & (c >> 2)) ^ ((a ^ b) & (d >> 2)));

    a = A; b = B; c = C; d = D;
    A = ((a & (a >> 4)) ^ (b & (b >> 4)));
    B = ((a & (b >> 4)) ^ (b & ((a ^ b) >> 4)));
    C ^= ((a & (c >> 4)) ^ (b & (d >> 4)));
    D ^= ((b & (c >> 4)) ^ ((a ^ b) & (d >> 4)));

    a = A; b = B; c = C; d = D;
    C ^= ((a & (c >> 8)) ^ (b & (d >> 8)));
    D ^= ((b & (c >> 8)) ^ ((a ^ b) & (d >> 8)));

    a = C ^ (C >> 1);
    b = D ^ (D >> 1);

    std::uint32_t i0 = x ^ y;
    std::uint32_t i1 = b | (0xFFFF ^ (i0 | a));

    i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
    i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
    i0 = (i0 | (i0 << 2)) & 0x33333333;
    i0 = (i0 | (i0 << 1)) & 0x55555555;

    i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
    i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
    i1 = (i1 | (i1 << 2)) & 0x33333333;
    i1 = (i1 | (i1 << 1)) & 0x55555555;

    return (i1 << 1) | i0;
}

} // namespace

std::vector<std::uint32_t> hilbertOrder(const std::vector<Envelope> &boxes)
{
    const std::size_t n = boxes.size();
    Envelope all;
    for (const Envelope &b : boxes)
        all.include(b);
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (all.isEmpty())
        return order;
    const double w = all.width() > 0 ? all.width() : 1;
    const double h = all.height() > 0 ? all.height() : 1;
    // Key and position in one word, sorted as plain integers: comparing positions through a key array was
    // a cache miss a comparison (a million boxes: ~150 → ~100 ms CPU). Equal keys keep their order.
    std::vector<std::uint64_t> keyed(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Envelope &b = boxes[i];
        std::uint64_t key = 0xFFFFFFFFu;   // empty boxes sort last
        if (!b.isEmpty()) {
            const auto x = std::uint32_t(65535 * ((b.xMin + b.xMax) / 2 - all.xMin) / w);
            const auto y = std::uint32_t(65535 * ((b.yMin + b.yMax) / 2 - all.yMin) / h);
            key = hilbert(x, y);
        }
        keyed[i] = key << 32 | i;
    }
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t k = 0; k < n; ++k)
        order[k] = std::uint32_t(keyed[k]);
    return order;
}

SpatialIndex::SpatialIndex(const std::vector<Envelope> &boxes)
    : SpatialIndex(boxes, [order = hilbertOrder(boxes)](std::size_t k) { return order[k]; })
{
}

SpatialIndex SpatialIndex::ofHilbertOrdered(const std::vector<Envelope> &boxes)
{
    return SpatialIndex(boxes, [](std::size_t k) { return std::uint32_t(k); });
}

template <typename ItemAt>
SpatialIndex::SpatialIndex(const std::vector<Envelope> &boxes, ItemAt itemAt) : mItemCount(boxes.size())
{
    const std::size_t n = boxes.size();
    if (n == 0)
        return;
    // Level sizes: n leaves, then ceil(previous / 16) nodes per level up to a single root.
    std::size_t count = n;
    std::size_t total = n;
    mLevelEnds.push_back(n);
    do {
        count = (count + kNodeSize - 1) / kNodeSize;
        total += count;
        mLevelEnds.push_back(total);
    } while (count != 1);

    mBoxes.resize(total);
    mIndices.resize(total);
    for (std::size_t i = 0; i < n; ++i) {
        mIndices[i] = itemAt(i);
        mBoxes[i] = boxes[mIndices[i]];
    }
    std::size_t pos = 0;
    std::size_t next = n;
    for (std::size_t level = 0; level + 1 < mLevelEnds.size(); ++level) {
        const std::size_t end = mLevelEnds[level];
        while (pos < end) {
            Envelope node;
            const std::size_t first = pos;
            for (std::size_t j = 0; j < kNodeSize && pos < end; ++j, ++pos)
                node.include(mBoxes[pos]);
            mBoxes[next] = node;
            mIndices[next] = std::uint32_t(first);
            ++next;
        }
    }
}

void SpatialIndex::query(const Envelope &area, std::vector<std::uint32_t> &out) const
{
    if (mBoxes.empty() || area.isEmpty())
        return;
    std::vector<std::size_t> queue;
    std::size_t node = mBoxes.size() - 1;   // the root
    for (;;) {
        // The group of siblings starting at `node` ends at 16 or at the end of its level.
        const std::size_t levelEnd = *std::upper_bound(mLevelEnds.begin(), mLevelEnds.end(), node);
        const std::size_t end = std::min(node + kNodeSize, levelEnd);
        for (std::size_t pos = node; pos < end; ++pos) {
            if (!area.intersects(mBoxes[pos]))
                continue;
            if (node >= mItemCount)
                queue.push_back(mIndices[pos]);   // an inner node: visit its children
            else
                out.push_back(mIndices[pos]);     // an item
        }
        if (queue.empty())
            break;
        node = queue.back();
        queue.pop_back();
    }
}

} // namespace yc
