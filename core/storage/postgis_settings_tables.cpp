// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of a PostGIS project added after its first schema: recorded target values and annotations.
// They belong to the project's settings (versioned together, see storage/README.md). A schema published before
// they existed lacks them: reading finds none, the first settings save creates them.
#include "storage/postgis_project_store.h"

#include "storage/gpkg_common.h"

namespace yc {

using namespace gpkg;

namespace {

pg::Param real(double value) { return pg::Param(QByteArray::number(value, 'g', 17)); }
/// "#aarrggbb", so that the alpha survives (as in the GeoPackage).
pg::Param color(const QColor &c) { return pg::text(c.name(QColor::HexArgb)); }

} // namespace

QString PostgisProjectStore::addedTablesSql() const
{
    return QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS %1.plan_target_values (
    target_id text NOT NULL, seq integer NOT NULL, value double precision NOT NULL, date date,
    note text NOT NULL, "user" text NOT NULL, recorded_at timestamptz);
CREATE TABLE IF NOT EXISTS %1.project_annotations (
    annotation_id text PRIMARY KEY, seq integer NOT NULL, kind text NOT NULL, placement text NOT NULL,
    layout text NOT NULL, x1 double precision NOT NULL, y1 double precision NOT NULL,
    x2 double precision NOT NULL, y2 double precision NOT NULL, text text NOT NULL, text_color text NOT NULL,
    line_color text NOT NULL, fill_color text NOT NULL, font_size double precision NOT NULL,
    line_width double precision NOT NULL);
)")
        .arg(mConn.quoteIdentifier(mLocation.schema));
}

std::optional<bool> PostgisProjectStore::tableExists(const char *name, QString *error) const
{
    const auto rows = mConn.exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {pg::text(table(name))}, error);
    if (!rows)
        return std::nullopt;
    return rows->value(0, 0) == QLatin1String("t");
}

bool PostgisProjectStore::readTargetValues(TargetValues &out, QString *error) const
{
    const std::optional<bool> exists = tableExists("plan_target_values", error);
    if (!exists)
        return false;
    if (!*exists)
        return true;   // published before target values were stored
    const auto rows = mConn.exec(
        QLatin1String("SELECT target_id, value, to_char(date, 'YYYY-MM-DD'), note, \"user\", "
                      "to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM ")
            + table("plan_target_values") + QLatin1String(" ORDER BY target_id, seq"), {}, error);
    if (!rows)
        return false;
    for (int r = 0; r < rows->count(); ++r) {
        TargetValue v;
        v.value = rows->value(r, 1).toDouble();
        v.date = QDate::fromString(rows->value(r, 2), Qt::ISODate);
        v.note = rows->value(r, 3);
        v.user = rows->value(r, 4);
        if (!rows->isNull(r, 5))
            v.recordedAt = QDateTime::fromString(rows->value(r, 5), Qt::ISODateWithMs);
        out[rows->value(r, 0)].append(v);
    }
    return true;
}

bool PostgisProjectStore::readAnnotations(QList<Annotation> &out, QString *error) const
{
    const std::optional<bool> exists = tableExists("project_annotations", error);
    if (!exists)
        return false;
    if (!*exists)
        return true;   // published before annotations were stored
    const auto rows = mConn.exec(
        QLatin1String("SELECT annotation_id, kind, placement, layout, x1, y1, x2, y2, text, text_color, line_color, "
                      "fill_color, font_size, line_width FROM ")
            + table("project_annotations") + QLatin1String(" ORDER BY seq"), {}, error);
    if (!rows)
        return false;
    for (int r = 0; r < rows->count(); ++r) {
        Annotation a;
        a.id = rows->value(r, 0);
        const auto kind = annotationKindFromKey(rows->value(r, 1));
        const auto placement = annotationPlacementFromKey(rows->value(r, 2));
        if (!kind || !placement) {
            *error = Storage::tr("annotation \"%1\" has an unknown kind \"%2\" or placement \"%3\"")
                         .arg(a.id, rows->value(r, 1), rows->value(r, 2));
            return false;
        }
        a.kind = *kind;
        a.placement = *placement;
        a.layout = rows->value(r, 3);
        a.a = QPointF(rows->value(r, 4).toDouble(), rows->value(r, 5).toDouble());
        a.b = QPointF(rows->value(r, 6).toDouble(), rows->value(r, 7).toDouble());
        a.text = rows->value(r, 8);
        const auto colorAt = [&](int column, const QColor &fallback) {
            const QColor c = QColor::fromString(rows->value(r, column));
            return c.isValid() ? c : fallback;
        };
        a.textColor = colorAt(9, a.textColor);
        a.lineColor = colorAt(10, a.lineColor);
        a.fillColor = colorAt(11, a.fillColor);
        a.fontSize = rows->value(r, 12).toDouble();
        a.lineWidth = rows->value(r, 13).toDouble();
        out.append(a);
    }
    return true;
}

bool PostgisProjectStore::writeTargetValues(const TargetValues &values, QString *error)
{
    if (!mConn.exec(QLatin1String("DELETE FROM ") + table("plan_target_values"), {}, error))
        return false;
    const QString insert = QLatin1String("INSERT INTO ") + table("plan_target_values")
        + QLatin1String(" (target_id, seq, value, date, note, \"user\", recorded_at) "
                        "VALUES ($1, $2, $3::double precision, $4::date, $5, $6, $7::timestamptz)");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            const TargetValue &v = it.value().at(i);
            if (!mConn.exec(insert,
                            {pg::text(it.key()), pg::number(i), real(v.value),
                             v.date.isValid() ? pg::text(v.date.toString(Qt::ISODate)) : pg::Param(),
                             pg::text(v.note), pg::text(v.user),
                             v.recordedAt.isValid() ? pg::text(v.recordedAt.toUTC().toString(Qt::ISODateWithMs))
                                                    : pg::Param()},
                            error))
                return false;
        }
    }
    return true;
}

bool PostgisProjectStore::writeAnnotations(const QList<Annotation> &annotations, QString *error)
{
    if (!mConn.exec(QLatin1String("DELETE FROM ") + table("project_annotations"), {}, error))
        return false;
    const QString insert = QLatin1String("INSERT INTO ") + table("project_annotations")
        + QLatin1String(" (annotation_id, seq, kind, placement, layout, x1, y1, x2, y2, text, text_color, "
                        "line_color, fill_color, font_size, line_width) VALUES ($1, $2, $3, $4, $5, "
                        "$6::double precision, $7::double precision, $8::double precision, $9::double precision, "
                        "$10, $11, $12, $13, $14::double precision, $15::double precision)");
    for (int i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        if (!mConn.exec(insert,
                        {pg::text(a.id), pg::number(i), pg::text(toKey(a.kind)), pg::text(toKey(a.placement)),
                         pg::text(a.layout), real(a.a.x()), real(a.a.y()), real(a.b.x()), real(a.b.y()),
                         pg::text(a.text), color(a.textColor), color(a.lineColor), color(a.fillColor),
                         real(a.fontSize), real(a.lineWidth)},
                        error))
            return false;
    }
    return true;
}

} // namespace yc
