// SPDX-License-Identifier: GPL-3.0-or-later
// Line layers written into the PDF by PdfLineForms: the content is the paths drawPacked would draw, and a page
// made with forms renders in poppler like the same page drawn through QPainter, with no image left behind.
#include "layout/pdf_file.h"
#include "layout/pdf_line_embedding.h"
#include "render/occlusion_culling.h"
#include "render/pdf_line_forms.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace yc;

namespace {

/// Features in device pixels with y negated, the form PdfLineForms takes (cullHiddenLines' result).
PackedGeometry deviceLines(const QList<QList<QPolygonF>> &features)
{
    PackedGeometry g;
    for (qsizetype i = 0; i < features.size(); ++i) {
        Geometry geometry;
        geometry.type = features.at(i).size() == 1 ? GeometryType::LineString : GeometryType::MultiLineString;
        for (const QPolygonF &line : features.at(i)) {
            QPolygonF negated;
            for (const QPointF &p : line)
                negated << QPointF(p.x(), -p.y());
            geometry.parts.append({negated});
        }
        g.add(geometry, int(i));
    }
    return g;
}

const QPen kPen(QColor(120, 120, 120), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

std::optional<QString> run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000) || p.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " (poppler-utils) is required: "
                      << p.readAllStandardError().toStdString();
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

constexpr QSize kPage(700, 500);
constexpr QPoint kFrameAt(40, 30);
constexpr QSize kFrame(600, 400);

/// A 300 dpi page with `g` in a frame at kFrameAt, drawn by `draw` (with the frame's clip and translation),
/// then finished as the exporter finishes a page: the forms embedded by an incremental update.
QByteArray page(const std::function<void(QPainter &)> &draw, PdfLineForms &forms)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(kPage.width() * 25.4 / 300, kPage.height() * 25.4 / 300),
                                                   QPageSize::Millimeter),
                                         QPageLayout::Portrait, QMarginsF()));
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(kFrameAt);
        p.setClipRect(QRect(QPoint(0, 0), kFrame));
        draw(p);
    }
    const std::optional<PdfFile> file = PdfFile::parse(buffer.data());
    if (!file) {
        ADD_FAILURE() << "QPdfWriter's output does not parse";
        return {};
    }
    PdfUpdate update(*file);
    QString error;
    EXPECT_TRUE(embedLineForms(*file, update, forms.takeForms(), &error)) << error.toStdString();
    return update.finish();
}

/// The content of all runs of `g`, and the row width of each.
std::pair<std::string, std::vector<int>> allContent(const PackedGeometry &g)
{
    std::string text;
    std::vector<int> widths;
    for (const PdfLineForms::Run &run : PdfLineForms::runs(g)) {
        int width = -1;
        text += PdfLineForms::content(g, run, &width).toStdString();
        widths.push_back(width);
    }
    return {text, widths};
}

} // namespace

TEST(PdfLineForms, ContentIsThePathsDrawPackedDraws)
{
    const PackedGeometry g = deviceLines({
        {{{10, 20}, {10.2, 20.1}, {30, 40}}},                   // the second vertex is within half a pixel
        {{{1.5, 2}, {4, 2}}, {{7, 8}, {7, 8.2}}},               // two parts; a sub-pixel one still draws (a dot)
        {{{6, 6}, {9, 9}, {9, 9}}},                             // QPainterPath drops a line to where it is
        {{{5, 5}}},                                             // a single vertex draws nothing
    });
    // Not all whole numbers: plain operators, in the layer's order.
    EXPECT_EQ(allContent(g), std::pair(std::string("10 20 m\n30 40 l\nS\n"
                                                   "1.50 2 m\n4 2 l\n7 8 m\n7 8.20 l\nS\n"
                                                   "6 6 m\n9 9 l\nS\n"),
                                       std::vector<int>{0}));
    EXPECT_EQ(PdfLineForms::strokeState(kPen).toStdString(),
              "0.470588237 0.470588237 0.470588237 RG 2.5 w 1 J 1 j [] 0 d");
}

TEST(PdfLineForms, WholeNumbersGoInRowsOfOneWidthRelativeToTiles)
{
    const PackedGeometry g = deviceLines({
        {{{160, 20}, {160, 20}, {230, -4}}},   // fits the 100-pixel tile at (150, -50): two digits
        {{{1006, 6}, {1109, 9}}},              // 103 pixels across: a 1,000-pixel tile, three digits
        {{{106, 6}, {109, 9}}},                // the tile at (100, 0): after the row of tiles above
        {{{-5, 7000}, {3000, 7000}}},          // fits no tile: as it is
    });
    // Each row: the stroke of the feature before (or two blanks), then the step; zero-padded to one width. A
    // tile's translation fills rows of its own.
    EXPECT_EQ(allContent(g), std::pair(std::string("q 1 0 0 1\n"
                                                   "150 -50  \n"
                                                   "cm       \n"
                                                   "  10 70 m\n"
                                                   "  80 46 l\n"
                                                   "S Q q 1 0\n"
                                                   "0 1 100 0\n"
                                                   "cm       \n"
                                                   "  06 06 m\n"
                                                   "  09 09 l\n"
                                                   "S Q      \n"
                                                   "q 1 0 0 1  \n"
                                                   "900 0 cm   \n"
                                                   "  106 006 m\n"
                                                   "  209 009 l\n"
                                                   "S Q        \n"
                                                   "  -005 7000 m\n"
                                                   "  3000 7000 l\n"
                                                   "S            \n"),
                                       std::vector<int>{10, 12, 14}));
}

TEST(PdfLineForms, RunsKeepEveryFeatureOnce)
{
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> place(-200, 3000), step(-40, 40);
    QList<QList<QPolygonF>> walks;
    for (int i = 0; i < 20'000; ++i) {
        QPointF p(place(rng), place(rng));
        QPolygonF line;
        for (int k = 0; k < 1 + i % 30; ++k) {
            line << p;
            p += QPointF(step(rng), step(rng) * (i % 7 == 0 ? 20 : 1));
        }
        walks.append({line});
    }
    const PackedGeometry g = deviceLines(walks);
    std::vector<std::uint32_t> seen;
    for (const PdfLineForms::Run &run : PdfLineForms::runs(g))
        seen.insert(seen.end(), run.features.begin(), run.features.end());
    std::sort(seen.begin(), seen.end());
    std::vector<std::uint32_t> all(walks.size());
    std::iota(all.begin(), all.end(), 0u);
    EXPECT_EQ(seen, all);
}

TEST(PdfLineForms, PopplerRendersThePageAsQPainterDrawsIt)
{
    // Random walks on whole pixels, overlapping each other and the frame's edges.
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> unit(0, 1);
    QList<QList<QPolygonF>> walks;
    for (int i = 0; i < 3000; ++i) {
        QPointF p(std::round(unit(rng) * (kFrame.width() + 40)) - 20, std::round(unit(rng) * (kFrame.height() + 40)) - 20);
        QPolygonF line;
        for (int k = 0; k < 6; ++k) {
            line << p;
            p += QPointF(std::round((unit(rng) - 0.5) * 24), std::round((unit(rng) - 0.5) * 24));
        }
        walks.append({line});
    }
    const PackedGeometry g = deviceLines(walks);

    PdfLineForms unused;
    const QByteArray byQPainter = page([&g](QPainter &p) {
        LayerSymbols symbols;
        VectorSymbol s;
        s.linePen = kPen;
        symbols.symbols.push_back(s);
        std::vector<std::uint32_t> ids(std::size_t(g.featureCount()));
        std::iota(ids.begin(), ids.end(), 0u);
        drawPacked(p, g, ids.data(), ids.size(), devicePixelMapping(), symbols);
    }, unused);
    PdfLineForms forms;
    const QByteArray byForms = page([&](QPainter &p) {
        p.fillRect(QRect(0, 0, 50, 50), Qt::red);   // under the lines
        forms.drawLines(p, kFrame, g, kPen);
        p.fillRect(QRect(100, 100, 20, 20), Qt::blue);   // over them
    }, forms);
    ASSERT_FALSE(byForms.isEmpty());
    EXPECT_TRUE(byForms.contains("/Subtype /Form"));

    QTemporaryDir dir;
    const QString reference = test::writeFile(dir, QStringLiteral("qpainter.pdf"), byQPainter);
    const QString written = test::writeFile(dir, QStringLiteral("forms.pdf"), byForms);
    const std::optional<QString> images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), written});
    ASSERT_TRUE(images);
    EXPECT_EQ(images->split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << images->toStdString();   // headers

    const QImage a = test::rasterizePdf(reference), b = test::rasterizePdf(written);
    ASSERT_FALSE(a.isNull());
    ASSERT_EQ(a.size(), b.size());
    // Whole-pixel vertices and a 2.5 px pen put stroke edges exactly on poppler's 4×4 antialiasing samples,
    // where the last bit of the page's transform decides: a few pixels differ by a sample or three (a sample
    // is 135/16 levels here), whichever way the transform is composed. The red and blue squares are only on
    // one page.
    const test::ImageDifference d = test::imageDifference(a, b, 2, [](QPoint p) {
        const QPoint inFrame = p - kFrameAt;
        return QRect(0, 0, 50, 50).contains(inFrame) || QRect(100, 100, 20, 20).contains(inFrame);
    });
    EXPECT_LT(d.differing, a.width() * a.height() / 1000) << "largest difference " << d.largest;
    EXPECT_LE(d.largest, 3 * 135 / 16 + 2);
    // Nothing outside the frame's clip, and the squares keep their order: blue over the lines, red under.
    EXPECT_EQ(b.pixel(kFrameAt.x() + kFrame.width() + 20, kFrameAt.y() + 10), qRgb(255, 255, 255));
    EXPECT_EQ(b.pixel(kFrameAt.x() + 110, kFrameAt.y() + 110), qRgb(0, 0, 255));
}

TEST(PdfLineForms, SplitsBigLayersIntoChunksDrawnInOrder)
{
    QList<QList<QPolygonF>> lines;
    for (int i = 0; i < 90'000; ++i)
        lines.append({QPolygonF{{double(i % 500), 10}, {double(i % 500), 20}, {double(i % 500) + 5, 30},
                                {double(i % 500), 40}, {double(i % 500), 50}}});
    const PackedGeometry g = deviceLines(lines);   // 450,000 vertices
    PdfLineForms forms;
    const QByteArray pdf = page([&](QPainter &p) { forms.drawLines(p, kFrame, g, kPen); }, forms);
    EXPECT_TRUE(pdf.contains("/L0 Do\n/L1 Do\n")) << "expected two chunks";
    const std::optional<PdfFile> file = PdfFile::parse(pdf);
    ASSERT_TRUE(file);
    int formObjects = 0;
    for (const auto &[object, offset] : file->objects())
        formObjects += file->value(object).contains("/Subtype /Form");
    EXPECT_EQ(formObjects, 3);   // the placeholder's form and its two chunks
}

TEST(PdfLineForms, EmbeddingFailsWhenThePlaceholderIsMissing)
{
    PdfLineForms forms;
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    {
        // Drawn on an image: the placeholder never reaches the PDF below.
        QPainter p(&image);
        forms.drawLines(p, kFrame, deviceLines({{{{1, 1}, {5, 5}}}}), kPen);
    }
    PdfLineForms none;
    const QByteArray pdf = page([](QPainter &p) { p.drawLine(0, 0, 10, 10); }, none);
    const std::optional<PdfFile> file = PdfFile::parse(pdf);
    ASSERT_TRUE(file);
    PdfUpdate update(*file);
    QString error;
    EXPECT_FALSE(embedLineForms(*file, update, forms.takeForms(), &error));
    EXPECT_FALSE(error.isEmpty());
}
