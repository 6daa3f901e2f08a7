// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the fast rendering path: batch transforms, packed geometry from WKB, the spatial index,
// streamed reading, and pictures that must not change with how they are drawn.
#include "geo/coordinate_transform.h"
#include "geo/packed_geometry.h"
#include "geo/spatial_index.h"
#include "io/vector_stream.h"
#include "render/line_rasterizer.h"
#include "render/map_renderer.h"
#include "render/vector_drawing.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <random>
#include <cstring>
#include <numeric>

using namespace yc;

namespace {

std::mt19937_64 &rng()
{
    static std::mt19937_64 engine(42);
    return engine;
}

double uniform(double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng());
}

PackedGeometry packed(const Geometry &g)
{
    PackedGeometry p;
    p.add(g, 0);
    return p;
}

void expectSamePacked(const PackedGeometry &a, const PackedGeometry &b)
{
    EXPECT_EQ(a.xy, b.xy);
    EXPECT_EQ(a.ringStart, b.ringStart);
    EXPECT_EQ(a.featureStart, b.featureStart);
    EXPECT_EQ(a.dimension, b.dimension);
}

/// Fraction of pixels whose colour differs by more than `tolerance` in any channel.
double differingFraction(const QImage &a, const QImage &b, int tolerance = 24)
{
    if (a.size() != b.size())
        return 1;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            if (std::abs(qRed(p[c]) - qRed(q[c])) > tolerance || std::abs(qGreen(p[c]) - qGreen(q[c])) > tolerance
                || std::abs(qBlue(p[c]) - qBlue(q[c])) > tolerance)
                ++differing;
    }
    return double(differing) / (double(x.width()) * x.height());
}

QImage render(const MapSettings &settings, const QList<RenderLayer> &layers)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    MapRenderer::render(painter, settings, layers, {});
    return image;
}

/// The same drawing, recorded into a QPicture first: the renderer then cannot split it across threads.
QImage renderSequentially(const MapSettings &settings, const QList<RenderLayer> &layers)
{
    QPicture picture;
    {
        QPainter recorder(&picture);
        MapRenderer::render(recorder, settings, layers, {});
    }
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    picture.play(&painter);
    return image;
}

} // namespace

TEST(BatchTransform, EqualsPerPointTransform)
{
    const CoordinateTransform t(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    ASSERT_TRUE(t.isValid());
    std::vector<double> xy;
    for (int i = 0; i < 2000; ++i) {
        xy.push_back(uniform(109.0, 113.0));
        xy.push_back(uniform(33.0, 37.0));
    }
    xy.push_back(std::nan(""));   // unusable input
    xy.push_back(35.0);
    const std::vector<double> input = xy;
    ASSERT_TRUE(t.applyInPlace(xy.data(), xy.size() / 2));
    for (std::size_t i = 0; i < input.size(); i += 2) {
        const std::optional<QPointF> one = t.apply(QPointF(input[i], input[i + 1]));
        if (!one) {
            EXPECT_TRUE(std::isnan(xy[i]) && std::isnan(xy[i + 1])) << i;
            continue;
        }
        EXPECT_NEAR(xy[i], one->x(), 1e-6) << i;
        EXPECT_NEAR(xy[i + 1], one->y(), 1e-6) << i;
    }
    EXPECT_TRUE(std::isnan(xy[xy.size() - 2]));
}

TEST(BatchTransform, IdentityAndInvalid)
{
    const CoordinateTransform same(Crs::cgcs2000(), Crs::cgcs2000());
    double xy[] = {111.0, 35.0, 112.0, 36.0};
    ASSERT_TRUE(same.applyInPlace(xy, 2));
    EXPECT_EQ(xy[0], 111.0);
    EXPECT_EQ(xy[3], 36.0);
    const CoordinateTransform invalid(Crs(), Crs::cgcs2000());
    EXPECT_FALSE(invalid.applyInPlace(xy, 2));
    EXPECT_EQ(xy[0], 111.0);
}

TEST(PackedGeometry, WkbGivesTheSameAsGeometry)
{
    const QStringList wkts{
        QStringLiteral("POINT (111 35)"),
        QStringLiteral("MULTIPOINT ((111 35), (111.5 35.5))"),
        QStringLiteral("LINESTRING (111 35, 111.1 35.1, 111.2 35)"),
        QStringLiteral("MULTILINESTRING ((111 35, 111.1 35.1), (112 36, 112.1 36.1, 112.2 36))"),
        QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2))"),
        QStringLiteral("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5), (5.2 5.1, 5.5 5.1, 5.5 5.4, 5.2 5.1)))"),
    };
    for (const QString &wkt : wkts) {
        const std::optional<Geometry> g = Geometry::fromWkt(wkt);
        ASSERT_TRUE(g) << wkt.toStdString();
        const QByteArray wkb = g->toWkb();
        PackedGeometry fromWkb;
        EXPECT_EQ(fromWkb.addWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), std::size_t(wkb.size()), 0),
                  PackedGeometry::WkbResult::Added) << wkt.toStdString();
        expectSamePacked(fromWkb, packed(*g));
        EXPECT_EQ(fromWkb.featureEnvelope(0), g->envelope());
    }
}

TEST(PackedGeometry, ReadsBigEndianAndZ)
{
    // LINESTRING Z (1 2 3, 4 5 6) in big-endian ISO WKB (type 1002).
    QByteArray wkb(1 + 4 + 4 + 2 * 3 * 8, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(wkb.data());
    p[0] = 0;
    qToBigEndian<quint32>(1002, p + 1);
    qToBigEndian<quint32>(2, p + 5);
    const double values[] = {1, 2, 3, 4, 5, 6};
    for (int i = 0; i < 6; ++i) {
        quint64 bits;
        std::memcpy(&bits, &values[i], 8);
        qToBigEndian<quint64>(bits, p + 9 + 8 * i);
    }
    PackedGeometry g;
    ASSERT_EQ(g.addWkb(p, std::size_t(wkb.size()), 7), PackedGeometry::WkbResult::Added);
    EXPECT_EQ(g.xy, (std::vector<double>{1, 2, 4, 5}));
    EXPECT_EQ(g.dimension, std::vector<std::int8_t>{1});
    EXPECT_EQ(g.source, std::vector<std::int32_t>{7});
}

TEST(PackedGeometry, RejectsWhatItCannotDraw)
{
    PackedGeometry g;
    const auto add = [&g](const QString &wkt) {
        const QByteArray wkb = Geometry::fromWkt(wkt)->toWkb();
        return g.addWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), std::size_t(wkb.size()), 0);
    };
    EXPECT_EQ(add(QStringLiteral("LINESTRING (1e300 0, 1 1)")), PackedGeometry::WkbResult::Unusable);
    const unsigned char emptyLine[] = {1, 2, 0, 0, 0, 0, 0, 0, 0};   // LINESTRING EMPTY
    EXPECT_EQ(g.addWkb(emptyLine, sizeof emptyLine, 0), PackedGeometry::WkbResult::Empty);
    const unsigned char truncated[] = {1, 2, 0, 0, 0, 5, 0, 0, 0, 0};
    EXPECT_EQ(g.addWkb(truncated, sizeof truncated, 0), PackedGeometry::WkbResult::Unsupported);
    const unsigned char collection[] = {1, 7, 0, 0, 0, 0, 0, 0, 0};
    EXPECT_EQ(g.addWkb(collection, sizeof collection, 0), PackedGeometry::WkbResult::Unsupported);
    EXPECT_EQ(g.featureCount(), 0);
    EXPECT_TRUE(g.xy.empty());
    EXPECT_EQ(g.ringStart.size(), 1u);
}

TEST(PackedGeometry, ReorderedKeepsEachFeatureWhole)
{
    PackedGeometry g;
    g.add(Geometry::point(QPointF(1, 2)), 0);
    g.add(Geometry::polygon(QPolygonF{{0, 0}, {4, 0}, {4, 3}, {0, 0}}), 1);
    g.add(Geometry(), 2);
    g.add(Geometry::lineString(QPolygonF{{5, 5}, {6, 7}}), 3);
    const PackedGeometry r = g.reordered({3, 1, 2, 0});
    ASSERT_EQ(r.featureCount(), 4);
    EXPECT_EQ(r.source, (std::vector<std::int32_t>{3, 1, 2, 0}));
    EXPECT_EQ(r.dimension, (std::vector<std::int8_t>{1, 2, -1, 0}));
    EXPECT_EQ(r.vertexCount(), g.vertexCount());
    for (int k = 0; k < 4; ++k)
        EXPECT_EQ(r.featureEnvelope(k), g.featureEnvelope(r.source[std::size_t(k)])) << k;
    EXPECT_EQ(r.xy.front(), 5.0);
    EXPECT_EQ(r.xy.back(), 2.0);
}

TEST(SpatialIndex, QueryEqualsBruteForce)
{
    std::vector<Envelope> boxes;
    for (int i = 0; i < 5000; ++i) {
        if (i % 97 == 0) {
            boxes.push_back(Envelope());   // an empty geometry
            continue;
        }
        const double x = uniform(0, 1000), y = uniform(0, 500);
        boxes.push_back(Envelope::of(x, y, x + uniform(0, 20), y + uniform(0, 20)));
    }
    const SpatialIndex index(boxes);
    EXPECT_EQ(index.size(), boxes.size());
    for (int q = 0; q < 60; ++q) {
        const double x = uniform(-50, 1000), y = uniform(-50, 500);
        const Envelope area = q == 0 ? Envelope::of(-1e9, -1e9, 1e9, 1e9)
                                     : Envelope::of(x, y, x + uniform(0, 300), y + uniform(0, 200));
        std::vector<std::uint32_t> found;
        index.query(area, found);
        std::sort(found.begin(), found.end());
        std::vector<std::uint32_t> expected;
        for (std::size_t i = 0; i < boxes.size(); ++i)
            if (area.intersects(boxes[i]))
                expected.push_back(std::uint32_t(i));
        EXPECT_EQ(found, expected) << "query " << q;
    }
    std::vector<std::uint32_t> none;
    SpatialIndex().query(Envelope::of(0, 0, 1, 1), none);
    EXPECT_TRUE(none.empty());
}

TEST(VectorStream, ReadsWhatReadVectorLayerReads)
{
    QTemporaryDir dir;
    const VectorData data = test::randomWalkLines(3000, 6);
    const QString gpkg = dir.filePath(QStringLiteral("lines.gpkg"));
    const QString geojson = dir.filePath(QStringLiteral("lines.geojson"));
    ASSERT_EQ(writeVectorLayer(data, gpkg), QString());
    ASSERT_EQ(writeVectorLayer(data, geojson, QStringLiteral("GeoJSON")), QString());
    const Envelope window = Envelope::of(110.9, 35.0, 111.3, 35.3);
    for (const QString &path : {gpkg, geojson}) {
        QString error;
        const std::shared_ptr<const VectorStream> stream = VectorStream::open(path, {}, &error);
        ASSERT_TRUE(stream) << error.toStdString();
        EXPECT_EQ(stream->layerName(), QStringLiteral("lines"));
        EXPECT_EQ(stream->crs().authId(), QStringLiteral("EPSG:4490"));
        EXPECT_EQ(stream->featureCount(), 3000);
        EXPECT_NEAR(stream->extent().xMin, data.extent.xMin, 1e-9);

        // Everything, in order, in batches.
        std::vector<double> xy;
        int batches = 0;
        VectorStream::Stats stats;
        ASSERT_TRUE(stream->read({}, 700, [&](PackedGeometry &batch) {
            ++batches;
            xy.insert(xy.end(), batch.xy.begin(), batch.xy.end());
            return true;
        }, &stats, &error)) << error.toStdString();
        EXPECT_EQ(batches, 6);   // 175, 350, then 700 at most
        EXPECT_EQ(stats.features, 3000);
        PackedGeometry expected;
        for (const VectorFeature &f : data.features)
            expected.add(f.geometry, 0);
        ASSERT_EQ(xy.size(), expected.xy.size());
        for (std::size_t i = 0; i < xy.size(); ++i)
            ASSERT_NEAR(xy[i], expected.xy[i], 1e-12) << path.toStdString();

        // A window: at least the features that meet it, in order, and nothing far from it (the R-tree
        // holds boxes rounded outwards to float).
        std::vector<Envelope> read;
        ASSERT_TRUE(stream->read(window, 100000, [&](PackedGeometry &batch) {
            for (int f = 0; f < batch.featureCount(); ++f)
                read.push_back(batch.featureEnvelope(f));
            return true;
        }));
        // (OGR's filter also drops lines whose box meets the window but whose segments do not: they draw
        // nothing there. GeoJSON rounds coordinates to 15 digits, hence the tolerance.)
        QPolygonF box;
        box << QPointF(window.xMin, window.yMin) << QPointF(window.xMax, window.yMin)
            << QPointF(window.xMax, window.yMax) << QPointF(window.xMin, window.yMax) << QPointF(window.xMin, window.yMin);
        const Geometry windowShape = Geometry::polygon(box);
        std::vector<Envelope> meeting;
        for (const VectorFeature &f : data.features)
            if (f.geometry.intersects(windowShape))
                meeting.push_back(f.geometry.envelope());
        ASSERT_FALSE(meeting.empty());
        const auto same = [](const Envelope &a, const Envelope &b) {
            return std::abs(a.xMin - b.xMin) < 1e-9 && std::abs(a.yMin - b.yMin) < 1e-9
                   && std::abs(a.xMax - b.xMax) < 1e-9 && std::abs(a.yMax - b.yMax) < 1e-9;
        };
        std::size_t k = 0;
        for (const Envelope &e : read) {
            EXPECT_TRUE(e.intersects(window.buffered(1e-5)));
            if (k < meeting.size() && same(e, meeting[k]))
                ++k;
        }
        EXPECT_EQ(k, meeting.size()) << path.toStdString();
    }
}

TEST(VectorStream, BigWindowIsReadInTwoOrderedHalves)
{
    QTemporaryDir dir;
    const VectorData data = test::randomWalkLines(20000, 4);
    const QString gpkg = dir.filePath(QStringLiteral("lines.gpkg"));
    ASSERT_EQ(writeVectorLayer(data, gpkg), QString());
    const std::shared_ptr<const VectorStream> stream = VectorStream::open(gpkg, {});
    ASSERT_TRUE(stream);
    const Envelope window = Envelope::of(110.3, 34.6, 111.2, 35.8);   // about half: over 8,192 features

    struct Read {
        std::vector<std::vector<std::int32_t>> batches;   // the sources of each batch
        std::vector<Envelope> envelopes;
        VectorStream::Stats stats;
    };
    const auto read = [&](int batchSize, int stopAfter) {
        Read r;
        QString error;
        EXPECT_TRUE(stream->read(window, batchSize, [&](PackedGeometry &batch) {
            r.batches.push_back(batch.source);
            for (int f = 0; f < batch.featureCount(); ++f)
                r.envelopes.push_back(batch.featureEnvelope(f));
            return int(r.batches.size()) < stopAfter;
        }, &r.stats, &error)) << error.toStdString();
        return r;
    };
    const Read halves = read(100000, 1000);   // two connections, one half each
    const Read small = read(1000, 1000);      // batches too small to split: one connection
    ASSERT_EQ(halves.batches.size(), 2u);
    EXPECT_GT(halves.stats.features, 8192);
    EXPECT_EQ(halves.stats.features, small.stats.features);
    EXPECT_EQ(halves.envelopes.size(), small.envelopes.size());
    for (std::size_t i = 0; i < halves.envelopes.size() && i < small.envelopes.size(); ++i)
        ASSERT_EQ(halves.envelopes[i].xMin, small.envelopes[i].xMin) << i;
    std::int32_t last = -1;
    for (const std::vector<std::int32_t> &batch : halves.batches)
        for (const std::int32_t source : batch) {
            ASSERT_GT(source, last);   // in layer order across the halves
            last = source;
        }
    std::size_t meeting = 0;
    for (const VectorFeature &f : data.features)
        meeting += f.geometry.envelope().intersects(window) ? 1 : 0;
    EXPECT_GE(std::size_t(halves.stats.features), meeting);   // R-tree boxes are rounded outwards
    EXPECT_LE(std::size_t(halves.stats.features), meeting + 20);

    // A sink that stops after the first half gets nothing more.
    EXPECT_EQ(read(100000, 1).batches.size(), 1u);
}

TEST(VectorStream, WindowLeavesOutRowsGoneOrWithoutGeometry)
{
    // Rows are read by fid through a blob handle moved from row to row; a row that has gone from the table
    // but not from its R-tree, or whose geometry is NULL, is read through the statement and left out.
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        GTEST_SKIP() << "needs the sqlite3 tool";
    QTemporaryDir dir;
    const VectorData data = test::randomWalkLines(3000, 6);
    const QString gpkg = dir.filePath(QStringLiteral("lines.gpkg"));
    ASSERT_EQ(writeVectorLayer(data, gpkg), QString());
    const Envelope window = Envelope::of(110.9, 35.0, 111.3, 35.3);
    const auto readWindow = [&] {
        std::vector<Envelope> read;
        QString error;
        const std::shared_ptr<const VectorStream> stream = VectorStream::open(gpkg, {});
        EXPECT_TRUE(stream && stream->read(window, 100000, [&](PackedGeometry &batch) {
            for (int f = 0; f < batch.featureCount(); ++f)
                read.push_back(batch.featureEnvelope(f));
            return true;
        }, nullptr, &error)) << error.toStdString();
        return read;
    };
    const std::vector<Envelope> before = readWindow();

    // Two features in the window (fids count from 1 in the order written), one deleted and one made
    // NULL with the R-tree triggers dropped, so that the R-tree still lists both.
    std::vector<int> inWindow;
    for (int i = 0; i < int(data.features.size()); ++i)
        if (data.features[i].geometry.envelope().intersects(window))
            inWindow.push_back(i);
    ASSERT_GE(inWindow.size(), 10u);
    const int gone = inWindow[2], empty = inWindow[7];
    QString sql;
    for (const char *t : {"insert", "update1", "update2", "update3", "update4", "update5", "update6", "update7",
                          "delete"})
        sql += QStringLiteral("DROP TRIGGER IF EXISTS rtree_lines_geom_%1;").arg(QLatin1String(t));
    sql += QStringLiteral("DELETE FROM lines WHERE fid = %1; UPDATE lines SET geom = NULL WHERE fid = %2;")
               .arg(gone + 1).arg(empty + 1);
    QProcess run;
    run.start(sqlite, {gpkg, sql});
    ASSERT_TRUE(run.waitForFinished(30000) && run.exitCode() == 0) << run.readAllStandardError().toStdString();

    const Envelope goneBox = data.features[gone].geometry.envelope();
    const Envelope emptyBox = data.features[empty].geometry.envelope();
    const auto same = [](const Envelope &a, const Envelope &b) { return a.xMin == b.xMin && a.yMax == b.yMax; };
    std::vector<Envelope> expected;
    for (const Envelope &e : before)
        if (!same(e, goneBox) && !same(e, emptyBox))
            expected.push_back(e);
    ASSERT_EQ(expected.size() + 2, before.size());
    const std::vector<Envelope> after = readWindow();
    ASSERT_EQ(after.size(), expected.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        EXPECT_TRUE(same(after[i], expected[i])) << i;
}

TEST(VectorStream, ReportsWhatItCannotOpen)
{
    QString error;
    EXPECT_FALSE(VectorStream::open(QStringLiteral("/nonexistent/x.gpkg"), {}, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(RenderEngine, StreamedParallelAndSequentialPicturesAgree)
{
    QTemporaryDir dir;
    auto data = std::make_shared<const VectorData>(test::randomWalkLines(40000, 8));   // 320,000 vertices: drawn in parallel
    const QString gpkg = dir.filePath(QStringLiteral("lines.gpkg"));
    ASSERT_EQ(writeVectorLayer(*data, gpkg), QString());
    for (const QString &crs : {QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4546")}) {
        MapSettings settings;
        settings.crs = Crs::fromUserInput(crs);
        settings.outputSize = QSize(640, 400);
        RenderLayer inMemory{data, QStringLiteral("lines")};
        RenderLayer streamed;
        streamed.name = QStringLiteral("lines");
        streamed.stream = VectorStream::open(gpkg, {});
        ASSERT_TRUE(streamed.stream);
        const QImage parallel = render(settings, {inMemory});
        const QImage again = render(settings, {inMemory});   // from the cache
        const QImage sequential = renderSequentially(settings, {inMemory});
        const QImage fromFile = render(settings, {streamed});
        EXPECT_EQ(differingFraction(parallel, again, 0), 0.0) << crs.toStdString();
        EXPECT_LT(differingFraction(parallel, sequential), 0.002) << crs.toStdString();
        EXPECT_LT(differingFraction(parallel, fromFile), 0.002) << crs.toStdString();
        QImage blank(parallel.size(), parallel.format());
        blank.fill(QColor(0xfc, 0xfc, 0xfa));   // the renderer's background
        EXPECT_GT(differingFraction(parallel, blank), 0.3);   // drew something
    }
}

// Batches of 25,000, 50,000, 100,000 and 25,000 features: the last is read into the arrays of the first,
// drawn by then and made room in for 100,000.
TEST(RenderEngine, StreamedLayerOfSeveralBatchesDrawsAsInMemory)
{
    QTemporaryDir dir;
    auto data = std::make_shared<const VectorData>(test::randomWalkLines(200000, 2));
    const QString gpkg = dir.filePath(QStringLiteral("lines.gpkg"));
    ASSERT_EQ(writeVectorLayer(*data, gpkg), QString());
    MapSettings settings;
    settings.crs = Crs::cgcs2000();
    settings.outputSize = QSize(640, 400);
    RenderLayer streamed;
    streamed.name = QStringLiteral("lines");
    streamed.stream = VectorStream::open(gpkg, {});
    ASSERT_TRUE(streamed.stream);
    const QImage inMemory = render(settings, {RenderLayer{data, QStringLiteral("lines")}});
    const QImage fromFile = render(settings, {streamed});
    EXPECT_LT(differingFraction(inMemory, fromFile), 0.002);
    EXPECT_EQ(differingFraction(fromFile, render(settings, {streamed}), 0), 0.0);   // same again
}

TEST(RenderEngine, WindowedRenderEqualsFullRenderCropped)
{
    auto data = std::make_shared<const VectorData>(test::randomWalkLines(5000, 10));
    const RenderLayer layer{data, QStringLiteral("lines")};
    MapSettings full;
    full.crs = Crs::cgcs2000();
    full.outputSize = QSize(800, 600);
    full.extent = Envelope::of(110.2, 34.5, 112.2, 36.0);   // 4:3 like the output: no widening
    const QImage whole = render(full, {layer});
    // The pixel rectangle (200, 150)–(400, 300) of that view, rendered on its own.
    const MapToPixel m2p(full);
    const QPointF topLeft = m2p.toMap(QPointF(200, 150));
    const QPointF bottomRight = m2p.toMap(QPointF(400, 300));
    MapSettings window = full;
    window.outputSize = QSize(200, 150);
    window.extent = Envelope::of(topLeft.x(), bottomRight.y(), bottomRight.x(), topLeft.y());
    const QImage part = render(window, {layer});
    EXPECT_LT(differingFraction(part, whole.copy(200, 150, 200, 150)), 0.01);
}

TEST(RenderEngine, PointStampsLookLikeEllipses)
{
    VectorData data;
    data.layerName = QStringLiteral("sites");
    data.crs = Crs::cgcs2000();
    for (int i = 0; i < 400; ++i) {
        VectorFeature f;
        f.geometry = Geometry::point(QPointF(uniform(110.3, 112.0), uniform(34.6, 35.8)));
        data.extent.include(f.geometry.envelope());
        data.features.append(f);
    }
    MapSettings settings;
    settings.crs = Crs::cgcs2000();
    settings.outputSize = QSize(500, 400);
    settings.extent = Envelope::of(110.2, 34.5, 112.1, 35.9);
    auto shared = std::make_shared<const VectorData>(data);
    const QImage stamped = render(settings, {RenderLayer{shared, QStringLiteral("sites")}});

    // The same dots as plain antialiased ellipses (the neutral base-layer style: grey, 5 px).
    QImage expected(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    expected.fill(QColor(0xfc, 0xfc, 0xfa));
    QPainter p(&expected);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(120, 120, 120), 0.8));
    p.setBrush(QColor(120, 120, 120));
    const MapToPixel m2p(settings);
    for (const VectorFeature &f : data.features)
        p.drawEllipse(m2p.toPixel(f.geometry.parts.first().first().first()), 2.5, 2.5);
    p.end();
    EXPECT_LT(differingFraction(stamped, expected, 40), 0.005);
    EXPECT_GT(differingFraction(stamped, QImage(expected).copy(0, 0, 1, 1).scaled(expected.size())), 0.01);
}

TEST(RenderEngine, OverlappingFeaturesStayInLayerOrderWhateverTheirPackedOrder)
{
    // The render cache packs features along a Hilbert curve; where the order shows (fills of two colours),
    // the later feature of the layer must still be drawn on top. Both layer orders: one differs from the
    // packed order.
    const Geometry west = Geometry::polygon(
        QPolygonF{{110.3, 34.7}, {111.3, 34.7}, {111.3, 35.5}, {110.3, 35.5}, {110.3, 34.7}});
    const Geometry east = Geometry::polygon(
        QPolygonF{{111.0, 35.0}, {112.0, 35.0}, {112.0, 35.8}, {111.0, 35.8}, {111.0, 35.0}});
    MapSettings settings;
    settings.crs = Crs::cgcs2000();
    settings.outputSize = QSize(400, 300);
    settings.extent = Envelope::of(110.2, 34.6, 112.1, 35.9);
    const QPoint overlap = MapToPixel(settings).toPixel(QPointF(111.15, 35.25)).toPoint();
    for (const bool westFirst : {true, false}) {
        VectorData data;
        data.layerName = QStringLiteral("parcels");
        data.crs = Crs::cgcs2000();
        data.geometryType = GeometryType::Polygon;
        data.fields = {{QStringLiteral("kind"), QStringLiteral("String")}};
        for (const bool isWest : {westFirst, !westFirst}) {
            VectorFeature f;
            f.fid = data.features.size() + 1;
            f.geometry = isWest ? west : east;
            f.attributes = {isWest ? QStringLiteral("west") : QStringLiteral("east")};
            data.features.append(f);
            data.extent.include(f.geometry.envelope());
        }
        RenderLayer layer{std::make_shared<const VectorData>(data), QStringLiteral("parcels")};
        layer.style.kind = LayerStyle::Kind::Categorized;
        layer.style.field = QStringLiteral("kind");
        Symbol red, blue;
        red.fill = red.stroke = Qt::red;
        blue.fill = blue.stroke = Qt::blue;
        layer.style.categories = {{QStringLiteral("west"), {}, red}, {QStringLiteral("east"), {}, blue}};
        const QImage image = render(settings, {layer});
        EXPECT_EQ(QColor(image.pixel(overlap)), westFirst ? QColor(Qt::blue) : QColor(Qt::red));
    }
}

TEST(RenderEngine, LinesOfOneSymbolLookTheSameInLayerAndPackedOrder)
{
    // Lines of one symbol on an image are drawn in the cache's spatial order; drawn one by one in layer
    // order (recorded into a QPicture, which keeps it) they give the same picture.
    auto data = std::make_shared<const VectorData>(test::randomWalkLines(3000, 10));
    MapSettings settings;
    settings.crs = Crs::cgcs2000();
    settings.outputSize = QSize(640, 400);
    const RenderLayer layer{data, QStringLiteral("lines")};
    EXPECT_LT(differingFraction(render(settings, {layer}), renderSequentially(settings, {layer})), 0.002);
}

TEST(RenderEngine, LineBatchesInWorkersMasksLookAsDrawnInOrder)
{
    // Batches of one pen's lines drawn into the workers' masks, in whatever order they finish, give the
    // picture drawPacked gives drawing them one after another (to a level of rounding).
    const VectorData data = test::randomWalkLines(6000, 10);
    std::vector<PackedGeometry> batches(5);
    for (qsizetype i = 0; i < data.features.size(); ++i)
        batches[std::size_t(i) % batches.size()].add(data.features.at(i).geometry, int(i));
    PixelMapping toPixel;
    toPixel.xMin = data.extent.xMin;
    toPixel.yMin = data.extent.yMin;
    toPixel.unitsPerPixel = std::max(data.extent.width() / 640, data.extent.height() / 400);
    toPixel.height = 400;
    LayerSymbols symbols;
    symbols.symbols.push_back({});
    symbols.symbols.front().linePen = QPen(QColor(90, 90, 90, 200), 0.8);
    const QPen &pen = symbols.symbols.front().linePen;

    QImage inMasks(640, 400, QImage::Format_ARGB32_Premultiplied), inOrder(inMasks.size(), inMasks.format());
    inMasks.fill(Qt::white);
    inOrder.fill(Qt::white);
    {
        QPainter painter(&inMasks);
        painter.setRenderHint(QPainter::Antialiasing);
        ASSERT_TRUE(LineBatchDrawer::usable(painter, pen));
        LineBatchDrawer drawer(painter, pen, 0.7);
        for (const PackedGeometry &batch : batches) {
            EXPECT_TRUE(LineBatchDrawer::linesOnly(batch));
            drawer.submit([&batch, toPixel](LineRasterizer &lines) { drawLines(lines, batch, toPixel); });
        }
    }
    {
        QPainter painter(&inOrder);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(0.7);
        for (const PackedGeometry &batch : batches) {
            std::vector<std::uint32_t> ids(std::size_t(batch.featureCount()));
            std::iota(ids.begin(), ids.end(), 0u);
            drawPacked(painter, batch, ids.data(), ids.size(), toPixel, symbols);
        }
    }
    EXPECT_EQ(differingFraction(inMasks, inOrder, 2), 0.0);
    QImage blank(inMasks.size(), inMasks.format());
    blank.fill(Qt::white);
    EXPECT_GT(differingFraction(inMasks, blank, 0), 0.1);   // drew something

    PackedGeometry withArea = batches.front();
    withArea.add(Geometry::polygon(QPolygonF{{0, 0}, {1, 0}, {1, 1}, {0, 0}}), 0);
    EXPECT_FALSE(LineBatchDrawer::linesOnly(withArea));
}
