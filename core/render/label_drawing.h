// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace yc {

/// Draws `text` with its baseline origin at `baseline`, over a halo: the glyph outlines stroked `haloWidth`
/// pixels wide in `halo`. The text itself is real text (a PDF keeps it searchable). With `outlineTolerance`
/// > 0 the halo outline is simplified to that many pixels first (vector output: see render/compact_path.h).
void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font, const QColor &color,
                  const QColor &halo, double haloWidth, double outlineTolerance = 0);

} // namespace yc
