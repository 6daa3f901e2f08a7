// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/feedback.h"

#include <algorithm>

namespace yc {

void Feedback::setProgress(int percent, const QString &step)
{
    percent = std::clamp(percent, 0, 100);
    if (percent < mProgress)
        return;
    mProgress = percent;
    if (mCallback)
        mCallback(percent, step);
}

} // namespace yc
