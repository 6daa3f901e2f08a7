// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/export_command.h"

#include "bundled_data.h"
#include "cli/layer_files.h"
#include "i18n.h"
#include "io/vector_data.h"
#include "layout/layout_json.h"
#include "layout/layout_renderer.h"
#include "layout/pdf_export.h"
#include "plan/layer_commands.h"
#include "plan/project.h"
#include "storage/project_store_interface.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace yc::cli {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(yc::cli)
};

struct ExportOptions {
    QString project;
    QStringList layers;   ///< --layer files drawn over the project's layers
    QString out;
    QString layoutName;   ///< --layout: a built-in layout or a template saved in the project
    LayoutSettings layout;
    bool atlas = false;
    QString language = QStringLiteral("zh_CN");
};

QString usage()
{
    return CliText::tr("Usage: yuncheng-planner export --out map.pdf [--project P] [--page A3] [--orientation landscape]\n"
              "                               [--dpi 300] [--title T] [--subtitle T] [--section N]\n"
              "                               [--extent xmin,ymin,xmax,ymax] [--scale N] [--crs CRS]\n"
              "                               [--layout NAME] [--target-chart] [--atlas sections] [--lang zh_CN|en]\n"
              "                               [--layer FILE]…\n"
              "\n"
              "Prints a project as a vector PDF with real, searchable text and a georeferenced map frame.\n"
              "\n"
              "  --project P       project file (default: the bundled Yuncheng project, unless --layer is given)\n"
              "  --layer FILE      a vector or raster file drawn over the project's layers; repeatable\n"
              "  --out PATH        the PDF to write; with --atlas, a folder or a name containing {section}\n"
              "                    writes one file per section\n"
              "  --page SIZE       A4, A3, A2, A1, A0 or WIDTHxHEIGHT in millimetres (default A3)\n"
              "  --orientation O   landscape or portrait (default landscape)\n"
              "  --dpi N           resolution of the PDF's drawing grid, 72 to 1200 (default 300)\n"
              "  --title T, --subtitle T   texts of the title band (default: project title, section title)\n"
              "  --section N       only the features linked to report section N, zoomed to them\n"
              "  --extent X0,Y0,X1,Y1   map extent in the map CRS (default: the features shown)\n"
              "  --scale N         fixed scale 1:N (e.g. 250000) around the extent's centre\n"
              "  --crs CRS         map CRS, e.g. EPSG:4546 or EPSG:4490 (default: the project's)\n"
              "  --layout NAME     a layout template saved in the project (the print layout designer saves them),\n"
              "                    or standard (legend, chart, overview, excerpts) or map (default standard);\n"
              "                    the other options override the template's settings\n"
              "  --target-chart    the report targets chart in the side panel (standard layout)\n"
              "  --atlas sections  one page per report section that has features\n"
              "  --lang L          language of the page's own texts: zh_CN or en (default zh_CN)");
}

/// The options in `args` applied over `base` (the defaults, or a saved template's settings).
std::optional<ExportOptions> parse(const QStringList &args, const LayoutSettings &base, QString *error)
{
    ExportOptions o;
    o.layout = base;
    bool sectionGiven = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString v;
        const auto value = [&]() { return takeOptionValue(args, i, &v, error); };
        const auto bad = [&](const QString &why) {
            *error = QStringLiteral("%1 %2: %3").arg(a, v, why);
            return std::nullopt;
        };
        if (a == QLatin1String("--project")) {
            if (!value()) return std::nullopt;
            o.project = v;
        } else if (a == QLatin1String("--layer")) {
            if (!value()) return std::nullopt;
            o.layers << v;
        } else if (a == QLatin1String("--out")) {
            if (!value()) return std::nullopt;
            o.out = v;
        } else if (a == QLatin1String("--page")) {
            if (!value()) return std::nullopt;
            const std::optional<QPageSize> size = PageSetup::sizeFromName(v);
            if (!size)
                return bad(CliText::tr("expected A4…A0 or WIDTHxHEIGHT in millimetres"));
            o.layout.page.size = *size;
        } else if (a == QLatin1String("--orientation")) {
            if (!value()) return std::nullopt;
            if (v == QLatin1String("landscape"))
                o.layout.page.orientation = QPageLayout::Landscape;
            else if (v == QLatin1String("portrait"))
                o.layout.page.orientation = QPageLayout::Portrait;
            else
                return bad(CliText::tr("expected landscape or portrait"));
        } else if (a == QLatin1String("--dpi")) {
            if (!value()) return std::nullopt;
            bool ok = false;
            o.layout.dpi = v.toInt(&ok);
            if (!ok || o.layout.dpi < 72 || o.layout.dpi > 1200)
                return bad(CliText::tr("expected a number from 72 to 1200"));
        } else if (a == QLatin1String("--title")) {
            if (!value()) return std::nullopt;
            o.layout.title = v;
        } else if (a == QLatin1String("--subtitle")) {
            if (!value()) return std::nullopt;
            o.layout.subtitle = v;
        } else if (a == QLatin1String("--section")) {
            if (!value()) return std::nullopt;
            bool ok = false;
            o.layout.section = v.toInt(&ok);
            if (!ok || o.layout.section <= 0)
                return bad(CliText::tr("expected a section number such as 4"));
            sectionGiven = true;
        } else if (a == QLatin1String("--extent")) {
            if (!value()) return std::nullopt;
            const QStringList parts = v.split(QLatin1Char(','));
            QList<double> n;
            for (const QString &p : parts) {
                bool ok = false;
                n << p.trimmed().toDouble(&ok);
                if (!ok)
                    return bad(CliText::tr("expected four numbers xmin,ymin,xmax,ymax"));
            }
            if (n.size() != 4 || !(n[0] < n[2] && n[1] < n[3]))
                return bad(CliText::tr("expected four numbers xmin,ymin,xmax,ymax with xmin < xmax and ymin < ymax"));
            o.layout.extent = Envelope::of(n[0], n[1], n[2], n[3]);
        } else if (a == QLatin1String("--scale")) {
            if (!value()) return std::nullopt;
            QString s = v;
            s.remove(QLatin1String("1:")).remove(QLatin1Char(','));
            bool ok = false;
            o.layout.scaleDenominator = s.toDouble(&ok);
            if (!ok || o.layout.scaleDenominator < 100)
                return bad(CliText::tr("expected a scale such as 250000 or 1:250000"));
        } else if (a == QLatin1String("--crs")) {
            if (!value()) return std::nullopt;
            o.layout.crs = Crs::fromUserInput(v);
            if (!o.layout.crs.isValid())
                return bad(CliText::tr("PROJ does not know this CRS"));
        } else if (a == QLatin1String("--layout")) {
            if (!value()) return std::nullopt;
            o.layoutName = v;   // resolved once the project is loaded (resolveLayout)
        } else if (a == QLatin1String("--target-chart")) {
            o.layout.targetChart = true;
        } else if (a == QLatin1String("--atlas")) {
            if (!value()) return std::nullopt;
            if (v != QLatin1String("sections"))
                return bad(CliText::tr("the only atlas is: sections"));
            o.atlas = true;
        } else if (a == QLatin1String("--lang")) {
            if (!value()) return std::nullopt;
            if (!i18n::supportedLanguages().contains(v))
                return bad(CliText::tr("expected zh_CN or en"));
            o.language = v;
        } else {
            *error = CliText::tr("unknown argument %1").arg(a);
            return std::nullopt;
        }
    }
    if (o.out.isEmpty()) {
        *error = CliText::tr("--out is required");
        return std::nullopt;
    }
    if (o.atlas && sectionGiven) {
        *error = CliText::tr("--atlas and --section exclude each other");
        return std::nullopt;
    }
    return o;
}

/// Applies `--layout NAME`: the project's saved template of that name (its settings, overridden by the other
/// options, and its page notes), else a built-in layout. False with `error` listing the choices otherwise.
bool resolveLayout(const QStringList &args, const Project &project, ExportOptions &o, QString *error)
{
    if (o.layoutName.isEmpty())
        return true;
    const QMap<QString, QString> &templates = project.layoutTemplates();
    if (templates.contains(o.layoutName)) {
        const QString name = o.layoutName;
        std::optional<LayoutSettings> base = layoutFromJson(templates.value(name).toUtf8(), error);
        if (!base) {
            *error = CliText::tr("the layout template “%1” cannot be read: %2").arg(name, *error);
            return false;
        }
        base->layoutName = name;   // its page notes come with it
        std::optional<ExportOptions> reparsed = parse(args, *base, error);
        if (!reparsed)
            return false;
        o = std::move(*reparsed);
        return true;
    }
    if (const std::optional<LayoutKind> kind = layoutFromName(o.layoutName)) {
        o.layout.kind = *kind;
        return true;
    }
    const QString saved = templates.isEmpty() ? CliText::tr("none") : templates.keys().join(QLatin1String(", "));
    *error = CliText::tr("--layout %1: no such layout. Built-in layouts: %2; templates saved in the project: %3")
                 .arg(o.layoutName, layoutNames().join(QLatin1String(", ")), saved);
    return false;
}

/// Where one section's file goes when an atlas is written as separate files; empty for one multi-page PDF.
QString perSectionPath(const QString &out, int section)
{
    if (out.contains(QLatin1String("{section}")))
        return QString(out).replace(QLatin1String("{section}"), QString::number(section));
    if (QFileInfo(out).isDir() || out.endsWith(QLatin1Char('/')))
        return QDir(out).filePath(QStringLiteral("section-%1.pdf").arg(section));
    return {};
}

int run(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(usage());
        return 0;
    }
    QString error;
    std::optional<ExportOptions> parsed = parse(args, LayoutSettings(), &error);
    if (!parsed) {
        printErr(CliText::tr("export: %1 (see `yuncheng-planner export --help`)").arg(error));
        return 2;
    }
    i18n::installTranslations(parsed->language);
    QElapsedTimer timer;
    timer.start();

    Project project;
    // --layer files alone print just those files (an empty project); otherwise the project is the base.
    if (!parsed->project.isEmpty() || parsed->layers.isEmpty()) {
        const QString projectPath = parsed->project.isEmpty() ? bundledProjectPath() : parsed->project;
        const StorageResult loaded = loadProject(project, projectPath);
        if (!loaded.ok()) {
            printErr(CliText::tr("export: %1").arg(loaded.error));
            return 1;
        }
    }
    if (!resolveLayout(args, project, *parsed, &error)) {
        printErr(CliText::tr("export: %1").arg(error));
        return 2;
    }
    const ExportOptions &o = *parsed;
    printErr(CliText::tr("export: reading %1 base layers").arg(project.layers().size()));
    QList<RenderLayer> layers;
    for (const LayerRef &ref : project.layers()) {
        VectorReadOptions options;
        options.layerName = ref.layerName;
        std::optional<VectorData> data = readVectorLayer(project.resolveSource(ref.source), options, &error);
        if (!data) {
            printErr(CliText::tr("export: skipping layer “%1”: %2").arg(ref.name, error));
            continue;
        }
        RenderLayer layer{std::make_shared<const VectorData>(std::move(*data)), ref.name, ref.visible, ref.opacity};
        layer.style = layerSymbology(ref);
        layers.append(std::move(layer));
    }
    for (const QString &path : o.layers) {
        printErr(CliText::tr("export: reading %1").arg(QDir::toNativeSeparators(path)));
        QStringList warnings;
        // A big layer is streamed: read once while it is drawn, geometry only.
        std::optional<RenderLayer> layer = openLayerForDrawing(path, {}, {}, &error, &warnings);
        for (const QString &w : std::as_const(warnings))
            printErr(CliText::tr("export: %1").arg(w));
        if (!layer) {
            printErr(CliText::tr("export: cannot read %1: %2").arg(QDir::toNativeSeparators(path), error));
            return 1;
        }
        layers.append(std::move(*layer));
    }

    Feedback feedback;
    int last = -1;
    QString prefix;
    feedback.setProgressCallback([&](int percent, const QString &step) {
        if (percent == last)
            return;
        last = percent;
        printErr(QStringLiteral("export: %1%2% %3").arg(prefix).arg(percent).arg(step));
    });

    QStringList written;
    ExportResult result = ExportResult::Ok;
    if (o.atlas && !perSectionPath(o.out, 0).isEmpty()) {
        QDir().mkpath(QFileInfo(perSectionPath(o.out, 0)).absolutePath());
        for (int section : sectionsWithFeatures(project)) {
            LayoutSettings s = o.layout;
            s.section = section;
            prefix = CliText::tr("section %1: ").arg(section);
            Feedback pageFeedback;
            pageFeedback.setProgressCallback([&](int percent, const QString &step) {
                printErr(QStringLiteral("export: %1%2% %3").arg(prefix).arg(percent).arg(step));
            });
            const QString path = perSectionPath(o.out, section);
            result = exportPdf(project, layers, s, path, &pageFeedback);
            if (result != ExportResult::Ok)
                break;
            written << path;
        }
    } else if (o.atlas) {
        result = exportAtlas(project, layers, o.layout, sectionsWithFeatures(project), o.out, &feedback);
        written << o.out;
    } else {
        result = exportPdf(project, layers, o.layout, o.out, &feedback);
        written << o.out;
    }
    if (result != ExportResult::Ok) {
        printErr(CliText::tr("export: %1").arg(describe(result)));
        return 1;
    }
    for (const QString &path : std::as_const(written))
        printOut(CliText::tr("export: wrote %1 (%2 KB) in %3 s")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(QFileInfo(path).size() / 1024)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 2));
    return 0;
}

} // namespace

Command exportCommand()
{
    return {QStringLiteral("export"),
            QCoreApplication::translate("yc::cli", "print a project as a georeferenced vector PDF (one page or an atlas)"),
            run};
}

} // namespace yc::cli
