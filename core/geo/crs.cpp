// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/crs.h"
#include "geo/proj_context.h"

#include <proj.h>

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace yc {

namespace {

std::optional<int> identifyEpsg(const QString &definition)
{
    detail::ProjContext &ctx = detail::threadProjContext();
    const detail::PjPtr pj = detail::createCrs(ctx, definition);
    if (!pj)
        return std::nullopt;
    const char *auth = proj_get_id_auth_name(pj.get(), 0);
    if (auth && qstrcmp(auth, "EPSG") == 0)
        return QByteArray(proj_get_id_code(pj.get(), 0)).toInt();

    int *confidence = nullptr;
    PJ_OBJ_LIST *matches = proj_identify(ctx.get(), pj.get(), "EPSG", nullptr, &confidence);
    std::optional<int> code;
    if (matches) {
        for (int i = 0; i < proj_list_get_count(matches) && !code; ++i) {
            if (confidence[i] < 100)
                continue;
            const detail::PjPtr match(proj_list_get(ctx.get(), matches, i));
            if (match && proj_get_id_code(match.get(), 0))
                code = QByteArray(proj_get_id_code(match.get(), 0)).toInt();
        }
        proj_list_destroy(matches);
    }
    proj_int_list_destroy(confidence);
    return code;
}

} // namespace

Crs Crs::fromUserInput(const QString &definition)
{
    const QString text = definition.trimmed();
    static const QRegularExpression bareCode(QStringLiteral(R"(^(?:epsg:\s*)?(\d+)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = bareCode.match(text);
    if (m.hasMatch())
        return fromEpsg(m.captured(1).toInt());
    // A PROJ string is an operation unless it says it is a CRS.
    if ((text.startsWith(QLatin1String("+proj=")) || text.startsWith(QLatin1String("+init=")))
        && !text.contains(QLatin1String("+type=crs")))
        return Crs(text + QStringLiteral(" +type=crs"));
    return Crs(text);
}

Crs Crs::fromEpsg(int code)
{
    return Crs(QStringLiteral("EPSG:%1").arg(code));
}

bool Crs::isValid() const
{
    return detail::createCrs(detail::threadProjContext(), mDefinition) != nullptr;
}

std::optional<int> Crs::epsg() const
{
    if (mDefinition.isEmpty())
        return std::nullopt;
    // proj_identify takes milliseconds and operator== calls this, so remember the answers.
    static QMutex mutex;
    static QHash<QString, std::optional<int>> cache;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(mDefinition);
        if (it != cache.constEnd())
            return *it;
    }
    const std::optional<int> code = identifyEpsg(mDefinition);
    QMutexLocker lock(&mutex);
    cache.insert(mDefinition, code);
    return code;
}

QString Crs::authId() const
{
    if (const std::optional<int> code = epsg())
        return QStringLiteral("EPSG:%1").arg(*code);
    const detail::PjPtr pj = detail::createCrs(detail::threadProjContext(), mDefinition);
    if (pj && proj_get_id_auth_name(pj.get(), 0) && proj_get_id_code(pj.get(), 0))
        return QString::fromUtf8(proj_get_id_auth_name(pj.get(), 0)) + QLatin1Char(':')
            + QString::fromUtf8(proj_get_id_code(pj.get(), 0));
    return {};
}

QString Crs::name() const
{
    const detail::PjPtr pj = detail::createCrs(detail::threadProjContext(), mDefinition);
    return pj ? QString::fromUtf8(proj_get_name(pj.get())) : QString();
}

QString Crs::toWkt() const
{
    detail::ProjContext &ctx = detail::threadProjContext();
    const detail::PjPtr pj = detail::createCrs(ctx, mDefinition);
    const char *wkt = pj ? proj_as_wkt(ctx.get(), pj.get(), PJ_WKT2_2019, nullptr) : nullptr;
    return wkt ? QString::fromUtf8(wkt) : QString();
}

bool Crs::isGeographic() const
{
    detail::ProjContext &ctx = detail::threadProjContext();
    detail::PjPtr pj = detail::createCrs(ctx, mDefinition);
    if (pj && proj_get_type(pj.get()) == PJ_TYPE_BOUND_CRS)   // WKT1 with TOWGS84
        pj.reset(proj_get_source_crs(ctx.get(), pj.get()));
    if (!pj)
        return false;
    const PJ_TYPE type = proj_get_type(pj.get());
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

bool Crs::operator==(const Crs &o) const
{
    if (mDefinition == o.mDefinition)
        return true;
    if (isEmpty() || o.isEmpty())
        return false;
    const std::optional<int> a = epsg();
    return a && a == o.epsg();
}

} // namespace yc
