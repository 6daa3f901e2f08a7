// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/map_tool.h"

#include "layer_editing.h"
#include "map_canvas.h"
#include "plan/geometry_commands.h"
#include "plan/project.h"

#include <QMessageBox>
#include <QPushButton>

namespace yc {

QString MapTool::featureIdAt(QPointF widgetPos) const
{
    const QString id = mContext.canvas->featureAt(widgetPos);
    if (!id.isEmpty() || !mContext.layers)
        return id;
    const auto ref = mContext.layers->featureAt(widgetPos);
    return ref ? ref->toSelectionId() : QString();
}

QString MapTool::readOnlyReason(const QString &layerKey) const
{
    if (!mContext.layers)
        return tr("External layers cannot be edited here.");
    const QString reason = mContext.layers->readOnlyReason(layerKey);
    return reason.isEmpty() ? QString() : tr("This layer is read-only: %1").arg(reason);
}

QStringList placeholderIds(const Project &project, const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        if (const PlanFeature *f = project.feature(id); f && f->confidence == LocationConfidence::Placeholder)
            out.append(id);
    return out;
}

void askConfidenceAfterMove(MapToolContext &context, const QStringList &ids)
{
    if (ids.isEmpty() || !context.project)
        return;
    QStringList names;
    for (const QString &id : ids)
        if (const PlanFeature *f = context.project->feature(id))
            names.append(f->nameZh.isEmpty() ? f->id : f->nameZh);
    auto *box = new QMessageBox(QMessageBox::Question, MapTool::tr("Location of a placeholder"),
                                MapTool::tr("%1 had a placeholder location. How exact is the new one?")
                                    .arg(names.join(QStringLiteral("、"))),
                                QMessageBox::NoButton, context.canvas);
    box->setObjectName(QStringLiteral("placeholderQuestion"));
    QPushButton *surveyed = box->addButton(MapTool::tr("Surveyed"), QMessageBox::AcceptRole);
    QPushButton *approximate = box->addButton(MapTool::tr("Approximate"), QMessageBox::AcceptRole);
    box->addButton(MapTool::tr("Still a placeholder"), QMessageBox::RejectRole);
    box->setDefaultButton(approximate);
    box->setAttribute(Qt::WA_DeleteOnClose);
    Project *project = context.project;
    QUndoStack *stack = context.undoStack;
    QObject::connect(box, &QMessageBox::finished, box, [=]() {
        const auto *clicked = box->clickedButton();
        if (clicked != surveyed && clicked != approximate)
            return;
        const LocationConfidence confidence =
            clicked == surveyed ? LocationConfidence::Surveyed : LocationConfidence::Approximate;
        const QString note = clicked == surveyed ? MapTool::tr("Moved onto the surveyed location on the map")
                                                 : MapTool::tr("Moved to an approximate location on the map");
        stack->beginMacro(MapTool::tr("Mark the new location as %1").arg(displayName(confidence)));
        for (const QString &id : ids)
            if (auto command = SetConfidenceCommand::create(*project, id, confidence, note))
                stack->push(command.release());
        stack->endMacro();
    });
    box->open();
}

} // namespace yc
