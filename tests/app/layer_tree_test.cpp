// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_run.h"
#include "cursor_coordinates.h"
#include "geo/coordinate_transform.h"
#include "layer_actions.h"
#include "layer_loader.h"
#include "layer_tree_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "plan/layer_commands.h"
#include "plan/project.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>

#include <cmath>

using namespace yc;

namespace {

using yc::test::waitFor;

const RenderLayer *canvasLayer(const MapCanvas *canvas, const QString &name)
{
    for (const RenderLayer &l : canvas->layers())
        if (l.name == name)
            return &l;
    return nullptr;
}

/// A MainWindow on a project (file set, not saved) with a GeoJSON layer over a GeoTIFF in EPSG:4546.
class LayerTreeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        ASSERT_TRUE(mRuntime.isValid());
        test::writeText(mDir.filePath(QStringLiteral("roads.geojson")), R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"LineString",
             "coordinates":[[110.85,34.95],[111.05,35.05]]}}]})");
        ASSERT_NO_FATAL_FAILURE(test::writeGradientGeoTiff(mDir.filePath(QStringLiteral("relief.tif")), 480000,
                                                           3890000, 200, 100, 80, mRuntime.path()));
        auto project = std::make_unique<Project>();
        project->setFilePath(mDir.filePath(QStringLiteral("project.gpkg")));
        project->setLayers({{QStringLiteral("relief"), QStringLiteral("relief.tif"), {}, true, 1.0, {}},
                            {QStringLiteral("roads"), QStringLiteral("roads.geojson"), {}, true, 1.0, {}}});
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1200, 800);
        mWindow->setProject(std::move(project));
        mWindow->show();
        ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().size() == 2; }));
    }

    QTreeWidget *tree() const { return mWindow->layerTreeDock()->tree(); }

    QTemporaryDir mDir;
    QTemporaryDir mRuntime;
    std::unique_ptr<MainWindow> mWindow;
};

} // namespace

TEST_F(LayerTreeTest, ShowsLayersTopFirstAndLoadsTheRaster)
{
    ASSERT_EQ(tree()->topLevelItemCount(), 2);
    EXPECT_EQ(tree()->topLevelItem(0)->text(0), QStringLiteral("roads"));   // drawn last, listed first
    EXPECT_EQ(tree()->topLevelItem(1)->text(0), QStringLiteral("relief"));
    const RenderLayer *relief = canvasLayer(mWindow->canvas(), QStringLiteral("relief"));
    ASSERT_NE(relief, nullptr);
    ASSERT_TRUE(relief->raster);
    EXPECT_EQ(relief->raster->info().crs, Crs::cgcs2000Gk111());
    EXPECT_FALSE(relief->data);
    // The raster is drawn: some of its reds and blues show on the canvas.
    ASSERT_TRUE(waitFor([&] { return !mWindow->canvas()->isRendering() && !mWindow->canvas()->image().isNull(); }));
    const QImage image = mWindow->canvas()->image();
    bool gradient = false;
    for (int y = 0; y < image.height() && !gradient; y += 3)
        for (int x = 0; x < image.width() && !gradient; x += 3) {
            const QColor c = image.pixelColor(x, y);
            gradient = c.green() > 50 && c.green() < 70 && (c.red() > 150 || c.blue() > 150);
        }
    EXPECT_TRUE(gradient);
}

TEST_F(LayerTreeTest, CheckboxTogglesVisibilityUndoably)
{
    QTreeWidgetItem *roads = tree()->topLevelItem(0);
    roads->setCheckState(0, Qt::Unchecked);
    EXPECT_FALSE(mWindow->project().layers().at(1).visible);
    ASSERT_TRUE(waitFor([&] {
        const RenderLayer *l = canvasLayer(mWindow->canvas(), QStringLiteral("roads"));
        return l && !l->visible;
    }));
    mWindow->project().undoStack()->undo();
    ASSERT_TRUE(waitFor([&] {
        const RenderLayer *l = canvasLayer(mWindow->canvas(), QStringLiteral("roads"));
        return l && l->visible;
    }));
    EXPECT_EQ(tree()->topLevelItem(0)->checkState(0), Qt::Checked);
}

TEST_F(LayerTreeTest, OpacityAndOrderReachTheCanvas)
{
    LayerTreeDock *dock = mWindow->layerTreeDock();
    dock->setLayerOpacity(0, 0.4);
    dock->setLayerOpacity(0, 0.3);
    EXPECT_EQ(mWindow->project().undoStack()->count(), 1);   // one step for a slider drag
    ASSERT_TRUE(waitFor([&] {
        const RenderLayer *l = canvasLayer(mWindow->canvas(), QStringLiteral("relief"));
        return l && qFuzzyCompare(l->opacity, 0.3);
    }));
    dock->moveLayer(1, 0);   // roads under relief
    EXPECT_EQ(tree()->topLevelItem(0)->text(0), QStringLiteral("relief"));
    ASSERT_TRUE(waitFor([&] {
        const QList<RenderLayer> &layers = mWindow->canvas()->layers();
        return layers.size() == 2 && layers.first().name == QStringLiteral("roads");
    }));
    dock->removeLayer(0);
    ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().size() == 1; }));
    mWindow->project().undoStack()->undo();
    ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().size() == 2; }));
}

TEST_F(LayerTreeTest, AddsFilesWithRelativePathsAndWarnsAboutAMissingCrs)
{
    // A CSV with a WKT column and no .prj: no CRS.
    test::writeText(mDir.filePath(QStringLiteral("sites.csv")), "WKT,name\n\"POINT (111.0 35.0)\",site\n");
    QDir(mDir.path()).mkpath(QStringLiteral("images"));
    ASSERT_TRUE(QFile::copy(mDir.filePath(QStringLiteral("relief.tif")), mDir.filePath(QStringLiteral("images/copy.tif"))));
    const int added = mWindow->addLayerFiles({mDir.filePath(QStringLiteral("sites.csv")),
                                              mDir.filePath(QStringLiteral("images/copy.tif"))});
    EXPECT_EQ(added, 2);
    const QList<LayerRef> &layers = mWindow->project().layers();
    ASSERT_EQ(layers.size(), 4);
    EXPECT_EQ(layers.first().source, QStringLiteral("images/copy.tif"));   // rasters go to the bottom
    EXPECT_EQ(layers.last().source, QStringLiteral("sites.csv"));
    ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().size() == 4; }));
    const QList<LoadedLayer> &loaded = mWindow->findChild<LayerLoader *>()->layers();
    ASSERT_EQ(loaded.size(), 4);
    EXPECT_TRUE(loaded.last().assumedWgs84);
    EXPECT_EQ(loaded.last().layer.data->crs, Crs::wgs84());
    EXPECT_FALSE(loaded.at(1).assumedWgs84);
    EXPECT_FALSE(tree()->topLevelItem(0)->icon(0).isNull());   // the warning icon on sites
    EXPECT_TRUE(tree()->topLevelItem(1)->icon(0).isNull());
    EXPECT_TRUE(mWindow->statusBar()->currentMessage().contains(QStringLiteral("sites")));
    mWindow->project().undoStack()->undo();
    EXPECT_EQ(mWindow->project().layers().size(), 2);
}

TEST_F(LayerTreeTest, DroppedFilesBecomeLayers)
{
    test::writeText(mDir.filePath(QStringLiteral("more.geojson")), R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[111.0,35.0]}}]})");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(mDir.filePath(QStringLiteral("more.geojson")))});
    // Qt delivers a drop to the widget that accepted the drag's enter event.
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mWindow.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mWindow.get(), &drop);
    ASSERT_EQ(mWindow->project().layers().size(), 3);
    EXPECT_EQ(mWindow->project().layers().last().name, QStringLiteral("more"));
}

TEST_F(LayerTreeTest, Gcj02FlagShiftsTheLayerOnce)
{
    const Envelope before = mWindow->findChild<LayerLoader *>()->layers().at(1).layer.data->extent;
    QList<LayerRef> layers = mWindow->project().layers();
    setLayerStyleObject(layers[1], QJsonObject{{QStringLiteral("gcj02"), true}});
    mWindow->project().undoStack()->push(new SetLayersCommand(mWindow->project(), layers, QStringLiteral("gcj")));
    LayerLoader *loader = mWindow->findChild<LayerLoader *>();
    ASSERT_TRUE(waitFor([&] { return !loader->isLoading() && layerIsGcj02(loader->layers().at(1).ref); }));
    const Envelope after = loader->layers().at(1).layer.data->extent;
    // Around Yuncheng GCJ-02 is some hundreds of metres off WGS84.
    const double shift = std::hypot(after.xMin - before.xMin, after.yMin - before.yMin);
    EXPECT_GT(shift, 0.001);
    EXPECT_LT(shift, 0.02);
}

TEST_F(LayerTreeTest, ProjectCrsChangeKeepsTheAreaAndUndoes)
{
    MapCanvas *canvas = mWindow->canvas();
    ASSERT_TRUE(waitFor([&] { return canvas->unitsPerPixel() > 0; }));
    const Envelope shown = canvas->visibleExtent();
    const std::optional<QPointF> centre = CoordinateTransform(canvas->crs(), Crs::wgs84()).apply(shown.center());
    ASSERT_TRUE(centre);
    mWindow->layerActions()->setProjectCrs(Crs::fromUserInput(QStringLiteral("EPSG:4326")));
    EXPECT_EQ(mWindow->project().crs(), Crs::wgs84());
    EXPECT_EQ(canvas->crs(), Crs::wgs84());
    const QPointF now = canvas->visibleExtent().center();
    EXPECT_NEAR(now.x(), centre->x(), 0.01);
    EXPECT_NEAR(now.y(), centre->y(), 0.01);
    // The status bar shows where the mouse is in both CRSs.
    auto *coordinates = mWindow->findChild<CursorCoordinates *>();
    ASSERT_NE(coordinates, nullptr);
    coordinates->showPosition(QPointF(canvas->width() / 2.0, canvas->height() / 2.0));
    EXPECT_TRUE(coordinates->text().contains(QStringLiteral("EPSG:4326")));
    mWindow->project().undoStack()->undo();
    EXPECT_EQ(mWindow->project().crs(), Crs::cgcs2000Gk111());
    EXPECT_EQ(canvas->crs(), Crs::cgcs2000Gk111());
}
