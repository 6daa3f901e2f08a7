// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/publish_command.h"

#include "bundled_data.h"
#include "plan/project.h"
#include "storage/postgis_project_store.h"
#include "storage/project_store_interface.h"

#include <QCoreApplication>

namespace yc::cli {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct PublishText {
    Q_DECLARE_TR_FUNCTIONS(yc::cli)
};

QString usage()
{
    return PublishText::tr(
        "Usage: yuncheng-planner publish [--project P] --to postgresql://[USER@]HOST[:PORT]/DB?schema=NAME [--replace]\n"
        "\n"
        "Copies a project into a PostgreSQL/PostGIS database, one schema per project, so that several planners\n"
        "can open and edit it at the same time (`yuncheng-planner postgresql://…` opens it).\n"
        "\n"
        "  --project P  the project to copy: a .gpkg file or another postgresql:// URI (default: the bundled one)\n"
        "  --to URI     where to put it; ?schema=NAME is required, other parameters (sslmode, sslrootcert…) go\n"
        "               to libpq as they are\n"
        "  --replace    drop the schema first if it already exists (default: refuse)\n"
        "\n"
        "Passwords are never taken from the URI: libpq reads PGPASSWORD, ~/.pgpass (PGPASSFILE) or a service\n"
        "file (PGSERVICE / ?service=NAME).");
}

int run(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(usage());
        return 0;
    }
    QString project;
    QString to;
    bool replace = false;
    QString error;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString *target = a == QLatin1String("--project") ? &project : a == QLatin1String("--to") ? &to : nullptr;
        if (a == QLatin1String("--replace")) {
            replace = true;
            continue;
        }
        if (!target) {
            error = a.startsWith(QLatin1String("--")) ? PublishText::tr("unknown option %1").arg(a)
                                                      : PublishText::tr("unexpected argument %1").arg(a);
            break;
        }
        if (!takeOptionValue(args, i, target, &error))
            break;
    }
    if (error.isEmpty() && to.isEmpty())
        error = PublishText::tr("--to is required");
    if (error.isEmpty() && !isDatabaseLocation(to))
        error = PublishText::tr("--to wants a postgresql:// URI, not %1").arg(to);
    if (!error.isEmpty()) {
        printErr(PublishText::tr("publish: %1 (see `yuncheng-planner publish --help`)").arg(error));
        return 2;
    }
    if (project.isEmpty())
        project = bundledProjectPath();

    const auto source = makeProjectStore(project, &error);
    auto target = source ? makeProjectStore(to, &error) : nullptr;
    if (!target) {
        printErr(PublishText::tr("publish: %1").arg(error));
        return 2;
    }
    if (auto *postgis = dynamic_cast<PostgisProjectStore *>(target.get()))
        postgis->setReplaceExisting(replace);
    Project p;
    if (const StorageResult loaded = source->load(p); !loaded.ok()) {
        printErr(PublishText::tr("publish: %1").arg(loaded.error));
        return 1;
    }
    if (const StorageResult saved = target->saveAs(p); !saved.ok()) {
        printErr(PublishText::tr("publish: %1").arg(saved.error));
        return 1;
    }
    printOut(PublishText::tr("publish: copied \"%1\" (%2 features, %3 layers) to %4")
                 .arg(p.title()).arg(p.features().size()).arg(p.layers().size()).arg(target->location()));
    return 0;
}

} // namespace

Command publishCommand()
{
    return {QStringLiteral("publish"), PublishText::tr("copy a project into PostgreSQL/PostGIS for team editing"),
            run};
}

} // namespace yc::cli
