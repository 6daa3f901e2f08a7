// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/new_command.h"

#include "io/vector_data.h"
#include "plan/project.h"
#include "storage/plan_seed.h"
#include "storage/project_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <array>
#include <utility>

namespace yc::cli {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(yc::cli)
};

/// Layers of the bundled base map, bottom first, with the names shown in the layer tree.
/// Names are Chinese like the rest of the bundled project's content.
constexpr std::array kBaseLayerOrder = {
    std::pair{"neighbour_counties", "周边县市"},
    std::pair{"counties", "县（市、区）"},
    std::pair{"city_outline", "运城市界"},
    std::pair{"lakes", "湖泊"},
    std::pair{"rivers", "河流"},
    std::pair{"county_seats", "县城"},
};

LayerRef layerRef(const QString &name, const QString &source, const QString &layerName)
{
    LayerRef l;
    l.name = name;
    l.source = source;
    l.layerName = layerName;
    return l;
}

/// The vector layers of `base` as LayerRefs relative to `projectDir`: known layers in draw order,
/// any others after them in the file's order.
std::optional<QList<LayerRef>> baseLayers(const QString &base, const QDir &projectDir, QString *error)
{
    const QStringList names = vectorLayerNames(base, error);
    if (names.isEmpty()) {
        if (error->isEmpty())
            *error = CliText::tr("%1 has no vector layers").arg(QDir::toNativeSeparators(base));
        return std::nullopt;
    }
    const QString source = projectDir.relativeFilePath(QFileInfo(base).absoluteFilePath());
    QList<LayerRef> layers;
    QSet<QString> known;
    for (const auto &[layerName, shown] : kBaseLayerOrder) {
        const QString name = QLatin1String(layerName);
        known.insert(name);
        if (names.contains(name))
            layers.append(layerRef(QString::fromUtf8(shown), source, name));
    }
    for (const QString &name : names)
        if (!known.contains(name))
            layers.append(layerRef(name, source, name));
    return layers;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Builds a project file from the report text, a plan seed and base maps."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    const QCommandLineOption report(QStringLiteral("report"), CliText::tr("The report text (UTF-8)."), CliText::tr("REPORT.txt"));
    const QCommandLineOption plan(QStringLiteral("plan"), CliText::tr("The plan seed (yuncheng-plan-seed/1 JSON)."),
                                  CliText::tr("PLAN.json"));
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The project file to write."), CliText::tr("PROJECT.gpkg"));
    const QCommandLineOption base(QStringLiteral("base"),
                                  CliText::tr("A GeoPackage whose vector layers become base layers (repeatable)."),
                                  CliText::tr("BASE.gpkg"));
    parser.addOptions({help, report, plan, out, base});

    const QString usage = CliText::tr("Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg "
                             "[--base BASE.gpkg]...");
    if (!parser.parse(QStringList{QStringLiteral("new")} + args)) {
        printErr(parser.errorText());
        printErr(usage);
        return 2;
    }
    if (parser.isSet(help)) {
        printOut(usage + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(CliText::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    for (const QCommandLineOption *o : {&report, &plan, &out}) {
        if (!parser.isSet(*o)) {
            printErr(CliText::tr("Missing --%1").arg(o->names().constFirst()));
            printErr(usage);
            return 2;
        }
    }

    const QString outPath = QFileInfo(parser.value(out)).absoluteFilePath();
    const QDir projectDir = QFileInfo(outPath).absoluteDir();
    QList<LayerRef> layers;
    for (const QString &b : parser.values(base)) {
        QString error;
        const auto some = baseLayers(b, projectDir, &error);
        if (!some) {
            printErr(error);
            return 1;
        }
        layers += *some;
    }

    Project project;
    QString error;
    if (!buildProjectFromSeeds(project, parser.value(report), parser.value(plan), layers, &error)) {
        printErr(error);
        return 1;
    }
    if (const StorageResult saved = GeoPackageProjectStore::save(project, outPath); !saved.ok()) {
        printErr(saved.error);
        return 1;
    }

    int byDimension[3] = {};
    QSet<QString> sentences;
    QSet<QString> targets;
    for (const PlanFeature &f : project.features()) {
        if (const int d = f.geometry.dimension(); d >= 0)
            ++byDimension[d];
        for (const QString &s : f.sentenceIds)
            sentences.insert(s);
        for (const QString &t : f.targetIds)
            targets.insert(t);
    }
    printOut(CliText::tr("Wrote %1").arg(QDir::toNativeSeparators(outPath)));
    printOut(CliText::tr("  features: %1 (%2 points, %3 lines, %4 areas)")
                 .arg(project.features().size()).arg(byDimension[0]).arg(byDimension[1]).arg(byDimension[2]));
    printOut(CliText::tr("  sentences linked: %1 of %2").arg(sentences.size()).arg(project.report().allSentences().size()));
    printOut(CliText::tr("  targets linked: %1 of %2").arg(targets.size()).arg(project.targets().size()));
    printOut(CliText::tr("  base layers: %1").arg(layers.size()));
    return 0;
}

} // namespace

Command newCommand()
{
    return {QStringLiteral("new"), CliText::tr("build a project file from the report, a plan seed and base maps"), run};
}

} // namespace yc::cli
