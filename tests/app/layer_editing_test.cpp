// SPDX-License-Identifier: GPL-3.0-or-later
// Editing features of external layers through the real window (drag, vertex edit, delete, undo, redo, save into
// the file, undo after saving), read-only layers saying why, and files changed on disk by someone else being
// reloaded without losing the unsaved edits.
#include "changed_on_disk.h"
#include "geo/coordinate_transform.h"
#include "io/vector_data.h"
#include "io/vector_edit.h"
#include "layer_editing.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools/edit_tools.h"
#include "plan/geometry_commands.h"
#include "plan/layer_edit_commands.h"
#include "plan/project.h"
#include "selection.h"
#include "storage/project_store.h"
#include "test_support.h"
#include "app/cli_run.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUndoStack>

using namespace yc;
using yc::test::waitFor;

namespace {

PlanFeature planFeature(const QString &id, const QString &name, Geometry geometry)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = name;
    f.category = Category::SelfDriveCamp;
    f.geometry = std::move(geometry);
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.history = {c};
    return f;
}

/// A GeoPackage layer in the project's map CRS (EPSG:4546): a point, a line and a polygon with a hole, away from
/// the plan features so a click picks them.
QString writeRoads(const QString &path)
{
    VectorData d;
    d.layerName = QStringLiteral("roads");
    d.crs = Crs::cgcs2000Gk111();
    d.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
    d.features = {
        {-1, Geometry::point({470000.25, 3860000.75}), {QString::fromUtf8("服务区")}},
        {-1, Geometry::lineString(QPolygonF(QList<QPointF>{{480000, 3850000}, {490000, 3855000}, {500000, 3850000}})),
         {QString::fromUtf8("黄河一号旅游公路")}},
        {-1, Geometry::point({460000, 3845000}), {QString::fromUtf8("观景台")}},
    };
    d.geometryType = GeometryType::Empty;
    EXPECT_EQ(writeVectorLayer(d, path), QString());
    return path;
}

/// A project with two plan features and the layer `layerFile` (relative to the project folder).
QString writeProject(const QTemporaryDir &dir, const QString &layerFile)
{
    Project project;
    project.setTitle(QString::fromUtf8("图层编辑"));
    project.setFeatures({planFeature(QStringLiteral("site"), QString::fromUtf8("营地"), Geometry::point({111.3, 35.3})),
                         planFeature(QStringLiteral("park"), QString::fromUtf8("公园"), Geometry::point({111.35, 35.32}))});
    LayerRef layer;
    layer.name = QStringLiteral("roads");
    layer.source = layerFile;
    layer.style = QStringLiteral(R"({"editable":true})");   // Layers ▸ context menu ▸ Edit features
    project.setLayers({layer});
    const QString path = dir.filePath(QStringLiteral("project.gpkg"));
    EXPECT_TRUE(GeoPackageProjectStore::save(project, path).ok());
    return path;
}

class LayerEditingTest : public ::testing::Test {
protected:
    void open(const QString &project)
    {
        ASSERT_TRUE(mWindow.openProject(project));
        mWindow.resize(1200, 800);
        mWindow.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&mWindow));
        ASSERT_TRUE(waitFor([&] { return mWindow.layerEditing()->layers().size() == 1; }));
        mWindow.canvas()->zoomToFullExtent();
        mWindow.editTools()->snapper().setEnabled(false);
        mLayer = mWindow.layerEditing()->layers().first();
    }
    QPoint at(QPointF map) { return mWindow.canvas()->toWidget(map).toPoint(); }
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(mWindow.canvas(), Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(mWindow.canvas(), from + (to - from) * i / 10);
        QTest::mouseRelease(mWindow.canvas(), Qt::LeftButton, Qt::NoModifier, to);
    }
    VectorFeature current(qint64 fid)
    {
        return *mWindow.project().layerEdits().feature(mLayer.key, *mLayer.onDisk, fid);
    }

    QTemporaryDir mDir;
    MainWindow mWindow;
    LayerEditing::Layer mLayer;
};

} // namespace

TEST_F(LayerEditingTest, DragUndoRedoSaveIntoTheFileAndUndoAfterSaving)
{
    const QString roads = writeRoads(mDir.filePath(QStringLiteral("roads.gpkg")));
    open(writeProject(mDir, QStringLiteral("roads.gpkg")));
    ASSERT_TRUE(mLayer.writability.writable) << mLayer.writability.reason.toStdString();
    const VectorFeature original = mLayer.onDisk->features[0];
    const QPointF start = original.geometry.parts[0][0][0];

    // A click on the point selects it (the canvas asks LayerEditing when no plan feature is hit).
    QTest::mouseClick(mWindow.canvas(), Qt::LeftButton, Qt::NoModifier, at(start));
    ASSERT_EQ(mWindow.selection()->featureIds(), QStringList{LayerFeatureRef({mLayer.key, original.fid}).toSelectionId()});

    mWindow.editTools()->activate(EditTools::Tool::Move);
    const QPoint from = at(start);
    const QPoint to = from + QPoint(80, -40);
    drag(from, to);
    QUndoStack *stack = mWindow.project().undoStack();
    EXPECT_EQ(stack->count(), 1);   // one drag, one step
    const QPointF moved = current(original.fid).geometry.parts[0][0][0];
    const QPointF shift = mWindow.canvas()->toMap(to) - mWindow.canvas()->toMap(from);
    EXPECT_NEAR(moved.x(), start.x() + shift.x(), 1e-6);
    EXPECT_NEAR(moved.y(), start.y() + shift.y(), 1e-6);
    EXPECT_TRUE(mWindow.isWindowModified());

    mWindow.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(current(original.fid), original);
    mWindow.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(current(original.fid).geometry.parts[0][0][0], moved);

    // Ctrl+S writes the layer file; once it is read again the edit is in it and nothing is pending.
    ASSERT_TRUE(mWindow.saveProject(mWindow.project().filePath()));
    EXPECT_FALSE(mWindow.isWindowModified());
    EXPECT_EQ(readVectorLayer(roads)->features[0].geometry.parts[0][0][0], moved);
    ASSERT_TRUE(waitFor([&] { return mWindow.project().layerEdits().isEmpty(); }));
    EXPECT_EQ(mWindow.layerEditing()->layers().first().onDisk->features[0].geometry.parts[0][0][0], moved);
    EXPECT_TRUE(mWindow.changedOnDisk()->pendingFiles().isEmpty());
    mWindow.changedOnDisk()->checkNow();
    EXPECT_TRUE(mWindow.changedOnDisk()->pendingFiles().isEmpty()) << "our own save is not someone else's change";

    // Undo after saving puts the old position back as an unsaved edit; saving writes it.
    stack->undo();
    EXPECT_TRUE(mWindow.isWindowModified());
    ASSERT_TRUE(mWindow.saveProject(mWindow.project().filePath()));
    EXPECT_EQ(readVectorLayer(roads)->features[0].geometry, original.geometry);
}

TEST_F(LayerEditingTest, VertexEditorAndDeleteOnALayerLine)
{
    const QString roads = writeRoads(mDir.filePath(QStringLiteral("roads.gpkg")));
    open(writeProject(mDir, QStringLiteral("roads.gpkg")));
    const VectorFeature line = mLayer.onDisk->features[1];
    mWindow.selection()->select({LayerFeatureRef{mLayer.key, line.fid}.toSelectionId()});
    mWindow.editTools()->activate(EditTools::Tool::Vertex);
    const QPoint corner = at(line.geometry.parts[0][0][1]);
    drag(corner, corner + QPoint(0, 50));
    const QPolygonF edited = current(line.fid).geometry.parts[0][0];
    EXPECT_EQ(edited[0], line.geometry.parts[0][0][0]);   // untouched vertices keep their bits
    EXPECT_LT(edited[1].y(), line.geometry.parts[0][0][1].y());
    // Double-click on a segment inserts a vertex, Delete removes it again.
    const QPoint middle = ((mWindow.canvas()->toWidget(edited[1]) + mWindow.canvas()->toWidget(edited[2])) / 2).toPoint();
    QTest::mouseDClick(mWindow.canvas(), Qt::LeftButton, Qt::NoModifier, middle);
    EXPECT_EQ(current(line.fid).geometry.parts[0][0].size(), 4);
    QTest::keyClick(mWindow.canvas(), Qt::Key_Delete);
    EXPECT_EQ(current(line.fid).geometry.parts[0][0], edited);

    // Deleting the selected feature; undo brings it back exactly.
    mWindow.editTools()->deleteAction()->trigger();
    EXPECT_FALSE(mWindow.project().layerEdits().feature(mLayer.key, *mLayer.onDisk, line.fid).has_value());
    ASSERT_TRUE(mWindow.saveProject(mWindow.project().filePath()));
    EXPECT_EQ(readVectorLayer(roads)->features.size(), 2);
    QUndoStack *stack = mWindow.project().undoStack();
    while (stack->canUndo())
        stack->undo();
    ASSERT_TRUE(mWindow.saveProject(mWindow.project().filePath()));
    const VectorData restored = *readVectorLayer(roads);
    ASSERT_EQ(restored.features.size(), 3);
    EXPECT_EQ(restored.features[1].fid, line.fid);
    EXPECT_EQ(restored.features[1].geometry, line.geometry);
    EXPECT_EQ(restored.features[1].attributes, line.attributes);
}

TEST_F(LayerEditingTest, ReadOnlyLayerSaysWhyAndIsNotChanged)
{
    const QString gpkg = writeRoads(mDir.filePath(QStringLiteral("roads.gpkg")));
    const QString kml = mDir.filePath(QStringLiteral("roads.kml"));
    test::runGdalTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("KML"), kml, gpkg}, mDir.path());
    open(writeProject(mDir, QStringLiteral("roads.kml")));
    EXPECT_FALSE(mLayer.writability.writable);
    EXPECT_TRUE(mLayer.writability.reason.contains(QStringLiteral("KML"))) << mLayer.writability.reason.toStdString();

    QSignalSpy messages(mWindow.editTools(), &EditTools::message);
    const VectorFeature point = mLayer.onDisk->features[0];
    mWindow.selection()->select({LayerFeatureRef{mLayer.key, point.fid}.toSelectionId()});
    mWindow.editTools()->activate(EditTools::Tool::Move);
    const QPoint from = mWindow.canvas()->toWidget(*CoordinateTransform(mLayer.onDisk->crs, mWindow.canvas()->crs())
                                                        .apply(point.geometry.parts[0][0][0])).toPoint();
    drag(from, from + QPoint(40, 40));
    mWindow.editTools()->deleteAction()->trigger();
    EXPECT_EQ(mWindow.project().undoStack()->count(), 0);
    EXPECT_TRUE(mWindow.project().layerEdits().isEmpty());
    ASSERT_GE(messages.size(), 2);
    EXPECT_TRUE(messages.first().first().toString().contains(QStringLiteral("read-only"))) << messages.first().first().toString().toStdString();
}

TEST_F(LayerEditingTest, ChangesOnDiskAreReloadedKeepingUnsavedEdits)
{
    const QString roads = writeRoads(mDir.filePath(QStringLiteral("roads.gpkg")));
    const QString path = writeProject(mDir, QStringLiteral("roads.gpkg"));
    open(path);
    ChangedOnDisk *watcher = mWindow.changedOnDisk();

    // Our unsaved edits: a plan feature moved, a layer feature moved.
    Project &project = mWindow.project();
    auto move = MoveFeaturesCommand::create(project, {QStringLiteral("site")}, {500, 500}, mWindow.canvas()->crs());
    project.undoStack()->push(move.release());
    const PlanFeature ourSite = *project.feature(QStringLiteral("site"));
    const qint64 ours = mLayer.onDisk->features[0].fid;
    const qint64 theirs = mLayer.onDisk->features[2].fid;
    project.undoStack()->push(LayerFeatureEditCommand::move(project, mLayer.key, *mLayer.onDisk, {ours}, {100, 100},
                                                            mWindow.canvas()->crs()).release());
    const VectorFeature ourPoint = current(ours);

    // Someone else renames a plan feature in the project file and moves another feature of the layer.
    QThread::msleep(30);
    {
        Project other;
        ASSERT_TRUE(GeoPackageProjectStore::load(other, path).ok());
        PlanFeature park = *other.feature(QStringLiteral("park"));
        park.nameZh = QString::fromUtf8("公园（改名）");
        other.putFeature(park);
        ASSERT_TRUE(GeoPackageProjectStore::save(other, path).ok());
        VectorFeature moved = mLayer.onDisk->features[2];
        moved.geometry = Geometry::point({461000, 3846000});
        ASSERT_TRUE(writeBackVectorChanges(roads, {}, {{theirs, moved}}).ok());
    }
    watcher->checkNow();
    QStringList pending = watcher->pendingFiles();
    pending.sort();
    EXPECT_EQ(pending, QStringList({mWindow.project().filePath(), mLayer.onDisk->source}));
    EXPECT_TRUE(mWindow.findChild<QMessageBox *>(QStringLiteral("changedOnDiskBox")));

    ASSERT_EQ(watcher->reloadChangedFiles(), QString());
    // Their change and ours, side by side; still unsaved.
    EXPECT_EQ(mWindow.project().feature(QStringLiteral("park"))->nameZh, QString::fromUtf8("公园（改名）"));
    EXPECT_EQ(*mWindow.project().feature(QStringLiteral("site")), ourSite);
    EXPECT_TRUE(mWindow.isWindowModified());
    ASSERT_TRUE(waitFor([&] {
        const auto &layers = mWindow.layerEditing()->layers();
        return !layers.isEmpty() && layers.first().onDisk->features[2].geometry == Geometry::point({461000, 3846000});
    }));
    mLayer = mWindow.layerEditing()->layers().first();
    EXPECT_EQ(current(ours), ourPoint);

    // Saving writes both; the file then holds their move and ours.
    ASSERT_TRUE(mWindow.saveProject(path));
    const VectorData saved = *readVectorLayer(roads);
    EXPECT_EQ(saved.features[0].geometry, ourPoint.geometry);
    EXPECT_EQ(saved.features[2].geometry, Geometry::point({461000, 3846000}));
    Project reopened;
    ASSERT_TRUE(GeoPackageProjectStore::load(reopened, path).ok());
    EXPECT_EQ(reopened.feature(QStringLiteral("park"))->nameZh, QString::fromUtf8("公园（改名）"));
    EXPECT_EQ(*reopened.feature(QStringLiteral("site")), ourSite);
}
