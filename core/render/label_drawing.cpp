// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/label_drawing.h"

#include "render/compact_path.h"

#include <QPainter>
#include <QPainterPath>

namespace yc {

void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font, const QColor &color,
                  const QColor &halo, double haloWidth, double outlineTolerance)
{
    QPainterPath outline;
    outline.addText(baseline, font, text);
    if (outlineTolerance > 0)
        outline = compactPath(outline, outlineTolerance);
    painter.strokePath(outline, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(baseline, text);
}

} // namespace yc
