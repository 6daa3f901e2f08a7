// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>
#include <QUndoStack>

#include <memory>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace yc {

class LayerEditing;
class MapCanvas;
class Project;
class Selection;
class Snapper;

/// What the tools work on. The project changes when another one is opened; the rest lives as long as the
/// window.
struct MapToolContext {
    MapCanvas *canvas = nullptr;
    Selection *selection = nullptr;
    Project *project = nullptr;
    Snapper *snapper = nullptr;
    QUndoStack *undoStack = nullptr;   ///< the project's
    LayerEditing *layers = nullptr;    ///< features of external layers; null: plan features only
};

/// An interaction on the map canvas. The canvas hands mouse and key events to the active tool first; a
/// handler returns true when it used the event, otherwise the canvas pans, zooms and picks as usual.
class MapTool : public QObject {
    Q_OBJECT
public:
    MapTool(MapToolContext &context, QObject *parent = nullptr) : QObject(parent), mContext(context) {}

    virtual QCursor cursor() const { return QCursor(Qt::ArrowCursor); }
    virtual bool mousePress(QMouseEvent *) { return false; }
    virtual bool mouseMove(QMouseEvent *) { return false; }
    virtual bool mouseRelease(QMouseEvent *) { return false; }
    virtual bool mouseDoubleClick(QMouseEvent *) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }
    /// Draws the tool's markers (handles, snapping marker, selection box) over the map.
    virtual void paint(QPainter &) {}
    /// Called when the tool stops being the active one: drop any half-done interaction.
    virtual void deactivate() {}

Q_SIGNALS:
    /// A short message for the status bar (an edit that was refused, what a click will do).
    void message(const QString &text);

protected:
    /// A fresh number for the edits of one mouse drag, so that they merge into one undo step.
    static int nextGesture()
    {
        static int gesture = 0;
        return ++gesture;
    }
    /// The selection id of the feature under `widgetPos`: a plan feature first, else one of an external layer
    /// (LayerFeatureRef::toSelectionId); empty when there is none.
    QString featureIdAt(QPointF widgetPos) const;
    /// Why features of the external layer `layerKey` cannot be edited; empty when they can.
    QString readOnlyReason(const QString &layerKey) const;
    /// Pushes `command` on the project's undo stack, or reports `error` when it was refused (null).
    template<typename Command>
    bool push(std::unique_ptr<Command> command, const QString &error);

    MapToolContext &mContext;
};

template<typename Command>
bool MapTool::push(std::unique_ptr<Command> command, const QString &error)
{
    if (!command) {
        Q_EMIT message(error);
        return false;
    }
    mContext.undoStack->push(command.release());
    return true;
}

/// The ids among `ids` whose location is a placeholder.
QStringList placeholderIds(const Project &project, const QStringList &ids);
/// After placeholders were moved, asks (without blocking) whether their new location is surveyed or
/// approximate, and records the answer as an undoable edit.
void askConfidenceAfterMove(MapToolContext &context, const QStringList &ids);

} // namespace yc
