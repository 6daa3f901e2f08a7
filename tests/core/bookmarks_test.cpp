// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/bookmarks.h"
#include "plan/layer_commands.h"
#include "plan/project.h"
#include "storage/project_store.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace yc;

TEST(Bookmarks, JsonSkipsWhatItCannotUse)
{
    const QList<Bookmark> marks = {
        {QString::fromUtf8("盐湖"), Envelope::of(470000, 3860000, 500000, 3890000), Crs::cgcs2000Gk111()},
        {QStringLiteral("Lon/lat"), Envelope::of(110.1, 34.6, 111.9, 35.9), Crs::fromUserInput(QStringLiteral("EPSG:4326"))}};
    EXPECT_EQ(bookmarksFromJson(bookmarksToJson(marks)), marks);
    EXPECT_TRUE(bookmarksFromJson(QStringLiteral("not json")).isEmpty());
    EXPECT_TRUE(bookmarksFromJson(QStringLiteral(R"([{"name":"x","crs":"EPSG:4326","extent":[1,2]},)"
                                                 R"({"name":"","crs":"EPSG:4326","extent":[1,2,3,4]}])")).isEmpty());
}

TEST(Bookmarks, CommandUndoesAndTheStoreKeepsBookmarksAndStyles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Project project;
    project.setTitle(QStringLiteral("styles"));
    int signals_ = 0;
    QObject::connect(&project, &Project::bookmarksChanged, [&signals_]() { ++signals_; });
    const Bookmark mark{QString::fromUtf8("永济 蒲津渡"), Envelope::of(440000, 3850000, 450000, 3860000),
                        Crs::cgcs2000Gk111()};
    project.undoStack()->push(new SetBookmarksCommand(project, {mark}, QStringLiteral("Add bookmark")));
    EXPECT_EQ(project.bookmarks(), QList<Bookmark>{mark});
    project.undoStack()->undo();
    EXPECT_TRUE(project.bookmarks().isEmpty());
    project.undoStack()->redo();
    EXPECT_EQ(signals_, 3);

    LayerRef layer{QStringLiteral("parcels"), QStringLiteral("parcels.geojson"), {}, true, 0.8, {}};
    LayerStyle style;
    style.kind = LayerStyle::Kind::Graduated;
    style.field = QStringLiteral("area_ha");
    style.classes = {{0, 10, {}, Symbol()}, {10, 50, QString::fromUtf8("大"), Symbol{Qt::red, Qt::darkRed, 1.2, 6}}};
    style.labelField = QStringLiteral("name");
    setLayerSymbology(layer, style);
    project.setLayers({layer});

    const QString path = dir.filePath(QStringLiteral("p.gpkg"));
    ASSERT_TRUE(GeoPackageProjectStore::save(project, path).ok());
    Project loaded;
    const StorageResult result = GeoPackageProjectStore::load(loaded, path);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(loaded.bookmarks(), QList<Bookmark>{mark});
    ASSERT_EQ(loaded.layers().size(), 1);
    EXPECT_EQ(layerSymbology(loaded.layers().first()), style);
}
