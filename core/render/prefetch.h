// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(_MSC_VER) && !defined(__clang__) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif

namespace yc {

/// Asks the CPU to bring the cache line at `p` in ahead of its use (`forWrite`: it is about to be written).
/// A hint only, never a fault: GCC's and Clang's builtin, MSVC's SSE intrinsic, nothing elsewhere.
template <bool forWrite = false>
inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p, forWrite ? 1 : 0);
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
    _mm_prefetch(static_cast<const char *>(p), _MM_HINT_T0);
#else
    (void)p;
#endif
}

} // namespace yc
