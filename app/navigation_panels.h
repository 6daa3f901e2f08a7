// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;

namespace yc {

class BookmarksDock;
class EditTools;
class IdentifyDock;
class LayerLoader;
class LegendDock;
class MapCanvas;
class OverviewDock;
class Project;
class ScaleBox;
class ViewTools;

/// The panels and tools for finding one's way on the map, wired to the canvas: the identify tool and its
/// results dock, the measure tools, bookmarks, the overview map, the legend and the scale box in the status
/// bar. MainWindow creates it once and tells it which project is shown.
class NavigationPanels : public QObject {
    Q_OBJECT
public:
    NavigationPanels(QMainWindow *window, MapCanvas *canvas, EditTools *editTools, const LayerLoader *loader);
    void setProject(Project *project);
    /// Adds the tools, "New bookmark…" and the docks' toggles to the View menu.
    void addToViewMenu(QMenu *view);

    ViewTools *viewTools() const { return mViewTools; }
    IdentifyDock *identifyDock() const { return mIdentify; }
    BookmarksDock *bookmarksDock() const { return mBookmarks; }
    OverviewDock *overviewDock() const { return mOverview; }
    LegendDock *legendDock() const { return mLegend; }
    ScaleBox *scaleBox() const { return mScaleBox; }

private:
    QMainWindow *mWindow;
    MapCanvas *mCanvas;
    QPointer<Project> mProject;
    ViewTools *mViewTools;
    IdentifyDock *mIdentify;
    BookmarksDock *mBookmarks;
    OverviewDock *mOverview;
    LegendDock *mLegend;
    ScaleBox *mScaleBox;
};

} // namespace yc
