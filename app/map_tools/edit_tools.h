// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/map_tool.h"
#include "map_tools/snapper.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;

namespace yc {

class AddFeatureTool;
class AnnotationTool;
class MoveFeatureTool;
class SelectTool;
class VertexEditorTool;

/// The map editing tools and their actions: which tool is active (select, move, vertex editor, add point / line /
/// polygon), snapping on or
/// off, deleting and duplicating the selected features. MainWindow puts the actions in its menus and tells it
/// which project is shown.
class EditTools : public QObject {
    Q_OBJECT
public:
    enum class Tool { Select, Move, Vertex, AddPoint, AddLine, AddPolygon,
                      AddText, AddCallout, AddArrow, AddRectangle, AddEllipse };

    EditTools(MapCanvas *canvas, Selection *selection, QObject *parent = nullptr);
    ~EditTools() override;

    void setProject(Project *project);
    /// Lets the tools edit features of external layers too (not owned; lives as long as the window).
    void setLayerEditing(LayerEditing *layers) { mContext.layers = layers; }
    void activate(Tool tool);
    Tool activeTool() const { return mActive; }
    MapTool *tool(Tool tool) const;
    Snapper &snapper() { return mSnapper; }

    QList<QAction *> toolActions() const;
    QAction *snappingAction() const { return mSnapping; }
    QAction *deleteAction() const { return mDelete; }
    QAction *duplicateAction() const { return mDuplicate; }
    /// Edit ▸ Set coordinates…: typed coordinates for the selected point, or for the vertex picked in the
    /// vertex editor.
    QAction *coordinatesAction() const { return mCoordinates; }
    /// Edit ▸ Edit attributes…: the attribute form for the selected plan feature; the changes are one undo step
    /// (a changed status is appended to the history as its own step).
    QAction *attributesAction() const { return mAttributes; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void deleteSelected();
    void duplicateSelected();
    void editCoordinates();
    void editAttributes();
    void updateActions();

    MapToolContext mContext;
    QPointer<MapCanvas> mCanvas;   ///< may go first when the window is destroyed
    Snapper mSnapper;
    std::unique_ptr<SelectTool> mSelectTool;
    std::unique_ptr<MoveFeatureTool> mMoveTool;
    std::unique_ptr<VertexEditorTool> mVertexTool;
    std::unique_ptr<AddFeatureTool> mAddPointTool;
    std::unique_ptr<AddFeatureTool> mAddLineTool;
    std::unique_ptr<AddFeatureTool> mAddPolygonTool;
    std::unique_ptr<AnnotationTool> mAnnotationTools[5];   ///< text, callout, arrow, rectangle, ellipse
    QMetaObject::Connection mAnnotationsConnection;        ///< project annotations → canvas
    Tool mActive = Tool::Select;
    QActionGroup *mToolGroup;
    QAction *mSelectAction;
    QAction *mMoveAction;
    QAction *mVertexAction;
    QAction *mAddPointAction;
    QAction *mAddLineAction;
    QAction *mAddPolygonAction;
    QList<QAction *> mAnnotationActions;
    QAction *mSnapping;
    QAction *mDelete;
    QAction *mDuplicate;
    QAction *mCoordinates;
    QAction *mAttributes;
};

} // namespace yc
