// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/targets_command.h"

#include "plan/project.h"
#include "plan/target_commands.h"
#include "plan/target_progress.h"
#include "storage/project_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace yc::cli {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(yc::cli)
};

QString number(double v) { return QString::number(v, 'g', 12); }

QJsonObject progressJson(const TargetProgress &p)
{
    QJsonObject o{{QStringLiteral("id"), p.targetId},         {QStringLiteral("sentence"), p.sentenceId},
                  {QStringLiteral("phrase"), p.phrase},        {QStringLiteral("measure"), p.measure},
                  {QStringLiteral("target"), p.target},        {QStringLiteral("unit"), p.unit},
                  {QStringLiteral("records"), p.recordCount}};
    if (p.upperTarget)
        o.insert(QStringLiteral("upper_target"), *p.upperTarget);
    if (p.latest) {
        o.insert(QStringLiteral("current"), p.latest->value);
        o.insert(QStringLiteral("as_of"), p.latest->date.toString(Qt::ISODate));
        o.insert(QStringLiteral("user"), p.latest->user);
        o.insert(QStringLiteral("note"), p.latest->note);
    }
    if (const auto f = p.fraction())
        o.insert(QStringLiteral("achieved"), *f);
    return o;
}

QString progressLine(const TargetProgress &p)
{
    QString current = QStringLiteral("—");
    if (p.latest) {
        current = QStringLiteral("%1 %2").arg(number(p.latest->value), p.unit);
        if (const auto f = p.fraction())
            current += QStringLiteral(" (%1%)").arg(QString::number(*f * 100.0, 'f', 0));
        current += CliText::tr(" as of %1").arg(p.latest->date.toString(Qt::ISODate));
    }
    const QString promised = p.upperTarget ? number(p.target) + QStringLiteral("–") + number(*p.upperTarget)
                                           : number(p.target);
    return QStringLiteral("%1\t%2\t%3 %4\t%5").arg(p.targetId, p.phrase, promised, p.unit, current);
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print one JSON document."));
    const QCommandLineOption target(QStringLiteral("target"), CliText::tr("The target to record a value for, e.g. 5.2.5#3."),
                                    CliText::tr("ID"));
    const QCommandLineOption value(QStringLiteral("value"), CliText::tr("The current value, in the target's unit."),
                                   CliText::tr("NUMBER"));
    const QCommandLineOption date(QStringLiteral("date"), CliText::tr("The day the value refers to (default: today)."),
                                  CliText::tr("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"), CliText::tr("Where the figure comes from."), CliText::tr("TEXT"));
    parser.addOptions({help, json, target, value, date, note});
    parser.addPositionalArgument(QStringLiteral("project"), CliText::tr("The project file."), CliText::tr("PROJECT.gpkg"));

    const QString usage = CliText::tr("Usage: yuncheng-planner targets PROJECT.gpkg [--json] "
                                      "[--target ID --value NUMBER [--date YYYY-MM-DD] [--note TEXT]]");
    if (!parser.parse(QStringList{QStringLiteral("targets")} + args)) {
        printErr(parser.errorText());
        printErr(usage);
        return 2;
    }
    if (parser.isSet(help)) {
        printOut(usage + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(usage);
        return 2;
    }
    if (parser.isSet(target) != parser.isSet(value)) {
        printErr(CliText::tr("--target and --value go together"));
        return 2;
    }
    bool numberOk = false;
    const double newValue = parser.isSet(value) ? parser.value(value).toDouble(&numberOk) : 0;
    if (parser.isSet(value) && (!numberOk || !std::isfinite(newValue))) {
        printErr(CliText::tr("--value %1 is not a number").arg(parser.value(value)));
        return 2;
    }
    const QDate when = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (!when.isValid()) {
        printErr(CliText::tr("--date %1 is not a date like 2024-06-30").arg(parser.value(date)));
        return 2;
    }

    const QString path = parser.positionalArguments().constFirst();
    Project project;
    if (const StorageResult loaded = GeoPackageProjectStore::load(project, path); !loaded.ok()) {
        printErr(loaded.error);
        return 1;
    }
    if (parser.isSet(target)) {
        const QString id = parser.value(target);
        if (!project.target(id)) {
            printErr(CliText::tr("%1 has no target %2 (see the list: yuncheng-planner targets %1)")
                         .arg(QDir::toNativeSeparators(path), id));
            return 1;
        }
        project.undoStack()->push(new RecordTargetValueCommand(project, id, newValue, when, parser.value(note)));
        if (const StorageResult saved = GeoPackageProjectStore::save(project, path); !saved.ok()) {
            printErr(saved.error);
            return 1;
        }
    }

    const QList<TargetProgress> progress = targetProgress(project.targets(), project.targetValues());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const TargetProgress &p : progress)
            list.append(progressJson(p));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("targets"), list}}).toJson()));
    } else {
        for (const TargetProgress &p : progress)
            printOut(progressLine(p));
    }
    return 0;
}

} // namespace

Command targetsCommand()
{
    return {QStringLiteral("targets"), CliText::tr("list the report's targets with their current values, or record one"),
            run};
}

} // namespace yc::cli
