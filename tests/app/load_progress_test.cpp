// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_run.h"
#include "io/vector_data.h"
#include "layer_loader.h"
#include "layer_tree_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "plan/project.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QLabel>
#include <QPolygonF>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace yc;

namespace {

using yc::test::waitFor;

/// 200,000 ten-vertex lines with a name each: long enough to read that the progress shows before it ends.
QString writeBigLayer(const QTemporaryDir &dir)
{
    VectorData d;
    d.layerName = QStringLiteral("roads");
    d.crs = Crs::wgs84();
    d.geometryType = GeometryType::LineString;
    d.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
    for (int i = 0; i < 200000; ++i) {
        QPolygonF points;
        for (int k = 0; k < 10; ++k)
            points << QPointF(110.5 + (i % 1000) * 1e-3 + k * 1e-4, 34.8 + (i / 1000) * 1e-3 + (k % 2) * 1e-4);
        d.features.append({-1, Geometry::lineString(points), {QStringLiteral("road %1").arg(i)}});
    }
    const QString path = dir.filePath(QStringLiteral("big roads.gpkg"));
    const QString error = writeVectorLayer(d, path);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

/// One short line as GeoJSON: read at once.
QString writeSmallLayer(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.geojson"));
    test::writeText(path, R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"LineString",
         "coordinates":[[110.85,34.95],[111.05,35.05]]}}]})");
    return path;
}

/// A shown main window with an empty project saved in `dir`, done loading and drawing it.
std::unique_ptr<MainWindow> windowWithEmptyProject(const QTemporaryDir &dir)
{
    auto project = std::make_unique<Project>();
    project->setFilePath(dir.filePath(QStringLiteral("project.gpkg")));
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 800);
    window->setProject(std::move(project));
    window->show();
    const auto *loader = window->findChild<LayerLoader *>();
    EXPECT_TRUE(loader && waitFor([&] { return !loader->isLoading() && !window->canvas()->isRendering(); }));
    return window;
}

} // namespace

TEST(LoadProgressTest, ShowsProgressAndCancelLeavesTheProjectAsItWas)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString big = writeBigLayer(dir);
    const QString small = writeSmallLayer(dir);
    const std::unique_ptr<MainWindow> shown = windowWithEmptyProject(dir);
    MainWindow &window = *shown;
    auto *loader = window.findChild<LayerLoader *>();
    ASSERT_NE(loader, nullptr);
    const int layersBefore = int(window.project().layers().size());
    const int canvasLayersBefore = int(window.canvas()->layers().size());
    const int treeRowsBefore = window.layerTreeDock()->tree()->topLevelItemCount();

    ASSERT_EQ(window.addLayerFiles({big}), 1);
    auto *strip = window.statusBar()->findChild<QWidget *>(QStringLiteral("loadProgress"));
    auto *bar = window.statusBar()->findChild<QProgressBar *>(QStringLiteral("loadProgressBar"));
    auto *cancel = window.statusBar()->findChild<QPushButton *>(QStringLiteral("loadCancelButton"));
    ASSERT_TRUE(strip && bar && cancel);
    ASSERT_TRUE(waitFor([&] { return strip->isVisible() && bar->value() > 0; }))
        << "the load ended before its progress was seen";
    EXPECT_LE(bar->value(), bar->maximum());
    const QList<QLabel *> labels = strip->findChildren<QLabel *>();
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_TRUE(labels.first()->text().contains(QStringLiteral("big roads"))) << labels.first()->text().toStdString();

    cancel->click();
    ASSERT_TRUE(waitFor([&] { return !loader->isLoading() && !strip->isVisible(); }));
    EXPECT_EQ(window.project().layers().size(), layersBefore);
    EXPECT_EQ(window.canvas()->layers().size(), canvasLayersBefore);
    EXPECT_EQ(window.layerTreeDock()->tree()->topLevelItemCount(), treeRowsBefore);
    EXPECT_FALSE(window.project().undoStack()->canUndo());
    // Nor is there a Redo step that would bring the layer back and start the long read again.
    EXPECT_FALSE(window.project().undoStack()->canRedo());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")))
        << window.statusBar()->currentMessage().toStdString();

    // The window still works: the next layer is added and read as usual.
    ASSERT_EQ(window.addLayerFiles({small}), 1);
    ASSERT_TRUE(waitFor([&] { return !loader->isLoading() && window.canvas()->layers().size() == canvasLayersBefore + 1; }));
    EXPECT_EQ(window.project().layers().size(), layersBefore + 1);
    EXPECT_FALSE(strip->isVisible());
}

TEST(LoadProgressTest, UndoAndRedoOfAnAdditionShowTheLayerAsItWasRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString small = writeSmallLayer(dir);
    const std::unique_ptr<MainWindow> shown = windowWithEmptyProject(dir);
    MainWindow &window = *shown;
    auto *loader = window.findChild<LayerLoader *>();
    ASSERT_NE(loader, nullptr);
    const qsizetype before = window.canvas()->layers().size();
    const auto canvasData = [&]() -> std::shared_ptr<const VectorData> {
        const QList<RenderLayer> &layers = window.canvas()->layers();
        return layers.size() == before + 1 ? layers.last().data : nullptr;
    };

    ASSERT_EQ(window.addLayerFiles({small}), 1);
    ASSERT_TRUE(waitFor([&] { return !loader->isLoading() && canvasData(); }));
    const std::shared_ptr<const VectorData> read = canvasData();
    QUndoStack *stack = window.project().undoStack();

    stack->undo();
    ASSERT_TRUE(waitFor([&] { return !loader->isLoading() && window.canvas()->layers().size() == before; }));
    // The file is gone by now: a layer shown again must be the one held, not read anew.
    ASSERT_TRUE(QFile::remove(small));
    stack->redo();
    ASSERT_TRUE(waitFor([&] { return !loader->isLoading() && canvasData(); }));
    EXPECT_EQ(canvasData(), read);
    EXPECT_EQ(window.project().layers().size(), before + 1);
}

TEST(LoadProgressTest, ShowsARasterReadAndCancelLeavesItOutOfThatView)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // 40 km square over Yuncheng at 2.5 m, no overviews: the first view of all of it decodes every pixel.
    const QString tif = dir.filePath(QStringLiteral("big ortho.tif"));
    test::writeGeoTiffWithoutOverviews(tif, 490000, 3880000, 2.5, 16000, dir.path());
    const std::unique_ptr<MainWindow> shown = windowWithEmptyProject(dir);
    MainWindow &window = *shown;
    const int layersBefore = int(window.project().layers().size());

    ASSERT_EQ(window.addLayerFiles({tif}), 1);
    auto *strip = window.statusBar()->findChild<QWidget *>(QStringLiteral("loadProgress"));
    auto *label = strip ? strip->findChild<QLabel *>() : nullptr;
    auto *cancel = window.statusBar()->findChild<QPushButton *>(QStringLiteral("loadCancelButton"));
    ASSERT_TRUE(strip && label && cancel);
    ASSERT_TRUE(waitFor([&] { return strip->isVisible() && label->text().contains(QStringLiteral("big ortho")); }))
        << "the raster was read before its progress was seen";
    EXPECT_TRUE(label->text().contains(QStringLiteral("raster"))) << label->text().toStdString();

    cancel->click();
    ASSERT_TRUE(waitFor([&] { return !window.canvas()->isRendering() && !strip->isVisible(); }));
    // The layer stays in the project (only that view's read was stopped); the map shows the rest without it.
    EXPECT_EQ(window.project().layers().size(), layersBefore + 1);
    EXPECT_EQ(window.canvas()->layers().size(), layersBefore + 1);
    const QImage picture = window.canvas()->image();
    ASSERT_FALSE(picture.isNull());
    // The raster's centre (the canvas is in EPSG:4546 and unscaled offscreen, so widget = image pixels).
    const QPoint centre = window.canvas()->toWidget(QPointF(510000, 3860000)).toPoint();
    ASSERT_TRUE(picture.rect().contains(centre));
    EXPECT_NE(picture.pixelColor(centre), QColor(200, 120, 40));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("big ortho")))
        << window.statusBar()->currentMessage().toStdString();
}
