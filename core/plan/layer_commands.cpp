// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/layer_commands.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace yc {

SetLayersCommand::SetLayersCommand(Project &project, QList<LayerRef> layers, const QString &text,
                                   const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent), mProject(project), mBefore(project.layers()), mAfter(std::move(layers)),
      mMergeKey(mergeKey)
{
}

void SetLayersCommand::redo()
{
    mProject.setLayers(mAfter);
}

void SetLayersCommand::undo()
{
    mProject.setLayers(mBefore);
}

bool SetLayersCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetLayersCommand *>(other);
    if (!next || next->mMergeKey != mMergeKey || &next->mProject != &mProject)
        return false;
    mAfter = next->mAfter;
    return true;
}

SetCrsCommand::SetCrsCommand(Project &project, const Crs &crs, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mBefore(project.crs()), mAfter(crs)
{
    const QString name = crs.authId().isEmpty() ? crs.name() : crs.authId();
    setText(QCoreApplication::translate("yc::SetCrsCommand", "Set map CRS to %1").arg(name));
}

void SetCrsCommand::redo()
{
    mProject.setCrs(mAfter);
}

void SetCrsCommand::undo()
{
    mProject.setCrs(mBefore);
}

QJsonObject layerStyleObject(const LayerRef &layer)
{
    return QJsonDocument::fromJson(layer.style.toUtf8()).object();
}

void setLayerStyleObject(LayerRef &layer, const QJsonObject &style)
{
    layer.style = style.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(style).toJson(QJsonDocument::Compact));
}

bool layerIsGcj02(const LayerRef &layer)
{
    return layerStyleObject(layer).value(QLatin1String("gcj02")).toBool();
}

bool layerIsEditable(const LayerRef &layer)
{
    return layerStyleObject(layer).value(QLatin1String("editable")).toBool();
}

QString layerEncoding(const LayerRef &layer)
{
    return layerStyleObject(layer).value(QLatin1String("encoding")).toString();
}

Crs layerCrs(const LayerRef &layer)
{
    const QString definition = layerStyleObject(layer).value(QLatin1String("crs")).toString().trimmed();
    return definition.isEmpty() ? Crs() : Crs::fromUserInput(definition);
}

LayerStyle layerSymbology(const LayerRef &layer)
{
    return LayerStyle::fromJson(layerStyleObject(layer).value(QLatin1String("symbology")).toObject());
}

void setLayerSymbology(LayerRef &layer, const LayerStyle &style)
{
    QJsonObject o = layerStyleObject(layer);
    if (style.isDefault())
        o.remove(QLatin1String("symbology"));
    else
        o.insert(QStringLiteral("symbology"), style.toJson());
    setLayerStyleObject(layer, o);
}

} // namespace yc
