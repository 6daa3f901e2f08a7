// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation_dialog.h"
#include "map_tools/annotation_editing.h"
#include "map_tools/map_tool.h"
#include "plan/annotation.h"

#include <QPointF>

namespace yc {

/// Places and edits map annotations of one kind. A click places free text (the properties dialog asks for the
/// text); a drag draws an arrow, a rectangle or an ellipse; a callout is anchored where the press was and its
/// text box goes where the mouse is released. Pressing on an existing annotation selects it and a drag moves
/// it (one undo step), a double click opens its properties, Delete removes it. Every change is an undoable
/// command. Points are stored in EPSG:4490 like plan features.
class AnnotationTool : public MapTool {
    Q_OBJECT
public:
    AnnotationTool(MapToolContext &context, AnnotationKind kind, QObject *parent = nullptr);

    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

    AnnotationKind kind() const { return mKind; }
    /// The selected annotation's id; empty when none.
    QString selectedId() const { return mEditing.selected().value(0); }
    /// The id of the topmost map annotation under `pos` (widget pixels); empty when none.
    QString annotationAt(QPointF pos) const { return mEditing.annotationAt(pos); }
    /// The properties dialog of the annotation being placed or edited, while it is open.
    AnnotationDialog *dialog() const { return mEditing.dialog(); }

private:
    Annotation draft(QPointF from, QPointF to) const;   ///< widget pixels in a and b
    void finishPlacing(QPointF from, QPointF to);

    AnnotationKind mKind;
    AnnotationEditing mEditing;
    bool mCreating = false;
    QPointF mPress;
    QPointF mCurrent;
    bool mMoved = false;
};

} // namespace yc
