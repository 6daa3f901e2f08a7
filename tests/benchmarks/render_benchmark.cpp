// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering benchmark of issue 4: generates three large GeoPackages across the Yuncheng extent and times
// `yuncheng-planner render` as a whole process (first view) and MapRenderer::render in process (re-render),
// then the same with QGIS when its Python bindings are installed. Prints figures; asserts nothing.

#include "bundled_data.h"
#include "cli/layer_files.h"
#include "io/vector_data.h"
#include "plan/project.h"
#include "render/band_split.h"
#include "render/layer_images.h"
#include "render/map_renderer.h"
#include "render/sprite_cache.h"
#include "storage/project_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <random>

#include "process_timing.h"

namespace {

using yc::bench::highWaterKiB;
using yc::bench::median;
using yc::bench::runOnce;

using namespace yc;

// Yuncheng's extent in EPSG:4490 (lon/lat), rounded outwards.
constexpr Envelope kExtent{110.25, 34.58, 112.07, 35.82};
const QSize kSize(1920, 1080);

struct Dataset {
    QString name;      ///< layer and file base name
    GeometryType type;
    int count;
    int minVertices;
    int maxVertices;
};

struct Case {
    QString name;
    QString crs;       ///< map CRS
    Envelope extent;   ///< empty: the full extent
};

struct Figures {
    double firstViewS = -1;
    double reRenderMs = -1;
    double peakMiB = -1;
    double firstRenderMs = -1;   ///< ours: the first in-process render, which packs and indexes the layer
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// A deterministic stream of doubles in [0, 1), the same on every platform (unlike the std distributions).
class Random {
public:
    double next() { return double(mEngine() >> 11) * 0x1.0p-53; }
    double in(double lo, double hi) { return lo + (hi - lo) * next(); }
    int in(int lo, int hi) { return lo + int(next() * (hi - lo + 1)); }
private:
    std::mt19937_64 mEngine{20240126};
};

Geometry makeGeometry(const Dataset &d, Random &r)
{
    const QPointF start(r.in(kExtent.xMin, kExtent.xMax), r.in(kExtent.yMin, kExtent.yMax));
    if (d.type == GeometryType::Point)
        return Geometry::point(start);
    const int n = r.in(d.minVertices, d.maxVertices);
    QPolygonF ring;
    ring.reserve(n + 1);
    if (d.type == GeometryType::LineString) {
        // A random walk of 50–500 m steps.
        QPointF p = start;
        for (int i = 0; i < n; ++i) {
            ring << p;
            p += QPointF(r.in(-0.005, 0.005), r.in(-0.004, 0.004));
        }
        return Geometry::lineString(ring);
    }
    // A star-shaped polygon, 100 m – 1 km across: vertices at increasing angles around `start`.
    const double radius = r.in(0.001, 0.01);
    for (int i = 0; i < n; ++i) {
        const double angle = 2 * M_PI * (i + r.in(0.0, 0.8)) / n;
        const double rr = radius * r.in(0.5, 1.0);
        ring << start + QPointF(rr * std::cos(angle), rr * std::sin(angle) * 0.82);
    }
    ring << ring.first();
    return Geometry::polygon(ring);
}

/// Writes `d` into DIR/NAME.gpkg unless it is there already. Returns the path, empty on failure.
QString ensureDataset(const Dataset &d, const QString &dir)
{
    const QString path = dir + QLatin1Char('/') + d.name + QStringLiteral(".gpkg");
    if (QFileInfo::exists(path))
        return path;
    out() << "generating " << path << " (" << d.count << " features)…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    VectorData data;
    data.layerName = d.name;
    data.crs = Crs::cgcs2000();
    data.geometryType = d.type;
    data.features.reserve(d.count);
    Random r;
    for (int i = 0; i < d.count; ++i)
        data.features.append({i + 1, makeGeometry(d, r), {}});
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const QString error = writeVectorLayer(data, partial);
    if (!error.isEmpty() || !QFile::rename(partial, path)) {
        out() << "cannot write " << path << ": " << error << Qt::endl;
        return {};
    }
    out() << "  done in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return path;
}

QString extentArg(const Envelope &e)
{
    return QStringLiteral("%1,%2,%3,%4").arg(e.xMin, 0, 'f', 6).arg(e.yMin, 0, 'f', 6).arg(e.xMax, 0, 'f', 6)
        .arg(e.yMax, 0, 'f', 6);
}

/// Median wall time and the largest peak of `runs` runs.
std::optional<std::pair<double, double>> runMedian(const QString &program, const QStringList &args, int runs)
{
    QList<double> times;
    double peak = 0;
    for (int i = 0; i < runs; ++i) {
        const auto r = runOnce(program, args);
        if (!r)
            return std::nullopt;
        times << r->first;
        peak = std::max(peak, r->second);
    }
    return std::make_pair(median(times), peak);
}

/// One render in process, in milliseconds.
double renderOnceMs(const MapSettings &settings, const QList<RenderLayer> &layers, const QList<PlanFeature> &features)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    image.fill(Qt::white);
    QPainter painter(&image);
    MapRenderer::render(painter, settings, layers, features);
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

// Besides the median: the CPU time of a render (all threads of the process, on average) and the fastest
// render, the steadier figures on a machine that other work keeps busy.
struct RenderSpread {
    double cpuMs = 0;
    double fastestMs = 0;
};

/// Median wall time of `runs` calls of `once`, in ms; with `spread`, also the fastest and the CPU a call.
double medianMs(int runs, const std::function<void()> &once, RenderSpread *spread = nullptr)
{
    QList<double> ms;
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        once();
        ms << timer.nsecsElapsed() / 1e6;
    }
    if (spread) {
        spread->cpuMs = double(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC / runs;
        spread->fastestMs = *std::min_element(ms.cbegin(), ms.cend());
    }
    return median(ms);
}

double renderMedianMs(const MapSettings &settings, const QList<RenderLayer> &layers,
                      const QList<PlanFeature> &features, int runs, RenderSpread *spread = nullptr)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    return medianMs(runs, [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        MapRenderer::render(painter, settings, layers, features);
    }, spread);
}

// QGIS side, rendered as a QGIS desktop user sees it on the canvas. `first PATH CRS EXTENT PNG` is one whole
// process timed by the caller, as ours: Python and QGIS start, the layer is opened, rendered once with
// QgsMapRendererParallelJob and the PNG written. `rerender PATH RUNS CASE…` opens the layer once and, per
// case, renders once, then RUNS more times and prints the median of those (QGIS reads from the provider on
// every render; the file is in the page cache by then).
const char kQgisScript[] = R"PY(
import os, statistics, sys, time
if not os.environ.get('DISPLAY'):
    os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize

def map_settings(layer, crs, extent):
    s = QgsMapSettings()
    s.setLayers([layer])
    s.setOutputSize(QSize(1920, 1080))
    # A desktop screen at 100 % scaling: the canvas renders at the screen's logical dpi, 96. The offscreen
    # platform says 100, which widens the default 0.26 mm line past one pixel, and Qt then strokes every
    # line with joins instead of its one-pixel fast path: twice the time for what no user sees.
    s.setOutputDpi(96)
    # As QgsMapCanvas does: lets the layer's default simplification (on, 1 px) apply.
    s.setFlag(QgsMapSettings.UseRenderingOptimization)
    s.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    if extent:
        s.setExtent(QgsRectangle(*[float(v) for v in extent.split(',')]))
    else:
        s.setExtent(s.layerExtentToOutputExtent(layer, layer.extent()))
    return s

def render(s):
    job = QgsMapRendererParallelJob(s)
    job.start()
    job.waitForFinished()
    return job.renderedImage()

mode, path = sys.argv[1], sys.argv[2]
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(path, 'bench', 'ogr')
if not layer.isValid():
    sys.exit('cannot open ' + path)
QgsProject.instance().addMapLayer(layer)   # the project owns it, so exitQgis() deletes it in order
if mode == 'first':
    crs, extent, png = sys.argv[3:6]
    if not render(map_settings(layer, crs, extent)).save(png):
        sys.exit('cannot write ' + png)
else:
    runs = int(sys.argv[3])
    for name, crs, extent in (c.split(';') for c in sys.argv[4:]):
        s = map_settings(layer, crs, extent)
        render(s)
        times = []
        for i in range(runs):
            t = time.perf_counter()
            render(s)
            times.append(time.perf_counter() - t)
        print('%s %.2f' % (name, statistics.median(times) * 1000), flush=True)
app.exitQgis()
)PY";

bool qgisAvailable()
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString caseArg(const Case &c) { return c.extent.isEmpty() ? QString() : extentArg(c.extent); }

/// QGIS's re-render medians per case name, from one process that opens the layer once.
QHash<QString, double> qgisReRenderMs(const QString &script, const QString &path, const QList<Case> &cases, int runs)
{
    QStringList args{script, QStringLiteral("rerender"), path, QString::number(runs)};
    for (const Case &c : cases)
        args << c.name + QLatin1Char(';') + c.crs + QLatin1Char(';') + caseArg(c);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("python3"), args);
    QHash<QString, double> result;
    if (!p.waitForFinished(-1))
        return result;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> v = line.split(' ');
        if (v.size() == 2)
            result.insert(QString::fromUtf8(v[0]), v[1].toDouble());
    }
    return result;
}

QString cell(double v, int precision) { return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', precision); }

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString dataDir = QString::fromUtf8(YC_SOURCE_DIR) + QStringLiteral("/build/bench-data");
    QString program = QString::fromUtf8(YC_PLANNER_BINARY);
    QStringList only;
    QString bundledPng;
    bool bundledOnly = false;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--data") && !value.isEmpty()) {
            dataDir = value; ++i;
        } else if (a == QLatin1String("--runs") && value.toInt() > 0) {
            runs = value.toInt(); ++i;
        } else if (a == QLatin1String("--only") && !value.isEmpty()) {
            only = value.split(QLatin1Char(',')); ++i;
        } else if (a == QLatin1String("--planner") && !value.isEmpty()) {
            program = value; ++i;
        } else if (a == QLatin1String("--bundled-only")) {
            bundledOnly = true;
        } else if (a == QLatin1String("--bundled-png") && !value.isEmpty()) {
            bundledPng = value; ++i;
        } else {
            out() << "Usage: render_benchmark [--data DIR] [--runs N] [--only lines,polygons,points] [--planner EXE]\n"
                     "                        [--bundled-only] [--bundled-png FILE]\n"
                     "Generates the data sets into DIR (default build/bench-data) when missing, then prints the "
                     "figures.\n";
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    if (!QDir().mkpath(dataDir)) {
        out() << "cannot create " << dataDir << Qt::endl;
        return 1;
    }

    const QList<Dataset> datasets{
        {QStringLiteral("lines"), GeometryType::LineString, 1'000'000, 2, 20},
        {QStringLiteral("polygons"), GeometryType::Polygon, 200'000, 5, 30},
        {QStringLiteral("points"), GeometryType::Point, 1'000'000, 1, 1},
    };
    const double w = kExtent.width() / 4, h = kExtent.height() / 4;
    const QPointF c = kExtent.center();
    const QList<Case> cases{
        {QStringLiteral("full"), QStringLiteral("EPSG:4490"), {}},
        {QStringLiteral("1/16"), QStringLiteral("EPSG:4490"),
         Envelope::of(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)},
        {QStringLiteral("EPSG:4546"), QStringLiteral("EPSG:4546"), {}},
    };
    QTemporaryDir tmp;
    const QString png = tmp.filePath(QStringLiteral("out.png"));
    const QString qgisScript = tmp.filePath(QStringLiteral("qgis_render.py"));
    bool qgis = !bundledOnly && qgisAvailable();
    if (qgis) {
        QFile f(qgisScript);
        qgis = f.open(QIODevice::WriteOnly) && f.write(kQgisScript) >= 0;
    }

    out() << "Rendering benchmark, " << kSize.width() << "x" << kSize.height() << ", median of " << runs
          << " runs; planner: " << program << Qt::endl;
    for (const Dataset &d : datasets) {
        if (bundledOnly || (!only.isEmpty() && !only.contains(d.name)))
            continue;
        const QString path = ensureDataset(d, dataDir);
        if (path.isEmpty())
            return 1;
        QElapsedTimer timer;
        timer.start();
        QString error;
        std::optional<VectorData> data = readVectorLayer(path, {}, &error);
        if (!data) {
            out() << "cannot read " << path << ": " << error << Qt::endl;
            return 1;
        }
        const double readS = timer.nsecsElapsed() / 1e9;
        RenderLayer layer;
        layer.name = d.name;
        layer.data = std::make_shared<const VectorData>(std::move(*data));
        const QHash<QString, double> theirReRenderMs =
            qgis ? qgisReRenderMs(qgisScript, path, cases, runs) : QHash<QString, double>();

        out() << "\n" << d.name << ": " << d.count << " features, read in process in " << cell(readS, 2) << " s\n"
              << QStringLiteral("%1 %2 %3 %4 %5").arg(QStringLiteral("case"), -10).arg(QStringLiteral("first view s"), 13)
                     .arg(QStringLiteral("1st render ms"), 14).arg(QStringLiteral("re-render ms"), 13)
                     .arg(QStringLiteral("peak MiB"), 9);
        if (qgis)
            out() << QStringLiteral(" %1 %2 %3 %4 %5").arg(QStringLiteral("QGIS first s"), 13)
                         .arg(QStringLiteral("QGIS re ms"), 11).arg(QStringLiteral("QGIS MiB"), 9)
                         .arg(QStringLiteral("ratio first"), 12).arg(QStringLiteral("ratio re"), 9);
        out() << Qt::endl;
        for (const Case &k : cases) {
            QStringList cli{QStringLiteral("render"), QStringLiteral("--layer"), path, QStringLiteral("--out"), png,
                            QStringLiteral("--size"), QStringLiteral("%1x%2").arg(kSize.width()).arg(kSize.height()),
                            QStringLiteral("--crs"), k.crs};
            if (!k.extent.isEmpty())
                cli << QStringLiteral("--extent") << extentArg(k.extent);
            Figures ours;
            if (const auto r = runMedian(program, cli, runs)) {
                ours.firstViewS = r->first;
                ours.peakMiB = r->second;
            }
            Figures q;   // QGIS's
            if (qgis) {
                if (const auto r = runMedian(QStringLiteral("python3"),
                                             {qgisScript, QStringLiteral("first"), path, k.crs, caseArg(k), png}, runs)) {
                    q.firstViewS = r->first;
                    q.peakMiB = r->second;
                }
                q.reRenderMs = theirReRenderMs.value(k.name, -1);
            }
            MapSettings settings;
            settings.crs = Crs::fromUserInput(k.crs);
            settings.outputSize = kSize;
            settings.extent = k.extent;
            layer.cache = RenderLayer::newRenderCache();   // as just loaded: nothing packed yet
            ours.firstRenderMs = renderOnceMs(settings, {layer}, {});
            ours.reRenderMs = renderMedianMs(settings, {layer}, {}, runs);
            out() << QStringLiteral("%1 %2 %3 %4 %5").arg(k.name, -10).arg(cell(ours.firstViewS, 3), 13)
                         .arg(cell(ours.firstRenderMs, 1), 14).arg(cell(ours.reRenderMs, 1), 13)
                         .arg(cell(ours.peakMiB, 0), 9);
            if (qgis) {
                const auto ratio = [](double t, double o) { return t > 0 && o > 0 ? t / o : -1.0; };
                out() << QStringLiteral(" %1 %2 %3 %4 %5").arg(cell(q.firstViewS, 3), 13).arg(cell(q.reRenderMs, 1), 11)
                             .arg(cell(q.peakMiB, 0), 9).arg(cell(ratio(q.firstViewS, ours.firstViewS), 2) + QLatin1Char('x'), 12)
                             .arg(cell(ratio(q.reRenderMs, ours.reRenderMs), 2) + QLatin1Char('x'), 9);
            }
            out() << Qt::endl;
        }
    }

    // The bundled project with its base layers, as the map window re-renders it (target: under 16 ms).
    Project project;
    const StorageResult loaded = GeoPackageProjectStore::load(project, bundledProjectPath());
    if (!loaded.ok()) {
        out() << "cannot load the bundled project: " << loaded.error << Qt::endl;
        return 1;
    }
    QList<RenderLayer> layers;
    for (const LayerRef &ref : project.layers()) {
        QString error;
        QStringList warnings;
        std::optional<RenderLayer> layer =
            cli::loadLayerFile(project.resolveSource(ref.source), ref.layerName, {}, &error, &warnings);
        if (!layer)
            continue;
        layer->name = ref.name;
        layer->visible = ref.visible;
        layer->opacity = ref.opacity;
        layers.append(std::move(*layer));
    }
    MapSettings settings;
    settings.crs = project.crs();
    settings.outputSize = kSize;
    settings.sprites = std::make_shared<SpriteCache>();   // as the canvas keeps its labels and markers
    settings.extent = MapRenderer::fullExtent(layers, project.features(), settings.crs);   // as the canvas knows it
    settings.bandSplit = std::make_shared<BandSplit>();    // learnt over the re-renders
    renderOnceMs(settings, layers, project.features());   // packs and indexes the base layers
    if (!bundledPng.isEmpty()) {   // the picture, to compare before and after a change
        QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        MapRenderer::render(painter, settings, layers, project.features());
        painter.end();
        image.save(bundledPng);
    }
    RenderSpread bundledSpread;
    const double bundledMs = renderMedianMs(settings, layers, project.features(), std::max(runs, 11), &bundledSpread);
    // The map window after a pan or a zoom: base layers and plan drawn into images of their own (the plan on
    // a worker), composed, labels placed over both (LayerImages; nothing of the previous view is reused).
    RenderSpread canvasSpread;
    const double canvasMs = medianMs(std::max(runs, 11), [&] {
        LayerImages::render(LayerImages(), settings, layers, project.features(), nullptr, 1.0);
    }, &canvasSpread);
    MapSettings uncached = settings;   // every label and marker drawn, as for a first view or a PDF
    uncached.sprites = nullptr;
    const double uncachedMs = renderMedianMs(uncached, layers, project.features(), std::max(runs, 11));
    out() << "\nbundled project (" << layers.size() << " base layers, " << project.features().size()
          << " plan features), full extent: re-render " << cell(bundledMs, 1) << " ms (target < 16 ms; fastest "
          << cell(bundledSpread.fastestMs, 1) << " ms, CPU " << cell(bundledSpread.cpuMs, 1) << " ms a render); "
          << "without the label and marker sprites " << cell(uncachedMs, 1) << " ms" << Qt::endl
          << "  as the map window draws it after a pan or zoom (layer images): " << cell(canvasMs, 1)
          << " ms (fastest " << cell(canvasSpread.fastestMs, 1) << " ms, CPU " << cell(canvasSpread.cpuMs, 1)
          << " ms)" << Qt::endl;

    if (!qgis && !bundledOnly)
        out() << "\nQGIS not installed: ratios skipped (apt-get install qgis python3-qgis)" << Qt::endl;
    out() << "peak memory of this benchmark process: " << cell(highWaterKiB(QCoreApplication::applicationPid()) / 1024.0, 0)
          << " MiB" << Qt::endl;
    return 0;
}
