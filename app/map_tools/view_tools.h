// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/map_tool.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace yc {

class EditTools;
class IdentifyTool;
class MeasureTool;

/// The map tools that look without editing: identify, measure distance, measure area. They share the canvas
/// with the edit tools: picking one here releases the active edit tool, and picking an edit tool releases
/// these. Escape on the canvas leaves the active one for the select tool (once the tool has nothing of its
/// own to drop, such as a measurement under way).
class ViewTools : public QObject {
    Q_OBJECT
public:
    ViewTools(MapCanvas *canvas, EditTools *editTools, QObject *parent = nullptr);
    ~ViewTools() override;

    IdentifyTool *identifyTool() const { return mIdentify.get(); }
    MeasureTool *distanceTool() const { return mDistance.get(); }
    MeasureTool *areaTool() const { return mArea.get(); }
    QList<QAction *> actions() const { return {mIdentifyAction, mDistanceAction, mAreaAction}; }
    void activate(MapTool *tool);

Q_SIGNALS:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void release();

    MapToolContext mContext;
    QPointer<MapCanvas> mCanvas;
    EditTools *mEditTools;
    std::unique_ptr<IdentifyTool> mIdentify;
    std::unique_ptr<MeasureTool> mDistance;
    std::unique_ptr<MeasureTool> mArea;
    MapTool *mActive = nullptr;
    QAction *mIdentifyAction;
    QAction *mDistanceAction;
    QAction *mAreaAction;
};

} // namespace yc
