// SPDX-License-Identifier: GPL-3.0-or-later
// PDF export benchmark of issue 7: times `yuncheng-planner export` as a whole process for the bundled A3 map
// and for an A3 map of the 1,000,000-line stress layer, with file sizes and peak memory, and the same with
// QGIS's layout exporter when its Python bindings are installed. Prints figures; asserts nothing.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

#include "process_timing.h"

namespace {

using yc::bench::median;
using yc::bench::runOnce;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Figures {
    double seconds = -1;
    double peakMiB = -1;
    double sizeMiB = -1;
};

/// Median wall time, largest peak and the size of `pdf` after `runs` runs.
Figures runMedian(const QString &program, const QStringList &args, const QString &pdf, int runs)
{
    QList<double> times;
    Figures f;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(pdf);
        const auto r = runOnce(program, args);
        if (!r)
            return {};
        times << r->first;
        f.peakMiB = std::max(f.peakMiB, r->second);
    }
    f.seconds = median(times);
    f.sizeMiB = QFileInfo(pdf).size() / 1048576.0;
    return f;
}

// QGIS side: an A3 landscape layout with one map item showing the layer as our `map` layout does, exported
// by QgsLayoutExporter with the export dialog's defaults (geometries simplified for the output, metadata
// written) at 300 dpi, vector output forced. The caller times the whole process (Python and QGIS start,
// layer opened, layout exported) and measures the file.
const char kQgisScript[] = R"PY(
import os, sys
if not os.environ.get('DISPLAY'):
    os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsLayoutExporter, QgsLayoutItemMap,
                       QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject, QgsUnitTypes, QgsVectorLayer)
path, pdf = sys.argv[1], sys.argv[2]
app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
project.setCrs(QgsCoordinateReferenceSystem('EPSG:4490'))
layer = QgsVectorLayer(path, 'lines', 'ogr')
if not layer.isValid():
    sys.exit('cannot open ' + path)
project.addMapLayer(layer)
layout = QgsPrintLayout(project)
layout.initializeDefaults()
page = layout.pageCollection().page(0)
page.setPageSize('A3', page.Landscape)
item = QgsLayoutItemMap(layout)
layout.addLayoutItem(item)
# The frame and extent of our `map` layout on A3 landscape (measured on its PDF): 390 x 238 mm, the layer's
# extent with 4 % of its larger side as margin. Both files then draw the lines at the same scale.
item.attemptMove(QgsLayoutPoint(15, 33, QgsUnitTypes.LayoutMillimeters))
frame = QgsLayoutSize(390, 238, QgsUnitTypes.LayoutMillimeters)
item.attemptResize(frame)
item.setLayers([layer])
item.setCrs(QgsCoordinateReferenceSystem('EPSG:4490'))
extent = layer.extent()
extent.grow(0.04 * max(extent.width(), extent.height()))
# zoomToExtent() on a new map item, whose extent was never set, leaves the extent empty in QGIS 3.22 (an
# empty frame). As the designer gives a new map the canvas's extent: setExtent() (which also fits the frame's
# height to the extent's shape), the frame's size again, then zoomToExtent() fits the extent into the frame
# ("Set to layer extent").
item.setExtent(extent)
item.attemptResize(frame)
item.zoomToExtent(extent)
if item.extent().isEmpty():
    sys.exit('empty map extent')
settings = QgsLayoutExporter.PdfExportSettings()
settings.dpi = 300
settings.forceVectorOutput = True
if QgsLayoutExporter(layout).exportToPdf(pdf, settings) != QgsLayoutExporter.Success:
    sys.exit('export failed')
app.exitQgis()
)PY";

bool qgisAvailable()
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

Figures runQgis(const QString &layerPath, const QString &pdf, int runs)
{
    QTemporaryDir tmp;
    const QString script = tmp.filePath(QStringLiteral("export.py"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly) || f.write(kQgisScript) < 0)
        return {};
    f.close();
    return runMedian(QStringLiteral("python3"), {script, layerPath, pdf}, pdf, runs);
}

QString cell(double v, int precision) { return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', precision); }

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

void row(const QString &name, const Figures &f)
{
    out() << QStringLiteral("%1 %2 %3 %4   load %5").arg(name, -30).arg(cell(f.seconds, 2), 8).arg(cell(f.sizeMiB, 2), 9)
                 .arg(cell(f.peakMiB, 0), 9).arg(loadAverage())
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir = QString::fromUtf8(YC_SOURCE_DIR) + QStringLiteral("/build/bench-data");
    QString program = QString::fromUtf8(YC_PLANNER_BINARY);
    int runs = 3;
    bool skipLines = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--data") && !value.isEmpty()) {
            dataDir = value; ++i;
        } else if (a == QLatin1String("--runs") && value.toInt() > 0) {
            runs = value.toInt(); ++i;
        } else if (a == QLatin1String("--planner") && !value.isEmpty()) {
            program = value; ++i;
        } else if (a == QLatin1String("--bundled-only")) {
            skipLines = true;
        } else {
            out() << "Usage: export_benchmark [--data DIR] [--runs N] [--planner EXE] [--bundled-only]\n"
                     "DIR holds lines.gpkg, the 1,000,000-line layer written by yc_render_benchmark "
                     "(default build/bench-data).\n";
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(QStringLiteral("map.pdf"));
    out() << "PDF export benchmark, A3 landscape, 300 dpi, median of " << runs << " runs; planner: " << program
          << Qt::endl
          << QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("case"), -30).arg(QStringLiteral("time s"), 8)
                 .arg(QStringLiteral("size MiB"), 9).arg(QStringLiteral("peak MiB"), 9)
          << Qt::endl;

    row(QStringLiteral("bundled project (target < 2 s)"),
        runMedian(program, {QStringLiteral("export"), QStringLiteral("--out"), pdf}, pdf, runs));

    if (skipLines)
        return 0;
    const QString lines = QDir(dataDir).filePath(QStringLiteral("lines.gpkg"));
    if (!QFileInfo::exists(lines)) {
        out() << "no " << lines << ": run yc_render_benchmark --only lines first, or pass --data DIR" << Qt::endl;
        return 1;
    }
    const Figures ours = runMedian(program, {QStringLiteral("export"), QStringLiteral("--layer"), lines,
                                             QStringLiteral("--layout"), QStringLiteral("map"),
                                             QStringLiteral("--crs"), QStringLiteral("EPSG:4490"),
                                             QStringLiteral("--title"), QStringLiteral("1,000,000 lines"),
                                             QStringLiteral("--out"), pdf}, pdf, runs);
    row(QStringLiteral("1,000,000 lines"), ours);
    if (!qgisAvailable()) {
        out() << "QGIS not installed: the QGIS side is skipped (apt-get install qgis python3-qgis). Reference "
                 "on the development machine: QGIS 3.22, 15.7 s and 94.5 MiB for this PDF." << Qt::endl;
        const auto ratio = [](double theirs, double mine) { return mine > 0 ? theirs / mine : -1.0; };
        out() << "reference/ours: time " << cell(ratio(15.7, ours.seconds), 2) << "x, size "
              << cell(ratio(94.5, ours.sizeMiB), 2) << "x (target: 5x and 5x; the times were taken on different "
              "machines and loads)" << Qt::endl;
        return 0;
    }
    const Figures qgis = runQgis(lines, pdf, runs);
    row(QStringLiteral("1,000,000 lines, QGIS"), qgis);
    if (qgis.seconds > 0 && ours.seconds > 0)
        out() << "QGIS/ours: time " << cell(qgis.seconds / ours.seconds, 2) << "x, size "
              << cell(qgis.sizeMiB / ours.sizeMiB, 2) << "x (target: 5x and 5x)" << Qt::endl;
    return 0;
}
