// SPDX-License-Identifier: GPL-3.0-or-later
// Editing on the map through the real window: drag a point with the move tool, undo, redo, save, reopen.
#include "geo/coordinate_transform.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools/edit_tools.h"
#include "map_tools/vertex_tool.h"
#include "plan/project.h"
#include "selection.h"
#include "storage/project_store.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoView>

using namespace yc;

namespace {

PlanFeature feature(const QString &id, Geometry geometry)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("测试") + id;
    f.category = Category::ScenicSite;
    f.geometry = std::move(geometry);
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.history = {c};
    return f;
}

QString writeProject(const QTemporaryDir &dir)
{
    Project project;
    project.setTitle(QString::fromUtf8("编辑测试"));
    project.setFeatures({
        feature(QStringLiteral("site"), Geometry::point({110.95, 35.05})),
        feature(QStringLiteral("park"), Geometry::polygon(QPolygonF(QList<QPointF>{
                                            {110.80, 34.90}, {110.90, 34.90}, {110.90, 34.98}, {110.80, 34.98}}))),
    });
    const QString path = dir.filePath(QStringLiteral("edit.gpkg"));
    EXPECT_TRUE(GeoPackageProjectStore::save(project, path).ok());
    return path;
}

QPointF inMapCrs(const MapCanvas &canvas, QPointF lonLat)
{
    return *CoordinateTransform(Project::storageCrs(), canvas.crs()).apply(lonLat);
}

void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / 10);
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

TEST(Editing, DragPointUndoRedoSave)
{
    QTemporaryDir dir;
    const QString path = writeProject(dir);
    MainWindow window;
    ASSERT_TRUE(window.openProject(path));
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    MapCanvas *canvas = window.canvas();
    canvas->zoomToFullExtent();
    ASSERT_GT(canvas->unitsPerPixel(), 0);
    EXPECT_FALSE(window.isWindowModified());

    window.editTools()->activate(EditTools::Tool::Move);
    const PlanFeature original = *window.project().feature(QStringLiteral("site"));
    const QPointF start = *canvas->widgetPosition(original.geometry.parts[0][0][0]);
    const QPoint from = start.toPoint();
    const QPoint to = from + QPoint(60, -35);
    drag(canvas, from, to);

    // One drag, one undo step; the point moved by the mouse's displacement in map units.
    QUndoStack *stack = window.project().undoStack();
    EXPECT_EQ(stack->count(), 1);
    const QPointF expected = inMapCrs(*canvas, original.geometry.parts[0][0][0]) + canvas->toMap(to) - canvas->toMap(from);
    const QPointF moved = window.project().feature(QStringLiteral("site"))->geometry.parts[0][0][0];
    EXPECT_NEAR(inMapCrs(*canvas, moved).x(), expected.x(), 1e-4);
    EXPECT_NEAR(inMapCrs(*canvas, moved).y(), expected.y(), 1e-4);
    EXPECT_NEAR(canvas->toMap(to).x() - canvas->toMap(from).x(), 60 * canvas->unitsPerPixel(), 1e-6);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[*]")));

    // Undo and redo through the Edit menu's actions (what Ctrl+Z and Ctrl+Shift+Z trigger).
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    ASSERT_TRUE(undo && redo);
    EXPECT_EQ(undo->shortcut(), QKeySequence::fromString(QStringLiteral("Ctrl+Z")));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence::fromString(QStringLiteral("Ctrl+Shift+Z"))));
    undo->trigger();
    EXPECT_EQ(*window.project().feature(QStringLiteral("site")), original);
    EXPECT_FALSE(window.isWindowModified());
    redo->trigger();
    EXPECT_EQ(window.project().feature(QStringLiteral("site"))->geometry.parts[0][0][0], moved);
    // The keys themselves: Ctrl+Z, then Ctrl+Shift+Z (once ambiguous on Linux, where it is also QKeySequence::Redo).
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(*window.project().feature(QStringLiteral("site")), original);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window.project().feature(QStringLiteral("site"))->geometry.parts[0][0][0], moved);
    EXPECT_EQ(window.undoView()->stack(), stack);

    ASSERT_TRUE(window.saveProject(path));
    EXPECT_FALSE(window.isWindowModified());
    Project reopened;
    ASSERT_TRUE(GeoPackageProjectStore::load(reopened, path).ok());
    EXPECT_EQ(reopened.feature(QStringLiteral("site"))->geometry.parts[0][0][0], moved);
    EXPECT_EQ(reopened.feature(QStringLiteral("park"))->geometry, window.project().feature(QStringLiteral("park"))->geometry);
}

TEST(Editing, VertexEditorInsertsMovesAndDeletes)
{
    QTemporaryDir dir;
    const QString path = writeProject(dir);
    MainWindow window;
    ASSERT_TRUE(window.openProject(path));
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    MapCanvas *canvas = window.canvas();
    canvas->zoomToFullExtent();
    window.editTools()->snapper().setEnabled(false);
    window.editTools()->activate(EditTools::Tool::Vertex);
    window.selection()->select({QStringLiteral("park")});
    const Geometry before = window.project().feature(QStringLiteral("park"))->geometry;
    ASSERT_EQ(before.parts[0][0].size(), 5);

    // Double-click in the middle of the southern edge inserts a vertex there.
    const QPointF a = *canvas->widgetPosition(before.parts[0][0][0]);
    const QPointF b = *canvas->widgetPosition(before.parts[0][0][1]);
    const QPoint middle = ((a + b) / 2).toPoint();
    QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, middle);
    const Geometry inserted = window.project().feature(QStringLiteral("park"))->geometry;
    ASSERT_EQ(inserted.parts[0][0].size(), 6);
    EXPECT_NEAR(inserted.parts[0][0][1].x(), 110.85, 0.002);

    // Drag the corner 0 away: the ring stays closed.
    drag(canvas, a.toPoint(), a.toPoint() + QPoint(-30, 20));
    const QPolygonF dragged = window.project().feature(QStringLiteral("park"))->geometry.parts[0][0];
    EXPECT_EQ(dragged.first(), dragged.last());
    EXPECT_LT(dragged.first().x(), 110.80);

    // Delete removes the current (just dragged) vertex.
    auto *tool = static_cast<VertexEditorTool *>(window.editTools()->tool(EditTools::Tool::Vertex));
    ASSERT_TRUE(tool->currentVertex().has_value());
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_EQ(window.project().feature(QStringLiteral("park"))->geometry.parts[0][0].size(), 5);

    QUndoStack *stack = window.project().undoStack();
    EXPECT_EQ(stack->count(), 3);
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(window.project().feature(QStringLiteral("park"))->geometry, before);
}
