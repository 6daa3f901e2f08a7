// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF export checked with the tools planners' machines have: poppler (pdftotext, pdffonts, pdfinfo,
// pdfimages, pdftoppm) and GDAL (gdalinfo). A missing tool is a failure, not a skip.
#include "geo/coordinate_transform.h"
#include "io/vector_stream.h"
#include "layout/pdf_export.h"
#include "plan/project.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <optional>
#include <thread>

using namespace yc;

namespace {

/// Runs a tool and returns its stdout; fails the test when it cannot start or exits with an error.
QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << program.toStdString() << " could not be started: it is required for this test";
        return {};
    }
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// `count` random walks of `vertices` points written to a GeoPackage in `dir` and opened as a streamed layer
/// (as `export --layer` opens a big file); the layer has no stream when that failed.
RenderLayer streamedRandomWalks(const QTemporaryDir &dir, int count, int vertices)
{
    const QString gpkg = dir.filePath(QStringLiteral("lines.gpkg"));
    RenderLayer layer;
    layer.name = QStringLiteral("lines");
    const QString written = writeVectorLayer(test::randomWalkLines(count, vertices), gpkg);
    EXPECT_EQ(written, QString());
    QString error;
    layer.stream = VectorStream::open(gpkg, {}, &error);
    EXPECT_TRUE(layer.stream) << error.toStdString();
    return layer;
}

/// A page with the map only, in the random walks' CRS.
LayoutSettings mapOnlyIn4490()
{
    LayoutSettings settings;
    settings.kind = LayoutKind::MapOnly;
    settings.crs = Crs::fromUserInput(QStringLiteral("EPSG:4490"));
    return settings;
}

struct Fixture {
    Project project;
    QList<RenderLayer> layers;
    QTemporaryDir dir;
    QString pdf;
    LayoutSettings settings;
    QList<PageResult> pages;
    ExportResult result = ExportResult::CannotWrite;
    qint64 milliseconds = 0;
};

Fixture &bundled()
{
    static Fixture *f = [] {
        auto *fx = new Fixture;
        const StorageResult r = GeoPackageProjectStore::load(fx->project, test::sourceDir() + QStringLiteral("/maps/yuncheng.gpkg"));
        EXPECT_TRUE(r.ok()) << r.error.toStdString();
        for (const LayerRef &ref : fx->project.layers()) {
            VectorReadOptions o;
            o.layerName = ref.layerName;
            std::optional<VectorData> data = readVectorLayer(fx->project.resolveSource(ref.source), o);
            EXPECT_TRUE(data.has_value()) << ref.name.toStdString();
            if (data)
                fx->layers.append({std::make_shared<const VectorData>(std::move(*data)), ref.name, ref.visible, ref.opacity});
        }
        fx->settings.title = QString::fromUtf8("运城市重点项目规划图（测试）");
        fx->settings.date = QDate(2024, 3, 1);   // fixed, so the golden image does not change with the day
        fx->pdf = fx->dir.filePath(QStringLiteral("map.pdf"));
        QElapsedTimer timer;
        timer.start();
        fx->result = exportPdf(fx->project, fx->layers, fx->settings, fx->pdf, nullptr, &fx->pages);
        fx->milliseconds = timer.elapsed();
        return fx;
    }();
    return *f;
}

} // namespace

TEST(LayoutExport, WritesTheBundledProjectOnA3)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    ASSERT_EQ(f.pages.size(), 1);
    const qint64 size = QFileInfo(f.pdf).size();
    // Timing is printed, not asserted: it belongs in benchmarks.
    std::printf("[ info ] bundled A3 export: %lld ms, %lld KB, %lld features in view\n",
                static_cast<long long>(f.milliseconds), static_cast<long long>(size / 1024),
                static_cast<long long>(f.pages.first().featureIds.size()));
    EXPECT_LT(size, 5 * 1024 * 1024);
    EXPECT_GT(f.pages.first().featureIds.size(), 50);
}

TEST(LayoutExport, TextHasTheTitleAndEveryFeatureInView)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    const QString text = withoutSpace(runTool(QStringLiteral("pdftotext"), {f.pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(withoutSpace(f.settings.title)));
    ASSERT_FALSE(f.pages.isEmpty());
    for (const QString &id : f.pages.first().featureIds) {
        const PlanFeature *feature = f.project.feature(id);
        ASSERT_NE(feature, nullptr);
        EXPECT_TRUE(text.contains(withoutSpace(feature->nameZh))) << feature->nameZh.toStdString();
    }
    // The page's list is complete: every feature whose geometry meets the frame is in it.
    const PageResult &page = f.pages.first();
    const CoordinateTransform t(Project::storageCrs(), page.crs);
    for (const PlanFeature &feature : f.project.features())
        if (t.apply(feature.geometry).envelope().intersects(page.frameExtent)) {
            EXPECT_TRUE(page.featureIds.contains(feature.id)) << feature.id.toStdString();
        }
}

TEST(LayoutExport, EmbedsEveryFont)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {f.pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "no font at all: text was drawn as paths";
    static const QRegularExpression columns(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    bool wenQuanYi = false;
    for (const QString &line : lines.mid(2)) {
        const QRegularExpressionMatch m = columns.match(line);
        ASSERT_TRUE(m.hasMatch()) << line.toStdString();
        EXPECT_EQ(m.captured(1), QStringLiteral("yes")) << "not embedded: " << line.toStdString();
        EXPECT_EQ(m.captured(2), QStringLiteral("yes")) << "not a subset: " << line.toStdString();
        wenQuanYi = wenQuanYi || line.contains(QLatin1String("WenQuanYi"));
    }
    EXPECT_TRUE(wenQuanYi);
}

TEST(LayoutExport, PageIsA3Landscape)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    const QString info = runTool(QStringLiteral("pdfinfo"), {f.pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    ASSERT_TRUE(m.hasMatch()) << info.toStdString();
    EXPECT_NEAR(m.captured(1).toDouble(), 1190.55, 1.0);
    EXPECT_NEAR(m.captured(2).toDouble(), 841.89, 1.0);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
}

TEST(LayoutExport, VectorMapHasNoImages)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), f.pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);   // the two header lines
    EXPECT_EQ(lines.size(), 2) << lines.mid(2).join(QLatin1Char('\n')).toStdString();
}

TEST(LayoutExport, GdalReadsTheFrameGeoreference)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    ASSERT_EQ(f.pages.size(), 1);
    const QString info = runTool(QStringLiteral("gdalinfo"), {f.pdf});
    EXPECT_TRUE(info.contains(QLatin1String("Coordinate System is:")) && info.contains(QLatin1String("CGCS2000")))
        << info.toStdString();
    const QRegularExpressionMatch origin =
        QRegularExpression(QStringLiteral("Origin = \\(([-\\d.]+),([-\\d.]+)\\)")).match(info);
    const QRegularExpressionMatch pixel =
        QRegularExpression(QStringLiteral("Pixel Size = \\(([-\\d.]+),([-\\d.]+)\\)")).match(info);
    ASSERT_TRUE(origin.hasMatch() && pixel.hasMatch()) << "no geotransform:\n" << info.toStdString();
    const double x0 = origin.captured(1).toDouble();
    const double y0 = origin.captured(2).toDouble();
    const double dx = pixel.captured(1).toDouble();
    const double dy = pixel.captured(2).toDouble();
    // gdalinfo rasterises the page at GDAL_PDF_DPI (150 by default); the frame's corners in those pixels.
    const double dpi = qEnvironmentVariableIsSet("GDAL_PDF_DPI") ? qEnvironmentVariable("GDAL_PDF_DPI").toDouble() : 150;
    const PageResult &page = f.pages.first();
    const double toGdal = dpi / f.settings.dpi;
    const QRectF frame(page.frame.topLeft() * toGdal, page.frame.bottomRight() * toGdal);
    const Envelope &e = page.frameExtent;
    EXPECT_NEAR(x0 + frame.left() * dx, e.xMin, std::abs(dx));
    EXPECT_NEAR(x0 + frame.right() * dx, e.xMax, std::abs(dx));
    EXPECT_NEAR(y0 + frame.top() * dy, e.yMax, std::abs(dy));
    EXPECT_NEAR(y0 + frame.bottom() * dy, e.yMin, std::abs(dy));
}

TEST(LayoutExport, LooksLikeTheGoldenImage)
{
    Fixture &f = bundled();
    ASSERT_EQ(f.result, ExportResult::Ok);
    const QString prefix = f.dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-singlefile"),
                                         QStringLiteral("-png"), f.pdf, prefix});
    const QImage page = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(page.isNull());
    const QString goldenPath = test::dataDir() + QStringLiteral("/golden/export_a3.png");
    const QString regenerate = QStringLiteral("To regenerate after an intended change: YC_UPDATE_GOLDEN=1 ") +
                               QStringLiteral("yc_core_layout_export_test --gtest_filter=*Golden*, then look at ") + goldenPath;
    if (qEnvironmentVariableIsSet("YC_UPDATE_GOLDEN")) {
        ASSERT_TRUE(page.save(goldenPath)) << goldenPath.toStdString();
    }
    const QImage golden = QImage(goldenPath).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(golden.isNull()) << "missing golden image. " << regenerate.toStdString();
    ASSERT_EQ(page.size(), golden.size()) << regenerate.toStdString();
    qint64 differing = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QRgb a = page.pixel(x, y);
            const QRgb b = golden.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) > 40 || std::abs(qGreen(a) - qGreen(b)) > 40 || std::abs(qBlue(a) - qBlue(b)) > 40)
                ++differing;
        }
    const double fraction = double(differing) / (page.width() * page.height());
    std::printf("[ info ] %.3f%% of the pixels differ from the golden image\n", fraction * 100);
    EXPECT_LT(fraction, 0.01) << regenerate.toStdString();
}

TEST(LayoutExport, ProgressRisesToOneHundred)
{
    Fixture &f = bundled();
    QTemporaryDir dir;
    Feedback feedback;
    QList<int> seen;
    feedback.setProgressCallback([&](int percent, const QString &) { seen << percent; });
    LayoutSettings s = f.settings;
    s.dpi = 150;
    ASSERT_EQ(exportPdf(f.project, f.layers, s, dir.filePath(QStringLiteral("p.pdf")), &feedback), ExportResult::Ok);
    ASSERT_GE(seen.size(), 4);
    EXPECT_EQ(seen.first(), 0);
    EXPECT_EQ(seen.last(), 100);
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
}

TEST(LayoutExport, CancelLeavesNoFile)
{
    Fixture &f = bundled();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("canceled.pdf"));
    for (int at : {0, 30, 95}) {
        Feedback feedback;
        feedback.setProgressCallback([&](int percent, const QString &) {
            if (percent >= at)
                feedback.cancel();
        });
        EXPECT_EQ(exportPdf(f.project, f.layers, f.settings, path, &feedback), ExportResult::Canceled) << at;
        EXPECT_FALSE(QFileInfo::exists(path)) << at;
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0) << at;   // no temporary left over either
    }
}

TEST(LayoutExport, CancelStopsTheMapMidLayer)
{
    // A planner who cancels while a big layer is drawn must not wait for the rest of it: the cancel comes
    // from another thread (the dialog's) once the map is being drawn, and no later step is reached.
    QTemporaryDir dir;
    const RenderLayer layer = streamedRandomWalks(dir, 60000, 12);
    ASSERT_TRUE(layer.stream);
    const LayoutSettings settings = mapOnlyIn4490();

    Feedback feedback;
    std::promise<void> drawing;
    QStringList steps;
    feedback.setProgressCallback([&](int, const QString &step) {
        if (!steps.isEmpty() && steps.last() == step)
            return;
        steps << step;
        if (steps.size() == 3)   // "starting", "laying out the page", "drawing the map"
            drawing.set_value();
    });
    std::thread dialog([&] {
        drawing.get_future().wait();
        // After the step's own cancel check: drawing these lines takes seconds, so the cancel lands mid-layer.
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        feedback.cancel();
    });
    const QString pdf = dir.filePath(QStringLiteral("lines.pdf"));
    const ExportResult result = exportPdf(Project(), {layer}, settings, pdf, &feedback);
    dialog.join();
    EXPECT_EQ(result, ExportResult::Canceled);
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_EQ(steps.size(), 3) << steps.join(QLatin1String(" | ")).toStdString();   // nothing after the map
}

TEST(LayoutExport, ReportsUnwritablePathsAndEmptySections)
{
    Fixture &f = bundled();
    EXPECT_EQ(exportPdf(f.project, f.layers, f.settings, QStringLiteral("/nonexistent-dir/x/map.pdf")),
              ExportResult::CannotWrite);
    LayoutSettings s = f.settings;
    s.section = 99;
    QTemporaryDir dir;
    EXPECT_EQ(exportPdf(f.project, f.layers, s, dir.filePath(QStringLiteral("s.pdf"))), ExportResult::NothingToDraw);
}

TEST(LayoutExport, DenseLineLayerIsCulledAndWrittenAsLineForms)
{
    // What `export --layer` does with a big line layer in the default base-line style: vector output keeps
    // round joins, so occlusion culling applies, and the culled lines go in as forms (render/pdf_line_forms.h).
    QTemporaryDir dir;
    const RenderLayer layer = streamedRandomWalks(dir, 20000, 8);
    ASSERT_TRUE(layer.stream);
    LayoutSettings settings = mapOnlyIn4490();
    settings.dpi = 150;
    const QString pdf = dir.filePath(QStringLiteral("lines.pdf"));
    ASSERT_EQ(exportPdf(Project(), {layer}, settings, pdf), ExportResult::Ok);

    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("/L0 Do")) << "the lines were not culled into forms";
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(images.size(), 2) << images.mid(2).join(QLatin1Char('\n')).toStdString();   // the headers only
    // And they are drawn: a good part of the page is the lines' grey.
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    ASSERT_FALSE(page.isNull());
    int grey = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            grey += c.red() < 200 && std::abs(c.red() - c.blue()) < 20;
        }
    EXPECT_GT(grey, page.width() * page.height() / 5);
}
