// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing new plan features on the map (point, line, polygon) with the attribute form, and typing exact
// coordinates, through the real window.
#include "coordinate_dialog.h"
#include "feature_form_dialog.h"
#include "geo/coordinate_transform.h"
#include "io/vector_data.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools/add_feature_tool.h"
#include "map_tools/edit_tools.h"
#include "plan/project.h"
#include "platform/platform.h"
#include "selection.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

namespace {

const QString kYanhu = QString::fromUtf8("盐湖区");
const QString kXia = QString::fromUtf8("夏县");

QPolygonF box(double x0, double y0, double x1, double y1)
{
    return QPolygonF(QList<QPointF>{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}});
}

/// Two neighbouring "counties" side by side, written as a GeoJSON layer named 'counties'.
QString writeCounties(const QTemporaryDir &dir)
{
    VectorData data;
    data.layerName = QStringLiteral("counties");
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::Polygon;
    data.fields = {{QStringLiteral("name_zh"), QStringLiteral("String")}};
    data.features = {{1, Geometry::polygon(box(110.8, 34.8, 111.1, 35.2)), {kYanhu}},
                     {2, Geometry::polygon(box(111.1, 34.8, 111.4, 35.2)), {kXia}}};
    const QString path = dir.filePath(QStringLiteral("counties.geojson"));
    EXPECT_EQ(writeVectorLayer(data, path, QStringLiteral("GeoJSON")), QString());
    return path;
}

PlanFeature site()
{
    PlanFeature f;
    f.id = QStringLiteral("site");
    f.nameZh = QString::fromUtf8("测试景点");
    f.geometry = Geometry::point({110.95, 35.05});
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.history = {c};
    return f;
}

class AddFeature : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto project = std::make_unique<Project>();
        project->setReport(Report::parse(test::bundledReportText()));
        project->setFeatures({site()});
        project->setLayers({LayerRef{QStringLiteral("counties"), writeCounties(mDir), QStringLiteral("counties"), true, 1.0, {}}});
        mWindow.setProject(std::move(project));
        mWindow.resize(1200, 800);
        mWindow.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&mWindow));
        ASSERT_TRUE(QTest::qWaitFor([this]() { return !canvas()->layers().isEmpty(); }, 10000));
        // The docks fill in (legend, overview) once the layers are loaded and may widen, which refits the
        // view: let the layout settle before aiming clicks at map coordinates.
        QSize last;
        QElapsedTimer stable, total;
        stable.start();
        total.start();
        while (total.elapsed() < 5000 && stable.elapsed() < 300) {
            QTest::qWait(50);
            if (canvas()->size() != last) {
                last = canvas()->size();
                stable.restart();
            }
        }
        canvas()->zoomToFullExtent();
        ASSERT_GT(canvas()->unitsPerPixel(), 0);
        mWindow.editTools()->snapper().setEnabled(false);   // clicks land exactly where they are aimed
    }

    MapCanvas *canvas() { return mWindow.canvas(); }
    Project &project() { return mWindow.project(); }
    AddFeatureTool *tool(EditTools::Tool t) { return qobject_cast<AddFeatureTool *>(mWindow.editTools()->tool(t)); }
    QPoint at(QPointF lonLat) { return canvas()->widgetPosition(lonLat)->toPoint(); }
    QPointF lonLatAt(QPoint widget)
    {
        return *CoordinateTransform(canvas()->crs(), Project::storageCrs()).apply(canvas()->toMap(widget));
    }

    QTemporaryDir mDir;
    MainWindow mWindow;
};

} // namespace

TEST_F(AddFeature, PointWithFormSuggestedCountyOneUndoStep)
{
    auto *action = mWindow.findChild<QAction *>(QStringLiteral("addPointToolAction"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("P")));
    action->trigger();
    EXPECT_EQ(mWindow.editTools()->activeTool(), EditTools::Tool::AddPoint);
    AddFeatureTool *addPoint = tool(EditTools::Tool::AddPoint);

    const QPoint click = at({111.0, 35.0});
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, click);
    FeatureFormDialog *form = addPoint->form();
    ASSERT_TRUE(form);
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(form->county(), kYanhu);   // from the 'counties' layer under the click
    EXPECT_EQ(form->confidence(), LocationConfidence::Approximate);

    // The Chinese name is required: the form stays open without it.
    form->accept();
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(project().undoStack()->count(), 0);

    const QString sentence = project().report().allSentences().at(2)->id;
    form->setNameZh(QString::fromUtf8("新游客中心"));
    form->setNameEn(QStringLiteral("New Visitor Centre"));
    form->setCategory(Category::TourismService);
    form->setStatus(Status::PreliminaryWork);
    form->setLocationNote(QStringLiteral("clicked on the map"));
    form->setSentenceFilter(sentence);
    form->setSentenceIds({sentence});
    form->accept();
    EXPECT_FALSE(addPoint->form());

    ASSERT_EQ(project().undoStack()->count(), 1);
    const PlanFeature *added = project().feature(QStringLiteral("new_visitor_centre"));
    ASSERT_TRUE(added);
    EXPECT_EQ(added->nameZh, QString::fromUtf8("新游客中心"));
    EXPECT_EQ(added->category, Category::TourismService);
    EXPECT_EQ(added->county, kYanhu);
    EXPECT_EQ(added->confidence, LocationConfidence::Approximate);
    EXPECT_EQ(added->locationNote, QStringLiteral("clicked on the map"));
    EXPECT_EQ(added->sentenceIds, QStringList{sentence});
    ASSERT_EQ(added->history.size(), 1);
    EXPECT_EQ(added->history.first().status, Status::PreliminaryWork);
    EXPECT_EQ(added->history.first().date, QDate::currentDate());
    EXPECT_EQ(added->history.first().user, platform::userName());
    ASSERT_EQ(added->geometry.type, GeometryType::Point);
    const QPointF stored = added->geometry.parts[0][0][0];
    EXPECT_NEAR(stored.x(), lonLatAt(click).x(), 1e-9);
    EXPECT_NEAR(stored.y(), lonLatAt(click).y(), 1e-9);
    EXPECT_NEAR(stored.x(), 111.0, 3 * canvas()->unitsPerPixel() / 80000);   // within a few pixels
    EXPECT_EQ(mWindow.selection()->featureIds(), QStringList{QStringLiteral("new_visitor_centre")});

    project().undoStack()->undo();
    EXPECT_FALSE(project().feature(QStringLiteral("new_visitor_centre")));
    EXPECT_EQ(project().features().size(), 1);
}

TEST_F(AddFeature, LineWithClicksAndDoubleClick)
{
    mWindow.editTools()->activate(EditTools::Tool::AddLine);
    AddFeatureTool *addLine = tool(EditTools::Tool::AddLine);
    const QPoint a = at({110.95, 34.9});
    const QPoint b = at({111.05, 35.0});
    const QPoint c = at({111.25, 35.1});
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, a);
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, b);
    // A stray vertex, taken back with Backspace.
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, b + QPoint(40, 40));
    EXPECT_EQ(addLine->vertices().size(), 3);
    QTest::keyClick(canvas(), Qt::Key_Backspace);
    EXPECT_EQ(addLine->vertices().size(), 2);
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, c);
    QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, c);

    FeatureFormDialog *form = addLine->form();
    ASSERT_TRUE(form);
    EXPECT_EQ(form->county(), QString());   // the line crosses two counties: city-wide
    form->setNameZh(QString::fromUtf8("新旅游公路"));
    form->accept();

    ASSERT_EQ(project().undoStack()->count(), 1);
    const PlanFeature &added = project().features().last();
    EXPECT_EQ(added.id, QStringLiteral("tourism_road"));   // no English name: the (first) category names it
    ASSERT_EQ(added.geometry.type, GeometryType::LineString);
    const QPolygonF line = added.geometry.parts[0][0];
    ASSERT_EQ(line.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QPointF expected = lonLatAt(QList<QPoint>{a, b, c}.at(i));
        EXPECT_NEAR(line[i].x(), expected.x(), 1e-9);
        EXPECT_NEAR(line[i].y(), expected.y(), 1e-9);
    }
    EXPECT_TRUE(addLine->vertices().isEmpty());
    project().undoStack()->undo();
    EXPECT_EQ(project().features().size(), 1);
}

TEST_F(AddFeature, PolygonEscCancelsEnterFinishes)
{
    auto *action = mWindow.findChild<QAction *>(QStringLiteral("addPolygonToolAction"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("G")));
    action->trigger();
    AddFeatureTool *addPolygon = tool(EditTools::Tool::AddPolygon);
    const QList<QPoint> corners = {at({111.15, 34.9}), at({111.3, 34.9}), at({111.3, 35.1})};
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, corners[0]);
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, corners[1]);
    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_TRUE(addPolygon->vertices().isEmpty());
    EXPECT_FALSE(addPolygon->form());

    for (const QPoint &p : corners)
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, p);
    QTest::keyClick(canvas(), Qt::Key_Return);
    FeatureFormDialog *form = addPolygon->form();
    ASSERT_TRUE(form);
    EXPECT_EQ(form->county(), kXia);
    form->setNameZh(QString::fromUtf8("新园区"));
    form->reject();   // cancelled: nothing added, the drawing is dropped
    EXPECT_EQ(project().undoStack()->count(), 0);
    EXPECT_TRUE(addPolygon->vertices().isEmpty());
}

TEST_F(AddFeature, ExactCoordinatesUndoable)
{
    mWindow.selection()->select({QStringLiteral("site")});
    auto *action = mWindow.findChild<QAction *>(QStringLiteral("setCoordinatesAction"));
    ASSERT_TRUE(action);
    ASSERT_TRUE(action->isEnabled());
    const PlanFeature original = *project().feature(QStringLiteral("site"));
    action->trigger();
    auto *dialog = mWindow.findChild<CoordinateDialog *>(QStringLiteral("coordinateDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->frame(), CoordinateDialog::Frame::LonLat);
    EXPECT_NEAR(dialog->position()->x(), 110.95, 1e-9);

    // In the project CRS the fields show metres; back in lon/lat, type the exact values.
    dialog->setFrame(CoordinateDialog::Frame::ProjectCrs);
    const QPointF projected = *CoordinateTransform(Project::storageCrs(), project().crs()).apply(QPointF(110.95, 35.05));
    EXPECT_NEAR(dialog->position()->x(), projected.x(), 1e-3);
    dialog->setFrame(CoordinateDialog::Frame::LonLat);
    dialog->findChild<QLineEdit *>(QStringLiteral("coordinateX"))->setText(QStringLiteral("111.0"));
    dialog->findChild<QLineEdit *>(QStringLiteral("coordinateY"))->setText(QStringLiteral("35.0"));
    dialog->accept();

    ASSERT_EQ(project().undoStack()->count(), 1);
    EXPECT_EQ(project().feature(QStringLiteral("site"))->geometry.parts[0][0][0], QPointF(111.0, 35.0));
    project().undoStack()->undo();
    EXPECT_EQ(*project().feature(QStringLiteral("site")), original);
}

TEST_F(AddFeature, CoordinatesInProjectCrsAndBadInput)
{
    mWindow.selection()->select({QStringLiteral("site")});
    CoordinateDialog dialog(project(), QStringLiteral("site"), VertexId{}, &mWindow);
    dialog.setFrame(CoordinateDialog::Frame::ProjectCrs);
    dialog.findChild<QLineEdit *>(QStringLiteral("coordinateX"))->setText(QStringLiteral("abc"));
    dialog.accept();
    EXPECT_EQ(project().undoStack()->count(), 0);

    const QPointF target = *CoordinateTransform(Project::storageCrs(), project().crs()).apply(QPointF(111.2, 35.1));
    dialog.setPosition(target);
    dialog.accept();
    ASSERT_EQ(project().undoStack()->count(), 1);
    const QPointF stored = project().feature(QStringLiteral("site"))->geometry.parts[0][0][0];
    EXPECT_NEAR(stored.x(), 111.2, 1e-8);
    EXPECT_NEAR(stored.y(), 35.1, 1e-8);
}

TEST_F(AddFeature, CoordinatesOfTheVertexPickedInTheVertexEditor)
{
    PlanFeature park = site();
    park.id = QStringLiteral("park");
    park.geometry = Geometry::polygon(box(110.85, 34.9, 110.95, 34.98));
    project().setFeatures({site(), park});
    mWindow.editTools()->activate(EditTools::Tool::Vertex);
    mWindow.selection()->select({QStringLiteral("park")});
    QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, at({110.85, 34.9}));   // picks vertex 0
    ASSERT_EQ(project().undoStack()->count(), 0);

    mWindow.findChild<QAction *>(QStringLiteral("setCoordinatesAction"))->trigger();
    auto *dialog = mWindow.findChild<CoordinateDialog *>(QStringLiteral("coordinateDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(*dialog->position(), QPointF(110.85, 34.9));
    dialog->setPosition({110.8, 34.85});
    dialog->accept();
    const QPolygonF ring = project().feature(QStringLiteral("park"))->geometry.parts[0][0];
    EXPECT_EQ(ring.first(), QPointF(110.8, 34.85));
    EXPECT_EQ(ring.last(), ring.first());   // the ring stays closed
    EXPECT_EQ(ring[1], QPointF(110.95, 34.9));
}
