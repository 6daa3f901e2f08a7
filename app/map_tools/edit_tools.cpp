// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/edit_tools.h"

#include "coordinate_dialog.h"
#include "feature_form_dialog.h"
#include "layer_editing.h"
#include "map_canvas.h"
#include "map_tools/add_feature_tool.h"
#include "map_tools/annotation_tool.h"
#include "map_tools/move_tool.h"
#include "map_tools/select_tool.h"
#include "map_tools/vertex_tool.h"
#include "plan/geometry_commands.h"
#include "plan/layer_edit_commands.h"
#include "plan/plan_commands.h"
#include "plan/project.h"
#include "selection.h"

#include <QAction>
#include <QActionGroup>
#include <QMap>

#include <algorithm>

namespace yc {

EditTools::EditTools(MapCanvas *canvas, Selection *selection, QObject *parent)
    : QObject(parent), mContext{canvas, selection, nullptr, nullptr, nullptr}, mCanvas(canvas), mSnapper(canvas),
      mToolGroup(new QActionGroup(this))
{
    mContext.snapper = &mSnapper;
    mSelectTool = std::make_unique<SelectTool>(mContext);
    mMoveTool = std::make_unique<MoveFeatureTool>(mContext);
    mVertexTool = std::make_unique<VertexEditorTool>(mContext);
    mAddPointTool = std::make_unique<AddFeatureTool>(mContext, AddFeatureTool::Shape::Point);
    mAddLineTool = std::make_unique<AddFeatureTool>(mContext, AddFeatureTool::Shape::Line);
    mAddPolygonTool = std::make_unique<AddFeatureTool>(mContext, AddFeatureTool::Shape::Polygon);
    const AnnotationKind kinds[5] = {AnnotationKind::Text, AnnotationKind::Callout, AnnotationKind::Arrow,
                                     AnnotationKind::Rectangle, AnnotationKind::Ellipse};
    for (int i = 0; i < 5; ++i)
        mAnnotationTools[i] = std::make_unique<AnnotationTool>(mContext, kinds[i]);
    for (int t = int(Tool::Select); t <= int(Tool::AddEllipse); ++t)
        connect(tool(Tool(t)), &MapTool::message, this, &EditTools::message);

    const auto addTool = [this](const QString &text, const QString &name, const QKeySequence &key, Tool t) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setShortcut(key);
        mToolGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, t]() { activate(t); });
        return a;
    };
    mSelectAction = addTool(tr("&Select"), QStringLiteral("selectToolAction"), QKeySequence(QStringLiteral("S")),
                            Tool::Select);
    mMoveAction = addTool(tr("&Move features"), QStringLiteral("moveToolAction"), QKeySequence(QStringLiteral("M")),
                          Tool::Move);
    mVertexAction = addTool(tr("&Vertex editor"), QStringLiteral("vertexToolAction"),
                            QKeySequence(QStringLiteral("V")), Tool::Vertex);
    mAddPointAction = addTool(tr("Add &point"), QStringLiteral("addPointToolAction"), QKeySequence(QStringLiteral("P")),
                              Tool::AddPoint);
    mAddLineAction = addTool(tr("Add &line"), QStringLiteral("addLineToolAction"), QKeySequence(QStringLiteral("L")),
                             Tool::AddLine);
    mAddPolygonAction = addTool(tr("Add pol&ygon"), QStringLiteral("addPolygonToolAction"),
                                QKeySequence(QStringLiteral("G")), Tool::AddPolygon);
    const QString annotationNames[5] = {tr("Annotate: &text"), tr("Annotate: call&out"), tr("Annotate: &arrow"),
                                        tr("Annotate: &rectangle"), tr("Annotate: &ellipse")};
    for (int i = 0; i < 5; ++i) {
        QString key = toKey(kinds[i]);
        key[0] = key[0].toUpper();   // "annotateCalloutAction"
        mAnnotationActions.append(addTool(annotationNames[i], QStringLiteral("annotate%1Action").arg(key),
                                          QKeySequence(), Tool(int(Tool::AddText) + i)));
    }
    mSnapping = new QAction(tr("S&napping"), this);
    mSnapping->setObjectName(QStringLiteral("snappingAction"));
    mSnapping->setCheckable(true);
    mSnapping->setChecked(mSnapper.isEnabled());
    mSnapping->setToolTip(tr("Snap to vertices and segments within %1 pixels").arg(mSnapper.tolerance()));
    connect(mSnapping, &QAction::toggled, this, [this](bool on) { mSnapper.setEnabled(on); });
    mDelete = new QAction(tr("&Delete features"), this);
    mDelete->setObjectName(QStringLiteral("deleteFeaturesAction"));
    connect(mDelete, &QAction::triggered, this, &EditTools::deleteSelected);
    mDuplicate = new QAction(tr("D&uplicate features"), this);
    mDuplicate->setObjectName(QStringLiteral("duplicateFeaturesAction"));
    mDuplicate->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    connect(mDuplicate, &QAction::triggered, this, &EditTools::duplicateSelected);
    mCoordinates = new QAction(tr("Set &coordinates…"), this);
    mCoordinates->setObjectName(QStringLiteral("setCoordinatesAction"));
    connect(mCoordinates, &QAction::triggered, this, &EditTools::editCoordinates);
    mAttributes = new QAction(tr("Edit &attributes…"), this);
    mAttributes->setObjectName(QStringLiteral("editAttributesAction"));
    mAttributes->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(mAttributes, &QAction::triggered, this, &EditTools::editAttributes);
    connect(selection, &Selection::changed, this, &EditTools::updateActions);
    activate(Tool::Select);
    updateActions();
}

EditTools::~EditTools()
{
    if (mCanvas)
        mCanvas->setTool(nullptr);
}

void EditTools::setProject(Project *project)
{
    tool(mActive)->deactivate();
    mContext.project = project;
    mContext.undoStack = project ? project->undoStack() : nullptr;
    disconnect(mAnnotationsConnection);
    if (project) {
        const auto show = [this, project]() { if (mCanvas) mCanvas->setAnnotations(project->annotations().onMap()); };
        mAnnotationsConnection = connect(&project->annotations(), &Annotations::changed, this, show);
        show();
    } else if (mCanvas) {
        mCanvas->setAnnotations({});
    }
    updateActions();
}

MapTool *EditTools::tool(Tool t) const
{
    switch (t) {
    case Tool::Select: return mSelectTool.get();
    case Tool::Move: return mMoveTool.get();
    case Tool::Vertex: return mVertexTool.get();
    case Tool::AddPoint: return mAddPointTool.get();
    case Tool::AddLine: return mAddLineTool.get();
    case Tool::AddPolygon: return mAddPolygonTool.get();
    case Tool::AddText: case Tool::AddCallout: case Tool::AddArrow: case Tool::AddRectangle: case Tool::AddEllipse:
        return mAnnotationTools[int(t) - int(Tool::AddText)].get();
    }
    return mSelectTool.get();
}

void EditTools::activate(Tool t)
{
    tool(mActive)->deactivate();
    mActive = t;
    toolActions().at(int(t))->setChecked(true);   // in the order of Tool
    mContext.canvas->setTool(tool(t));
}

QList<QAction *> EditTools::toolActions() const
{
    return QList<QAction *>{mSelectAction, mMoveAction, mVertexAction, mAddPointAction, mAddLineAction,
                            mAddPolygonAction} + mAnnotationActions;
}

void EditTools::updateActions()
{
    const bool any = mContext.project && !mContext.selection->featureIds().isEmpty();
    mDelete->setEnabled(any);
    mDuplicate->setEnabled(any);
    mCoordinates->setEnabled(mContext.project && mContext.selection->featureIds().size() == 1);
    mAttributes->setEnabled(mContext.project && mContext.selection->featureIds().size() == 1
                            && mContext.project->feature(mContext.selection->featureIds().first()));
}

void EditTools::deleteSelected()
{
    const QStringList ids = mContext.selection->featureIds();
    if (!mContext.project || ids.isEmpty())
        return;
    // Features of external layers go per layer, and only from layers that can be written back.
    QMap<QString, QList<qint64>> external;
    for (const QString &id : ids)
        if (const auto ref = LayerFeatureRef::fromSelectionId(id))
            external[ref->layerKey].append(ref->fid);
    for (auto it = external.cbegin(); it != external.cend(); ++it) {
        const QString reason = mContext.layers ? mContext.layers->readOnlyReason(it.key()) : tr("not loaded");
        if (!reason.isEmpty()) {
            Q_EMIT message(tr("Nothing deleted: a selected layer is read-only: %1").arg(reason));
            return;
        }
    }
    mContext.selection->clear();
    mContext.undoStack->beginMacro(tr("Delete %n feature(s)", nullptr, int(ids.size())));
    for (const QString &id : ids)
        if (mContext.project->feature(id))
            mContext.undoStack->push(new RemoveFeatureCommand(*mContext.project, id));
    for (auto it = external.cbegin(); it != external.cend(); ++it) {
        const LayerEditing::Layer *layer = mContext.layers->layer(it.key());
        QString error;
        auto command = layer ? LayerFeatureEditCommand::deleteFeatures(*mContext.project, it.key(), *layer->onDisk,
                                                                       it.value(), &error)
                             : nullptr;
        if (command)
            mContext.undoStack->push(command.release());
        else
            Q_EMIT message(error);
    }
    mContext.undoStack->endMacro();
}

void EditTools::duplicateSelected()
{
    const QStringList ids = mContext.selection->featureIds();
    if (!mContext.project || ids.isEmpty())
        return;
    QStringList copies;
    mContext.undoStack->beginMacro(tr("Duplicate %n feature(s)", nullptr, int(ids.size())));
    const auto isLayerFeature = [](const QString &id) { return LayerFeatureRef::fromSelectionId(id).has_value(); };
    if (std::any_of(ids.cbegin(), ids.cend(), isLayerFeature))
        Q_EMIT message(tr("Only plan features are duplicated; features of external layers are left as they are."));
    for (const QString &id : ids) {
        const PlanFeature *f = mContext.project->feature(id);
        if (!f)
            continue;
        PlanFeature copy = *f;
        copy.id = uniqueFeatureId(*mContext.project, f->id);
        copy.nameZh = tr("%1 (copy)").arg(f->nameZh);
        copy.nameEn = f->nameEn.isEmpty() ? QString() : tr("%1 (copy)").arg(f->nameEn);
        mContext.undoStack->push(new AddFeatureCommand(*mContext.project, copy));
        copies.append(copy.id);
    }
    mContext.undoStack->endMacro();
    // The copies sit on the originals; select them so that the move tool drags them away.
    mContext.selection->select(copies);
}

void EditTools::editCoordinates()
{
    const QStringList &ids = mContext.selection->featureIds();
    const PlanFeature *f = mContext.project && ids.size() == 1 ? mContext.project->feature(ids.first()) : nullptr;
    if (!f)
        return;
    std::optional<VertexId> vertex;
    if (mActive == Tool::Vertex && mVertexTool->currentVertex())
        vertex = mVertexTool->currentVertex();
    else if (f->geometry.type == GeometryType::Point)
        vertex = VertexId{};
    if (!vertex || !vertexAt(f->geometry, *vertex)) {
        Q_EMIT message(tr("Pick a vertex with the vertex editor first, or select a point feature"));
        return;
    }
    auto *dialog = new CoordinateDialog(*mContext.project, f->id, *vertex, mContext.canvas);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace yc

namespace yc {

void EditTools::editAttributes()
{
    const QStringList &ids = mContext.selection->featureIds();
    Project *project = mContext.project;
    const PlanFeature *f = project && ids.size() == 1 ? project->feature(ids.first()) : nullptr;
    if (!f)
        return;
    auto *form = new FeatureFormDialog(project->report(), mContext.canvas);
    form->setObjectName(QStringLiteral("editAttributesForm"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowModality(Qt::WindowModal);
    form->setNameZh(f->nameZh);
    form->setNameEn(f->nameEn);
    form->setCategory(f->category);
    form->setCounty(f->county);
    form->setStatus(f->status());
    form->setConfidence(f->confidence);
    form->setLocationNote(f->locationNote);
    form->setSentenceIds(f->sentenceIds);
    const QString id = f->id;
    connect(form, &QDialog::accepted, this, [this, form, project, id]() {
        const PlanFeature *current = project->feature(id);
        if (!current || project != mContext.project)
            return;
        PlanFeature edited = *current;
        form->applyTo(edited);
        auto command = EditAttributesCommand::create(*project, edited);
        const bool statusChanged = form->status() != current->status();
        if (!command && !statusChanged)
            return;
        QUndoStack *stack = project->undoStack();
        stack->beginMacro(tr("Edit %1").arg(edited.nameZh.isEmpty() ? id : edited.nameZh));
        if (command)
            stack->push(command.release());
        if (statusChanged)
            stack->push(new ChangeStatusCommand(*project, id, form->status(), QDate::currentDate(), QString()));
        stack->endMacro();
    });
    form->open();
}

} // namespace yc
