// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations: undoable commands, the project file round trip, drawing (pixels) and the PDF's text.
#include "layout/pdf_export.h"
#include "plan/annotation_commands.h"
#include "plan/project.h"
#include "render/annotation_renderer.h"
#include "storage/project_store.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace yc;

namespace {

Annotation callout()
{
    Annotation a;
    a.id = QStringLiteral("note_1");
    a.kind = AnnotationKind::Callout;
    a.a = QPointF(111.0, 35.03);
    a.b = QPointF(111.1, 35.1);
    a.text = QString::fromUtf8("新建游客中心\n二期");
    a.textColor = QColor(10, 20, 30);
    a.lineColor = QColor(200, 0, 0);
    a.fillColor = QColor(255, 255, 200, 128);
    a.fontSize = 11.5;
    a.lineWidth = 1.25;
    return a;
}

Annotation pageText()
{
    Annotation a;
    a.id = QStringLiteral("note_2");
    a.kind = AnnotationKind::Text;
    a.placement = AnnotationPlacement::Page;
    a.a = a.b = QPointF(300, 60);
    a.text = QString::fromUtf8("会议讨论稿");
    a.fontSize = 16;
    return a;
}

PlanFeature site()
{
    PlanFeature f;
    f.id = QStringLiteral("site");
    f.nameZh = QString::fromUtf8("盐湖景区");
    f.category = Category::ScenicSite;
    f.geometry = Geometry::point({111.0, 35.03});
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.history = {c};
    return f;
}

} // namespace

TEST(Annotations, AddEditMoveRemoveUndoRedo)
{
    Project project;
    QUndoStack &stack = *project.undoStack();
    int changes = 0;
    QObject::connect(&project.annotations(), &Annotations::changed, [&]() { ++changes; });

    stack.push(new AddAnnotationCommand(project, callout()));
    ASSERT_EQ(project.annotations().list().size(), 1);
    EXPECT_EQ(*project.annotations().find(QStringLiteral("note_1")), callout());
    stack.push(new AddAnnotationCommand(project, pageText()));
    EXPECT_EQ(project.annotations().onMap().size(), 1);
    EXPECT_EQ(project.annotations().onPage(QString()).size(), 1);
    EXPECT_EQ(project.annotations().onPage(QStringLiteral("other")).size(), 0);

    Annotation edited = callout();
    edited.text = QStringLiteral("changed");
    edited.lineColor = Qt::blue;
    stack.push(new EditAnnotationCommand(project, edited));
    EXPECT_EQ(project.annotations().find(QStringLiteral("note_1"))->text, QStringLiteral("changed"));

    // A drag: three moves of one gesture are one undo step.
    const int before = stack.count();
    for (int i = 1; i <= 3; ++i)
        stack.push(new MoveAnnotationCommand(project, QStringLiteral("note_1"), callout().a + QPointF(0.01 * i, 0),
                                             callout().b + QPointF(0.01 * i, 0), 77));
    EXPECT_EQ(stack.count(), before + 1);
    EXPECT_DOUBLE_EQ(project.annotations().find(QStringLiteral("note_1"))->a.x(), 111.03);
    EXPECT_EQ(project.annotations().find(QStringLiteral("note_1"))->text, QStringLiteral("changed"));

    stack.push(new RemoveAnnotationCommand(project, QStringLiteral("note_1")));
    EXPECT_EQ(project.annotations().list().size(), 1);

    stack.undo();   // remove
    ASSERT_EQ(project.annotations().list().size(), 2);
    EXPECT_EQ(project.annotations().list().first().id, QStringLiteral("note_1"));   // back at its place
    stack.undo();   // move
    EXPECT_EQ(project.annotations().find(QStringLiteral("note_1"))->a, callout().a);
    stack.undo();   // edit
    EXPECT_EQ(*project.annotations().find(QStringLiteral("note_1")), callout());
    stack.undo();
    stack.undo();
    EXPECT_TRUE(project.annotations().list().isEmpty());
    while (stack.canRedo())
        stack.redo();
    ASSERT_EQ(project.annotations().list().size(), 1);
    EXPECT_EQ(project.annotations().list().first(), pageText());
    EXPECT_GT(changes, 10);

    // Edits of an annotation that does not exist change nothing.
    stack.push(new EditAnnotationCommand(project, callout()));
    stack.push(new RemoveAnnotationCommand(project, QStringLiteral("nope")));
    EXPECT_EQ(project.annotations().list().size(), 1);
    EXPECT_EQ(uniqueAnnotationId(project), QStringLiteral("note_3"));
}

TEST(Annotations, SurviveSaveAndLoad)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.gpkg"));
    Project project;
    project.setTitle(QStringLiteral("notes"));
    Annotation arrow;
    arrow.id = QStringLiteral("arrow");
    arrow.kind = AnnotationKind::Arrow;
    arrow.a = QPointF(110.123456789012, 34.987654321098);
    arrow.b = QPointF(110.2, 35.0);
    arrow.fillColor = QColor(0, 0, 0, 0);
    Annotation framed = pageText();
    framed.id = QStringLiteral("framed");
    framed.kind = AnnotationKind::Ellipse;
    framed.layout = QString::fromUtf8("会议用图");
    framed.b = QPointF(350, 90);
    project.annotations().setAll({callout(), pageText(), arrow, framed});
    ASSERT_TRUE(GeoPackageProjectStore::save(project, path).ok());

    Project loaded;
    const StorageResult r = GeoPackageProjectStore::load(loaded, path);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(loaded.annotations().list(), project.annotations().list());

    // A project saved without annotations loads with none.
    Project empty;
    ASSERT_TRUE(GeoPackageProjectStore::save(empty, path).ok());
    ASSERT_TRUE(GeoPackageProjectStore::load(loaded, path).ok());
    EXPECT_TRUE(loaded.annotations().list().isEmpty());
}

TEST(Annotations, RendererDrawsShapesAndText)
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    const AnnotationRenderer renderer(96);
    Annotation rect;
    rect.kind = AnnotationKind::Rectangle;
    rect.lineColor = QColor(0, 0, 255);
    rect.lineWidth = 3;
    rect.fillColor = QColor(0, 0, 0, 0);
    renderer.draw(p, rect, QPointF(20, 20), QPointF(120, 100));
    Annotation text;
    text.kind = AnnotationKind::Text;
    text.text = QStringLiteral("ABC");
    text.fontSize = 20;
    text.textColor = QColor(0, 128, 0);
    renderer.draw(p, text, QPointF(200, 150), QPointF(200, 150));
    Annotation arrow;
    arrow.kind = AnnotationKind::Arrow;
    arrow.lineColor = QColor(255, 0, 0);
    arrow.lineWidth = 2;
    renderer.draw(p, arrow, QPointF(20, 250), QPointF(380, 250));
    p.end();

    EXPECT_EQ(image.pixelColor(70, 20), QColor(0, 0, 255));     // top edge
    EXPECT_EQ(image.pixelColor(20, 60), QColor(0, 0, 255));     // left edge
    EXPECT_EQ(image.pixelColor(70, 60), QColor(Qt::white));     // no fill
    EXPECT_EQ(image.pixelColor(200, 250), QColor(255, 0, 0));   // shaft
    const QColor head = image.pixelColor(372, 252);   // the head is wider than the shaft (2 pt)
    EXPECT_TRUE(head.red() > 240 && head.green() < 30) << head.name().toStdString();
    EXPECT_EQ(image.pixelColor(300, 253), QColor(Qt::white));
    int green = 0;
    const QRectF box = renderer.bounds(text, QPointF(200, 150), QPointF(200, 150));
    for (int y = 150; y < 190; ++y)
        for (int x = 200; x < 260; ++x)
            green += image.pixelColor(x, y).green() > 100 && image.pixelColor(x, y).red() < 100 ? 1 : 0;
    EXPECT_GT(green, 40);
    EXPECT_TRUE(box.contains(QPointF(210, 160)));
    EXPECT_FALSE(box.contains(QPointF(100, 160)));

    // On a map: EPSG:4490 points go through the map CRS to pixels.
    QImage map(200, 200, QImage::Format_ARGB32_Premultiplied);
    map.fill(Qt::white);
    MapSettings ms;
    ms.crs = Crs::cgcs2000();
    ms.extent = Envelope::of(110, 34, 112, 36);
    ms.outputSize = map.size();
    Annotation ellipse;
    ellipse.kind = AnnotationKind::Ellipse;
    ellipse.a = QPointF(110.5, 34.5);
    ellipse.b = QPointF(111.5, 35.5);
    ellipse.fillColor = QColor(0, 200, 0);
    QPainter mp(&map);
    renderer.drawOnMap(mp, ms, {ellipse, pageText()});
    mp.end();
    EXPECT_EQ(map.pixelColor(100, 100), QColor(0, 200, 0));    // inside, filled
    EXPECT_EQ(map.pixelColor(55, 55), QColor(Qt::white));      // box corner, outside the ellipse
}

TEST(Annotations, PdfCarriesTheirText)
{
    Project project;
    project.setTitle(QString::fromUtf8("注记测试"));
    project.setFeatures({site()});
    Annotation otherLayout = pageText();
    otherLayout.id = QStringLiteral("other");
    otherLayout.layout = QStringLiteral("other");
    otherLayout.text = QStringLiteral("OTHERLAYOUT");
    project.annotations().setAll({callout(), pageText(), otherLayout});

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notes.pdf"));
    LayoutSettings s;
    s.extent = Envelope::of(110.8, 34.85, 111.3, 35.25);
    s.crs = Crs::cgcs2000();
    s.dpi = 150;
    ASSERT_EQ(exportPdf(project, {}, s, pdf), ExportResult::Ok);

    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000)) << "pdftotext is required";
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("新建游客中心二期"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("会议讨论稿")));
    EXPECT_FALSE(text.contains(QStringLiteral("OTHERLAYOUT")));

    // The page annotation belongs to the default layout only; the layout "other" shows its own.
    s.layoutName = QStringLiteral("other");
    ASSERT_EQ(exportPdf(project, {}, s, pdf), ExportResult::Ok);
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString other = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(other.contains(QStringLiteral("OTHERLAYOUT")));
    EXPECT_FALSE(other.contains(QString::fromUtf8("会议讨论稿")));
}
