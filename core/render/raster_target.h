// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where our own rasterisers (LineRasterizer, AreaRasterizer) may write pixels themselves instead of QPainter.

#include <cstdint>

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

/// The image `painter` draws into when pixels written straight into it look as QPainter's would: an
/// ARGB32_Premultiplied or RGB32 image at device pixel ratio 1, no transform, no clip that leaves out any of
/// the image (a clip rectangle around all of it, as MapRenderer sets, is no clip), "source over" and
/// antialiasing. nullptr otherwise (a PDF, a transformed or clipped painter, another format).
QImage *directRasterTarget(const QPainter &painter);

} // namespace yc
