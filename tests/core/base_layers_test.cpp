// SPDX-License-Identifier: GPL-3.0-or-later
// The committed base layers (maps/yuncheng-base.gpkg, built by maps/build-base-layers.sh): the right
// units with the right names, areas that match the published figures, valid shapes in the right places.
#include "test_support.h"

#include "geo/coordinate_transform.h"
#include "geo/crs.h"
#include "io/vector_data.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSet>

#include <optional>

namespace {

using yc::VectorData;

struct County {
    const char *adcode;
    const char *nameZh;
    const char *nameEn;
    double areaKm2;   ///< from the data README (/work/shared/data/README.md)
};

const County kCounties[] = {
    {"140802", "盐湖区", "Yanhu District", 1206},   {"140821", "临猗县", "Linyi County", 1365},
    {"140822", "万荣县", "Wanrong County", 1078},   {"140823", "闻喜县", "Wenxi County", 1168},
    {"140824", "稷山县", "Jishan County", 683},     {"140825", "新绛县", "Xinjiang County", 594},
    {"140826", "绛县", "Jiang County", 989},        {"140827", "垣曲县", "Yuanqu County", 1615},
    {"140828", "夏县", "Xia County", 1351},         {"140829", "平陆县", "Pinglu County", 1176},
    {"140830", "芮城县", "Ruicheng County", 1167},  {"140881", "永济市", "Yongji City", 1193},
    {"140882", "河津市", "Hejin City", 598},
};

const yc::Envelope kStudyBox = yc::Envelope::of(109.9, 34.3, 112.4, 36.1);

QString basePath() { return yc::test::sourceDir() + QStringLiteral("/maps/yuncheng-base.gpkg"); }

std::optional<VectorData> readLayer(const char *layer)
{
    yc::VectorReadOptions options;
    options.layerName = QString::fromLatin1(layer);
    QString error;
    std::optional<VectorData> data = yc::readVectorLayer(basePath(), options, &error);
    EXPECT_TRUE(data) << layer << ": " << error.toStdString();
    return data;
}

QString text(const VectorData &data, const yc::VectorFeature &f, const char *field)
{
    const int i = data.fieldIndex(QString::fromLatin1(field));
    EXPECT_GE(i, 0) << "no field " << field << " in " << data.layerName.toStdString();
    return i >= 0 ? f.attributes.value(i).toString() : QString();
}

double number(const VectorData &data, const yc::VectorFeature &f, const char *field)
{
    const int i = data.fieldIndex(QString::fromLatin1(field));
    EXPECT_GE(i, 0) << "no field " << field << " in " << data.layerName.toStdString();
    return i >= 0 ? f.attributes.value(i).toDouble() : 0;
}

/// Albers equal-area for the region, ellipsoidal: planar areas in it are ellipsoidal areas.
yc::Crs equalArea()
{
    return yc::Crs::fromUserInput(
        QStringLiteral("+proj=aea +lat_1=34 +lat_2=36 +lat_0=35 +lon_0=111 +ellps=WGS84 +units=m +no_defs"));
}

double areaKm2(const yc::Geometry &lonLat)
{
    const yc::CoordinateTransform toEqualArea(yc::Crs::wgs84(), equalArea());
    EXPECT_TRUE(toEqualArea.isValid()) << toEqualArea.error().toStdString();
    return toEqualArea.apply(lonLat).area() / 1e6;
}

void expectValidAndInside(const VectorData &data, const yc::Envelope &box)
{
    ASSERT_FALSE(data.features.isEmpty()) << data.layerName.toStdString();
    EXPECT_EQ(data.crs.epsg(), 4326) << data.layerName.toStdString();
    for (const yc::VectorFeature &f : data.features) {
        QString reason;
        EXPECT_TRUE(f.geometry.isValid(&reason)) << data.layerName.toStdString() << " fid " << f.fid << ": "
                                                 << reason.toStdString();
        const yc::Envelope e = f.geometry.envelope();
        EXPECT_TRUE(box.contains({e.xMin, e.yMin}) && box.contains({e.xMax, e.yMax}))
            << data.layerName.toStdString() << " fid " << f.fid << " reaches " << e.xMin << "," << e.yMin << " – "
            << e.xMax << "," << e.yMax;
    }
}

} // namespace

TEST(BaseLayers, HasTheThirteenCountiesWithTheirNames)
{
    const std::optional<VectorData> counties = readLayer("counties");
    ASSERT_TRUE(counties);
    ASSERT_EQ(counties->features.size(), 13);
    QHash<QString, const yc::VectorFeature *> byAdcode;
    for (const yc::VectorFeature &f : counties->features)
        byAdcode.insert(text(*counties, f, "adcode"), &f);
    for (const County &c : kCounties) {
        const yc::VectorFeature *f = byAdcode.value(QString::fromLatin1(c.adcode));
        ASSERT_NE(f, nullptr) << c.adcode;
        EXPECT_EQ(text(*counties, *f, "name_zh"), QString::fromUtf8(c.nameZh)) << c.adcode;
        EXPECT_EQ(text(*counties, *f, "name_en"), QString::fromUtf8(c.nameEn)) << c.adcode;
    }
}

TEST(BaseLayers, CountyAreasMatchThePublishedFigures)
{
    const std::optional<VectorData> counties = readLayer("counties");
    ASSERT_TRUE(counties);
    QHash<QString, double> expected;
    for (const County &c : kCounties)
        expected.insert(QString::fromLatin1(c.adcode), c.areaKm2);
    double total = 0;
    for (const yc::VectorFeature &f : counties->features) {
        const QString adcode = text(*counties, f, "adcode");
        ASSERT_TRUE(expected.contains(adcode)) << adcode.toStdString();
        const double want = expected.value(adcode);
        const double computed = areaKm2(f.geometry);
        EXPECT_NEAR(computed, want, want * 0.01) << adcode.toStdString();
        EXPECT_NEAR(number(*counties, f, "area_km2"), computed, computed * 0.001) << adcode.toStdString();
        total += computed;
    }
    EXPECT_NEAR(total, 14182, 14182 * 0.01);

    const std::optional<VectorData> outline = readLayer("city_outline");
    ASSERT_TRUE(outline);
    ASSERT_EQ(outline->features.size(), 1);
    EXPECT_EQ(text(*outline, outline->features.first(), "adcode"), QStringLiteral("140800"));
    EXPECT_EQ(text(*outline, outline->features.first(), "name_zh"), QStringLiteral("运城市"));
    EXPECT_NEAR(areaKm2(outline->features.first().geometry), total, total * 0.001);
}

TEST(BaseLayers, GeometriesAreValidLonLatInsideTheStudyBox)
{
    for (const char *layer : {"counties", "city_outline", "rivers", "lakes", "county_seats"}) {
        const std::optional<VectorData> data = readLayer(layer);
        ASSERT_TRUE(data);
        expectValidAndInside(*data, kStudyBox);
    }
    // Neighbouring counties reach beyond the box; they stay within a degree of it.
    const std::optional<VectorData> neighbours = readLayer("neighbour_counties");
    ASSERT_TRUE(neighbours);
    expectValidAndInside(*neighbours, kStudyBox.buffered(1.0));
}

TEST(BaseLayers, NeighbourCountiesBorderYuncheng)
{
    const std::optional<VectorData> neighbours = readLayer("neighbour_counties");
    const std::optional<VectorData> outline = readLayer("city_outline");
    ASSERT_TRUE(neighbours && outline);
    const yc::CoordinateTransform toEqualArea(yc::Crs::wgs84(), equalArea());
    const yc::Geometry city = toEqualArea.apply(outline->features.first().geometry);
    const QSet<QString> cities = {QStringLiteral("临汾市"), QStringLiteral("渭南市"), QStringLiteral("三门峡市"),
                                  QStringLiteral("洛阳市"), QStringLiteral("济源市")};
    QSet<QString> seen;
    int touching = 0;
    for (const yc::VectorFeature &f : neighbours->features) {
        const QString cityZh = text(*neighbours, f, "city_zh");
        EXPECT_TRUE(cities.contains(cityZh)) << cityZh.toStdString();
        seen.insert(cityZh);
        EXPECT_FALSE(text(*neighbours, f, "name_en").isEmpty()) << text(*neighbours, f, "adcode").toStdString();
        const double metres = toEqualArea.apply(f.geometry).distance(city);
        EXPECT_LE(metres, 30000) << text(*neighbours, f, "name_zh").toStdString();
        if (metres < 100)
            ++touching;
    }
    EXPECT_EQ(seen, cities);
    EXPECT_GE(touching, 12);   // the counties along the border (15 in the source data)
}

TEST(BaseLayers, LakesHoldTheSaltLake)
{
    const std::optional<VectorData> lakes = readLayer("lakes");
    ASSERT_TRUE(lakes);
    bool found = false;
    for (const yc::VectorFeature &f : lakes->features) {
        if (text(*lakes, f, "name_zh") != QStringLiteral("运城盐湖"))
            continue;
        found = true;
        EXPECT_EQ(text(*lakes, f, "name_en"), QStringLiteral("Yuncheng Salt Lake"));
        EXPECT_NEAR(areaKm2(f.geometry), 34.8, 3.48);
        EXPECT_NEAR(number(*lakes, f, "area_km2"), 34.8, 3.48);
    }
    EXPECT_TRUE(found);
}

TEST(BaseLayers, RiversIncludeTheYellowAndFenRivers)
{
    const std::optional<VectorData> rivers = readLayer("rivers");
    ASSERT_TRUE(rivers);
    QSet<QString> names;
    for (const yc::VectorFeature &f : rivers->features) {
        names.insert(text(*rivers, f, "name_zh"));
        EXPECT_EQ(f.geometry.dimension(), 1);
    }
    EXPECT_TRUE(names.contains(QStringLiteral("黄河")));
    EXPECT_TRUE(names.contains(QStringLiteral("汾河")));
}

TEST(BaseLayers, CountySeatsLieInTheirCountiesAndTheCity)
{
    const std::optional<VectorData> seats = readLayer("county_seats");
    const std::optional<VectorData> counties = readLayer("counties");
    const std::optional<VectorData> outline = readLayer("city_outline");
    ASSERT_TRUE(seats && counties && outline);
    ASSERT_EQ(seats->features.size(), 13);
    QHash<QString, yc::Geometry> countyByAdcode;
    for (const yc::VectorFeature &f : counties->features)
        countyByAdcode.insert(text(*counties, f, "adcode"), f.geometry);
    const yc::Geometry &city = outline->features.first().geometry;
    for (const yc::VectorFeature &seat : seats->features) {
        const QString adcode = text(*seats, seat, "adcode");
        ASSERT_TRUE(countyByAdcode.contains(adcode)) << adcode.toStdString();
        EXPECT_EQ(seat.geometry.type, yc::GeometryType::Point);
        EXPECT_FALSE(text(*seats, seat, "name_zh").isEmpty()) << adcode.toStdString();
        EXPECT_FALSE(text(*seats, seat, "name_en").isEmpty()) << adcode.toStdString();
        EXPECT_TRUE(countyByAdcode.value(adcode).contains(seat.geometry)) << adcode.toStdString();
        EXPECT_TRUE(city.contains(seat.geometry)) << adcode.toStdString();
    }
}
