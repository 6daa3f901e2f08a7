// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation_dialog.h"
#include "map_tools/map_tool.h"
#include "plan/annotation.h"

#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <utility>

namespace yc {

/// Editing the map annotations that are already placed, shared by the annotation tools and the Select tool:
/// picking (click or box), moving the selected ones by a drag (one undo step), the properties dialog, and
/// deleting (one undo step). Works in widget pixels of the canvas; the annotations' points stay in EPSG:4490.
class AnnotationEditing : public QObject {
    Q_OBJECT
public:
    explicit AnnotationEditing(MapToolContext &context, QObject *parent = nullptr);

    /// The id of the topmost map annotation under `pos`; empty when none.
    QString annotationAt(QPointF pos) const;
    /// The map annotations whose drawn box meets `box`, in drawing order.
    QStringList annotationsIn(const QRectF &box) const;

    const QStringList &selected() const { return mSelected; }
    /// The selected ids that still exist (an undo may have taken some away).
    QStringList existingSelected() const;
    void select(const QStringList &ids);
    void toggle(const QString &id);

    /// A press on `pos`: grabs the annotation under it for moving (selecting it alone unless it is already
    /// selected, then all selected ones move). The moves of one `gesture` merge into one undo step. False when
    /// there is no annotation there.
    bool grab(QPointF pos, int gesture);
    bool isGrabbing() const { return mGrabbed; }
    /// The mouse moved to `pos` while grabbing; the first few pixels are not a move yet.
    void dragTo(QPointF pos);
    /// Ends the grab; true when it moved something.
    bool release();

    /// Opens the properties dialog for an annotation; OK adds it (`isNew`) or records the edit (undoable).
    void openDialog(const Annotation &annotation, bool isNew);
    /// Opens the dialog of the existing annotation `id`.
    void edit(const QString &id);
    AnnotationDialog *dialog() const { return mDialog; }
    /// Deletes the selected annotations as one undo step; false when none is selected.
    bool removeSelected();

    /// Dashed boxes around the selected annotations.
    void paint(QPainter &painter) const;

    /// A widget position in EPSG:4490 lon/lat; nullopt where the map CRS has none.
    std::optional<QPointF> toStorage(QPointF widgetPos) const;
    /// An annotation's points `a` and `b` in widget pixels.
    std::optional<std::pair<QPointF, QPointF>> widgetPoints(const Annotation &a) const;

private:
    MapToolContext &mContext;
    QStringList mSelected;
    bool mGrabbed = false;
    bool mMoved = false;
    QPointF mPress;
    QHash<QString, std::pair<QPointF, QPointF>> mGrabPoints;   ///< widget points of the moved ones at the press
    int mGesture = 0;
    QPointer<AnnotationDialog> mDialog;
};

} // namespace yc
