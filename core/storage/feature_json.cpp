// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/feature_json.h"

#include "storage/gpkg_common.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yc {

QByteArray featureToJson(const PlanFeature &f)
{
    QJsonArray history;
    for (const StatusChange &c : f.history) {
        history.append(QJsonObject{
            {QStringLiteral("status"), toKey(c.status)},
            {QStringLiteral("date"), c.date.isValid() ? QJsonValue(c.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("user"), c.user},
            {QStringLiteral("recorded_at"), c.recordedAt.isValid()
                 ? QJsonValue(c.recordedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        });
    }
    const QJsonObject o{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("name_zh"), f.nameZh},
        {QStringLiteral("name_en"), f.nameEn},
        {QStringLiteral("category"), toKey(f.category)},
        {QStringLiteral("county"), f.county},
        {QStringLiteral("geometry"), f.geometry.isEmpty() ? QJsonValue()
                                                          : QJsonValue(QString::fromLatin1(f.geometry.toWkb().toHex()))},
        {QStringLiteral("confidence"), toKey(f.confidence)},
        {QStringLiteral("location_note"), f.locationNote},
        {QStringLiteral("history"), history},
        {QStringLiteral("sentences"), QJsonArray::fromStringList(f.sentenceIds)},
        {QStringLiteral("targets"), QJsonArray::fromStringList(f.targetIds)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PlanFeature> featureFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    PlanFeature f;
    f.id = o.value(QStringLiteral("id")).toString();
    f.nameZh = o.value(QStringLiteral("name_zh")).toString();
    f.nameEn = o.value(QStringLiteral("name_en")).toString();
    f.county = o.value(QStringLiteral("county")).toString();
    f.locationNote = o.value(QStringLiteral("location_note")).toString();
    const auto category = categoryFromKey(o.value(QStringLiteral("category")).toString());
    const auto confidence = confidenceFromKey(o.value(QStringLiteral("confidence")).toString());
    if (!category || !confidence) {
        *error = gpkg::Storage::tr("feature \"%1\" has an unknown category or confidence").arg(f.id);
        return std::nullopt;
    }
    f.category = *category;
    f.confidence = *confidence;
    if (const QJsonValue g = o.value(QStringLiteral("geometry")); g.isString()) {
        const auto geometry = Geometry::fromWkb(QByteArray::fromHex(g.toString().toLatin1()), error);
        if (!geometry)
            return std::nullopt;
        f.geometry = *geometry;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = v.toObject();
        const auto status = statusFromKey(h.value(QStringLiteral("status")).toString());
        if (!status) {
            *error = gpkg::Storage::tr("feature \"%1\" has an unknown status in its history").arg(f.id);
            return std::nullopt;
        }
        StatusChange c;
        c.status = *status;
        c.date = QDate::fromString(h.value(QStringLiteral("date")).toString(), Qt::ISODate);
        c.note = h.value(QStringLiteral("note")).toString();
        c.user = h.value(QStringLiteral("user")).toString();
        if (const QJsonValue at = h.value(QStringLiteral("recorded_at")); at.isString())
            c.recordedAt = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        f.history.append(c);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("sentences")).toArray())
        f.sentenceIds.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("targets")).toArray())
        f.targetIds.append(v.toString());
    return f;
}

} // namespace yc
