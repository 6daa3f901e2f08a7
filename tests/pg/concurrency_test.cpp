// SPDX-License-Identifier: GPL-3.0-or-later
// 20 planners (threads, each with its own connection) make 100 random edits each on one PostGIS project.
// Afterwards the project must equal what replaying the server's change log gives, every feature's versions
// must follow each other without a gap (each write was based on the one before: no lost update), and every
// save a client was told had succeeded must be in the log exactly as that client wrote it.
#include "pg/team_project.h"
#include "plan/plan_commands.h"
#include "storage/feature_json.h"

#include <QMap>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>

using namespace yc;
using namespace yc::test;

namespace {

constexpr int kClients = 20;
constexpr int kEditsPerClient = 100;
constexpr int kFeatures = 12;

struct Acknowledged {
    QString id;
    int version = 0;
    PlanFeature feature;
};

struct ClientOutcome {
    QList<Acknowledged> acknowledged;
    int conflicts = 0;
    QString error;
};

/// One random edit: a new name, a moved point or a status change (through the undo stack, as in the app).
void randomEdit(Project &project, std::mt19937 &rng, int client, int n)
{
    const QString id = QStringLiteral("f%1").arg(int(rng() % kFeatures));
    PlanFeature f = *project.feature(id);
    switch (rng() % 3) {
    case 0:
        f.nameZh = QString::fromUtf8("客户%1 第%2次").arg(client).arg(n);
        project.putFeature(f);
        project.undoStack()->resetClean();
        break;
    case 1: {
        const QPointF p = f.geometry.parts.first().first().first();
        f.geometry = Geometry::point(p + QPointF(0.0001 * (int(rng() % 21) - 10), 0.0001 * (int(rng() % 21) - 10)));
        project.putFeature(f);
        project.undoStack()->resetClean();
        break;
    }
    default:
        project.undoStack()->push(new ChangeStatusCommand(project, id, allStatuses().at(int(rng() % 5)),
                                                          QDate(2024, 1 + int(rng() % 12), 1),
                                                          QStringLiteral("client %1 edit %2").arg(client).arg(n)));
    }
}

ClientOutcome runClient(const QString &uri, int client)
{
    ClientOutcome out;
    Client c(uri);
    if (!c.open()) {
        out.error = QStringLiteral("client %1 cannot open the project").arg(client);
        return out;
    }
    std::mt19937 rng(1000 + client);
    for (int n = 0; n < kEditsPerClient; ++n) {
        randomEdit(*c.project, rng, client, n);
        // Save until nothing is pending; conflicts are resolved at random, as planners would.
        for (int attempt = 0; attempt < 50; ++attempt) {
            const SaveResult r = c.store->save(*c.project);
            if (!r.error.isEmpty()) {
                out.error = r.error;
                return out;
            }
            for (const QString &id : r.saved)
                out.acknowledged.append({id, c.store->baseVersion(id), *c.project->feature(id)});
            if (r.conflicts.isEmpty())
                break;
            for (const FeatureConflict &conflict : r.conflicts) {
                ++out.conflicts;
                if (rng() % 2)
                    c.store->keepMine(conflict);
                else
                    c.store->takeTheirs(*c.project, conflict);
            }
        }
        if (rng() % 4 == 0) {
            QString error;
            if (!c.store->pull(*c.project, &error)) {
                out.error = error;
                return out;
            }
        }
    }
    return out;
}

class ConcurrencyTest : public PgTest {};

TEST_F(ConcurrencyTest, TwentyClientsLoseNoUpdate)
{
    const QString uri = publishSmallProject(kFeatures, QStringLiteral("concurrency"));
    std::vector<ClientOutcome> outcomes(kClients);
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i)
        threads.emplace_back([&, i]() { outcomes[size_t(i)] = runClient(uri, i); });
    for (std::thread &t : threads)
        t.join();

    int conflicts = 0;
    QList<Acknowledged> acknowledged;
    for (const ClientOutcome &o : outcomes) {
        ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
        conflicts += o.conflicts;
        acknowledged += o.acknowledged;
    }
    std::printf("concurrency: %d clients x %d edits: %lld saves acknowledged, %d conflicts resolved\n", kClients,
                kEditsPerClient, static_cast<long long>(acknowledged.size()), conflicts);
    EXPECT_GT(conflicts, 0);   // with 20 clients on 12 features they do meet

    // Replay the server's log.
    auto store = postgisStore(uri);
    pg::Connection db(QStringLiteral("postgresql:///") + qEnvironmentVariable("PGDATABASE"));
    QString error;
    ASSERT_TRUE(db.open(&error)) << error.toStdString();
    const auto log = db.exec(QStringLiteral("SELECT feature_id, version, operation, feature::text, base_version FROM "
                                            "%1.change_log "
                                            "ORDER BY seq").arg(db.quoteIdentifier(store->schema())), {}, &error);
    ASSERT_TRUE(log) << error.toStdString();
    QMap<QString, std::pair<int, PlanFeature>> replayed;
    QMap<std::pair<QString, int>, PlanFeature> logged;
    int updates = 0;
    for (int r = 0; r < log->count(); ++r) {
        const QString id = log->value(r, 0);
        const int version = log->integer(r, 1);
        const auto f = featureFromJson(log->bytes(r, 3), &error);
        ASSERT_TRUE(f) << error.toStdString();
        const int previous = replayed.contains(id) ? replayed.value(id).first : 0;
        // Each write was made on top of the version it replaced: a write based on an older version (one
        // that never saw the latest change) would be a lost update; a gap or a repeat would be one too.
        ASSERT_EQ(log->integer(r, 4), previous) << id.toStdString() << " at log row " << r;
        ASSERT_EQ(version, previous + 1) << id.toStdString() << " at log row " << r;
        replayed.insert(id, {version, *f});
        logged.insert({id, version}, *f);
        if (log->value(r, 2) == QLatin1String("update"))
            ++updates;
    }
    EXPECT_EQ(updates, acknowledged.size());
    for (const Acknowledged &a : acknowledged) {
        ASSERT_TRUE(logged.contains({a.id, a.version})) << a.id.toStdString() << " v" << a.version;
        EXPECT_EQ(logged.value({a.id, a.version}), a.feature);
    }

    Project finalProject;
    ASSERT_TRUE(store->load(finalProject).ok());
    ASSERT_EQ(finalProject.features().size(), replayed.size());
    for (const PlanFeature &f : finalProject.features()) {
        ASSERT_TRUE(replayed.contains(f.id));
        EXPECT_EQ(f, replayed.value(f.id).second) << f.id.toStdString();
        EXPECT_EQ(store->baseVersion(f.id), replayed.value(f.id).first);
    }
}

} // namespace
