// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the tests/pg suites: they run against the throwaway server that ctest's yc_pg_server fixture
// starts (tests/pg/start-server.sh). Its connection settings are read from <state dir>/connection.env
// into the environment, where libpq finds them (the password comes from the pgpass file it names).

#include "plan/project.h"
#include "storage/postgis_project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace yc::test {

/// The state folder of the running test server (holds connection.env): $YC_PG_STATE_DIR, else the one the
/// ctest fixture uses (build/dev/tests/pg-server).
inline QString pgStateDir() { return qEnvironmentVariable("YC_PG_STATE_DIR", QStringLiteral(YC_PG_STATE_DIR)); }

/// Exports PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSFILE from connection.env; false with a reason.
inline bool useTestServer(QString *error)
{
    QFile env(pgStateDir() + QStringLiteral("/connection.env"));
    if (!env.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no test server: run the pg tests through ctest (fixture yc_pg_server), or start "
                                "one with tests/pg/start-server.sh DIR and set YC_PG_STATE_DIR=DIR");
        return false;
    }
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && line.startsWith("PG"))
            qputenv(line.left(eq).constData(), line.mid(eq + 1));
    }
    return true;
}

/// A URI for a fresh schema on the test server (no password in it: libpq takes it from the pgpass file).
inline QString testUri(const QString &schema)
{
    return QStringLiteral("postgresql://%1:%2/%3?schema=%4")
        .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), qEnvironmentVariable("PGDATABASE"),
             schema);
}

inline QString freshSchema(const QString &prefix)
{
    return prefix + QLatin1Char('_') + QString::number(QRandomGenerator::global()->generate(), 16);
}

inline std::unique_ptr<PostgisProjectStore> postgisStore(const QString &uri)
{
    QString error;
    auto location = parsePostgisUri(uri, &error);
    EXPECT_TRUE(location.has_value()) << error.toStdString();
    return location ? std::make_unique<PostgisProjectStore>(*location) : nullptr;
}

/// Stops or starts the test server again (tests/pg/server-ctl.sh), keeping its data.
inline bool serverCtl(const QString &action)
{
    const int code = QProcess::execute(sourceDir() + QStringLiteral("/tests/pg/server-ctl.sh"),
                                       {pgStateDir(), action});
    return code == 0;
}

/// Base of the pg suites: makes sure the server is there before each test.
class PgTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        if (!useTestServer(&error))
            FAIL() << error.toStdString();
    }
};

} // namespace yc::test
