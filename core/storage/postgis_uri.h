// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace yc {

/// A PostGIS project location: `postgresql://[user@][host][:port]/database?schema=NAME[&sslmode=…]`.
/// `schema` is ours (the project's schema); every other parameter is libpq's and passes through (TLS options
/// included). A password in the URI is refused: libpq reads it from PGPASSWORD, the pgpass file or a service
/// file, so it never ends up in a project list, a log or a shell history.
struct PostgisLocation {
    QString conninfo;   ///< the URI without `schema`, for PQconnectdb
    QString schema;
    QString uri;        ///< as given (without password), for display and Project::filePath
};

std::optional<PostgisLocation> parsePostgisUri(const QString &uri, QString *error);

} // namespace yc
