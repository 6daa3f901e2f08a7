// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's images: a pan shows the last picture moved at once, and a change to the plan or to a base layer
// redraws only that image.
#include "map_canvas.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QSignalSpy>

using namespace yc;

namespace {

using yc::test::waitFor;

std::shared_ptr<const VectorData> squareLayer(const QString &name, double x0)
{
    VectorData data;
    data.layerName = name;
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::Polygon;
    QPolygonF ring;
    ring << QPointF(x0, 34.8) << QPointF(x0 + 0.2, 34.8) << QPointF(x0 + 0.2, 35.0) << QPointF(x0, 35.0)
         << QPointF(x0, 34.8);
    VectorFeature f;
    f.fid = 1;
    f.geometry = Geometry::polygon(ring);
    data.features = {f};
    data.extent = f.geometry.envelope();
    return std::make_shared<const VectorData>(std::move(data));
}

PlanFeature planPoint(QPointF lonLat, const QString &id = QStringLiteral("p1"))
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("测试点");
    f.category = Category::ScenicSite;
    f.geometry = Geometry::point(lonLat);
    f.history = {{Status::Proposed, QDate(2024, 1, 1), {}, {}, {}}};
    return f;
}

class MapCanvasTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        mCanvas.resize(480, 360);
        mCanvas.setCrs(Crs::cgcs2000());
        mLayers = {{squareLayer(QStringLiteral("counties"), 110.8), QStringLiteral("counties"), true, 1.0},
                   {squareLayer(QStringLiteral("lakes"), 111.1), QStringLiteral("lakes"), true, 1.0}};
        mCanvas.setLayers(mLayers);
        mCanvas.setFeatures({planPoint({111.0, 34.9})});
        mCanvas.setExtent(Envelope::of(110.7, 34.7, 111.4, 35.1));   // a fixed view: new content keeps it
        mCanvas.show();
        ASSERT_TRUE(settled());
    }

    bool settled()
    {
        return waitFor([&] { return !mCanvas.isRendering() && !mCanvas.image().isNull(); });
    }
    /// Waits for the next render to finish.
    bool rendered(QSignalSpy &spy, int before) { return waitFor([&] { return spy.count() > before; }); }

    MapCanvas mCanvas;
    QList<RenderLayer> mLayers;
};

} // namespace

TEST_F(MapCanvasTest, PanShowsTheLastPictureMovedBeforeTheRenderFinishes)
{
    const QImage before = mCanvas.grab().toImage();
    mCanvas.panByPixels(QPointF(60, 25));
    ASSERT_TRUE(mCanvas.isRendering());   // the new render has not even started (it waits for the pan to pause)
    const QImage during = mCanvas.grab().toImage();
    // Away from the scale bar (bottom left) and the "Rendering…" note (top right), each pixel is the one
    // 60 px right and 25 px down in the picture before.
    int compared = 0;
    int differing = 0;
    for (int y = 40; y < 280; y += 3)
        for (int x = 10; x < 380; x += 3) {
            ++compared;
            differing += before.pixel(x + 60, y + 25) != during.pixel(x, y);
        }
    EXPECT_GT(compared, 5000);
    EXPECT_EQ(differing, 0);
    EXPECT_NE(before, during);
    ASSERT_TRUE(settled());
}

TEST_F(MapCanvasTest, ChangingThePlanOrALayerRedrawsOnlyThat)
{
    ASSERT_EQ(mCanvas.drawCounts().layers, 1);
    ASSERT_EQ(mCanvas.drawCounts().features, 1);
    QSignalSpy spy(&mCanvas, &MapCanvas::renderFinished);

    // Moving a plan feature or selecting one redraws the plan, not the base layers.
    mCanvas.setFeatures({planPoint({111.05, 34.95})});
    ASSERT_TRUE(rendered(spy, 0));
    mCanvas.setSelectedFeatureIds({QStringLiteral("p1")});
    ASSERT_TRUE(rendered(spy, 1));
    EXPECT_EQ(mCanvas.drawCounts().layers, 1);
    EXPECT_EQ(mCanvas.drawCounts().features, 3);

    // Hiding a layer redraws the base layers, not the plan, and shows the picture without it.
    const QImage shown = mCanvas.image();
    mLayers[1].visible = false;
    mCanvas.setLayers(mLayers);
    ASSERT_TRUE(rendered(spy, 2));
    EXPECT_NE(mCanvas.image(), shown);
    EXPECT_EQ(mCanvas.drawCounts().layers, 2);
    EXPECT_EQ(mCanvas.drawCounts().features, 3);

    // A new view redraws both.
    mCanvas.zoomBy(1.5);
    ASSERT_TRUE(rendered(spy, 3));
    EXPECT_EQ(mCanvas.drawCounts().layers, 3);
    EXPECT_EQ(mCanvas.drawCounts().features, 4);
}

TEST_F(MapCanvasTest, ScaleBarIsDrawnInAGeographicCrs)
{
    ASSERT_TRUE(mCanvas.crs().isGeographic());
    const QImage shown = mCanvas.grab().toImage();
    // The bar: a dark line 16 px above the bottom, from x = 14 over a round number of metres (about 120 px).
    int dark = 0;
    const int y = mCanvas.height() - 16;
    for (int x = 14; x < 250; ++x)
        dark += std::min(qGray(shown.pixel(x, y - 1)), qGray(shown.pixel(x, y))) < 160;
    EXPECT_GT(dark, 40);
}

TEST_F(MapCanvasTest, FeaturesAtListsEveryPlanFeatureInReachNearestFirst)
{
    const double step = mCanvas.unitsPerPixel() * 3;   // 3 px apart in the canvas CRS (lon/lat here)
    mCanvas.setFeatures({planPoint({111.0, 34.9}, QStringLiteral("a")),
                         planPoint({111.0 + step, 34.9}, QStringLiteral("b")),
                         planPoint({111.0 + 20 * step, 34.9}, QStringLiteral("far"))});
    const QPointF nearB = mCanvas.toWidget({111.0 + step * 0.9, 34.9});
    EXPECT_EQ(mCanvas.featuresAt(nearB), QStringList({QStringLiteral("b"), QStringLiteral("a")}));
    EXPECT_EQ(mCanvas.featureAt(nearB), QStringLiteral("b"));
}
