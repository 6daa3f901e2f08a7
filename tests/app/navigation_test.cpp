// SPDX-License-Identifier: GPL-3.0-or-later
// The map's navigation and view tools on a real window: identify, measure, scale box, keyboard, bookmarks,
// overview and zoom to selection.
#include "bookmarks_dock.h"
#include "cli_run.h"
#include "geo/coordinate_transform.h"
#include "geo/geodesic.h"
#include "identify_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools/edit_tools.h"
#include "map_tools/identify_tool.h"
#include "map_tools/measure_tool.h"
#include "map_tools/view_tools.h"
#include "navigation_panels.h"
#include "overview_map.h"
#include "plan/project.h"
#include "scale_box.h"
#include "selection.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace yc;

namespace {

using yc::test::waitFor;

PlanFeature planPoint(const QString &id, QPointF lonLat)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("测试点 ") + id;
    f.category = Category::ScenicSite;
    f.geometry = Geometry::point(lonLat);
    f.confidence = LocationConfidence::Approximate;
    f.history = {{Status::Proposed, QDate(2024, 1, 1), {}, {}, {}}};
    return f;
}

/// A window on a project with two parcels (GeoJSON, WGS84) and two plan points, in EPSG:4546.
class NavigationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        test::writeText(mDir.filePath(QStringLiteral("parcels.geojson")), R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"东地块","area_ha":12.5},"geometry":{"type":"Polygon",
             "coordinates":[[[110.9,34.9],[111.0,34.9],[111.0,35.0],[110.9,35.0],[110.9,34.9]]]}},
            {"type":"Feature","properties":{"name":"西地块","area_ha":40},"geometry":{"type":"Polygon",
             "coordinates":[[[111.1,34.9],[111.2,34.9],[111.2,35.0],[111.1,35.0],[111.1,34.9]]]}}]})");
        auto project = std::make_unique<Project>();
        project->setFilePath(mDir.filePath(QStringLiteral("project.gpkg")));
        project->setLayers({{QStringLiteral("parcels"), QStringLiteral("parcels.geojson"), {}, true, 1.0, {}}});
        project->setFeatures({planPoint(QStringLiteral("east"), {110.95, 34.95}),
                              planPoint(QStringLiteral("far"), {111.6, 35.3})});
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1200, 800);
        mWindow->setProject(std::move(project));
        mWindow->show();
        ASSERT_TRUE(waitFor([&] { return canvas()->layers().size() == 1 && canvas()->unitsPerPixel() > 0; }));
    }

    MapCanvas *canvas() const { return mWindow->canvas(); }
    NavigationPanels *nav() const { return mWindow->navigation(); }
    /// Widget position of a lon/lat point.
    QPoint at(QPointF lonLat) const { return canvas()->widgetPosition(lonLat).value_or(QPointF()).toPoint(); }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
};

QStringList childValues(const QTreeWidgetItem *item)
{
    QStringList values;
    for (int i = 0; i < item->childCount(); ++i)
        values << item->child(i)->text(1);
    return values;
}

} // namespace

TEST_F(NavigationTest, IdentifyListsThePlanFeatureAndTheParcelUnderAClick)
{
    ViewTools *tools = nav()->viewTools();
    tools->actions().first()->trigger();   // View ▸ Identify features
    EXPECT_EQ(canvas()->tool(), tools->identifyTool());
    QTreeWidget *tree = nav()->identifyDock()->tree();
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at({110.95, 34.95}));
    ASSERT_TRUE(waitFor([&] { return tree->topLevelItemCount() == 2; }));
    EXPECT_TRUE(nav()->identifyDock()->isVisible());
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QString::fromUtf8("测试点 east"));
    EXPECT_TRUE(tree->topLevelItem(1)->text(0).startsWith(QStringLiteral("parcels")));
    EXPECT_TRUE(childValues(tree->topLevelItem(1)).contains(QString::fromUtf8("东地块")));
    EXPECT_TRUE(childValues(tree->topLevelItem(1)).contains(QStringLiteral("12.5")));

    // Inside the west parcel, away from any plan feature: only the parcel.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at({111.17, 34.93}));
    ASSERT_TRUE(waitFor([&] { return tree->topLevelItemCount() == 1 && childValues(tree->topLevelItem(0))
                                                                       .contains(QString::fromUtf8("西地块")); }));
    // Between the parcels: nothing.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at({111.05, 34.95}));
    ASSERT_TRUE(waitFor([&] { return tree->topLevelItemCount() == 0; }));
    // The identify tool does not select: the selection is what it was.
    EXPECT_TRUE(mWindow->selection()->featureIds().isEmpty());

    // Picking an edit tool gives the canvas back to it.
    mWindow->findChild<QAction *>(QStringLiteral("selectToolAction"))->trigger();
    EXPECT_NE(canvas()->tool(), tools->identifyTool());
    EXPECT_FALSE(tools->actions().first()->isChecked());
}

TEST_F(NavigationTest, MeasuresDistanceAndAreaOnTheEllipsoid)
{
    ViewTools *tools = nav()->viewTools();
    tools->activate(tools->distanceTool());
    const QPoint a = at({110.9, 34.9});
    const QPoint b = at({111.2, 35.0});
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, a);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, b);
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, b);
    // What was measured is the geodesic between the clicked pixels' lon/lat.
    const CoordinateTransform toLonLat(canvas()->crs(), Project::storageCrs());
    const QPointF llA = *toLonLat.apply(canvas()->toMap(a));
    const QPointF llB = *toLonLat.apply(canvas()->toMap(b));
    const Geodesic geodesic;
    const double expected = geodesic.distance(llA, llB);
    EXPECT_NEAR(tools->distanceTool()->length(), expected, 1e-6 * expected);
    EXPECT_GT(expected, 27000);   // 0.3° of longitude and 0.1° of latitude at 35°N: about 29.6 km
    EXPECT_LT(expected, 32000);
    EXPECT_TRUE(tools->distanceTool()->readout().contains(QStringLiteral("km")));
    // The next click starts a new measurement.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, a);
    EXPECT_EQ(tools->distanceTool()->length(), 0);

    tools->activate(tools->areaTool());
    const QPoint c = at({110.9, 35.0});
    for (const QPoint &p : {a, at({111.0, 34.9}), at({111.0, 35.0}), c})
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, p);
    QTest::mouseClick(canvas(), Qt::RightButton, {}, c);   // finishes
    QPolygonF ring;
    for (const QPoint &p : {a, at({111.0, 34.9}), at({111.0, 35.0}), c})
        ring << *toLonLat.apply(canvas()->toMap(p));
    const double area = geodesic.area(ring);
    EXPECT_NEAR(tools->areaTool()->area(), area, 1e-6 * area);
    EXPECT_NEAR(area, 101.4e6, 2e6);   // a 0.1° cell at 35°N is about 9.1 km × 11.1 km
    EXPECT_TRUE(tools->areaTool()->readout().contains(QStringLiteral("km²")));
    // Escape drops the measurement; a second one leaves the tool for the select tool.
    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_EQ(tools->areaTool()->area(), 0);
    EXPECT_EQ(canvas()->tool(), tools->areaTool());
    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_EQ(canvas()->tool(), mWindow->editTools()->tool(EditTools::Tool::Select));
    for (QAction *action : tools->actions())
        EXPECT_FALSE(action->isChecked());
}

TEST_F(NavigationTest, EscapeLeavesIdentifyForSelect)
{
    ViewTools *tools = nav()->viewTools();
    tools->activate(tools->identifyTool());
    ASSERT_EQ(canvas()->tool(), tools->identifyTool());
    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_EQ(canvas()->tool(), mWindow->editTools()->tool(EditTools::Tool::Select));
    EXPECT_FALSE(tools->actions().first()->isChecked());
}

TEST_F(NavigationTest, ScaleBoxZoomsToTypedAndPickedScales)
{
    ScaleBox *box = nav()->scaleBox();
    EXPECT_TRUE(box->currentText().startsWith(QStringLiteral("1:")));
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("1:250000"));
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    EXPECT_NEAR(canvas()->scaleDenominator(), 250000, 1);
    EXPECT_EQ(box->currentText(), QStringLiteral("1:250,000"));
    const int fiftyK = box->findText(QStringLiteral("1:50,000"));
    ASSERT_GE(fiftyK, 0);
    box->setCurrentIndex(fiftyK);
    Q_EMIT box->activated(fiftyK);
    EXPECT_NEAR(canvas()->scaleDenominator(), 50000, 1);
    // Not a scale: nothing moves.
    const double before = canvas()->unitsPerPixel();
    EXPECT_FALSE(box->applyText(QStringLiteral("big")));
    EXPECT_EQ(canvas()->unitsPerPixel(), before);
    EXPECT_EQ(ScaleBox::parseScale(QString::fromUtf8("1：10,000")), 10000);
    EXPECT_EQ(ScaleBox::parseScale(QStringLiteral("25000")), 25000);
    EXPECT_FALSE(ScaleBox::parseScale(QStringLiteral("1:0")));
}

TEST_F(NavigationTest, KeyboardPansZoomsAndGoesHome)
{
    canvas()->setFocus();
    const double upp = canvas()->unitsPerPixel();
    const QPointF centre = canvas()->center();
    QTest::keyClick(canvas(), Qt::Key_Plus);
    EXPECT_NEAR(canvas()->unitsPerPixel(), upp / 1.5, upp * 1e-9);
    QTest::keyClick(canvas(), Qt::Key_Right);
    EXPECT_NEAR(canvas()->center().x() - centre.x(), canvas()->width() / 4.0 * canvas()->unitsPerPixel(), 1e-6);
    QTest::keyClick(canvas(), Qt::Key_Up);
    EXPECT_GT(canvas()->center().y(), centre.y());
    QTest::keyClick(canvas(), Qt::Key_Minus);
    QTest::keyClick(canvas(), Qt::Key_Minus);
    EXPECT_NEAR(canvas()->unitsPerPixel(), upp * 1.5, upp * 1e-9);
    QTest::keyClick(canvas(), Qt::Key_Home);
    EXPECT_NEAR(canvas()->unitsPerPixel(), upp, upp * 1e-9);
    EXPECT_NEAR(canvas()->center().x(), centre.x(), 1e-6);
}

TEST_F(NavigationTest, BookmarksGoBackUndoAndFollowACrsChange)
{
    BookmarksDock *dock = nav()->bookmarksDock();
    canvas()->zoomBy(4);
    const Envelope marked = canvas()->visibleExtent();
    dock->addBookmark(QString::fromUtf8("东地块附近"));
    ASSERT_EQ(mWindow->project().bookmarks().size(), 1);
    EXPECT_EQ(dock->list()->count(), 1);
    EXPECT_EQ(mWindow->project().bookmarks().first().crs, canvas()->crs());
    canvas()->zoomToFullExtent();
    dock->goTo(0);
    EXPECT_NEAR(canvas()->visibleExtent().center().x(), marked.center().x(), 1e-6);
    EXPECT_NEAR(canvas()->visibleExtent().width(), marked.width(), marked.width() * 1e-6);

    dock->rename(0, QStringLiteral("east"));
    EXPECT_EQ(mWindow->project().bookmarks().first().name, QStringLiteral("east"));
    mWindow->project().undoStack()->undo();
    EXPECT_EQ(dock->list()->item(0)->text(), QString::fromUtf8("东地块附近"));

    // In another map CRS the bookmark shows the same place.
    mWindow->project().setCrs(Crs::wgs84());
    ASSERT_TRUE(waitFor([&] { return canvas()->crs() == Crs::wgs84(); }));
    dock->goTo(0);
    const QPointF centre = *CoordinateTransform(Crs::cgcs2000Gk111(), Crs::wgs84()).apply(marked.center());
    EXPECT_NEAR(canvas()->visibleExtent().center().x(), centre.x(), 1e-3);
    EXPECT_NEAR(canvas()->visibleExtent().center().y(), centre.y(), 1e-3);

    dock->remove(0);
    EXPECT_TRUE(mWindow->project().bookmarks().isEmpty());
    mWindow->project().undoStack()->undo();
    EXPECT_EQ(mWindow->project().bookmarks().size(), 1);
}

TEST_F(NavigationTest, OverviewShowsTheViewAndMovesIt)
{
    OverviewMap *overview = nav()->overviewDock()->map();
    ASSERT_TRUE(waitFor([&] { return !overview->image().isNull() && !overview->isRendering(); }));
    canvas()->zoomBy(8);
    const QRectF r = overview->viewRect();
    ASSERT_FALSE(r.isEmpty());
    EXPECT_TRUE(QRectF(overview->rect()).adjusted(-1, -1, 1, 1).contains(r));
    // A click elsewhere on the overview moves the canvas there, at the same scale.
    const double upp = canvas()->unitsPerPixel();
    const QPoint target(int(overview->width() * 0.8), int(overview->height() * 0.3));
    QTest::mouseClick(overview, Qt::LeftButton, {}, target);
    EXPECT_NEAR(overview->viewRect().center().x(), target.x(), 1.0);
    EXPECT_NEAR(overview->viewRect().center().y(), target.y(), 1.0);
    EXPECT_EQ(canvas()->unitsPerPixel(), upp);
}

TEST_F(NavigationTest, ZoomToSelection)
{
    mWindow->selection()->select({QStringLiteral("far")});
    canvas()->zoomToFullExtent();
    mWindow->findChild<QAction *>(QStringLiteral("zoomToSelectionAction"))->trigger();
    const QPointF far = *CoordinateTransform(Project::storageCrs(), canvas()->crs()).apply(QPointF(111.6, 35.3));
    const Envelope shown = canvas()->visibleExtent();
    EXPECT_NEAR(shown.center().x(), far.x(), 1.0);
    EXPECT_NEAR(shown.center().y(), far.y(), 1.0);
    EXPECT_LT(shown.width(), 20000);   // a few kilometres around the point
}
