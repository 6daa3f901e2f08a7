// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/page_layout.h"

#include <QRegularExpression>

namespace yc {

std::optional<QPageSize> PageSetup::sizeFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    static const std::pair<const char *, QPageSize::PageSizeId> kNamed[] = {
        {"A0", QPageSize::A0}, {"A1", QPageSize::A1}, {"A2", QPageSize::A2}, {"A3", QPageSize::A3},
        {"A4", QPageSize::A4},
    };
    for (const auto &[key, id] : kNamed)
        if (n == QLatin1String(key))
            return QPageSize(id);
    static const QRegularExpression custom(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*[X×*]\\s*(\\d+(?:\\.\\d+)?)(?:MM)?$"));
    const QRegularExpressionMatch m = custom.match(n);
    if (!m.hasMatch())
        return std::nullopt;
    const double w = m.captured(1).toDouble();
    const double h = m.captured(2).toDouble();
    if (w < 50 || h < 50 || w > 5000 || h > 5000)
        return std::nullopt;
    return QPageSize(QSizeF(w, h), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QSizeF PageSetup::sizeMm() const
{
    const QSizeF s = size.size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? QSizeF(std::max(s.width(), s.height()), std::min(s.width(), s.height()))
                                                 : QSizeF(std::min(s.width(), s.height()), std::max(s.width(), s.height()));
}

QSizeF PageSetup::sizePoints() const
{
    return sizeMm() * (72.0 / 25.4);
}

QStringList layoutNames()
{
    return {QStringLiteral("standard"), QStringLiteral("map")};
}

std::optional<LayoutKind> layoutFromName(const QString &name)
{
    if (name.compare(QLatin1String("standard"), Qt::CaseInsensitive) == 0)
        return LayoutKind::Standard;
    if (name.compare(QLatin1String("map"), Qt::CaseInsensitive) == 0)
        return LayoutKind::MapOnly;
    return std::nullopt;
}

} // namespace yc
