// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigation_panels.h"

#include "bookmarks_dock.h"
#include "geo/coordinate_transform.h"
#include "identify_dock.h"
#include "legend_dock.h"
#include "map_canvas.h"
#include "map_tools/identify_tool.h"
#include "map_tools/view_tools.h"
#include "overview_map.h"
#include "plan/project.h"
#include "scale_box.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace yc {

NavigationPanels::NavigationPanels(QMainWindow *window, MapCanvas *canvas, EditTools *editTools,
                                   const LayerLoader *loader)
    : QObject(window), mWindow(window), mCanvas(canvas), mViewTools(new ViewTools(canvas, editTools, this)),
      mIdentify(new IdentifyDock(window)), mBookmarks(new BookmarksDock(canvas, window)),
      mOverview(new OverviewDock(canvas, window)), mLegend(new LegendDock(loader, window)),
      mScaleBox(new ScaleBox(canvas, window))
{
    window->addDockWidget(Qt::RightDockWidgetArea, mIdentify);
    window->addDockWidget(Qt::LeftDockWidgetArea, mLegend);
    window->addDockWidget(Qt::LeftDockWidgetArea, mOverview);
    window->addDockWidget(Qt::LeftDockWidgetArea, mBookmarks);
    window->tabifyDockWidget(mOverview, mBookmarks);
    mOverview->raise();
    mIdentify->hide();   // shows itself with the first result
    auto *scaleLabel = new QLabel(tr("Scale"), window);
    window->statusBar()->addPermanentWidget(scaleLabel);
    window->statusBar()->addPermanentWidget(mScaleBox);

    connect(mViewTools, &ViewTools::message, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 8000);
    });
    connect(mViewTools->identifyTool(), &IdentifyTool::identified, this,
            [this](QPointF mapPoint, const QList<FeatureHit> &hits, const QStringList &planIds) {
                const CoordinateTransform toLonLat(mCanvas->crs(), Project::storageCrs());
                const std::optional<QPointF> lonLat = toLonLat.isValid() ? toLonLat.apply(mapPoint) : std::nullopt;
                QList<const PlanFeature *> plans;
                for (const QString &id : planIds)
                    if (const PlanFeature *plan = mProject ? mProject->feature(id) : nullptr)
                        plans.append(plan);
                mIdentify->showResults(mapPoint, mCanvas->crs(), lonLat, hits, plans);
                mWindow->statusBar()->showMessage(
                    tr("%n feature(s) found", nullptr, int(hits.size() + plans.size())), 5000);
            });
}

void NavigationPanels::setProject(Project *project)
{
    mProject = project;
    mBookmarks->setProject(project);
    mLegend->setProject(project);
}

void NavigationPanels::addToViewMenu(QMenu *view)
{
    QAction *zoomIn = view->addAction(tr("Zoom &in"), mCanvas, [this]() { mCanvas->zoomBy(2); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), mCanvas, [this]() { mCanvas->zoomBy(0.5); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    for (QAction *a : mViewTools->actions())
        view->addAction(a);
    QAction *bookmark = view->addAction(tr("New &bookmark…"), mBookmarks, &BookmarksDock::addFromDialog);
    bookmark->setObjectName(QStringLiteral("newBookmarkAction"));
    bookmark->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
    view->addSeparator();
    view->addAction(mLegend->toggleViewAction());
    view->addAction(mOverview->toggleViewAction());
    view->addAction(mBookmarks->toggleViewAction());
    view->addAction(mIdentify->toggleViewAction());
}

} // namespace yc
