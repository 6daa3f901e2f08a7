// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation_dialog.h"
#include "map_tools/map_tool.h"
#include "plan/annotation.h"

#include <QPointF>
#include <QPointer>

#include <optional>

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
    const QString &selectedId() const { return mSelected; }
    /// The id of the topmost map annotation under `pos` (widget pixels); empty when none.
    QString annotationAt(QPointF pos) const;
    /// The properties dialog of the annotation being placed or edited, while it is open.
    AnnotationDialog *dialog() const { return mDialog; }

private:
    std::optional<QPointF> toStorage(QPointF widgetPos) const;
    std::optional<std::pair<QPointF, QPointF>> widgetPoints(const Annotation &a) const;
    Annotation draft(QPointF from, QPointF to) const;   ///< widget pixels in a and b
    void finishPlacing(QPointF from, QPointF to);
    void openDialog(const Annotation &annotation, bool isNew);

    AnnotationKind mKind;
    QString mSelected;
    enum class Drag { None, Creating, Moving } mDrag = Drag::None;
    QPointF mPress;
    QPointF mCurrent;
    QPointF mGrabA, mGrabB;   ///< widget positions of the moved annotation's points at the press
    int mGesture = 0;
    bool mMoved = false;
    QPointer<AnnotationDialog> mDialog;
};

} // namespace yc
