// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where our own rasterisers (LineRasterizer, AreaRasterizer) may write pixels themselves instead of QPainter.

#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

class QImage;
class QPainter;

namespace yc {

/// x × a / 255 for the four 8-bit channels of x at once, rounded as QPainter's blending rounds (its BYTE_MUL).
inline std::uint32_t byteMul(std::uint32_t x, std::uint32_t a)
{
    std::uint32_t t = (x & 0xff00ffu) * a;
    t = (t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8;
    t &= 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = x + ((x >> 8) & 0xff00ffu) + 0x800080u;
    x &= 0xff00ff00u;
    return x | t;
}

/// pixels[i] = source + byteMul(pixels[i], 255 - alpha of source) for the `count` pixels: a premultiplied
/// colour composited "over" a run, as QPainter blends a solid colour over a span of one coverage.
inline void blendOver(std::uint32_t *pixels, int count, std::uint32_t source)
{
    const std::uint32_t rest = 255 - (source >> 24);
    int i = 0;
#ifdef __SSE2__
    // Four pixels at a time in 16-bit lanes, rounded as byteMul: v*a fits 16 bits, and so does
    // v*a + (v*a >> 8) + 0x80. GCC does not vectorise the loop below at -O2.
    const __m128i zero = _mm_setzero_si128(), factor = _mm_set1_epi16(short(rest));
    const __m128i half = _mm_set1_epi16(0x80), add = _mm_set1_epi32(int(source));
    for (; i + 4 <= count; i += 4) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(pixels + i));
        __m128i lo = _mm_mullo_epi16(_mm_unpacklo_epi8(v, zero), factor);
        __m128i hi = _mm_mullo_epi16(_mm_unpackhi_epi8(v, zero), factor);
        lo = _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(lo, _mm_srli_epi16(lo, 8)), half), 8);
        hi = _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(hi, _mm_srli_epi16(hi, 8)), half), 8);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(pixels + i), _mm_add_epi32(_mm_packus_epi16(lo, hi), add));
    }
#endif
    for (; i < count; ++i)
        pixels[i] = source + byteMul(pixels[i], rest);
}

/// The image `painter` draws into when pixels written straight into it look as QPainter's would: an
/// ARGB32_Premultiplied or RGB32 image at device pixel ratio 1, no transform (but the band's, see firstRow), no
/// clip that leaves out any of the image (a clip rectangle around all of it, as MapRenderer sets, is no clip),
/// "source over" and antialiasing. nullptr otherwise (a PDF, a transformed or clipped painter, another format).
QImage *directRasterTarget(const QPainter &painter);

/// The row of the whole picture that is the first row of `image`. A band of the picture's rows drawn on a
/// thread of its own is an image of those rows whose offset() is (0, first row), drawn by a painter translated
/// by (0, −first row): everything is worked out in the whole picture's pixel coordinates, and our rasterisers
/// take the band's first row off a pixel's row only when they write it (an integer, after snapping to their
/// grid), so a band's pixels are the ones one painter gives the whole picture, wherever the bands split.
int firstRow(const QImage &image);

/// Whether an image drawn by `painter` at a whole pixel lands on whole device pixels, unscaled and unfaded: an
/// image device, no transform but a band's (see firstRow), full opacity. Sprites are stamped only there.
bool stampsAtWholePixels(const QPainter &painter);

} // namespace yc
