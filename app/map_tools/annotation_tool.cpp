// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/annotation_tool.h"

#include "map_canvas.h"
#include "plan/annotation_commands.h"
#include "plan/project.h"
#include "render/annotation_renderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace yc {

namespace {

/// Below this many pixels a press and release are a click, not a drag.
constexpr double kClick = 4;

} // namespace

AnnotationTool::AnnotationTool(MapToolContext &context, AnnotationKind kind, QObject *parent)
    : MapTool(context, parent), mKind(kind), mEditing(context)
{
}

Annotation AnnotationTool::draft(QPointF from, QPointF to) const
{
    Annotation a;
    a.kind = mKind;
    a.a = from;
    a.b = mKind == AnnotationKind::Text ? from : to;
    if (mKind == AnnotationKind::Arrow || mKind == AnnotationKind::Rectangle || mKind == AnnotationKind::Ellipse)
        a.fillColor = QColor(255, 255, 255, 0);   // shapes outline what lies under them
    if (mKind == AnnotationKind::Text)
        a.fontSize = 12;
    return a;
}

bool AnnotationTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mContext.project)
        return false;
    mPress = mCurrent = event->position();
    mMoved = false;
    mCreating = !mEditing.grab(event->position(), nextGesture());
    if (mCreating)
        mEditing.select({});
    mContext.canvas->update();
    return true;
}

bool AnnotationTool::mouseMove(QMouseEvent *event)
{
    if (mEditing.isGrabbing()) {
        mEditing.dragTo(event->position());
        return true;
    }
    if (!mCreating)
        return false;
    mCurrent = event->position();
    mMoved = mMoved || QLineF(mPress, mCurrent).length() >= kClick;
    mContext.canvas->update();
    return true;
}

bool AnnotationTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (mEditing.isGrabbing()) {
        mEditing.dragTo(event->position());
        mEditing.release();
        return true;
    }
    if (!mCreating)
        return false;
    mCreating = false;
    finishPlacing(mPress, event->position());
    mContext.canvas->update();
    return true;
}

void AnnotationTool::finishPlacing(QPointF from, QPointF to)
{
    const bool dragged = QLineF(from, to).length() >= kClick;
    switch (mKind) {
    case AnnotationKind::Arrow:
    case AnnotationKind::Rectangle:
    case AnnotationKind::Ellipse:
        if (!dragged) {
            Q_EMIT message(tr("Drag on the map to draw the %1").arg(displayName(mKind).toLower()));
            return;
        }
        break;
    case AnnotationKind::Callout:
        if (!dragged)
            to = from + QPointF(24, -48);   // a click: the text box goes up and to the right of the anchor
        break;
    case AnnotationKind::Text:
        break;
    }
    Annotation a = draft(from, to);
    const auto pa = mEditing.toStorage(a.a);
    const auto pb = mEditing.toStorage(a.b);
    if (!pa || !pb) {
        Q_EMIT message(tr("Cannot place an annotation here: the position has no longitude and latitude"));
        return;
    }
    a.a = *pa;
    a.b = *pb;
    a.id = uniqueAnnotationId(*mContext.project);
    if (a.hasText()) {
        mEditing.openDialog(a, true);   // text and callouts need their text first
    } else {
        mContext.undoStack->push(new AddAnnotationCommand(*mContext.project, a));
        mEditing.select({a.id});
    }
}

bool AnnotationTool::mouseDoubleClick(QMouseEvent *event)
{
    const QString hit = mEditing.annotationAt(event->position());
    if (hit.isEmpty() || !mContext.project)
        return false;
    mEditing.release();
    mEditing.edit(hit);
    return true;
}

bool AnnotationTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        return mEditing.removeSelected();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !mEditing.existingSelected().isEmpty()) {
        mEditing.edit(mEditing.existingSelected().first());
        return true;
    }
    return false;
}

void AnnotationTool::paint(QPainter &painter)
{
    if (mCreating && mMoved && mKind != AnnotationKind::Text) {
        Annotation preview = draft(mPress, mCurrent);
        if (preview.kind == AnnotationKind::Callout)
            preview.text = tr("Text");
        AnnotationRenderer(mContext.canvas->logicalDpiY()).draw(painter, preview, preview.a, preview.b);
    }
    mEditing.paint(painter);
}

void AnnotationTool::deactivate()
{
    mCreating = false;
    mEditing.release();
    mEditing.select({});
}

} // namespace yc
