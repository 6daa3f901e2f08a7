// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>

namespace yc {

/// `path` as straight segments with vertices on whole device pixels, curves flattened and vertices within
/// `tolerance` pixels of the simplified outline dropped (Douglas–Peucker). For strokes whose exact outline
/// nobody can see, such as the white halo around a label in a 300 dpi PDF: the glyph outlines of a halo are
/// otherwise written with every curve control point at full precision and dominate the file.
QPainterPath compactPath(const QPainterPath &path, double tolerance);

} // namespace yc
