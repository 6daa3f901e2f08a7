// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/map_tool.h"
#include "map_tools/snapper.h"
#include "plan/geometry_commands.h"

#include <QPointF>

#include <optional>

namespace yc {

struct Geometry;

/// Edits the vertices of the selected feature: its vertices show as handles; dragging a handle moves the
/// vertex (snapping to other features and base layers), a double-click on a segment inserts a vertex there,
/// Delete removes the current vertex. Works on every ring, hole and part. Clicking another feature selects it.
class VertexEditorTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

    /// The vertex last pressed, if any (Delete removes it).
    const std::optional<VertexId> &currentVertex() const { return mCurrent; }

private:
    QString editedId() const;   ///< the selected feature when exactly one is selected
    Geometry editedGeometry() const;   ///< in the canvas CRS
    std::optional<VertexId> vertexNear(QPointF widgetPos) const;
    /// The segment under `widgetPos`: the vertex address a vertex inserted there would get.
    std::optional<VertexId> segmentNear(QPointF widgetPos) const;

    std::optional<VertexId> mCurrent;
    QString mCurrentFeature;
    bool mDragging = false;
    bool mMoved = false;
    bool mWasPlaceholder = false;
    int mGesture = 0;
    std::optional<QPointF> mHover;             ///< widget position of the snap marker
    Snapper::Kind mHoverKind = Snapper::Kind::Vertex;
};

} // namespace yc
