// SPDX-License-Identifier: GPL-3.0-or-later
// A thin RAII wrapper over one libpq connection, internal to core/storage. Only pg_connection.cpp includes
// libpq-fe.h; this header forward-declares libpq's types so that they do not leak further.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace yc::pg {

/// A query parameter in libpq's text form; nullopt is SQL NULL.
using Param = std::optional<QByteArray>;
Param text(const QString &value);      ///< UTF-8
Param number(qint64 value);

/// The rows of one successful query. Values are text (libpq's text format), UTF-8 decoded.
class Rows {
public:
    Rows() = default;
    int count() const;
    int affected() const;                       ///< rows changed by INSERT/UPDATE/DELETE
    bool isNull(int row, int column) const;
    QString value(int row, int column) const;   ///< empty for NULL
    QByteArray bytes(int row, int column) const;
    int integer(int row, int column) const;
    qint64 integer64(int row, int column) const;

private:
    friend class Connection;
    struct Clear {
        void operator()(pg_result *r) const;
    };
    std::shared_ptr<pg_result> mResult;
};

/// One connection. Not thread-safe: one per thread. Blocking: call it from a worker or a CLI, or accept
/// the short waits of small queries.
class Connection {
public:
    /// `conninfo` is anything PQconnectdb accepts (a postgresql:// URI or key=value pairs). Passwords come
    /// from libpq's own sources (PGPASSWORD, the pgpass file, a service file), never from our project files.
    explicit Connection(QString conninfo);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Connects, or reconnects when the connection was lost. False with libpq's message in `error`.
    bool open(QString *error);
    bool isOpen() const;
    void close();

    /// Runs one statement with `$1…` parameters; nullopt with the server's message in `error` on failure.
    std::optional<Rows> exec(const QString &sql, const QList<Param> &params = {}, QString *error = nullptr);
    /// Runs statements without parameters (several allowed, separated by ;).
    bool run(const QString &sql, QString *error);

    /// The socket libpq reads from (for QSocketNotifier), or -1.
    int socket() const;
    /// Notifications received so far on LISTENed channels: (channel, payload). Consumes input first.
    QList<std::pair<QString, QString>> takeNotifications();

    /// Quotes an identifier (schema or table name) for SQL text.
    QString quoteIdentifier(const QString &name) const;

private:
    QString mConninfo;
    pg_conn *mConn = nullptr;
};

} // namespace yc::pg
