// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/annotation_editing.h"
#include "map_tools/map_tool.h"

#include <QPointF>

#include <optional>

namespace yc {

/// Selecting on the map: a click selects the feature under the cursor (the canvas's own picking), Shift+click
/// adds it to the selection or takes it out, Shift+drag selects every feature touching the box (added to the
/// selection). Features of visible external layers are selected the same way. A plain drag pans.
/// Map annotations are selected the same way (click, Shift+click, Shift+drag box); a drag on an annotation
/// moves the selected annotations, a double click opens its properties and Delete removes the selected
/// ones, each one undo step.
class SelectTool : public MapTool {
    Q_OBJECT
public:
    explicit SelectTool(MapToolContext &context, QObject *parent = nullptr);
    QCursor cursor() const override { return QCursor(Qt::OpenHandCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

    /// The selected map annotations (that still exist).
    QStringList selectedAnnotations() const { return mAnnotations.existingSelected(); }
    /// The properties dialog opened by a double click, while it is open.
    AnnotationDialog *annotationDialog() const { return mAnnotations.dialog(); }

private:
    AnnotationEditing mAnnotations;
    std::optional<QPointF> mBoxStart;
    QPointF mBoxEnd;
};

} // namespace yc
