// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/layer_commands.h"
#include "storage/project_store.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace yc;

namespace {

LayerRef layer(const QString &name, const QString &source, bool visible = true, double opacity = 1.0)
{
    LayerRef l;
    l.name = name;
    l.source = source;
    l.visible = visible;
    l.opacity = opacity;
    return l;
}

} // namespace

TEST(LayerCommands, SetLayersDoesAndUndoes)
{
    Project project;
    const QList<LayerRef> before = {layer(QStringLiteral("roads"), QStringLiteral("roads.geojson"))};
    project.setLayers(before);
    QList<LayerRef> after = before;
    after[0].visible = false;
    after.append(layer(QStringLiteral("dem"), QStringLiteral("dem.tif"), true, 0.5));
    QSignalSpy changed(&project, &Project::layersChanged);
    project.undoStack()->push(new SetLayersCommand(project, after, QStringLiteral("edit")));
    EXPECT_EQ(project.layers(), after);
    EXPECT_EQ(changed.count(), 1);
    project.undoStack()->undo();
    EXPECT_EQ(project.layers(), before);
    project.undoStack()->redo();
    EXPECT_EQ(project.layers(), after);
}

TEST(LayerCommands, OpacityDragMergesIntoOneStep)
{
    Project project;
    project.setLayers({layer(QStringLiteral("a"), QStringLiteral("a.gpkg"))});
    for (double opacity : {0.9, 0.7, 0.4}) {
        QList<LayerRef> layers = project.layers();
        layers[0].opacity = opacity;
        project.undoStack()->push(new SetLayersCommand(project, layers, QStringLiteral("opacity"),
                                                       QStringLiteral("opacity:0")));
    }
    EXPECT_EQ(project.undoStack()->count(), 1);
    EXPECT_DOUBLE_EQ(project.layers().at(0).opacity, 0.4);
    project.undoStack()->undo();
    EXPECT_DOUBLE_EQ(project.layers().at(0).opacity, 1.0);
    // Without a merge key every change is its own step.
    for (bool visible : {false, true}) {
        QList<LayerRef> layers = project.layers();
        layers[0].visible = visible;
        project.undoStack()->push(new SetLayersCommand(project, layers, QStringLiteral("visibility")));
    }
    EXPECT_EQ(project.undoStack()->count(), 2);
}

TEST(LayerCommands, SetCrsDoesAndUndoes)
{
    Project project;
    QSignalSpy changed(&project, &Project::crsChanged);
    project.undoStack()->push(new SetCrsCommand(project, Crs::wgs84()));
    EXPECT_EQ(project.crs(), Crs::wgs84());
    EXPECT_TRUE(project.undoStack()->undoText().contains(QLatin1String("EPSG:4326")));
    project.undoStack()->undo();
    EXPECT_EQ(project.crs(), Crs::cgcs2000Gk111());
    EXPECT_EQ(changed.count(), 2);
}

TEST(LayerCommands, StyleJsonKeepsUnknownKeys)
{
    LayerRef l = layer(QStringLiteral("poi"), QStringLiteral("poi.shp"));
    EXPECT_FALSE(layerIsGcj02(l));
    EXPECT_TRUE(layerEncoding(l).isEmpty());
    l.style = QStringLiteral(R"({"stroke":"#ff0000"})");
    QJsonObject style = layerStyleObject(l);
    style.insert(QStringLiteral("gcj02"), true);
    style.insert(QStringLiteral("encoding"), QStringLiteral("CP936"));
    setLayerStyleObject(l, style);
    EXPECT_TRUE(layerIsGcj02(l));
    EXPECT_EQ(layerEncoding(l), QStringLiteral("CP936"));
    EXPECT_EQ(layerStyleObject(l).value(QStringLiteral("stroke")).toString(), QStringLiteral("#ff0000"));
}

TEST(LayerCommands, SavedAndReopenedProjectKeepsTheLayers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Project project;
    project.setLayers({layer(QStringLiteral("roads"), QStringLiteral("roads.geojson"))});
    QList<LayerRef> edited = project.layers();
    edited[0].visible = false;
    edited[0].opacity = 0.35;
    setLayerStyleObject(edited[0], QJsonObject{{QStringLiteral("gcj02"), true}, {QStringLiteral("encoding"),
                                                                                  QStringLiteral("GB18030")}});
    LayerRef dem = layer(QString::fromUtf8("高程"), QStringLiteral("data/dem.tif"), true, 0.6);
    edited.prepend(dem);
    project.undoStack()->push(new SetLayersCommand(project, edited, QStringLiteral("edit")));
    project.undoStack()->push(new SetCrsCommand(project, Crs::fromEpsg(3857)));

    const QString path = dir.filePath(QStringLiteral("p.gpkg"));
    const StorageResult saved = GeoPackageProjectStore::save(project, path);
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    Project reopened;
    const StorageResult loaded = GeoPackageProjectStore::load(reopened, path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    ASSERT_EQ(reopened.layers().size(), 2);
    EXPECT_EQ(reopened.layers(), edited);
    EXPECT_TRUE(layerIsGcj02(reopened.layers().at(1)));
    EXPECT_EQ(layerEncoding(reopened.layers().at(1)), QStringLiteral("GB18030"));
    EXPECT_EQ(reopened.crs(), Crs::fromEpsg(3857));
}
