// SPDX-License-Identifier: GPL-3.0-or-later
// Occlusion culling benchmark of issue 7: cullHiddenLines on the 1M-line stress layer as the A3 PDF export
// culls it (read through VectorStream, mapped to the 300 dpi map frame with vertices snapped to whole pixels,
// 2.5 px pen). Prints what was kept, a hash of the result (to compare builds) and the median wall and CPU time.
#include "geo/packed_geometry.h"
#include "io/vector_stream.h"
#include "render/map_renderer.h"
#include "render/occlusion_culling.h"
#include "process_timing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <ctime>
#include <cstdint>
#include <cstring>
#include <numeric>

using namespace yc;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// FNV-1a over the bytes of `v`, continuing from `h`.
template <typename T>
std::uint64_t hashed(const std::vector<T> &v, std::uint64_t h)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(v.data());
    for (std::size_t i = 0; i < v.size() * sizeof(T); ++i)
        h = (h ^ bytes[i]) * 1099511628211ull;
    return h;
}

std::uint64_t hashOf(const PackedGeometry &g)
{
    std::uint64_t h = 14695981039346656037ull;
    h = hashed(g.xy, h);
    h = hashed(g.ringStart, h);
    h = hashed(g.featureStart, h);
    return hashed(g.source, h);
}

/// The mapping of the export's map frame of `size` pixels: the layer's extent with the layout's 4 % of air
/// (LayoutRenderer), vertices snapped to whole pixels.
PixelMapping frameMapping(const Envelope &extent, QSize size)
{
    MapSettings ms;
    ms.outputSize = size;
    ms.extent = extent.buffered(std::max(extent.width(), extent.height()) * 0.04);
    ms.snapToPixels = true;
    const MapToPixel m2p(ms);
    const Envelope &v = m2p.visibleExtent();
    return {v.xMin, v.yMin, m2p.mapUnitsPerPixel(), double(size.height()), true};
}

/// CPU seconds of the process so far (the culling runs on this thread; the machine may be shared).
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString data = QStringLiteral(YC_SOURCE_DIR "/build/bench-data");
    int runs = 5;
    QSize size(4606, 2811);   // the map frame of `export --layout map` on A3 landscape at 300 dpi
    double penWidth = 2.5;    // the base-line pen there
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--data") && i + 1 < args.size())
            data = args.at(++i);
        else if (a == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--pen") && i + 1 < args.size())
            penWidth = args.at(++i).toDouble();
        else {
            out() << "Usage: culling_benchmark [--data DIR] [--runs N] [--pen WIDTH_PX]\n";
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    const QString path = data + QStringLiteral("/lines.gpkg");
    QString error;
    const std::shared_ptr<const VectorStream> stream = VectorStream::open(path, {}, &error);
    if (!stream) {
        out() << "cannot open " << path << ": " << error << "\n";
        return 1;
    }
    PackedGeometry g;
    QElapsedTimer read;
    read.start();
    stream->read({}, INT_MAX, [&](PackedGeometry &batch) {
        g = std::move(batch);
        return true;
    });
    std::vector<std::uint32_t> ids(std::size_t(g.featureCount()));
    std::iota(ids.begin(), ids.end(), 0u);
    const PixelMapping toPixel = frameMapping(stream->extent(), size);
    out() << qSetRealNumberPrecision(17) << "mapping " << toPixel.xMin << " " << toPixel.yMin << " "
          << toPixel.unitsPerPixel << qSetRealNumberPrecision(6) << "\n";
    out() << "read " << g.featureCount() << " features, " << g.vertexCount() << " vertices in " << read.elapsed()
          << " ms; frame " << size.width() << "x" << size.height() << ", pen " << penWidth << " px\n";

    QList<double> ms, cpuMs;
    CullingStats stats;
    std::uint64_t hash = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        const double cpuBefore = cpuSeconds();
        t.start();
        const std::optional<PackedGeometry> visible =
            cullHiddenLines(g, ids.data(), ids.size(), toPixel, penWidth, size, &stats);
        ms << t.nsecsElapsed() / 1e6;
        cpuMs << (cpuSeconds() - cpuBefore) * 1e3;
        hash = visible ? hashOf(*visible) : 0;
        out() << "  run " << run + 1 << ": " << ms.last() << " ms, CPU " << cpuMs.last() << " ms\n";
        out().flush();
    }
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll()).trimmed() : QString();
    out() << "kept " << stats.keptFeatures << " of " << stats.features << " features, " << stats.keptSegments
          << " of " << stats.segments << " segments; result hash " << Qt::hex << hash << Qt::dec << "\n"
          << "cullHiddenLines median of " << runs << ": " << bench::median(ms) << " ms wall, " << bench::median(cpuMs)
          << " ms CPU (fastest " << *std::min_element(ms.cbegin(), ms.cend()) << " ms wall, "
          << *std::min_element(cpuMs.cbegin(), cpuMs.cend()) << " ms CPU); peak "
          << bench::highWaterKiB(QCoreApplication::applicationPid()) / 1024 << " MiB; load " << load << "\n";
    return 0;
}
