// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdf_line_forms.h"

#include "render/prefetch.h"

#include <QImage>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent>

#include <libdeflate.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <tuple>

namespace yc {

namespace {

// Vertices per content chunk: a few megabytes of text, compressed by one worker.
constexpr std::size_t kChunkVertices = 400'000;
// libdeflate's level 4 is about as small as zlib's default level at several times the speed. On the 1M-line
// stress map's tiled rows, level 5 is 3 % smaller, 6 5 % and 7 9 %, for 0.5, 1.2 and 3.6 s more CPU.
constexpr int kCompressionLevel = 4;

void appendNumber(std::string &out, double v)
{
    char buffer[32];
    const double whole = std::round(v);
    // Vector output is snapped to whole pixels: integers, and two decimals for anything else.
    const std::to_chars_result r = whole == v && std::abs(v) < 1e15
                                       ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(whole))
                                       : std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 2);
    out.append(buffer, r.ptr);
}

/// `v` (a whole number) in exactly `width` characters: zero-padded, after the sign when negative ("-012").
void appendField(std::string &out, long long v, int width)
{
    char buffer[32];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, v < 0 ? -v : v);
    const int digits = int(r.ptr - buffer);
    if (v < 0)
        out += '-';
    out.append(std::size_t(std::max(0, width - digits - (v < 0 ? 1 : 0))), '0');
    out.append(buffer, r.ptr);
}

/// Whether `v` is a whole number (with no libm call: the x86-64 baseline has no instruction for round()).
bool isWhole(double v)
{
    return std::abs(v) < 1e15 && double(static_cast<long long>(v)) == v;
}

/// One step of the paths: a move or line to (x, y) in device pixels (y down); 'S', the end of a feature; or 't',
/// a new tile whose origin (x, y) the steps after it are relative to.
struct PathStep {
    double x, y;
    char op;
};

/// The tiles whole-pixel features are written relative to, so that a coordinate takes `digits` digits: a tile
/// starts every `step` pixels and reaches `window` pixels from its origin, so tiles overlap and a feature up to
/// window − step pixels across always fits one. Tried in this order.
struct TileGrid {
    int digits;
    double step, window;
};
constexpr TileGrid kTileGrids[] = {{2, 50, 100}, {3, 900, 1000}};
// Tiles are numbered in 12 bits a side in the sort key (see PdfLineForms::runs); a feature further out is
// written as it is.
constexpr double kMaxTileIndex = 2047;

/// A feature's bounding box and first vertex in device pixels (y down), and whether its vertices are whole pixels.
struct FeatureBox {
    double minX = 0, minY = 0, maxX = 0, maxY = 0, firstX = 0, firstY = 0;
    bool whole = true;
};

FeatureBox featureBox(const PackedGeometry &g, std::uint32_t f)
{
    FeatureBox box;
    const std::uint32_t first = g.ringStart[g.featureStart[f]], end = g.ringStart[g.featureStart[f + 1]];
    if (first == end)
        return box;
    box.minX = box.maxX = box.firstX = g.xy[2 * first];
    box.minY = box.maxY = box.firstY = -g.xy[2 * first + 1];
    for (std::uint32_t v = first; v < end; ++v) {
        const double x = g.xy[2 * v], y = -g.xy[2 * v + 1];
        box.minX = std::min(box.minX, x);
        box.maxX = std::max(box.maxX, x);
        box.minY = std::min(box.minY, y);
        box.maxY = std::max(box.maxY, y);
        box.whole = box.whole && isWhole(x) && isWhole(y);
    }
    return box;
}

/// The tile of `grid` that `box` fits, as its (column, row); nullopt when it fits none.
std::optional<std::pair<double, double>> tileOf(const FeatureBox &box, const TileGrid &grid)
{
    const double column = std::floor(box.minX / grid.step), row = std::floor(box.minY / grid.step);
    if (box.maxX - column * grid.step >= grid.window || box.maxY - row * grid.step >= grid.window
        || std::abs(column) > kMaxTileIndex || std::abs(row) > kMaxTileIndex)
        return std::nullopt;
    return std::pair(column, row);
}

/// The index of (x, y) along a Hilbert curve over 8192 × 8192 pixels (clamped to it): nearby on the curve is
/// nearby on the page.
std::uint64_t hilbertIndex(double x, double y)
{
    constexpr std::uint32_t side = 8192;
    auto hx = std::uint32_t(std::clamp(x, 0.0, double(side - 1)));
    auto hy = std::uint32_t(std::clamp(y, 0.0, double(side - 1)));
    std::uint64_t index = 0;
    for (std::uint32_t s = side / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (hx & s) ? 1 : 0, ry = (hy & s) ? 1 : 0;
        index += std::uint64_t(s) * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                hx = side - 1 - hx;
                hy = side - 1 - hy;
            }
            std::swap(hx, hy);
        }
    }
    return index;
}

/// The paths of `run`'s features of `g` as drawPacked gives them to QPainter, and QPainter to QPdfWriter; in a
/// tiled run relative to each feature's tile, announced by a 't' step when it changes.
std::vector<PathStep> pathSteps(const PackedGeometry &g, const PdfLineForms::Run &run)
{
    std::vector<PathStep> steps;
    std::size_t vertices = 0;
    for (const std::uint32_t f : run.features)
        vertices += g.ringStart[g.featureStart[f + 1]] - g.ringStart[g.featureStart[f]];
    steps.reserve(vertices + 2 * run.features.size());
    std::optional<QPoint> tile;
    for (std::size_t i = 0; i < run.features.size(); ++i) {
        const std::uint32_t f = run.features[i];
        // The features come in tile order, from all over `g`: ask the memory ahead for a later feature's first
        // ring, then for its first vertex once that is in the cache (each lookup waits for the one before).
        constexpr std::size_t kAhead = 8;
        if (i + 3 * kAhead < run.features.size()) {
            prefetch(&g.featureStart[run.features[i + 3 * kAhead]]);
            prefetch(&g.dimension[run.features[i + 3 * kAhead]]);
            prefetch(&g.ringStart[g.featureStart[run.features[i + 2 * kAhead]]]);
            const double *ahead = g.xy.data() + 2 * std::size_t(g.ringStart[g.featureStart[run.features[i + kAhead]]]);
            prefetch(ahead);
            prefetch(ahead + 8);
        }
        if (g.dimension[f] != 1)
            continue;
        double originX = 0, originY = 0;
        if (run.tileDigits > 0) {
            const QPoint origin = run.origins[i];
            if (origin != tile)
                steps.push_back({double(origin.x()), double(origin.y()), 't'});
            tile = origin;
            originX = origin.x();
            originY = origin.y();
        }
        bool drawn = false;
        for (std::uint32_t ring = g.featureStart[f]; ring < g.featureStart[f + 1]; ++ring) {
            const std::uint32_t first = g.ringStart[ring], end = g.ringStart[ring + 1];
            if (end - first < 2)
                continue;
            // As screenPixels thins: a vertex within half a pixel of the last one kept is dropped, the last kept;
            // and as QPainterPath builds the path QPdfWriter writes, a line to where the path already is is not.
            double lastX = g.xy[2 * first], lastY = -g.xy[2 * first + 1];
            steps.push_back({lastX - originX, lastY - originY, 'm'});
            for (std::uint32_t v = first + 1; v < end; ++v) {
                const double x = g.xy[2 * v], y = -g.xy[2 * v + 1];
                const double d2 = (x - lastX) * (x - lastX) + (y - lastY) * (y - lastY);
                if (d2 == 0 || (v + 1 < end && d2 < 0.25))
                    continue;
                steps.push_back({x - originX, y - originY, 'l'});
                lastX = x;
                lastY = y;
            }
            drawn = true;
        }
        if (drawn)
            steps.push_back({0, 0, 'S'});
    }
    return steps;
}

/// The characters every coordinate of `steps` fits in when they are all whole numbers; 0 otherwise.
int wholeNumberWidth(const std::vector<PathStep> &steps)
{
    int width = 1;
    for (const PathStep &s : steps) {
        if (s.op == 'S' || s.op == 't')
            continue;
        for (const double v : {s.x, s.y}) {
            if (!isWhole(v) || std::abs(v) >= 1e9)
                return 0;
            char buffer[16];
            width = std::max(width, int(std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v)).ptr - buffer));
        }
    }
    return width;
}

/// `words` (operators and operands) in rows of `rowWidth` characters, as many to a row as fit, padded with blanks.
void appendRows(std::string &out, const std::vector<std::string> &words, int rowWidth)
{
    std::string row;
    for (const std::string &w : words) {
        if (!row.empty() && int(row.size() + 1 + w.size()) > rowWidth - 1) {
            out += row;
            out.append(std::size_t(rowWidth - 1 - int(row.size())), ' ');
            out += '\n';
            row.clear();
        }
        row += row.empty() ? w : ' ' + w;
    }
    if (!row.empty()) {
        out += row;
        out.append(std::size_t(std::max(0, rowWidth - 1 - int(row.size()))), ' ');
        out += '\n';
    }
}

/// `rows` (each `rowWidth` bytes) for TIFF's predictor (/Predictor 2 /Colors rowWidth /Columns kRowsPerLine):
/// each row is a "pixel" whose bytes are stored as their difference from the same bytes of the row before, the
/// first of each "line" of kRowsPerLine rows as it is; blank rows fill the last line. Consecutive vertices share
/// their leading digits, so most bytes become 0. (PNG's "Up" predictor does the same with a tag byte a row.)
QByteArray predictedAcrossRows(QByteArray rows, int rowWidth)
{
    const qsizetype lineBytes = qsizetype(rowWidth) * PdfLineForms::kRowsPerLine;
    QByteArray blank(rowWidth, ' ');
    blank.back() = '\n';
    while (rows.size() % lineBytes != 0)
        rows += blank;
    QByteArray out(rows.size(), Qt::Uninitialized);
    for (qsizetype line = 0; line < rows.size(); line += lineBytes) {
        const auto *in = reinterpret_cast<const quint8 *>(rows.constData() + line);
        auto *o = reinterpret_cast<quint8 *>(out.data() + line);
        std::copy(in, in + rowWidth, o);
        for (qsizetype i = rowWidth; i < lineBytes; ++i)
            o[i] = quint8(in[i] - in[i - rowWidth]);
    }
    return out;
}

QByteArray compressed(const QByteArray &data)
{
    const std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
        libdeflate_alloc_compressor(kCompressionLevel), &libdeflate_free_compressor);
    if (!compressor)
        return {};
    QByteArray out(qsizetype(libdeflate_zlib_compress_bound(compressor.get(), std::size_t(data.size()))), Qt::Uninitialized);
    const std::size_t size = libdeflate_zlib_compress(compressor.get(), data.constData(), std::size_t(data.size()),
                                                      out.data(), std::size_t(out.size()));
    out.truncate(qsizetype(size));
    return out;
}

} // namespace

QByteArray PdfLineForms::strokeState(const QPen &pen)
{
    const QColor c = pen.color().toRgb();
    return QByteArray::number(c.redF(), 'f', 9) + ' ' + QByteArray::number(c.greenF(), 'f', 9) + ' '
         + QByteArray::number(c.blueF(), 'f', 9) + " RG " + QByteArray::number(pen.widthF(), 'g', 6)
         + " w 1 J 1 j [] 0 d";
}

std::vector<PdfLineForms::Run> PdfLineForms::runs(const PackedGeometry &g)
{
    const auto features = std::uint32_t(g.featureCount());
    const auto vertices = [&g](std::uint32_t f) {
        return g.ringStart[g.featureStart[f + 1]] - g.ringStart[g.featureStart[f]];
    };
    // Sort key: the grid (2 digits, 3 digits, none), the tile's row, its column (rows alternate in direction),
    // then the first vertex's place on a Hilbert curve.
    struct Entry {
        std::uint64_t key;
        std::uint32_t feature, vertices;   // the count kept here: looking it up again in sorted order misses the cache
    };
    std::vector<Entry> order;
    order.reserve(features);
    constexpr auto kGrids = std::uint64_t(std::size(kTileGrids));
    bool whole = true;
    for (std::uint32_t f = 0; f < features && whole; ++f) {
        if (g.dimension[f] != 1)
            continue;
        const FeatureBox box = featureBox(g, f);
        whole = box.whole;
        std::uint64_t grid = kGrids, column = 0, row = 0;
        for (std::uint64_t i = 0; i < kGrids && grid == kGrids; ++i) {
            if (const std::optional<std::pair<double, double>> tile = tileOf(box, kTileGrids[i])) {
                grid = i;
                row = std::uint64_t(tile->second + kMaxTileIndex + 1);
                column = std::uint64_t(tile->first + kMaxTileIndex + 1);
                column = row % 2 ? 4095 - column : column;
            }
        }
        order.push_back({grid << 60 | row << 48 | column << 36 | hilbertIndex(box.firstX, box.firstY), f, vertices(f)});
    }
    std::vector<Run> result;
    if (!whole) {
        // Plain numbers, in the layer's order.
        std::size_t inRun = 0;
        for (std::uint32_t f = 0; f < features; ++f) {
            if (result.empty() || inRun >= kChunkVertices) {
                result.emplace_back();
                inRun = 0;
            }
            result.back().features.push_back(f);
            inRun += vertices(f);
        }
        return result;
    }
    std::sort(order.begin(), order.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.key, a.feature) < std::tie(b.key, b.feature);
    });
    std::uint64_t runGrid = kGrids + 1;
    std::size_t inRun = 0;
    for (const auto &[key, f, count] : order) {
        const std::uint64_t grid = key >> 60;
        if (grid != runGrid || inRun >= kChunkVertices) {
            result.emplace_back();
            result.back().tileDigits = grid < kGrids ? kTileGrids[grid].digits : 0;
            runGrid = grid;
            inRun = 0;
        }
        result.back().features.push_back(f);
        if (grid < kGrids) {
            // The tile back from the key.
            const auto row = int((key >> 48) & 0xfff), column = int((key >> 36) & 0xfff);
            const int step = int(kTileGrids[grid].step), shift = int(kMaxTileIndex) + 1;
            const int tileColumn = (row % 2 ? 4095 - column : column) - shift;
            result.back().origins.emplace_back(tileColumn * step, (row - shift) * step);
        }
        inRun += count;
    }
    return result;
}

QByteArray PdfLineForms::content(const PackedGeometry &g, const Run &run, int *rowWidth)
{
    const std::vector<PathStep> steps = pathSteps(g, run);
    const int width = run.tileDigits > 0 ? run.tileDigits : wholeNumberWidth(steps);
    std::string out;
    if (width == 0) {
        out.reserve(steps.size() * 16);
        for (const PathStep &s : steps) {
            if (s.op == 'S') {
                out += "S\n";
                continue;
            }
            appendNumber(out, s.x);
            out += ' ';
            appendNumber(out, s.y);
            out += s.op == 'm' ? " m\n" : " l\n";
        }
    } else {
        // Rows of one width ("S 05 10 m\n": the stroke of the feature before, then a step), so that the
        // rows can be predicted (see predictedAcrossRows). A new tile's translation takes a few rows of its own.
        const int rowBytes = 2 * width + 6;
        out.reserve(steps.size() * std::size_t(rowBytes));
        bool strokeDue = false, tileOpen = false;
        for (const PathStep &s : steps) {
            if (s.op == 'S') {
                strokeDue = true;
                continue;
            }
            if (s.op == 't') {
                std::vector<std::string> words;
                if (strokeDue)
                    words.emplace_back("S");
                if (tileOpen)
                    words.emplace_back("Q");
                for (const char *w : {"q", "1", "0", "0", "1"})
                    words.emplace_back(w);
                words.push_back(std::to_string(static_cast<long long>(s.x)));
                words.push_back(std::to_string(static_cast<long long>(s.y)));
                words.emplace_back("cm");
                appendRows(out, words, rowBytes);
                strokeDue = false;
                tileOpen = true;
                continue;
            }
            out += strokeDue ? "S " : "  ";
            strokeDue = false;
            appendField(out, static_cast<long long>(s.x), width);
            out += ' ';
            appendField(out, static_cast<long long>(s.y), width);
            out += ' ';
            out += s.op;
            out += '\n';
        }
        std::vector<std::string> last;
        if (strokeDue)
            last.emplace_back("S");
        if (tileOpen)
            last.emplace_back("Q");
        appendRows(out, last, rowBytes);
    }
    if (rowWidth)
        *rowWidth = width == 0 ? 0 : 2 * width + 6;
    return QByteArray(out.data(), qsizetype(out.size()));
}

void PdfLineForms::drawLines(QPainter &painter, QSize frame, const PackedGeometry &g, const QPen &pen,
                             const std::atomic<bool> *cancel)
{
    // Chunks of whole features with about kChunkVertices vertices each, formatted and compressed on workers.
    const std::vector<Run> parts = runs(g);
    std::vector<QFuture<PdfContentChunk>> chunks;
    for (const Run &run : parts) {
        chunks.push_back(QtConcurrent::run(QThreadPool::globalInstance(), [&g, &run, cancel] {
            PdfContentChunk chunk;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return chunk;
            const QByteArray text = content(g, run, &chunk.rowWidth);
            chunk.data = compressed(chunk.rowWidth > 0 ? predictedAcrossRows(text, chunk.rowWidth) : text);
            return chunk;
        }));
    }
    PdfLineForm form;
    form.frame = frame;
    form.state = strokeState(pen);
    for (QFuture<PdfContentChunk> &chunk : chunks)
        form.chunks.push_back(chunk.result());
    if (cancel && cancel->load(std::memory_order_relaxed))
        return;
    const std::lock_guard lock(mMutex);
    // The placeholder's colour tells it apart from the other images of the document (losslessly written).
    const int index = mPlaceholders++;
    form.placeholder = qRgb(index & 0xff, (index >> 8) & 0xff, 0xa7);
    QImage placeholder(1, 1, QImage::Format_RGB32);
    placeholder.setPixel(0, 0, form.placeholder);
    painter.save();
    painter.setRenderHint(QPainter::LosslessImageRendering);
    painter.drawImage(QRectF(0, 0, kPlaceholderSide, kPlaceholderSide), placeholder);
    painter.restore();
    mForms.push_back(std::move(form));
}

std::vector<PdfLineForm> PdfLineForms::takeForms()
{
    const std::lock_guard lock(mMutex);
    return std::exchange(mForms, {});
}

} // namespace yc
