// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and saving the bundled project through the PostGIS store, beside opening it from its GeoPackage,
// in-process (the store calls the app's worker runs). Needs a server in the PG* environment variables, e.g.
//   tests/pg/start-server.sh /tmp/pgs && set -a && . /tmp/pgs/connection.env && set +a
//   build/dev/tests/benchmarks/yc_postgis_store_benchmark [runs]; tests/pg/stop-server.sh /tmp/pgs
#include "plan/plan_commands.h"
#include "plan/project.h"
#include "process_timing.h"
#include "storage/postgis_project_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>

using namespace yc;

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// Runs `step` `runs` times; prints the median wall and client CPU time in milliseconds.
bool measure(const char *what, int runs, const std::function<bool()> &step)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = cpuSeconds();
        timer.start();
        if (!step())
            return false;
        wall << double(timer.nsecsElapsed()) * 1e-6;
        cpu << (cpuSeconds() - cpuBefore) * 1e3;
    }
    printf("%-52s %9.1f ms wall %9.1f ms CPU (client)\n", what, bench::median(wall), bench::median(cpu));
    return true;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QString gpkg = QStringLiteral(YC_SOURCE_DIR "/maps/yuncheng.gpkg");
    const QString uri = QStringLiteral("postgresql:///%1?schema=bench_store").arg(qEnvironmentVariable("PGDATABASE"));
    QString error;
    const auto location = parsePostgisUri(uri, &error);
    if (!location) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printf("bundled project, median of %d, load average %s\n", runs, qPrintable(loadAverage()));
    const auto fail = [](const QString &e) {
        fprintf(stderr, "%s\n", qPrintable(e));
        return false;
    };

    bool ok = measure("open from GeoPackage", runs, [&]() {
        Project p;
        const StorageResult r = GeoPackageProjectStore::load(p, gpkg);
        return r.ok() || fail(r.error);
    });
    Project original;
    ok = ok && GeoPackageProjectStore::load(original, gpkg).ok();
    ok = ok && measure("publish to PostGIS (saveAs, replacing the schema)", runs, [&]() {
        PostgisProjectStore store(*location);
        store.setReplaceExisting(true);
        const StorageResult r = store.saveAs(original);
        return r.ok() || fail(r.error);
    });
    ok = ok && measure("open from PostGIS (fetch + adopt)", runs, [&]() {
        Project p;
        PostgisProjectStore store(*location);
        const StorageResult r = store.load(p);
        return r.ok() || fail(r.error);
    });
    Project shared;
    PostgisProjectStore store(*location);
    ok = ok && store.load(shared).ok();
    int round = 0;
    ok = ok && measure("save one changed feature (status)", runs, [&]() {
        const QString id = shared.features().at(round++ % shared.features().size()).id;
        shared.undoStack()->push(new ChangeStatusCommand(shared, id, Status::Completed, QDate(2025, 1, 1), {}));
        const SaveResult r = store.save(shared);
        return r.ok() || fail(r.error);
    });
    ok = ok && measure("save with nothing changed", runs, [&]() {
        const SaveResult r = store.save(shared);
        return r.ok() || fail(r.error);
    });
    return ok ? 0 : 1;
}
