// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/edit_tools.h"

#include "map_canvas.h"
#include "map_tools/move_tool.h"
#include "map_tools/select_tool.h"
#include "map_tools/vertex_tool.h"
#include "plan/plan_commands.h"
#include "plan/project.h"
#include "selection.h"

#include <QAction>
#include <QActionGroup>

namespace yc {

EditTools::EditTools(MapCanvas *canvas, Selection *selection, QObject *parent)
    : QObject(parent), mContext{canvas, selection, nullptr, nullptr, nullptr}, mCanvas(canvas), mSnapper(canvas),
      mToolGroup(new QActionGroup(this))
{
    mContext.snapper = &mSnapper;
    mSelectTool = std::make_unique<SelectTool>(mContext);
    mMoveTool = std::make_unique<MoveFeatureTool>(mContext);
    mVertexTool = std::make_unique<VertexEditorTool>(mContext);
    for (MapTool *t : {tool(Tool::Select), tool(Tool::Move), tool(Tool::Vertex)})
        connect(t, &MapTool::message, this, &EditTools::message);

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
    updateActions();
}

MapTool *EditTools::tool(Tool t) const
{
    switch (t) {
    case Tool::Select: return mSelectTool.get();
    case Tool::Move: return mMoveTool.get();
    case Tool::Vertex: return mVertexTool.get();
    }
    return mSelectTool.get();
}

void EditTools::activate(Tool t)
{
    tool(mActive)->deactivate();
    mActive = t;
    QAction *action = t == Tool::Select ? mSelectAction : t == Tool::Move ? mMoveAction : mVertexAction;
    action->setChecked(true);
    mContext.canvas->setTool(tool(t));
}

QList<QAction *> EditTools::toolActions() const { return {mSelectAction, mMoveAction, mVertexAction}; }

void EditTools::updateActions()
{
    const bool any = mContext.project && !mContext.selection->featureIds().isEmpty();
    mDelete->setEnabled(any);
    mDuplicate->setEnabled(any);
}

void EditTools::deleteSelected()
{
    const QStringList ids = mContext.selection->featureIds();
    if (!mContext.project || ids.isEmpty())
        return;
    mContext.selection->clear();
    mContext.undoStack->beginMacro(tr("Delete %n feature(s)", nullptr, int(ids.size())));
    for (const QString &id : ids)
        if (mContext.project->feature(id))
            mContext.undoStack->push(new RemoveFeatureCommand(*mContext.project, id));
    mContext.undoStack->endMacro();
}

void EditTools::duplicateSelected()
{
    const QStringList ids = mContext.selection->featureIds();
    if (!mContext.project || ids.isEmpty())
        return;
    QStringList copies;
    mContext.undoStack->beginMacro(tr("Duplicate %n feature(s)", nullptr, int(ids.size())));
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

} // namespace yc
