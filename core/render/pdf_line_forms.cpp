// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdf_line_forms.h"

#include <QImage>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent>

#include <libdeflate.h>

#include <charconv>
#include <cmath>
#include <memory>
#include <string>

namespace yc {

namespace {

// Vertices per content chunk: a few megabytes of text, compressed by one worker.
constexpr std::size_t kChunkVertices = 400'000;
// libdeflate's level 4 is about as small as zlib's default level at several times the speed. On the 1M-line
// stress map, level 6 is 8 % smaller and level 7 14 % smaller, for 1.6 s and 2.6 s more per export.
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

/// One step of the paths: a move or line to (x, y) in device pixels (y down), or 'S', the end of a feature.
struct PathStep {
    double x, y;
    char op;
};

/// The paths of features [from, to) of `g` as drawPacked gives them to QPainter, and QPainter to QPdfWriter.
std::vector<PathStep> pathSteps(const PackedGeometry &g, std::uint32_t from, std::uint32_t to)
{
    std::vector<PathStep> steps;
    steps.reserve(std::size_t(g.ringStart[g.featureStart[to]] - g.ringStart[g.featureStart[from]]) + (to - from));
    for (std::uint32_t f = from; f < to; ++f) {
        if (g.dimension[f] != 1)
            continue;
        bool drawn = false;
        for (std::uint32_t ring = g.featureStart[f]; ring < g.featureStart[f + 1]; ++ring) {
            const std::uint32_t first = g.ringStart[ring], end = g.ringStart[ring + 1];
            if (end - first < 2)
                continue;
            // As screenPixels thins: a vertex within half a pixel of the last one kept is dropped, the last kept;
            // and as QPainterPath builds the path QPdfWriter writes, a line to where the path already is is not.
            double lastX = g.xy[2 * first], lastY = -g.xy[2 * first + 1];
            steps.push_back({lastX, lastY, 'm'});
            for (std::uint32_t v = first + 1; v < end; ++v) {
                const double x = g.xy[2 * v], y = -g.xy[2 * v + 1];
                const double d2 = (x - lastX) * (x - lastX) + (y - lastY) * (y - lastY);
                if (d2 == 0 || (v + 1 < end && d2 < 0.25))
                    continue;
                steps.push_back({x, y, 'l'});
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
        if (s.op == 'S')
            continue;
        for (const double v : {s.x, s.y}) {
            if (v != std::round(v) || std::abs(v) >= 1e9)
                return 0;
            char buffer[16];
            width = std::max(width, int(std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v)).ptr - buffer));
        }
    }
    return width;
}

/// `rows` (each `columns` bytes) with PNG's "Up" predictor: each row becomes its tag byte (2) and its
/// difference from the row above. Consecutive vertices share their leading digits, so most bytes become 0.
QByteArray predictedUp(const QByteArray &rows, int columns)
{
    QByteArray out(rows.size() + rows.size() / columns, Qt::Uninitialized);
    char *o = out.data();
    const char *previous = nullptr;
    for (qsizetype at = 0; at < rows.size(); at += columns) {
        const char *row = rows.constData() + at;
        *o++ = 2;
        for (int i = 0; i < columns; ++i)
            *o++ = char(quint8(row[i]) - (previous ? quint8(previous[i]) : 0));
        previous = row;
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

QByteArray PdfLineForms::content(const PackedGeometry &g, std::uint32_t from, std::uint32_t to, int *columns)
{
    const std::vector<PathStep> steps = pathSteps(g, from, to);
    const int width = wholeNumberWidth(steps);
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
        // Rows of one width ("S 0405 0010 m\n": the stroke of the feature before, then a step), so that the
        // rows can be predicted (see predictedUp).
        const int rowWidth = 2 * width + 6;
        out.reserve(steps.size() * std::size_t(rowWidth));
        bool strokeDue = false;
        for (const PathStep &s : steps) {
            if (s.op == 'S') {
                strokeDue = true;
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
        if (strokeDue) {
            out += 'S';
            out.append(std::size_t(rowWidth - 2), ' ');
            out += '\n';
        }
    }
    if (columns)
        *columns = width == 0 ? 0 : 2 * width + 6;
    return QByteArray(out.data(), qsizetype(out.size()));
}

void PdfLineForms::drawLines(QPainter &painter, QSize frame, const PackedGeometry &g, const QPen &pen,
                             const std::atomic<bool> *cancel)
{
    // Chunks of whole features with about kChunkVertices vertices each, formatted and compressed on workers.
    std::vector<QFuture<PdfContentChunk>> chunks;
    const auto features = std::uint32_t(g.featureCount());
    for (std::uint32_t from = 0; from < features;) {
        std::uint32_t to = from + 1;
        while (to < features && g.ringStart[g.featureStart[to]] - g.ringStart[g.featureStart[from]] < kChunkVertices)
            ++to;
        chunks.push_back(QtConcurrent::run(QThreadPool::globalInstance(), [&g, from, to, cancel] {
            PdfContentChunk chunk;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return chunk;
            const QByteArray text = content(g, from, to, &chunk.columns);
            chunk.data = compressed(chunk.columns > 0 ? predictedUp(text, chunk.columns) : text);
            return chunk;
        }));
        from = to;
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
