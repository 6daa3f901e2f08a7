// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/occlusion_culling.h"

#include "render/stroke_coverage.h"

#include <QPen>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace yc {

namespace {

/// The device pixels of some line features, last to first, as the walk over the coverage mask takes them.
struct PixelBatch {
    struct Ring {
        std::uint32_t ring;           ///< in the layer's geometry
        std::uint32_t first, count;   ///< in pixels
        bool whole;                   ///< whole[first, first + count) holds its pixels as whole pixels
    };
    struct Feature {
        std::size_t k;                ///< index into the features asked for
        std::uint32_t ringsEnd;       ///< its rings end here in `rings` (they start where the previous one's end)
    };
    std::vector<QPointF> pixels;
    std::vector<QPoint> whole;
    std::vector<Ring> rings;
    std::vector<Feature> features;

    void clear()
    {
        pixels.clear();
        whole.clear();
        rings.clear();
        features.clear();
    }
    /// Appends features ids[k] for k from `from` down to `to` (exclusive) that are lines, with their rings'
    /// pixels as drawPacked would draw them (empty rings left out).
    void fill(const PackedGeometry &g, const std::uint32_t *ids, std::size_t from, std::size_t to,
              const PixelMapping &toPixel, QPolygonF &scratch)
    {
        for (std::size_t k = from; k-- > to;) {
            const std::uint32_t f = ids[k];
            if (g.dimension[f] != 1)
                continue;
            for (std::uint32_t ring = g.featureStart[f]; ring < g.featureStart[f + 1]; ++ring) {
                screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, scratch);
                if (scratch.isEmpty())
                    continue;
                const auto first = std::uint32_t(pixels.size()), count = std::uint32_t(scratch.size());
                pixels.insert(pixels.end(), scratch.cbegin(), scratch.cend());
                whole.resize(pixels.size());
                rings.push_back({ring, first, count,
                                 SegmentFootprints::toWholePixels(scratch.constData(), count, whole.data() + first)});
            }
            features.push_back({k, std::uint32_t(rings.size())});
        }
    }
};

/// Batches handed in order from the thread that fills them to the one that walks them, a few in flight; the
/// walked ones go back to be filled again, their buffers kept.
class BatchQueue {
public:
    /// For the filler: an empty batch, once fewer than kInFlight are filled or being walked; nullptr once stopped.
    std::unique_ptr<PixelBatch> toFill()
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [&] { return mStopped || mInFlight < kInFlight; });
        if (mStopped)
            return nullptr;
        ++mInFlight;
        if (mFree.empty())
            return std::make_unique<PixelBatch>();
        std::unique_ptr<PixelBatch> batch = std::move(mFree.back());
        mFree.pop_back();
        return batch;
    }
    void filled(std::unique_ptr<PixelBatch> batch)
    {
        const std::lock_guard lock(mMutex);
        mFilled.push_back(std::move(batch));
        mChanged.notify_all();
    }
    /// For the filler: no more batches, or the error that stopped it.
    void finish(std::exception_ptr error = nullptr)
    {
        const std::lock_guard lock(mMutex);
        mFinished = true;
        mError = error;
        mChanged.notify_all();
    }

    /// For the walker: the next batch; nullptr after the last. Throws what stopped the filler.
    std::unique_ptr<PixelBatch> next()
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [&] { return !mFilled.empty() || mFinished; });
        if (mFilled.empty()) {
            if (mError)
                std::rethrow_exception(mError);
            return nullptr;
        }
        std::unique_ptr<PixelBatch> batch = std::move(mFilled.front());
        mFilled.pop_front();
        return batch;
    }
    void walked(std::unique_ptr<PixelBatch> batch)
    {
        batch->clear();
        const std::lock_guard lock(mMutex);
        mFree.push_back(std::move(batch));
        --mInFlight;
        mChanged.notify_all();
    }
    /// The filler's toFill() returns nullptr from now on.
    void stop()
    {
        const std::lock_guard lock(mMutex);
        mStopped = true;
        mChanged.notify_all();
    }

private:
    static constexpr int kInFlight = 4;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<std::unique_ptr<PixelBatch>> mFilled;
    std::vector<std::unique_ptr<PixelBatch>> mFree;
    int mInFlight = 0;
    bool mFinished = false, mStopped = false;
    std::exception_ptr mError;
};

/// Vertices [first, last] of a ring's device pixels (as screenPixels gives them) that are kept as one ring.
struct KeptRun {
    std::uint32_t ring, first, last;
};

/// Walks features last to first over a coverage mask and notes what stays visible.
class HiddenLineWalk {
public:
    HiddenLineWalk(double penWidth, QSize size) : mFootprints(penWidth, size), mMask(size) {}

    /// Takes the features of `batch` (the next ones, last to first).
    void walk(const PixelBatch &batch)
    {
        std::uint32_t ringsFrom = 0;
        for (std::size_t i = 0; i < batch.features.size(); ++i) {
            const PixelBatch::Feature &feature = batch.features[i];
            if (i + 1 < batch.features.size())
                prefetch(batch, feature.ringsEnd, batch.features[i + 1].ringsEnd);
            walkFeature(batch, feature.k, ringsFrom, feature.ringsEnd);
            ringsFrom = feature.ringsEnd;
        }
    }

    const CullingStats &stats() const { return mStats; }
    /// The runs kept, features last to first, each feature's runs in order.
    const std::vector<KeptRun> &runs() const { return mRuns; }
    /// The features kept, last to first: index into the features asked for, end of its runs in runs().
    const std::vector<std::pair<std::size_t, std::uint32_t>> &keptFeatures() const { return mKeptFeatures; }
    std::size_t keptVertices() const { return mKeptVertices; }

private:
    /// The mask around the next feature's vertices, asked for while this one is walked.
    void prefetch(const PixelBatch &batch, std::uint32_t ringsFrom, std::uint32_t ringsTo) const
    {
        for (std::uint32_t r = ringsFrom; r < ringsTo; ++r) {
            const PixelBatch::Ring &ring = batch.rings[r];
            if (ring.whole)
                for (std::uint32_t v = ring.first; v < ring.first + ring.count; ++v)
                    mMask.prefetch(batch.whole[v]);
        }
    }

    void walkFeature(const PixelBatch &batch, std::size_t k, std::uint32_t ringsFrom, std::uint32_t ringsTo)
    {
        ++mStats.features;
        const std::size_t runsBefore = mRuns.size();
        mRunRings.clear();
        for (std::uint32_t r = ringsFrom; r < ringsTo; ++r) {
            const PixelBatch::Ring &ring = batch.rings[r];
            mFootprints.setRing(batch.pixels.data() + ring.first, ring.whole ? batch.whole.data() + ring.first : nullptr);
            if (ring.count == 1) {   // drawn as a dot at most
                ++mStats.segments;
                if (!mMask.covers(mFootprints.reached(0, 0))) {
                    ++mStats.keptSegments;
                    mRuns.push_back({ring.ring, 0, 0});
                    mRunRings.push_back(r);
                }
                continue;
            }
            const std::uint32_t n = ring.count - 1;
            mStats.segments += n;
            mKeep.resize(n);
            for (std::uint32_t i = 0; i < n; ++i)
                mKeep[i] = !mMask.covers(mFootprints.reached(i, i + 1));
            // Runs of kept segments become rings.
            for (std::uint32_t i = 0; i < n;) {
                if (!mKeep[i]) {
                    ++i;
                    continue;
                }
                std::uint32_t end = i;
                while (end < n && mKeep[end])
                    ++end;
                mStats.keptSegments += end - i;
                mRuns.push_back({ring.ring, i, end});
                mRunRings.push_back(r);
                i = end;
            }
        }
        if (mRuns.size() == runsBefore)
            return;
        ++mStats.keptFeatures;
        mKeptFeatures.push_back({k, std::uint32_t(mRuns.size())});
        // Mark what this feature covers only now: its own segments do not hide each other (one path).
        for (std::size_t r = runsBefore; r < mRuns.size(); ++r) {
            const KeptRun &run = mRuns[r];
            const PixelBatch::Ring &ring = batch.rings[mRunRings[r - runsBefore]];
            mFootprints.setRing(batch.pixels.data() + ring.first, ring.whole ? batch.whole.data() + ring.first : nullptr);
            mKeptVertices += run.last - run.first + 1;
            for (std::uint32_t v = run.first; v < run.last; ++v)
                mMask.mark(mFootprints.inside(v, v + 1));
        }
    }

    SegmentFootprints mFootprints;
    CoverageMask mMask;
    CullingStats mStats;
    std::vector<KeptRun> mRuns;
    std::vector<std::pair<std::size_t, std::uint32_t>> mKeptFeatures;
    std::size_t mKeptVertices = 0;
    std::vector<char> mKeep;
    std::vector<std::uint32_t> mRunRings;   // the batch ring of each run of the feature being walked
};

} // namespace

bool hidesWhatIsUnder(const QPen &pen, double opacity)
{
    return opacity >= 1.0 && pen.style() == Qt::SolidLine && pen.capStyle() == Qt::RoundCap
           && pen.joinStyle() == Qt::RoundJoin && pen.brush().style() == Qt::SolidPattern && pen.color().alpha() == 255
           && !pen.isCosmetic() && pen.widthF() > 0;
}

std::optional<PackedGeometry> cullHiddenLines(const PackedGeometry &g, const std::uint32_t *ids, std::size_t count,
                                              const PixelMapping &toPixel, double penWidth, QSize size,
                                              CullingStats *stats)
{
    for (std::size_t k = 0; k < count; ++k)
        if (g.dimension[ids[k]] != 1 && g.dimension[ids[k]] != -1)
            return std::nullopt;
    // Last feature first, a batch of features at a time. A second thread works out the pixels of the next
    // batches while this one walks the mask (only the walk depends on the order, and it is one thread's).
    constexpr std::size_t kBatchFeatures = 4096;
    BatchQueue queue;
    std::thread filler([&] {
        try {
            QPolygonF scratch;
            for (std::size_t end = count; end > 0;) {
                std::unique_ptr<PixelBatch> batch = queue.toFill();
                if (!batch)
                    return;
                const std::size_t begin = end > kBatchFeatures ? end - kBatchFeatures : 0;
                batch->fill(g, ids, end, begin, toPixel, scratch);
                queue.filled(std::move(batch));
                end = begin;
            }
            queue.finish();
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    struct Joined {
        BatchQueue &queue;
        std::thread &thread;
        ~Joined()
        {
            queue.stop();
            thread.join();
        }
    } joined{queue, filler};
    HiddenLineWalk walk(penWidth, size);
    while (std::unique_ptr<PixelBatch> batch = queue.next()) {
        walk.walk(*batch);
        queue.walked(std::move(batch));
    }

    // What is kept, first to last: the offsets first, then the vertices by two threads, each working out the
    // pixels of its rings again (cheaper than keeping them all). The result is allocated once, at its size.
    const std::vector<KeptRun> &runs = walk.runs();
    const auto &kept = walk.keptFeatures();
    PackedGeometry out;
    out.xy.resize(2 * walk.keptVertices());
    out.ringStart.reserve(runs.size() + 1);
    out.featureStart.reserve(kept.size() + 1);
    out.dimension.assign(kept.size(), 1);
    out.source.reserve(kept.size());
    std::vector<std::uint32_t> runOfRing;   // the run each ring of the result is made of
    runOfRing.reserve(runs.size());
    for (std::size_t i = kept.size(); i-- > 0;) {
        for (std::size_t r = i > 0 ? kept[i - 1].second : 0; r < kept[i].second; ++r) {
            runOfRing.push_back(std::uint32_t(r));
            out.ringStart.push_back(out.ringStart.back() + runs[r].last - runs[r].first + 1);
        }
        out.featureStart.push_back(std::uint32_t(runOfRing.size()));
        out.source.push_back(g.source[ids[kept[i].first]]);
    }
    const auto writeRings = [&](std::size_t from, std::size_t to) {
        QPolygonF pixels;
        std::uint32_t ring = std::numeric_limits<std::uint32_t>::max();
        for (std::size_t o = from; o < to; ++o) {
            const KeptRun &run = runs[runOfRing[o]];
            if (run.ring != ring) {
                ring = run.ring;
                screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, pixels);
            }
            // In device pixels with y negated, for devicePixelMapping().
            double *xy = out.xy.data() + 2 * std::size_t(out.ringStart[o]);
            for (std::uint32_t v = run.first; v <= run.last; ++v) {
                *xy++ = pixels.at(v).x();
                *xy++ = -pixels.at(v).y();
            }
        }
    };
    const auto half = std::size_t(std::upper_bound(out.ringStart.begin(), out.ringStart.end() - 1,
                                                   out.ringStart.back() / 2) - out.ringStart.begin());
    std::jthread secondHalf(writeRings, half, runOfRing.size());   // joined however this one ends
    writeRings(0, half);
    secondHalf.join();
    if (stats)
        *stats = walk.stats();
    return out;
}

} // namespace yc
