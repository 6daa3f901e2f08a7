// SPDX-License-Identifier: GPL-3.0-or-later
// Annotating the map through the real window: place a callout (drag, type its text), draw a rectangle, move it,
// edit it, delete it, undo, save and reopen; the Select tool picks (click, Shift+drag box), moves, edits and
// deletes annotations too.
#include "annotation_dialog.h"
#include "geo/coordinate_transform.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools/annotation_tool.h"
#include "map_tools/edit_tools.h"
#include "map_tools/select_tool.h"
#include "plan/project.h"
#include "selection.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

namespace {

QString writeProject(const QTemporaryDir &dir)
{
    Project project;
    project.setTitle(QString::fromUtf8("注记测试"));
    PlanFeature f;
    f.id = QStringLiteral("site");
    f.nameZh = QString::fromUtf8("测试点");
    f.geometry = Geometry::point({110.95, 35.05});
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.history = {c};
    PlanFeature g = f;
    g.id = QStringLiteral("other");
    g.geometry = Geometry::point({111.15, 35.2});
    project.setFeatures({f, g});
    const QString path = dir.filePath(QStringLiteral("notes.gpkg"));
    EXPECT_TRUE(GeoPackageProjectStore::save(project, path).ok());
    return path;
}

void drag(QWidget *widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / 8);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

QPointF lonLatAt(const MapCanvas &canvas, QPoint pos)
{
    return *CoordinateTransform(canvas.crs(), Project::storageCrs()).apply(canvas.toMap(pos));
}

/// The window on a freshly written two-feature project, shown and zoomed to the whole project.
class AnnotatedWindow : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = writeProject(dir);
        ASSERT_TRUE(window.openProject(path));
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.canvas()->zoomToFullExtent();
        ASSERT_GT(window.canvas()->unitsPerPixel(), 0);
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace

TEST_F(AnnotatedWindow, PlaceMoveEditDeleteUndoSave)
{
    MapCanvas *canvas = window.canvas();
    Project &project = window.project();
    QUndoStack *stack = project.undoStack();

    // The tools are in the Edit menu's tool group.
    auto *calloutAction = window.findChild<QAction *>(QStringLiteral("annotateCalloutAction"));
    ASSERT_TRUE(calloutAction);
    calloutAction->trigger();
    auto *tool = qobject_cast<AnnotationTool *>(canvas->tool());
    ASSERT_TRUE(tool);
    EXPECT_EQ(tool->kind(), AnnotationKind::Callout);

    // A callout: press at the anchor, release where the text box goes, type the text.
    const QPoint anchor = canvas->rect().center() + QPoint(-150, 60);
    const QPoint box = anchor + QPoint(80, -90);
    drag(canvas, anchor, box);
    ASSERT_TRUE(test::waitFor([&] { return tool->dialog() && tool->dialog()->isVisible(); }));
    tool->dialog()->textEdit()->setPlainText(QString::fromUtf8("规划游客中心"));
    tool->dialog()->accept();
    ASSERT_EQ(project.annotations().list().size(), 1);
    const Annotation callout = project.annotations().list().first();
    EXPECT_EQ(callout.kind, AnnotationKind::Callout);
    EXPECT_EQ(callout.placement, AnnotationPlacement::Map);
    EXPECT_EQ(callout.text, QString::fromUtf8("规划游客中心"));
    EXPECT_NEAR(callout.a.x(), lonLatAt(*canvas, anchor).x(), 1e-6);
    EXPECT_NEAR(callout.a.y(), lonLatAt(*canvas, anchor).y(), 1e-6);
    EXPECT_NEAR(callout.b.x(), lonLatAt(*canvas, box).x(), 1e-6);
    EXPECT_EQ(canvas->annotations().size(), 1);   // the canvas draws it
    EXPECT_EQ(stack->count(), 1);
    EXPECT_TRUE(window.isWindowModified());

    // The canvas shows it: the callout's line colour is on screen near the anchor's leader line.
    const QImage shot = canvas->grab().toImage();
    int red = 0;
    for (int y = box.y(); y < anchor.y(); ++y)
        for (int x = anchor.x(); x < box.x() + 100; ++x) {
            const QColor c = shot.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 90 && c.blue() < 90 ? 1 : 0;
        }
    EXPECT_GT(red, 20);

    // A rectangle: a drag, no dialog.
    window.editTools()->activate(EditTools::Tool::AddRectangle);
    tool = qobject_cast<AnnotationTool *>(canvas->tool());
    const QPoint r0 = canvas->rect().center() + QPoint(100, 40);
    const QPoint r1 = r0 + QPoint(120, 80);
    drag(canvas, r0, r1);
    ASSERT_EQ(project.annotations().list().size(), 2);
    const Annotation rect = project.annotations().list().last();
    EXPECT_EQ(rect.kind, AnnotationKind::Rectangle);
    EXPECT_EQ(tool->selectedId(), rect.id);
    // A click without a drag does not make an empty rectangle.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->rect().center() + QPoint(-300, -200));
    EXPECT_EQ(project.annotations().list().size(), 2);

    // Drag its edge: it moves, one undo step.
    const int before = stack->count();
    const QPoint grab(r0.x() + 60, r0.y());
    drag(canvas, grab, grab + QPoint(50, 30));
    EXPECT_EQ(stack->count(), before + 1);
    const Annotation moved = *project.annotations().find(rect.id);
    const QPointF expectedA = lonLatAt(*canvas, r0 + QPoint(50, 30));
    EXPECT_NEAR(moved.a.x(), expectedA.x(), 1e-6);
    EXPECT_NEAR(moved.a.y(), expectedA.y(), 1e-6);

    // Double click opens its properties; the edit is undoable.
    QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, grab + QPoint(50, 30));
    ASSERT_TRUE(test::waitFor([&] { return tool->dialog() && tool->dialog()->isVisible(); }));
    tool->dialog()->textEdit()->setPlainText(QStringLiteral("Phase 2"));
    tool->dialog()->accept();
    EXPECT_EQ(project.annotations().find(rect.id)->text, QStringLiteral("Phase 2"));

    // Delete removes the selected annotation; undo brings it back.
    ASSERT_EQ(tool->selectedId(), rect.id);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_FALSE(project.annotations().find(rect.id));
    stack->undo();
    ASSERT_TRUE(project.annotations().find(rect.id));
    EXPECT_EQ(project.annotations().find(rect.id)->text, QStringLiteral("Phase 2"));

    ASSERT_TRUE(window.saveProject(path));
    Project reopened;
    ASSERT_TRUE(GeoPackageProjectStore::load(reopened, path).ok());
    EXPECT_EQ(reopened.annotations().list(), project.annotations().list());

    // Undo everything: no annotation is left.
    while (stack->canUndo())
        stack->undo();
    EXPECT_TRUE(project.annotations().list().isEmpty());
    EXPECT_TRUE(canvas->annotations().isEmpty());
}

TEST_F(AnnotatedWindow, SelectToolSelectsMovesEditsAndDeletesAnnotations)
{
    MapCanvas *canvas = window.canvas();
    Project &project = window.project();
    QUndoStack *stack = project.undoStack();

    // Two annotations away from the features: a rectangle and a free text.
    const QPoint r0 = canvas->rect().center() + QPoint(-260, 120);
    const QPoint r1 = r0 + QPoint(120, 80);
    Annotation rect;
    rect.id = QStringLiteral("note_rect");
    rect.kind = AnnotationKind::Rectangle;
    rect.a = lonLatAt(*canvas, r0);
    rect.b = lonLatAt(*canvas, r1);
    const QPoint t0 = r0 + QPoint(200, 0);
    Annotation text;
    text.id = QStringLiteral("note_text");
    text.kind = AnnotationKind::Text;
    text.text = QStringLiteral("Phase 1");
    text.fontSize = 14;
    text.a = text.b = lonLatAt(*canvas, t0);
    project.annotations().setAll({rect, text});
    const int start = stack->index();

    window.editTools()->activate(EditTools::Tool::Select);
    auto *tool = qobject_cast<SelectTool *>(canvas->tool());
    ASSERT_TRUE(tool);

    // A click picks the rectangle (and no feature).
    const QPoint inRect = r0 + QPoint(60, 40);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, inRect);
    EXPECT_EQ(tool->selectedAnnotations(), QStringList{rect.id});
    EXPECT_TRUE(window.selection()->featureIds().isEmpty());

    // A drag moves it: one undo step, undo puts it back.
    drag(canvas, inRect, inRect + QPoint(40, -30));
    EXPECT_EQ(stack->index(), start + 1);
    const QPointF movedA = lonLatAt(*canvas, r0 + QPoint(40, -30));
    EXPECT_NEAR(project.annotations().find(rect.id)->a.x(), movedA.x(), 1e-6);
    EXPECT_NEAR(project.annotations().find(rect.id)->a.y(), movedA.y(), 1e-6);
    stack->undo();
    EXPECT_EQ(project.annotations().find(rect.id)->a, rect.a);
    stack->redo();

    // A click elsewhere drops the annotation selection; Shift+drag around both selects both.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->rect().topLeft() + QPoint(30, 30));
    EXPECT_TRUE(tool->selectedAnnotations().isEmpty());
    drag(canvas, r0 + QPoint(20, -60), t0 + QPoint(60, 140), Qt::ShiftModifier);
    QStringList both = tool->selectedAnnotations();
    both.sort();
    EXPECT_EQ(both, (QStringList{rect.id, text.id}));

    // Dragging one of them moves both, as one undo step.
    const QPointF textBefore = project.annotations().find(text.id)->a;
    const int beforeGroupMove = stack->index();
    drag(canvas, inRect + QPoint(40, -30), inRect + QPoint(40, 0));
    EXPECT_EQ(stack->index(), beforeGroupMove + 1);
    EXPECT_NE(project.annotations().find(text.id)->a, textBefore);
    stack->undo();
    EXPECT_EQ(project.annotations().find(text.id)->a, textBefore);

    // A double click on the text opens its properties; the edit is undoable.
    const auto textPos = canvas->widgetPosition(project.annotations().find(text.id)->a);
    ASSERT_TRUE(textPos);
    const QPoint onText = textPos->toPoint() + QPoint(8, 8);
    QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, onText);
    ASSERT_TRUE(test::waitFor([&] { return tool->annotationDialog() && tool->annotationDialog()->isVisible(); }));
    tool->annotationDialog()->textEdit()->setPlainText(QStringLiteral("Phase 2"));
    tool->annotationDialog()->accept();
    EXPECT_EQ(project.annotations().find(text.id)->text, QStringLiteral("Phase 2"));
    stack->undo();
    EXPECT_EQ(project.annotations().find(text.id)->text, QStringLiteral("Phase 1"));

    // Delete removes the selected annotations as one undo step.
    drag(canvas, r0 + QPoint(20, -60), t0 + QPoint(60, 140), Qt::ShiftModifier);
    ASSERT_EQ(tool->selectedAnnotations().size(), 2);
    const int beforeDelete = stack->index();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_TRUE(project.annotations().list().isEmpty());
    EXPECT_EQ(stack->index(), beforeDelete + 1);
    stack->undo();
    EXPECT_EQ(project.annotations().list().size(), 2);
}
