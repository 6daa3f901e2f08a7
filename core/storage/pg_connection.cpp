// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pg_connection.h"

#include "storage/gpkg_common.h"

#include <libpq-fe.h>

#include <vector>

namespace yc::pg {

namespace {

QString lastError(const PGconn *conn)
{
    const QString message = QString::fromUtf8(PQerrorMessage(conn)).simplified();
    return message.isEmpty() ? gpkg::Storage::tr("unknown PostgreSQL error") : message;
}

} // namespace

Param text(const QString &value) { return value.toUtf8(); }
Param number(qint64 value) { return QByteArray::number(value); }

void Rows::Clear::operator()(pg_result *r) const { PQclear(r); }

int Rows::count() const { return mResult ? PQntuples(mResult.get()) : 0; }

int Rows::affected() const
{
    return mResult ? QByteArray(PQcmdTuples(mResult.get())).toInt() : 0;
}

bool Rows::isNull(int row, int column) const { return PQgetisnull(mResult.get(), row, column) != 0; }

QString Rows::value(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(mResult.get(), row, column), PQgetlength(mResult.get(), row, column));
}

QByteArray Rows::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(mResult.get(), row, column), PQgetlength(mResult.get(), row, column));
}

int Rows::integer(int row, int column) const { return bytes(row, column).toInt(); }
qint64 Rows::integer64(int row, int column) const { return bytes(row, column).toLongLong(); }

Connection::Connection(QString conninfo) : mConninfo(std::move(conninfo)) {}

Connection::~Connection() { close(); }

void Connection::close()
{
    if (mConn)
        PQfinish(mConn);
    mConn = nullptr;
}

bool Connection::isOpen() const { return mConn && PQstatus(mConn) == CONNECTION_OK; }

bool Connection::open(QString *error)
{
    if (isOpen())
        return true;
    close();
    const QByteArray info = mConninfo.toUtf8();
    mConn = PQconnectdb(info.constData());
    if (PQstatus(mConn) != CONNECTION_OK) {
        if (error)
            *error = lastError(mConn);
        close();
        return false;
    }
    PQsetClientEncoding(mConn, "UTF8");
    return true;
}

std::optional<Rows> Connection::exec(const QString &sql, const QList<Param> &params, QString *error)
{
    if (!mConn) {
        if (error)
            *error = gpkg::Storage::tr("not connected to the database");
        return std::nullopt;
    }
    const QByteArray query = sql.toUtf8();
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const Param &p : params)
        values.push_back(p ? p->constData() : nullptr);
    Rows rows;
    rows.mResult.reset(PQexecParams(mConn, query.constData(), int(values.size()), nullptr, values.data(), nullptr,
                                    nullptr, 0),
                       Rows::Clear());
    const ExecStatusType status = rows.mResult ? PQresultStatus(rows.mResult.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (error) {
            const char *message = rows.mResult ? PQresultErrorMessage(rows.mResult.get()) : "";
            *error = *message ? QString::fromUtf8(message).simplified() : lastError(mConn);
        }
        return std::nullopt;
    }
    return rows;
}

bool Connection::run(const QString &sql, QString *error)
{
    if (!mConn) {
        if (error)
            *error = gpkg::Storage::tr("not connected to the database");
        return false;
    }
    std::unique_ptr<PGresult, Rows::Clear> result(PQexec(mConn, sql.toUtf8().constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (error)
            *error = result && *PQresultErrorMessage(result.get())
                ? QString::fromUtf8(PQresultErrorMessage(result.get())).simplified() : lastError(mConn);
        return false;
    }
    return true;
}

int Connection::socket() const { return mConn ? PQsocket(mConn) : -1; }

QList<std::pair<QString, QString>> Connection::takeNotifications()
{
    QList<std::pair<QString, QString>> out;
    if (!mConn || !PQconsumeInput(mConn))
        return out;
    while (PGnotify *n = PQnotifies(mConn)) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

QString Connection::quoteIdentifier(const QString &name) const
{
    // Same rule as PQescapeIdentifier, which needs a live connection: double the quotes, wrap in quotes.
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace yc::pg
