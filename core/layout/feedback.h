// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace yc {

/// Progress and cancellation of a long job (an export). The job calls setProgress(); anyone may call
/// cancel() from any thread, including from inside the progress callback. The callback runs on the job's
/// thread and sees percentages that never go down.
class Feedback {
public:
    using ProgressCallback = std::function<void(int percent, const QString &step)>;

    void setProgressCallback(ProgressCallback callback) { mCallback = std::move(callback); }
    /// Reports `percent` (0..100) and what is being done; ignored when lower than the last value.
    void setProgress(int percent, const QString &step);
    int progress() const { return mProgress; }

    void cancel() { mCanceled = true; }
    bool isCanceled() const { return mCanceled; }
    /// The flag cancel() sets, for work that polls an atomic (MapRenderer::render).
    const std::atomic<bool> *cancelFlag() const { return &mCanceled; }

private:
    ProgressCallback mCallback;
    std::atomic<int> mProgress{-1};
    std::atomic<bool> mCanceled{false};
};

} // namespace yc
