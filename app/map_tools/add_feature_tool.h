// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature_form_dialog.h"
#include "geo/crs.h"
#include "geo/envelope.h"
#include "map_tools/map_tool.h"
#include "map_tools/snapper.h"

#include <QList>
#include <QPointF>
#include <QPointer>

#include <optional>

namespace yc {

struct Geometry;

/// Draws a new plan feature: a click places a vertex (snapping to features and base layers), a drag pans.
/// A point is done with its click; a line or polygon shows a rubber band to the cursor and is done with a
/// double-click or Enter. Backspace removes the last vertex, Esc drops the drawing. When done, the attribute
/// form opens (without blocking; with the county suggested from the 'counties' base layer) and OK adds the
/// feature as one undoable step.
class AddFeatureTool : public MapTool {
    Q_OBJECT
public:
    enum class Shape { Point, Line, Polygon };

    AddFeatureTool(MapToolContext &context, Shape shape, QObject *parent = nullptr);

    Shape shape() const { return mShape; }
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

    /// The vertices placed so far, in the canvas CRS.
    const QList<QPointF> &vertices() const { return mVertices; }
    /// Ends the drawing and opens the attribute form; false (with a message) when the shape is not complete.
    bool finish();
    /// The attribute form while it is open.
    FeatureFormDialog *form() const { return mForm; }

    /// The county of the base layer named 'counties' (field name_zh) that holds `geometry` (storage CRS):
    /// the one containing a point, the only one a line or polygon meets; empty (city-wide) otherwise.
    static QString countyAt(const MapCanvas &canvas, const Geometry &geometry);

Q_SIGNALS:
    /// The attribute form was opened for a finished drawing.
    void formOpened(FeatureFormDialog *form);

private:
    void addVertex(QPointF widgetPos);
    void reset();
    void addFeature(const Geometry &geometry);

    Shape mShape;
    Crs mCrs;                            ///< the canvas CRS the vertices were placed in
    QList<QPointF> mVertices;
    std::optional<QPointF> mCursorMap;   ///< where the next vertex would go (snapped), canvas CRS
    std::optional<Snapper::Kind> mSnapKind;
    std::optional<QPointF> mPressPos;    ///< widget position of a press that may become a click
    Envelope mPressExtent;               ///< the view at the press, for panning
    bool mPanning = false;
    QPointer<FeatureFormDialog> mForm;
};

} // namespace yc
