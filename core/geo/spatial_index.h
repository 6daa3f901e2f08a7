// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/envelope.h"

#include <cstdint>
#include <vector>

namespace yc {

/// The positions in `boxes` ordered along a Hilbert curve through the boxes' centres (over their joint
/// extent), empty boxes last: items near each other in this order are near each other on the map.
std::vector<std::uint32_t> hilbertOrder(const std::vector<Envelope> &boxes);

/// A static packed Hilbert R-tree over boxes (the Flatbush layout): items sorted along a Hilbert curve of
/// their centres, 16 to a node, all nodes in one array. Built once in O(n log n), queried without
/// allocation per node. Immutable after construction, so any number of threads may query it.
class SpatialIndex {
public:
    SpatialIndex() = default;
    /// Indexes `boxes`; an empty box is never found.
    explicit SpatialIndex(const std::vector<Envelope> &boxes);
    /// Indexes `boxes` that are already in their hilbertOrder (as the render cache packs features), without
    /// sorting them again; item i is boxes[i].
    static SpatialIndex ofHilbertOrdered(const std::vector<Envelope> &boxes);

    std::size_t size() const { return mItemCount; }
    /// Calls out.push_back(i) for every item i whose box meets `area`, in no particular order.
    void query(const Envelope &area, std::vector<std::uint32_t> &out) const;
    /// The union of all boxes.
    Envelope extent() const { return mBoxes.empty() ? Envelope() : mBoxes.back(); }

private:
    /// Items in the order `itemAt(k)` gives (a position in `boxes`).
    template <typename ItemAt>
    SpatialIndex(const std::vector<Envelope> &boxes, ItemAt itemAt);

    std::size_t mItemCount = 0;
    std::vector<Envelope> mBoxes;          ///< leaves (sorted items) first, then each level up to the root
    std::vector<std::uint32_t> mIndices;   ///< leaves: item index; nodes: position of their first child
    std::vector<std::size_t> mLevelEnds;   ///< end position of each level in mBoxes
};

} // namespace yc
