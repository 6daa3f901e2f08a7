// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/annotation_tool.h"

#include "annotation_dialog.h"
#include "geo/coordinate_transform.h"
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
    : MapTool(context, parent), mKind(kind)
{
}

std::optional<QPointF> AnnotationTool::toStorage(QPointF widgetPos) const
{
    const CoordinateTransform t(mContext.canvas->crs(), Project::storageCrs());
    return t.isValid() ? t.apply(mContext.canvas->toMap(widgetPos)) : std::nullopt;
}

std::optional<std::pair<QPointF, QPointF>> AnnotationTool::widgetPoints(const Annotation &a) const
{
    const auto pa = mContext.canvas->widgetPosition(a.a);
    const auto pb = a.kind == AnnotationKind::Text ? pa : mContext.canvas->widgetPosition(a.b);
    if (!pa || !pb)
        return std::nullopt;
    return std::make_pair(*pa, *pb);
}

QString AnnotationTool::annotationAt(QPointF pos) const
{
    if (!mContext.project)
        return {};
    const AnnotationRenderer renderer(mContext.canvas->logicalDpiY());
    const QList<Annotation> &list = mContext.project->annotations().list();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {   // topmost first
        if (it->placement != AnnotationPlacement::Map)
            continue;
        const auto points = widgetPoints(*it);
        if (points && renderer.bounds(*it, points->first, points->second).contains(pos))
            return it->id;
    }
    return {};
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
    const QString hit = annotationAt(event->position());
    if (!hit.isEmpty()) {
        mSelected = hit;
        const auto points = widgetPoints(*mContext.project->annotations().find(hit));
        if (points) {
            mGrabA = points->first;
            mGrabB = points->second;
            mGesture = nextGesture();
            mDrag = Drag::Moving;
        }
    } else {
        mSelected.clear();
        mDrag = Drag::Creating;
    }
    mContext.canvas->update();
    return true;
}

bool AnnotationTool::mouseMove(QMouseEvent *event)
{
    if (mDrag == Drag::None)
        return false;
    mCurrent = event->position();
    if (!mMoved && QLineF(mPress, mCurrent).length() < kClick)
        return true;
    mMoved = true;
    if (mDrag == Drag::Moving) {
        const QPointF delta = mCurrent - mPress;
        const auto a = toStorage(mGrabA + delta);
        const auto b = toStorage(mGrabB + delta);
        if (a && b && mContext.project->annotations().find(mSelected))
            mContext.undoStack->push(new MoveAnnotationCommand(*mContext.project, mSelected, *a, *b, mGesture));
    }
    mContext.canvas->update();
    return true;
}

bool AnnotationTool::mouseRelease(QMouseEvent *event)
{
    if (mDrag == Drag::None || event->button() != Qt::LeftButton)
        return false;
    if (mMoved)
        mouseMove(event);
    const Drag drag = mDrag;
    mDrag = Drag::None;
    if (drag == Drag::Creating)
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
    const auto pa = toStorage(a.a);
    const auto pb = toStorage(a.b);
    if (!pa || !pb) {
        Q_EMIT message(tr("Cannot place an annotation here: the position has no longitude and latitude"));
        return;
    }
    a.a = *pa;
    a.b = *pb;
    a.id = uniqueAnnotationId(*mContext.project);
    if (a.hasText()) {
        openDialog(a, true);   // text and callouts need their text first
    } else {
        mContext.undoStack->push(new AddAnnotationCommand(*mContext.project, a));
        mSelected = a.id;
    }
}

void AnnotationTool::openDialog(const Annotation &annotation, bool isNew)
{
    if (mDialog)
        mDialog->close();
    auto *dialog = new AnnotationDialog(annotation, mContext.canvas);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    mDialog = dialog;
    QPointer<Project> project = mContext.project;
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, isNew]() {
        if (!project || project != mContext.project)
            return;   // another project was opened meanwhile
        const Annotation a = dialog->annotation();
        if (isNew)
            mContext.undoStack->push(new AddAnnotationCommand(*project, a));
        else if (project->annotations().find(a.id) && !(*project->annotations().find(a.id) == a))
            mContext.undoStack->push(new EditAnnotationCommand(*project, a));
        mSelected = a.id;
        mContext.canvas->update();
    });
    dialog->open();
}

bool AnnotationTool::mouseDoubleClick(QMouseEvent *event)
{
    const QString hit = annotationAt(event->position());
    if (hit.isEmpty() || !mContext.project)
        return false;
    mDrag = Drag::None;
    mSelected = hit;
    openDialog(*mContext.project->annotations().find(hit), false);
    return true;
}

bool AnnotationTool::keyPress(QKeyEvent *event)
{
    if (!mContext.project || mSelected.isEmpty() || !mContext.project->annotations().find(mSelected))
        return false;
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        mContext.undoStack->push(new RemoveAnnotationCommand(*mContext.project, mSelected));
        mSelected.clear();
        mContext.canvas->update();
        return true;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        openDialog(*mContext.project->annotations().find(mSelected), false);
        return true;
    }
    return false;
}

void AnnotationTool::paint(QPainter &painter)
{
    const AnnotationRenderer renderer(mContext.canvas->logicalDpiY());
    if (mDrag == Drag::Creating && mMoved && mKind != AnnotationKind::Text) {
        Annotation preview = draft(mPress, mCurrent);
        if (preview.kind == AnnotationKind::Callout)
            preview.text = tr("Text");
        renderer.draw(painter, preview, preview.a, preview.b);
    }
    const Annotation *selected = mContext.project ? mContext.project->annotations().find(mSelected) : nullptr;
    if (!selected)
        return;
    if (const auto points = widgetPoints(*selected)) {
        painter.save();
        painter.setPen(QPen(QColor(0, 120, 215), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(renderer.bounds(*selected, points->first, points->second));
        painter.restore();
    }
}

void AnnotationTool::deactivate()
{
    mDrag = Drag::None;
    mSelected.clear();
}

} // namespace yc
