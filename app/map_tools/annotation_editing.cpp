// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/annotation_editing.h"

#include "geo/coordinate_transform.h"
#include "map_canvas.h"
#include "plan/annotation_commands.h"
#include "plan/project.h"
#include "render/annotation_renderer.h"

#include <QLineF>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>

namespace yc {

namespace {

/// Below this many pixels a press and release are a click, not a drag.
constexpr double kClick = 4;

} // namespace

AnnotationEditing::AnnotationEditing(MapToolContext &context, QObject *parent) : QObject(parent), mContext(context) {}

std::optional<QPointF> AnnotationEditing::toStorage(QPointF widgetPos) const
{
    const CoordinateTransform t(mContext.canvas->crs(), Project::storageCrs());
    return t.isValid() ? t.apply(mContext.canvas->toMap(widgetPos)) : std::nullopt;
}

std::optional<std::pair<QPointF, QPointF>> AnnotationEditing::widgetPoints(const Annotation &a) const
{
    const auto pa = mContext.canvas->widgetPosition(a.a);
    const auto pb = a.kind == AnnotationKind::Text ? pa : mContext.canvas->widgetPosition(a.b);
    if (!pa || !pb)
        return std::nullopt;
    return std::make_pair(*pa, *pb);
}

QString AnnotationEditing::annotationAt(QPointF pos) const
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

QStringList AnnotationEditing::annotationsIn(const QRectF &box) const
{
    QStringList ids;
    if (!mContext.project)
        return ids;
    const AnnotationRenderer renderer(mContext.canvas->logicalDpiY());
    for (const Annotation &a : mContext.project->annotations().onMap()) {
        const auto points = widgetPoints(a);
        if (points && renderer.bounds(a, points->first, points->second).intersects(box))
            ids.append(a.id);
    }
    return ids;
}

QStringList AnnotationEditing::existingSelected() const
{
    QStringList ids;
    if (mContext.project)
        for (const QString &id : mSelected)
            if (mContext.project->annotations().find(id))
                ids.append(id);
    return ids;
}

void AnnotationEditing::select(const QStringList &ids)
{
    mSelected = ids;
    mContext.canvas->update();
}

void AnnotationEditing::toggle(const QString &id)
{
    if (!mSelected.removeAll(id))
        mSelected.append(id);
    mContext.canvas->update();
}

bool AnnotationEditing::grab(QPointF pos, int gesture)
{
    const QString hit = annotationAt(pos);
    if (hit.isEmpty())
        return false;
    if (!mSelected.contains(hit))
        mSelected = {hit};
    mGrabPoints.clear();
    for (const QString &id : existingSelected())
        if (const auto points = widgetPoints(*mContext.project->annotations().find(id)))
            mGrabPoints.insert(id, *points);
    mPress = pos;
    mMoved = false;
    mGrabbed = true;
    mGesture = gesture;
    mContext.canvas->update();
    return true;
}

void AnnotationEditing::dragTo(QPointF pos)
{
    if (!mGrabbed || (!mMoved && QLineF(mPress, pos).length() < kClick))
        return;
    mMoved = true;
    const QPointF delta = pos - mPress;
    QList<AnnotationMove> moves;
    for (auto it = mGrabPoints.cbegin(); it != mGrabPoints.cend(); ++it) {
        const auto a = toStorage(it->first + delta);
        const auto b = toStorage(it->second + delta);
        if (a && b)
            moves.append({it.key(), *a, *b});
    }
    // Sorted so that every command of the gesture lists the same ids in the same order and they merge.
    std::sort(moves.begin(), moves.end(), [](const AnnotationMove &l, const AnnotationMove &r) { return l.id < r.id; });
    if (!moves.isEmpty())
        mContext.undoStack->push(new MoveAnnotationCommand(*mContext.project, moves, mGesture));
    mContext.canvas->update();
}

bool AnnotationEditing::release()
{
    const bool moved = mGrabbed && mMoved;
    mGrabbed = false;
    mMoved = false;
    mGrabPoints.clear();
    return moved;
}

void AnnotationEditing::openDialog(const Annotation &annotation, bool isNew)
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
        mSelected = {a.id};
        mContext.canvas->update();
    });
    dialog->open();
}

void AnnotationEditing::edit(const QString &id)
{
    const Annotation *a = mContext.project ? mContext.project->annotations().find(id) : nullptr;
    if (!a)
        return;
    mGrabbed = false;
    mSelected = {id};
    openDialog(*a, false);
}

bool AnnotationEditing::removeSelected()
{
    const QStringList ids = existingSelected();
    if (ids.isEmpty())
        return false;
    QUndoStack *stack = mContext.undoStack;
    if (ids.size() > 1)
        stack->beginMacro(tr("Delete %n annotation(s)", nullptr, int(ids.size())));
    for (const QString &id : ids)
        stack->push(new RemoveAnnotationCommand(*mContext.project, id));
    if (ids.size() > 1)
        stack->endMacro();
    mSelected.clear();
    mContext.canvas->update();
    return true;
}

void AnnotationEditing::paint(QPainter &painter) const
{
    const AnnotationRenderer renderer(mContext.canvas->logicalDpiY());
    painter.save();
    painter.setPen(QPen(QColor(0, 120, 215), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    for (const QString &id : existingSelected()) {
        const Annotation &a = *mContext.project->annotations().find(id);
        if (const auto points = widgetPoints(a))
            painter.drawRect(renderer.bounds(a, points->first, points->second));
    }
    painter.restore();
}

} // namespace yc
