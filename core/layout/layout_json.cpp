// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/layout_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct LayoutText {
    Q_DECLARE_TR_FUNCTIONS(yc::Layout)
};

QString pageName(const QPageSize &size)
{
    for (QPageSize::PageSizeId id : {QPageSize::A0, QPageSize::A1, QPageSize::A2, QPageSize::A3, QPageSize::A4})
        if (size.id() == id)
            return QPageSize::key(id);
    const QSizeF mm = size.size(QPageSize::Millimeter);
    return QStringLiteral("%1x%2").arg(mm.width()).arg(mm.height());
}

} // namespace

QByteArray layoutToJson(const LayoutSettings &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("page"), pageName(s.page.size));
    o.insert(QStringLiteral("orientation"),
             s.page.orientation == QPageLayout::Portrait ? QStringLiteral("portrait") : QStringLiteral("landscape"));
    const QMarginsF &m = s.page.marginsMm;
    o.insert(QStringLiteral("margins"), QJsonArray{m.left(), m.top(), m.right(), m.bottom()});
    o.insert(QStringLiteral("layout"), layoutNames().at(s.kind == LayoutKind::Standard ? 0 : 1));
    o.insert(QStringLiteral("title"), s.title);
    o.insert(QStringLiteral("subtitle"), s.subtitle);
    o.insert(QStringLiteral("section"), s.section);
    if (!s.extent.isEmpty())
        o.insert(QStringLiteral("extent"), QJsonArray{s.extent.xMin, s.extent.yMin, s.extent.xMax, s.extent.yMax});
    o.insert(QStringLiteral("scale"), s.scaleDenominator);
    o.insert(QStringLiteral("crs"), s.crs.definition());
    o.insert(QStringLiteral("dpi"), s.dpi);
    o.insert(QStringLiteral("targetChart"), s.targetChart);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<LayoutSettings> layoutFromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : LayoutText::tr("a layout template must be a JSON object"));
    const QJsonObject o = doc.object();
    LayoutSettings s;
    if (o.contains(QStringLiteral("page"))) {
        const std::optional<QPageSize> size = PageSetup::sizeFromName(o.value(QStringLiteral("page")).toString());
        if (!size)
            return fail(LayoutText::tr("unknown page size \"%1\"").arg(o.value(QStringLiteral("page")).toString()));
        s.page.size = *size;
    }
    const QString orientation = o.value(QStringLiteral("orientation")).toString(QStringLiteral("landscape"));
    if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait"))
        return fail(LayoutText::tr("unknown orientation \"%1\"").arg(orientation));
    s.page.orientation = orientation == QLatin1String("portrait") ? QPageLayout::Portrait : QPageLayout::Landscape;
    const QJsonArray margins = o.value(QStringLiteral("margins")).toArray();
    if (margins.size() == 4)
        s.page.marginsMm = QMarginsF(margins[0].toDouble(), margins[1].toDouble(), margins[2].toDouble(),
                                     margins[3].toDouble());
    const std::optional<LayoutKind> kind = layoutFromName(o.value(QStringLiteral("layout")).toString(layoutNames().first()));
    if (!kind)
        return fail(LayoutText::tr("unknown layout \"%1\"").arg(o.value(QStringLiteral("layout")).toString()));
    s.kind = *kind;
    s.title = o.value(QStringLiteral("title")).toString();
    s.subtitle = o.value(QStringLiteral("subtitle")).toString();
    s.section = o.value(QStringLiteral("section")).toInt();
    const QJsonArray extent = o.value(QStringLiteral("extent")).toArray();
    if (extent.size() == 4)
        s.extent = Envelope::of(extent[0].toDouble(), extent[1].toDouble(), extent[2].toDouble(), extent[3].toDouble());
    s.scaleDenominator = o.value(QStringLiteral("scale")).toDouble();
    const QString crs = o.value(QStringLiteral("crs")).toString();
    if (!crs.isEmpty()) {
        s.crs = Crs::fromUserInput(crs);
        if (!s.crs.isValid())
            return fail(LayoutText::tr("the CRS \"%1\" is not understood").arg(crs));
    }
    s.dpi = std::clamp(o.value(QStringLiteral("dpi")).toInt(s.dpi), 72, 1200);
    s.targetChart = o.value(QStringLiteral("targetChart")).toBool();
    return s;
}

} // namespace yc
