// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/read_progress.h"
#include "io/vector_data.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace yc;

namespace {

constexpr int kFeatures = 20000;

/// A GeoPackage of kFeatures points with a name each: several progress batches long.
QString writePoints(const QTemporaryDir &dir)
{
    VectorData d;
    d.layerName = QStringLiteral("points");
    d.crs = Crs::wgs84();
    d.geometryType = GeometryType::Point;
    d.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
    for (int i = 0; i < kFeatures; ++i)
        d.features.append({-1, Geometry::point(QPointF(110.5 + i * 1e-5, 35.0 + (i % 100) * 1e-4)),
                           {QStringLiteral("p%1").arg(i)}});
    const QString path = dir.filePath(QStringLiteral("points.gpkg"));
    const QString error = writeVectorLayer(d, path);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

} // namespace

TEST(ReadProgressTest, CountsEveryFeatureOfTheKnownTotalAndNeverGoesBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePoints(dir);
    ReadProgress progress;
    VectorReadOptions options;
    options.progress = &progress;
    QFuture<std::optional<VectorData>> reading = QtConcurrent::run([&]() { return readVectorLayer(path, options); });
    // Sampled from another thread while the reader runs, as the GUI does.
    std::int64_t last = 0;
    while (!reading.isFinished()) {
        const std::int64_t done = progress.done();
        EXPECT_GE(done, last);
        EXPECT_LE(done, kFeatures);
        last = done;
        QThread::usleep(200);
    }
    const std::optional<VectorData> data = reading.result();
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->features.size(), kFeatures);
    EXPECT_EQ(progress.total(), kFeatures);   // a GeoPackage counts without reading
    EXPECT_EQ(progress.done(), kFeatures);
    EXPECT_GE(progress.done(), last);
}

TEST(ReadProgressTest, ACancelledReadStopsEarlyWithoutAResult)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePoints(dir);
    ReadProgress progress;
    progress.cancel();
    VectorReadOptions options;
    options.progress = &progress;
    QString error;
    EXPECT_FALSE(readVectorLayer(path, options, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled"))) << error.toStdString();
    // It stopped at the first check, long before the end.
    EXPECT_LT(progress.done(), kFeatures);
}

TEST(ReadProgressTest, RestartForgetsTheLastLayer)
{
    ReadProgress progress;
    progress.setTotal(10);
    progress.setDone(10);
    progress.restart();
    EXPECT_EQ(progress.done(), 0);
    EXPECT_EQ(progress.total(), -1);
}
