// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_data.h"
#include "plan/project.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace yc;

namespace {

QString reportPath()
{
    return yc::test::sourceDir() + QStringLiteral("/seeds/yuncheng-2024-work-report-sections-4-10.txt");
}

QJsonObject seedFeature(const QString &id, const QString &category, const QString &wkt, const QString &sentence)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name_zh"), QString::fromUtf8("测试 ") + id},
        {QStringLiteral("name_en"), QStringLiteral("Test ") + id},
        {QStringLiteral("category"), category},
        {QStringLiteral("county"), QString::fromUtf8("盐湖区")},
        {QStringLiteral("geometry"), wkt},
        {QStringLiteral("confidence"), QStringLiteral("approximate")},
        {QStringLiteral("location_note"), QString()},
        {QStringLiteral("status"), QStringLiteral("proposed")},
        {QStringLiteral("status_date"), QStringLiteral("2024-02-01")},
        {QStringLiteral("status_note"), QString::fromUtf8("报告")},
        {QStringLiteral("sentences"), QJsonArray{sentence}},
    };
}

/// A layer with one feature, enough for the base map listing.
VectorData layer(const QString &name, Geometry geometry)
{
    VectorData d;
    d.layerName = name;
    d.crs = Crs::cgcs2000();
    d.geometryType = geometry.type;
    d.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
    VectorFeature f;
    f.geometry = std::move(geometry);
    f.attributes = {name};
    d.features = {f};
    return d;
}

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult runPlanner(const QStringList &args)
{
    QProcess p;
    p.start(yc::test::plannerBinary(), args);
    ProcessResult r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(NewCommand, BuildsALoadableProjectWithBaseLayers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Base layers written out of draw order, plus one the command does not know.
    const QString base = dir.filePath(QStringLiteral("data/base map.gpkg"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
    ASSERT_EQ(writeVectorLayer(layer(QStringLiteral("rivers"),
                                     Geometry::lineString(QPolygonF({{110.5, 35.0}, {111.0, 35.1}}))), base), QString());
    ASSERT_EQ(writeVectorLayer(layer(QStringLiteral("wells"), Geometry::point({110.8, 35.2})), base), QString());
    ASSERT_EQ(writeVectorLayer(layer(QStringLiteral("counties"),
                                     Geometry::polygon(QPolygonF({{110, 35}, {111, 35}, {111, 36}}))), base), QString());

    const QJsonObject seed{
        {QStringLiteral("format"), QStringLiteral("yuncheng-plan-seed/1")},
        {QStringLiteral("crs"), QStringLiteral("EPSG:4490")},
        {QStringLiteral("features"), QJsonArray{
            seedFeature(QStringLiteral("site"), QStringLiteral("scenic_site"), QStringLiteral("POINT(110.9 35.0)"),
                        QStringLiteral("4.1.1")),
            seedFeature(QStringLiteral("road"), QStringLiteral("tourism_road"),
                        QStringLiteral("LINESTRING(110.5 34.9, 110.8 35.0)"), QStringLiteral("4.1.1")),
            seedFeature(QStringLiteral("zone"), QStringLiteral("industrial_zone"),
                        QStringLiteral("POLYGON((110.9 35.0, 111.0 35.0, 111.0 35.1, 110.9 35.0))"),
                        QStringLiteral("4.2.1")),
        }},
    };
    const QString seedPath = dir.filePath(QStringLiteral("plan.json"));
    {
        QFile f(seedPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(seed).toJson());
    }

    const QString out = dir.filePath(QString::fromUtf8("项目 输出/yuncheng.gpkg"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(out).path()));
    const ProcessResult r = runPlanner({QStringLiteral("new"), QStringLiteral("--report"), reportPath(),
                              QStringLiteral("--plan"), seedPath, QStringLiteral("--out"), out,
                              QStringLiteral("--base"), base});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("features: 3 (1 points, 1 lines, 1 areas)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("sentences linked: 2 of "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("base layers: 3"))) << r.out.toStdString();

    Project project;
    const StorageResult loaded = GeoPackageProjectStore::load(project, out);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    EXPECT_EQ(project.title(), QString::fromUtf8("运城市2024年政府工作报告 · 重点项目规划图"));
    EXPECT_EQ(project.report().originalText(), yc::test::bundledReportText());
    ASSERT_EQ(project.features().size(), 3);
    EXPECT_EQ(project.features().at(0).id, QStringLiteral("site"));
    EXPECT_EQ(project.features().at(2).geometry.type, GeometryType::Polygon);
    EXPECT_EQ(project.features().at(1).history.first().user, QStringLiteral("report-2024"));
    EXPECT_EQ(project.featuresForSentence(QStringLiteral("4.1.1")).size(), 2);

    // Known layers in draw order, the unknown one after them; sources relative to the project's folder.
    ASSERT_EQ(project.layers().size(), 3);
    QStringList order;
    for (const LayerRef &l : project.layers())
        order << l.layerName;
    EXPECT_EQ(order, (QStringList{QStringLiteral("counties"), QStringLiteral("rivers"), QStringLiteral("wells")}));
    EXPECT_EQ(project.layers().first().source, QStringLiteral("../data/base map.gpkg"));
    EXPECT_TRUE(QFileInfo(project.resolveSource(project.layers().first().source)).exists());

    // Building twice from the same inputs gives the same model (deterministic history rows).
    const QString again = dir.filePath(QStringLiteral("again.gpkg"));
    ASSERT_EQ(runPlanner({QStringLiteral("new"), QStringLiteral("--report"), reportPath(), QStringLiteral("--plan"),
                          seedPath, QStringLiteral("--out"), again}).exitCode, 0);
    Project second;
    ASSERT_TRUE(GeoPackageProjectStore::load(second, again).ok());
    EXPECT_EQ(second.features(), project.features());
}

TEST(NewCommand, ReportsBadInputOnOneLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("x.gpkg"));

    const ProcessResult missingOption = runPlanner({QStringLiteral("new"), QStringLiteral("--report"), reportPath()});
    EXPECT_EQ(missingOption.exitCode, 2);
    EXPECT_TRUE(missingOption.err.contains(QStringLiteral("--plan"))) << missingOption.err.toStdString();

    const ProcessResult missingSeed = runPlanner({QStringLiteral("new"), QStringLiteral("--report"), reportPath(),
                                        QStringLiteral("--plan"), dir.filePath(QStringLiteral("none.json")),
                                        QStringLiteral("--out"), out});
    EXPECT_EQ(missingSeed.exitCode, 1);
    // One line names the file and the reason (Qt may add its own warnings on other lines).
    const QStringList lines = missingSeed.err.split(QLatin1Char('\n')).filter(QStringLiteral("none.json"));
    ASSERT_EQ(lines.size(), 1) << missingSeed.err.toStdString();
    EXPECT_TRUE(lines.first().contains(QStringLiteral("No such file"))) << lines.first().toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    const ProcessResult help = runPlanner({QStringLiteral("new"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--base"))) << help.out.toStdString();
}
