// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/render_command.h"

#include "bundled_data.h"
#include "cli/layer_files.h"
#include "io/png_writer.h"
#include "plan/layer_commands.h"
#include "plan/project.h"
#include "render/map_renderer.h"
#include "storage/project_store_interface.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <optional>

namespace yc::cli {

namespace {

struct RenderOptions {
    QString project;
    QStringList layers;
    QString out;
    QSize size;
    Envelope extent;
    QString crs;
    QString encoding;
};

QString usage()
{
    return QCoreApplication::translate("yc::cli",
        "Usage: yuncheng-planner render --out X.png --size WxH [--project P] [--layer FILE]…\n"
        "                               [--extent XMIN,YMIN,XMAX,YMAX] [--crs CRS] [--encoding ENC]\n"
        "\n"
        "Draws a map into a PNG without a display.\n"
        "\n"
        "  --project P     the project to draw (default: the bundled Yuncheng project, unless --layer is given)\n"
        "  --layer FILE    a vector or raster file drawn on top of the project's layers; repeatable\n"
        "  --out X.png     the image to write\n"
        "  --size WxH      its size in pixels, e.g. 1600x1000\n"
        "  --extent …      the area shown, in the map CRS (default: everything)\n"
        "  --crs CRS       the map CRS, e.g. EPSG:4326 (default: the project's, else EPSG:4546)\n"
        "  --encoding ENC  text encoding of shapefile --layer files (default: declared or detected)\n"
        "\n"
        "A layer that cannot be read is reported on stderr and left out; the others are still drawn, and the\n"
        "exit code is then 1.");
}

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList wh = text.toLower().split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = wh.value(0).toInt(&okW);
    const int h = wh.value(1).toInt(&okH);
    if (wh.size() != 2 || !okW || !okH || w < 1 || h < 1 || w > 20000 || h > 20000)
        return std::nullopt;
    return QSize(w, h);
}

std::optional<Envelope> parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return std::nullopt;
    }
    if (!(v[0] < v[2] && v[1] < v[3]))
        return std::nullopt;
    return Envelope{v[0], v[1], v[2], v[3]};
}

std::optional<RenderOptions> parse(const QStringList &args, QString *error)
{
    RenderOptions o;
    QString size;
    QString extent;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](QString *target) { return takeOptionValue(args, i, target, error); };
        QString *target = a == QLatin1String("--project") ? &o.project
                        : a == QLatin1String("--out")     ? &o.out
                        : a == QLatin1String("--size")    ? &size
                        : a == QLatin1String("--extent")  ? &extent
                        : a == QLatin1String("--crs")     ? &o.crs
                        : a == QLatin1String("--encoding") ? &o.encoding
                                                           : nullptr;
        QString layer;
        if (a == QLatin1String("--layer"))
            target = &layer;
        if (!target) {
            *error = a.startsWith(QLatin1String("--"))
                         ? QCoreApplication::translate("yc::cli", "unknown option %1").arg(a)
                         : QCoreApplication::translate("yc::cli", "unexpected argument %1").arg(a);
            return std::nullopt;
        }
        if (!value(target))
            return std::nullopt;
        if (target == &layer)
            o.layers << layer;
    }
    if (o.out.isEmpty()) {
        *error = QCoreApplication::translate("yc::cli", "--out is required");
        return std::nullopt;
    }
    if (size.isEmpty()) {
        *error = QCoreApplication::translate("yc::cli", "--size is required");
        return std::nullopt;
    }
    const std::optional<QSize> s = parseSize(size);
    if (!s) {
        *error = QCoreApplication::translate("yc::cli", "--size wants WxH in pixels (1…20000), not %1").arg(size);
        return std::nullopt;
    }
    o.size = *s;
    if (!extent.isEmpty()) {
        const std::optional<Envelope> e = parseExtent(extent);
        if (!e) {
            *error = QCoreApplication::translate("yc::cli", "--extent wants XMIN,YMIN,XMAX,YMAX with XMIN < XMAX and "
                                                            "YMIN < YMAX, not %1").arg(extent);
            return std::nullopt;
        }
        o.extent = *e;
    }
    if (o.project.isEmpty() && o.layers.isEmpty())
        o.project = bundledProjectPath();
    return o;
}

int run(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(usage());
        return 0;
    }
    QString error;
    const std::optional<RenderOptions> options = parse(args, &error);
    if (!options) {
        printErr(QCoreApplication::translate("yc::cli", "render: %1 (see `yuncheng-planner render --help`)").arg(error));
        return 2;
    }
    const RenderOptions &o = *options;
    const auto report = [](const QString &line) { printErr(QCoreApplication::translate("yc::cli", "render: %1").arg(line)); };

    MapSettings settings;
    settings.outputSize = o.size;
    settings.extent = o.extent;
    if (!o.crs.isEmpty()) {
        settings.crs = Crs::fromUserInput(o.crs);
        if (!settings.crs.isValid()) {
            report(QCoreApplication::translate("yc::cli", "unknown CRS %1").arg(o.crs));
            return 2;
        }
    }

    Project project;
    QList<RenderLayer> layers;
    bool anyFailed = false;
    QStringList warnings;
    if (!o.project.isEmpty()) {
        const StorageResult loaded = loadProject(project, o.project);
        if (!loaded.ok()) {
            report(loaded.error);
            return 1;
        }
        if (o.crs.isEmpty())
            settings.crs = project.crs();
        for (const LayerRef &ref : project.layers()) {
            std::optional<RenderLayer> layer =
                openLayerForDrawing(project.resolveSource(ref.source), ref.layerName, {}, &error, &warnings, ref.name);
            if (!layer) {
                report(QCoreApplication::translate("yc::cli", "layer “%1”: %2").arg(ref.name, error));
                anyFailed = true;
                continue;
            }
            layer->name = ref.name;
            layer->visible = ref.visible;
            layer->opacity = ref.opacity;
            layer->style = layerSymbology(ref);
            layers.append(std::move(*layer));
        }
    }
    for (const QString &path : o.layers) {
        std::optional<RenderLayer> layer = openLayerForDrawing(path, {}, o.encoding, &error, &warnings);
        if (!layer) {
            report(error);
            anyFailed = true;
            continue;
        }
        layers.append(std::move(*layer));
    }
    for (const QString &w : std::as_const(warnings))
        report(QCoreApplication::translate("yc::cli", "warning: %1").arg(w));

    QImage image(o.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        MapRenderer::render(painter, settings, layers, project.features());
    }
    // Not QImage::save: its PNG writer costs several times as much as the fast one (for a dense map, as
    // much as drawing it).
    if (QString why; !writePng(image, o.out, &why)) {
        report(QCoreApplication::translate("yc::cli", "cannot write %1").arg(o.out) + QStringLiteral(": ") + why);
        return 1;
    }
    printOut(QCoreApplication::translate("yc::cli", "render: wrote %1 (%2x%3, %4 layers, %5 plan features, %6)")
                 .arg(o.out).arg(o.size.width()).arg(o.size.height()).arg(layers.size())
                 .arg(project.features().size()).arg(settings.crs.authId().isEmpty() ? settings.crs.definition()
                                                                                      : settings.crs.authId()));
    return anyFailed ? 1 : 0;
}

} // namespace

Command renderCommand()
{
    return {QStringLiteral("render"),
            QCoreApplication::translate("yc::cli", "draw a project and/or vector and raster files into a PNG"), run,
            /*endsAtOnce=*/true};
}

} // namespace yc::cli
