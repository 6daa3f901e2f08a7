// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/view_tools.h"

#include "map_canvas.h"
#include "map_tools/edit_tools.h"
#include "map_tools/identify_tool.h"
#include "map_tools/measure_tool.h"

#include <QAction>
#include <QKeyEvent>

namespace yc {

ViewTools::ViewTools(MapCanvas *canvas, EditTools *editTools, QObject *parent)
    : QObject(parent), mContext{canvas, nullptr, nullptr, nullptr, nullptr}, mCanvas(canvas), mEditTools(editTools),
      mIdentify(std::make_unique<IdentifyTool>(mContext)),
      mDistance(std::make_unique<MeasureTool>(mContext, MeasureTool::Mode::Distance)),
      mArea(std::make_unique<MeasureTool>(mContext, MeasureTool::Mode::Area))
{
    const auto add = [this](const QString &text, const QString &name, const QKeySequence &key, MapTool *tool) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, tool]() { activate(tool); });
        connect(tool, &MapTool::message, this, &ViewTools::message);
        return a;
    };
    mIdentifyAction = add(tr("&Identify features"), QStringLiteral("identifyToolAction"),
                          QKeySequence(QStringLiteral("I")), mIdentify.get());
    mDistanceAction = add(tr("Measure &distance"), QStringLiteral("measureDistanceAction"),
                          QKeySequence(QStringLiteral("R")), mDistance.get());
    mAreaAction = add(tr("Measure &area"), QStringLiteral("measureAreaAction"),
                      QKeySequence(QStringLiteral("Shift+R")), mArea.get());
    // An edit tool picked from its menu or shortcut takes the canvas back.
    for (QAction *a : editTools->toolActions())
        connect(a, &QAction::triggered, this, &ViewTools::release);
    canvas->installEventFilter(this);
}

ViewTools::~ViewTools()
{
    if (mCanvas && mActive && mCanvas->tool() == mActive)
        mCanvas->setTool(nullptr);
}

void ViewTools::activate(MapTool *tool)
{
    if (mActive && mActive != tool)
        mActive->deactivate();
    if (!mActive)
        mEditTools->tool(mEditTools->activeTool())->deactivate();
    for (QAction *a : mEditTools->toolActions())
        a->setChecked(false);
    mActive = tool;
    mIdentifyAction->setChecked(tool == mIdentify.get());
    mDistanceAction->setChecked(tool == mDistance.get());
    mAreaAction->setChecked(tool == mArea.get());
    mCanvas->setTool(tool);
    mCanvas->setFocus();
    Q_EMIT message(tool == mIdentify.get() ? tr("Click the map to list the features there.")
                                           : tr("Click to add points; double-click or right-click to finish, "
                                                "Escape to start over."));
}

bool ViewTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mCanvas || event->type() != QEvent::KeyPress || !mActive || mCanvas->tool() != mActive)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Escape)
        return false;   // the canvas gives other keys to the tool first
    if (mActive->keyPress(key))
        return true;    // the tool dropped what it had (a measurement under way)
    release();
    mEditTools->activate(EditTools::Tool::Select);
    Q_EMIT message(QString());
    return true;
}

void ViewTools::release()
{
    if (mActive)
        mActive->deactivate();
    mActive = nullptr;
    for (QAction *a : actions())
        a->setChecked(false);
}

} // namespace yc
