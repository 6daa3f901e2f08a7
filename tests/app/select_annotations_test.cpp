// SPDX-License-Identifier: GPL-3.0-or-later
// The Select tool edits map annotations in the real window: click and box selection, a drag moves the selected
// ones (one undo step), a double click opens the properties, Delete removes them (one undo step).
#include "annotation_dialog.h"
#include "geo/coordinate_transform.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools/edit_tools.h"
#include "map_tools/select_tool.h"
#include "plan/project.h"
#include "selection.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

namespace {

QString writeProject(const QTemporaryDir &dir)
{
    Project project;
    project.setTitle(QStringLiteral("select annotations"));
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
    // QTest::mouseMove carries no buttons or modifiers: send the moves of a drag as they come from a mouse.
    for (int i = 1; i <= 8; ++i) {
        const QPointF pos = from + (to - from) * i / 8;
        QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

QPointF lonLatAt(const MapCanvas &canvas, QPoint pos)
{
    return *CoordinateTransform(canvas.crs(), Project::storageCrs()).apply(canvas.toMap(pos));
}

} // namespace

TEST(SelectAnnotations, SelectMoveEditDeleteWithTheSelectTool)
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
