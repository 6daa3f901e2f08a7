// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>

namespace yc {

/// The raster a render is reading from its file, for a progress strip polled from the GUI thread, and the
/// planner's request to stop. A big raster without overviews seen whole is read at full resolution when it is
/// drawn, which takes seconds. One per render (MapSettings::rasterReads); thread-safe.
class RasterReadProgress {
public:
    using Clock = std::chrono::steady_clock;
    struct Reading {
        QString layerName;
        double done = 0;            ///< share of the read, 0…1
        Clock::duration elapsed{};  ///< since the read began
    };

    /// The renderer starts reading the raster of `layerName`.
    void begin(const QString &layerName)
    {
        const std::lock_guard lock(mMutex);
        mReading = Reading{layerName, 0, {}};
        mStart = Clock::now();
        mDone.store(0, std::memory_order_relaxed);
    }
    void setDone(double done) { mDone.store(done, std::memory_order_relaxed); }
    void end()
    {
        const std::lock_guard lock(mMutex);
        mReading.reset();
        mDone.store(0, std::memory_order_relaxed);
    }
    /// Nullopt while no raster is being read.
    std::optional<Reading> reading() const
    {
        const std::lock_guard lock(mMutex);
        std::optional<Reading> r = mReading;
        if (r) {
            r->done = mDone.load(std::memory_order_relaxed);
            r->elapsed = Clock::now() - mStart;
        }
        return r;
    }

    /// Stops the read in progress and every later raster read of this render: those rasters are left out of
    /// its picture, the other layers are drawn as usual.
    void cancel() { mCancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return mCancelled.load(std::memory_order_relaxed); }

private:
    mutable std::mutex mMutex;          ///< guards mReading and mStart (a read begins and ends seldom)
    std::optional<Reading> mReading;
    Clock::time_point mStart;
    std::atomic<double> mDone{0};
    std::atomic<bool> mCancelled{false};
};

} // namespace yc
