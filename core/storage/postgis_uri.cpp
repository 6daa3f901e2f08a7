// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgis_uri.h"

#include "storage/gpkg_common.h"

#include <QUrl>
#include <QUrlQuery>

namespace yc {

std::optional<PostgisLocation> parsePostgisUri(const QString &uri, QString *error)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = gpkg::Storage::tr("\"%1\" is not a postgresql:// URI").arg(uri);
        return std::nullopt;
    }
    QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        *error = gpkg::Storage::tr("The URI must not hold a password: set PGPASSWORD, or use a pgpass or service "
                                   "file (see README)");
        return std::nullopt;
    }
    PostgisLocation location;
    location.schema = query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    if (location.schema.isEmpty()) {
        *error = gpkg::Storage::tr("The URI %1 names no project schema: add ?schema=NAME").arg(uri);
        return std::nullopt;
    }
    if (location.schema.startsWith(QLatin1String("pg_")) || location.schema == QLatin1String("information_schema")) {
        *error = gpkg::Storage::tr("\"%1\" is a PostgreSQL system schema").arg(location.schema);
        return std::nullopt;
    }
    query.removeAllQueryItems(QStringLiteral("schema"));
    QUrl connection = url;
    connection.setQuery(query);
    location.conninfo = connection.toString(QUrl::FullyEncoded);
    location.uri = url.toString(QUrl::FullyEncoded);
    return location;
}

} // namespace yc
