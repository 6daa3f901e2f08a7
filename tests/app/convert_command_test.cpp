// SPDX-License-Identifier: GPL-3.0-or-later
// `yuncheng-planner convert`, run as users run it: GCJ-02 → WGS84 with core's formula, repairs, errors.
#include "geo/gcj02.h"
#include "io/vector_data.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <optional>

namespace {

struct PlannerRun {
    int exitCode = -1;
    QString out;
    QString err;
};

PlannerRun runPlanner(const QStringList &args, const QTemporaryDir &dir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Qt complains on stderr about a missing runtime directory; give it one so stderr holds only ours.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    p.setProcessEnvironment(env);
    p.start(yc::test::plannerBinary(), QStringList{QStringLiteral("convert")} + args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// Three GCJ-02 features around Yuncheng: a point, a square and a self-intersecting "bow-tie".
QString writeGcjFixture(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("gcj.geojson"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "点"},
   "geometry": {"type": "Point", "coordinates": [111.0, 35.0]}},
  {"type": "Feature", "properties": {"name": "square"},
   "geometry": {"type": "Polygon", "coordinates": [[[110.9, 34.9], [111.1, 34.9], [111.1, 35.1], [110.9, 35.1], [110.9, 34.9]]]}},
  {"type": "Feature", "properties": {"name": "bow-tie"},
   "geometry": {"type": "Polygon", "coordinates": [[[110.5, 35.5], [110.7, 35.7], [110.7, 35.5], [110.5, 35.7], [110.5, 35.5]]]}}
]}
)");
    return path;
}

yc::VectorData readOutput(const QString &path)
{
    QString error;
    std::optional<yc::VectorData> data = yc::readVectorLayer(path, {}, &error);
    EXPECT_TRUE(data) << error.toStdString();
    return data.value_or(yc::VectorData{});
}

} // namespace

TEST(ConvertCommand, ConvertsGcj02ToWgs84WithCoresFormulaAndRepairs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString in = writeGcjFixture(dir);
    const QString out = dir.filePath(QStringLiteral("wgs84.gpkg"));

    const PlannerRun run = runPlanner({in, out, QStringLiteral("--out-layer"), QStringLiteral("places"),
                                QStringLiteral("--from-gcj02"), QStringLiteral("--make-valid")}, dir);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("repaired 1 invalid"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("convert: 3 features"))) << run.out.toStdString();
    EXPECT_EQ(run.out.trimmed().count(QLatin1Char('\n')), 0) << run.out.toStdString();

    const yc::VectorData data = readOutput(out);
    ASSERT_EQ(data.features.size(), 3);
    EXPECT_EQ(data.layerName, QStringLiteral("places"));
    EXPECT_EQ(data.crs.epsg(), 4326);
    EXPECT_EQ(data.features[0].attributes.value(data.fieldIndex(QStringLiteral("name"))).toString(),
              QStringLiteral("点"));

    // Every vertex is core's inverse of the GCJ-02 input, which sits ~500 m east of it here.
    const QPointF point = data.features[0].geometry.parts.value(0).value(0).value(0);
    const QPointF want = yc::gcj02::toWgs84(QPointF(111.0, 35.0));
    EXPECT_NEAR(point.x(), want.x(), 1e-9);
    EXPECT_NEAR(point.y(), want.y(), 1e-9);
    EXPECT_GT(111.0 - point.x(), 0.004);
    const yc::Geometry square = data.features[1].geometry;
    ASSERT_EQ(square.dimension(), 2);
    const QPolygonF ring = square.parts.value(0).value(0);
    ASSERT_EQ(ring.size(), 5);
    const QPointF corners[] = {{110.9, 34.9}, {111.1, 34.9}, {111.1, 35.1}, {110.9, 35.1}, {110.9, 34.9}};
    for (int i = 0; i < 5; ++i) {
        const QPointF w = yc::gcj02::toWgs84(corners[i]);
        EXPECT_NEAR(ring[i].x(), w.x(), 1e-9) << i;
        EXPECT_NEAR(ring[i].y(), w.y(), 1e-9) << i;
    }

    // The bow-tie becomes two valid triangles that keep its whole area.
    const yc::Geometry bowTie = data.features[2].geometry;
    EXPECT_TRUE(bowTie.isValid());
    EXPECT_EQ(bowTie.type, yc::GeometryType::MultiPolygon);
    EXPECT_EQ(bowTie.parts.size(), 2);
    EXPECT_NEAR(bowTie.area(), 0.02, 0.0002);
}

TEST(ConvertCommand, ToGcj02UndoesFromGcj02)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString in = writeGcjFixture(dir);
    const QString wgs = dir.filePath(QStringLiteral("wgs84.geojson"));
    const QString back = dir.filePath(QStringLiteral("back.geojson"));
    ASSERT_EQ(runPlanner({in, wgs, QStringLiteral("--from-gcj02")}, dir).exitCode, 0);
    const PlannerRun run = runPlanner({wgs, back, QStringLiteral("--to-gcj02"), QStringLiteral("--format"),
                                QStringLiteral("GeoJSON")}, dir);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Without --make-valid the bow-tie is kept as it is, and said so.
    EXPECT_TRUE(run.err.contains(QStringLiteral("kept 1 invalid"))) << run.err.toStdString();

    const yc::VectorData data = readOutput(back);
    ASSERT_EQ(data.features.size(), 3);
    const QPointF p = data.features[0].geometry.parts.value(0).value(0).value(0);
    EXPECT_NEAR(p.x(), 111.0, 1e-8);
    EXPECT_NEAR(p.y(), 35.0, 1e-8);
}

TEST(ConvertCommand, BadInputGivesOneLineErrorAndNonZeroExit)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-file.geojson"));
    const PlannerRun run = runPlanner({missing, dir.filePath(QStringLiteral("out.gpkg")), QStringLiteral("--from-gcj02")},
                               dir);
    EXPECT_NE(run.exitCode, 0);
    const QString err = run.err.trimmed();
    EXPECT_TRUE(err.startsWith(QStringLiteral("convert: "))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("no-such-file.geojson"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.gpkg"))));

    const PlannerRun both = runPlanner({missing, dir.filePath(QStringLiteral("out.gpkg")), QStringLiteral("--from-gcj02"),
                                 QStringLiteral("--to-gcj02")}, dir);
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("exclude each other"))) << both.err.toStdString();
    EXPECT_EQ(runPlanner({missing}, dir).exitCode, 2);
    EXPECT_EQ(runPlanner({missing, missing, QStringLiteral("--format"), QStringLiteral("KML")}, dir).exitCode, 2);
}

TEST(ConvertCommand, HelpPrintsUsage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const PlannerRun run = runPlanner({QStringLiteral("--help")}, dir);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: yuncheng-planner convert IN OUT"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--from-gcj02")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--make-valid")));
}
