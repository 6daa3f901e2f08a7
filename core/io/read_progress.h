// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>

namespace yc {

/// Shared between a reader on a worker thread and the thread that watches it: how far the reading got, and
/// a request to stop. Lock-free, so the watcher can poll it from the GUI thread without ever waiting.
class ReadProgress {
public:
    /// Asks the reader to stop at its next check; it then gives up without a result.
    void cancel() { mCancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return mCancelled.load(std::memory_order_relaxed); }

    /// Starts counting a new item (one layer): nothing done, the total not yet known.
    void restart()
    {
        mDone.store(0, std::memory_order_relaxed);
        mTotal.store(-1, std::memory_order_relaxed);
    }
    void setTotal(std::int64_t total) { mTotal.store(total, std::memory_order_relaxed); }
    void setDone(std::int64_t done) { mDone.store(done, std::memory_order_relaxed); }
    /// Units (features) to read, or -1 while unknown (a driver that cannot count cheaply).
    std::int64_t total() const { return mTotal.load(std::memory_order_relaxed); }
    std::int64_t done() const { return mDone.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> mCancelled{false};
    std::atomic<std::int64_t> mDone{0};
    std::atomic<std::int64_t> mTotal{-1};
};

} // namespace yc
