// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/map_tool.h"

#include <QPointF>

#include <optional>

namespace yc {

/// Selecting on the map: a click selects the feature under the cursor (the canvas's own picking), Shift+click
/// adds it to the selection or takes it out, Shift+drag selects every feature touching the box (added to the
/// selection). Features of visible external layers are selected the same way. A plain drag pans.
class SelectTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return QCursor(Qt::OpenHandCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override { mBoxStart.reset(); }

private:
    std::optional<QPointF> mBoxStart;
    QPointF mBoxEnd;
};

} // namespace yc
