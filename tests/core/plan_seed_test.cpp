// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/plan_seed.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace yc;

namespace {

QJsonObject validFeature(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name_zh"), QString::fromUtf8("黄河一号旅游公路")},
        {QStringLiteral("name_en"), QStringLiteral("Yellow River No.1 Tourism Road")},
        {QStringLiteral("aliases"), QJsonArray{QString::fromUtf8("沿黄公路")}},   // unknown keys are ignored
        {QStringLiteral("category"), QStringLiteral("tourism_road")},
        {QStringLiteral("county"), QString()},
        {QStringLiteral("geometry"), QStringLiteral("LINESTRING(110.595 35.665, 110.7 35.7)")},
        {QStringLiteral("confidence"), QStringLiteral("approximate")},
        {QStringLiteral("location_note"), QString::fromUtf8("沿黄河岸线")},
        {QStringLiteral("status"), QStringLiteral("under_construction")},
        {QStringLiteral("status_date"), QStringLiteral("2024-01-01")},
        {QStringLiteral("status_note"), QString::fromUtf8("report: 全面完成旅游公路建设")},
        {QStringLiteral("sentences"), QJsonArray{QStringLiteral("4.1.1")}},
        {QStringLiteral("targets"), QJsonArray{}},
    };
}

class PlanSeedTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(mDir.isValid()); }

    QString write(const QJsonArray &features)
    {
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("yuncheng-plan-seed/1")},
                               {QStringLiteral("crs"), QStringLiteral("EPSG:4490")},
                               {QStringLiteral("features"), features}};
        return writeRaw(QJsonDocument(root).toJson());
    }

    QString writeRaw(const QByteArray &content)
    {
        const QString path = mDir.filePath(QStringLiteral("seed-%1.json").arg(++mCount));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    /// Reads a seed with `feature` after one valid feature; expects an error containing `expected`.
    void expectError(const QJsonObject &feature, const QString &expected)
    {
        QString error;
        const auto seed = readPlanSeed(write({validFeature(QStringLiteral("first")), feature}), &error);
        EXPECT_FALSE(seed.has_value());
        EXPECT_TRUE(error.contains(expected)) << "got: " << error.toStdString()
                                              << "\nwanted: " << expected.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    }

    QTemporaryDir mDir;
    int mCount = 0;
};

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

TEST_F(PlanSeedTest, ValidSeedLoads)
{
    QJsonObject area = validFeature(QStringLiteral("lake_park"));
    area.insert(QStringLiteral("geometry"),
                QStringLiteral("POLYGON((110.9 35.0, 111.1 35.0, 111.1 35.1, 110.9 35.1, 110.9 35.0))"));
    area.insert(QStringLiteral("category"), QStringLiteral("ecology_project"));
    area.insert(QStringLiteral("county"), QString::fromUtf8("盐湖区"));
    area.remove(QStringLiteral("confidence"));
    area.remove(QStringLiteral("sentences"));

    QString error;
    const auto seed = readPlanSeed(write({validFeature(QStringLiteral("yellow_river_road")), area}), &error);
    ASSERT_TRUE(seed.has_value()) << error.toStdString();
    ASSERT_EQ(seed->features.size(), 2);

    const PlanFeature &road = seed->features.at(0);
    EXPECT_EQ(road.id, QStringLiteral("yellow_river_road"));
    EXPECT_EQ(road.nameZh, QString::fromUtf8("黄河一号旅游公路"));
    EXPECT_EQ(road.category, Category::TourismRoad);
    EXPECT_EQ(road.geometry.type, GeometryType::LineString);
    EXPECT_EQ(road.geometry.vertexCount(), 2);
    EXPECT_EQ(road.sentenceIds, QStringList{QStringLiteral("4.1.1")});
    ASSERT_EQ(road.history.size(), 1);
    EXPECT_EQ(road.status(), Status::UnderConstruction);
    EXPECT_EQ(road.history.first().date, QDate(2024, 1, 1));
    EXPECT_EQ(road.history.first().user, QStringLiteral("report-2024"));
    EXPECT_EQ(road.history.first().recordedAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(road.history.first().note, QString::fromUtf8("report: 全面完成旅游公路建设"));

    const PlanFeature &park = seed->features.at(1);
    EXPECT_EQ(park.geometry.type, GeometryType::Polygon);
    EXPECT_EQ(park.confidence, LocationConfidence::Approximate);
    EXPECT_EQ(park.county, QString::fromUtf8("盐湖区"));
    EXPECT_TRUE(park.sentenceIds.isEmpty());
}

TEST_F(PlanSeedTest, BadEntriesNameTheFeature)
{
    const QJsonObject base = validFeature(QStringLiteral("bad_one"));
    expectError(with(base, QStringLiteral("category"), QStringLiteral("spaceport")),
                QStringLiteral("feature \"bad_one\": unknown category \"spaceport\""));
    expectError(with(base, QStringLiteral("geometry"), QStringLiteral("LINESTRING(110.5 35.6,")),
                QStringLiteral("feature \"bad_one\": bad geometry WKT"));
    expectError(with(base, QStringLiteral("geometry"), QStringLiteral("POINT(35.0 111.0)")),
                QStringLiteral("feature \"bad_one\": the geometry lies outside China"));
    expectError(with(base, QStringLiteral("geometry"),
                     QStringLiteral("POLYGON((110 35, 111 36, 111 35, 110 36, 110 35))")),
                QStringLiteral("feature \"bad_one\": the geometry is not valid"));
    expectError(with(base, QStringLiteral("status"), QStringLiteral("done")),
                QStringLiteral("feature \"bad_one\": unknown status \"done\""));
    expectError(with(base, QStringLiteral("status_date"), QStringLiteral("2024-13-01")),
                QStringLiteral("feature \"bad_one\": status_date \"2024-13-01\""));
    expectError(with(base, QStringLiteral("confidence"), QStringLiteral("guess")),
                QStringLiteral("feature \"bad_one\": unknown confidence \"guess\""));
    expectError(with(base, QStringLiteral("sentences"), QStringLiteral("4.1.1")),
                QStringLiteral("feature \"bad_one\": \"sentences\" is not a list"));
    expectError(with(base, QStringLiteral("name_zh"), 42),
                QStringLiteral("feature \"bad_one\": \"name_zh\" is not a string"));
    expectError(with(base, QStringLiteral("name_zh"), QJsonValue::Undefined),
                QStringLiteral("feature \"bad_one\": \"name_zh\" is missing"));
    // Without an id the feature is named by its position.
    expectError(with(base, QStringLiteral("id"), QJsonValue::Undefined),
                QStringLiteral("feature #2: \"id\" is missing"));
    expectError(validFeature(QStringLiteral("first")),
                QStringLiteral("feature \"first\": the id is used by an earlier feature"));
}

TEST_F(PlanSeedTest, BadFilesGiveOneLineErrors)
{
    QString error;
    EXPECT_FALSE(readPlanSeed(mDir.filePath(QStringLiteral("missing.json")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.json"))) << error.toStdString();
    EXPECT_FALSE(readPlanSeed(writeRaw("{ \"format\": "), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid JSON"))) << error.toStdString();
    EXPECT_FALSE(readPlanSeed(writeRaw("{\"format\": \"yuncheng-plan-seed/9\", \"features\": []}"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("yuncheng-plan-seed/9"))) << error.toStdString();
    EXPECT_FALSE(readPlanSeed(writeRaw("{\"format\": \"yuncheng-plan-seed/1\", \"crs\": \"EPSG:4326\", "
                                       "\"features\": []}"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("EPSG:4490"))) << error.toStdString();
}

TEST_F(PlanSeedTest, BuildProjectFromSeeds)
{
    const QString reportPath = yc::test::sourceDir() + QStringLiteral("/seeds/yuncheng-2024-work-report-sections-4-10.txt");
    const QString seedPath = write({validFeature(QStringLiteral("yellow_river_road"))});
    LayerRef base;
    base.name = QStringLiteral("counties");
    base.source = QStringLiteral("base.gpkg");
    base.layerName = QStringLiteral("counties");

    Project project;
    QString error;
    ASSERT_TRUE(buildProjectFromSeeds(project, reportPath, seedPath, {base}, &error)) << error.toStdString();
    EXPECT_EQ(project.title(), QString::fromUtf8("运城市2024年政府工作报告 · 重点项目规划图"));
    EXPECT_EQ(project.report().originalText(), yc::test::bundledReportText());
    ASSERT_EQ(project.features().size(), 1);
    EXPECT_EQ(project.featuresForSentence(QStringLiteral("4.1.1")).size(), 1);
    EXPECT_EQ(project.layers(), QList<LayerRef>{base});

    // Links must name sentences of this report; the project is left alone otherwise.
    const QString badLink = write({with(validFeature(QStringLiteral("lost")), QStringLiteral("sentences"),
                                        QJsonArray{QStringLiteral("99.1.1")})});
    Project untouched;
    EXPECT_FALSE(buildProjectFromSeeds(untouched, reportPath, badLink, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("feature \"lost\": the report has no sentence 99.1.1")))
        << error.toStdString();
    EXPECT_TRUE(untouched.features().isEmpty());
    EXPECT_TRUE(untouched.report().isEmpty());

    EXPECT_FALSE(buildProjectFromSeeds(untouched, mDir.filePath(QStringLiteral("no-report.txt")), seedPath, {},
                                       &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no-report.txt"))) << error.toStdString();
}
