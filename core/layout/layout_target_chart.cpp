// SPDX-License-Identifier: GPL-3.0-or-later
// The targets chart of a printed page: the dashboard's target progress as vector bars.
#include "layout/layout_items.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace yc::layout {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct LayoutText {
    Q_DECLARE_TR_FUNCTIONS(yc::Layout)
};

const QColor kInk(35, 35, 35);
const QColor kMuted(120, 120, 120);
const QColor kMet(0x2e, 0x8b, 0x57);
const QColor kOpen(0x3a, 0x6e, 0xa5);
const QColor kTargetLine(0xc0, 0x39, 0x2b);

constexpr double kRowMm = 4.2;      ///< comfortable row height, scaled mm
constexpr double kMinRowMm = 3.2;   ///< below this, rows are left out instead

QString figure(double v)
{
    return QLocale().toString(v, 'g', 8);
}

QString promised(const TargetProgress &t)
{
    return t.upperTarget ? QStringLiteral("%1–%2").arg(figure(t.target), figure(*t.upperTarget)) : figure(t.target);
}

} // namespace

double targetChartHeight(const Units &u, qsizetype rows)
{
    return u.mm(3) * 2 + QFontMetricsF(u.font(8, true)).height() * 1.3 + u.mm(kRowMm) * std::max<qsizetype>(1, rows);
}

void drawTargetChart(QPainter &p, const Units &u, const QRectF &rect, const QList<TargetProgress> &targets)
{
    QList<TargetProgress> rows = targets;
    std::stable_sort(rows.begin(), rows.end(), [](const TargetProgress &a, const TargetProgress &b) {
        return a.latest.has_value() && !b.latest.has_value();
    });
    const double pad = u.mm(3);
    const QFont titleFont = u.font(8, true);
    const QFontMetricsF tfm(titleFont);
    const QFont font = u.font(6.5);
    const QFontMetricsF fm(font);
    const double top = rect.top() + pad + tfm.height() * 1.3;
    const double room = rect.bottom() - pad - top;
    const qsizetype fit = std::max<qsizetype>(0, qsizetype(room / u.mm(kMinRowMm)));
    qsizetype shown = std::min(rows.size(), fit);
    if (shown < rows.size() && shown > 0)
        --shown;   // the last row says how many are not shown
    const double rowH = std::min(u.mm(kRowMm), room / std::max<qsizetype>(1, shown + (shown < rows.size() ? 1 : 0)));

    p.save();
    p.setPen(QPen(QColor(160, 160, 160), u.mm(0.2)));
    p.setBrush(Qt::white);
    p.drawRect(rect);
    p.setFont(titleFont);
    p.setPen(kInk);
    const auto recorded = std::count_if(targets.cbegin(), targets.cend(), [](const TargetProgress &t) { return t.latest.has_value(); });
    p.drawText(QPointF(rect.left() + pad, rect.top() + pad + tfm.ascent()),
               LayoutText::tr("Report targets (%1 of %2 with a recorded value)").arg(recorded).arg(targets.size()));
    p.setFont(font);
    if (rows.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(QPointF(rect.left() + pad, top + fm.ascent()), LayoutText::tr("The report names no targets here."));
        p.restore();
        return;
    }

    // Labels take up to 45 % of the width, then the bars, then room for "42 / 60 家".
    const double labelW = (rect.width() - 2 * pad) * 0.45;
    const double barLeft = rect.left() + pad + labelW + u.mm(1.5);
    double figuresW = fm.horizontalAdvance(LayoutText::tr("no value yet"));
    for (qsizetype i = 0; i < shown; ++i) {
        const TargetProgress &t = rows.at(i);
        if (t.latest)
            figuresW = std::max(figuresW, fm.horizontalAdvance(
                                              QStringLiteral("%1 / %2 %3").arg(figure(t.latest->value), promised(t), t.unit)));
    }
    const double barRoom = std::max(u.mm(10), rect.right() - pad - figuresW - u.mm(1) - barLeft);
    double most = 1;
    for (qsizetype i = 0; i < shown; ++i)
        most = std::max(most, rows.at(i).fraction().value_or(0));
    most = std::min(most, 2.0);   // beyond 200 % the bar is cut at the end
    const double fullW = barRoom / most;

    for (qsizetype i = 0; i < shown; ++i) {
        const TargetProgress &t = rows.at(i);
        const double y = top + double(i) * rowH;
        const double baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
        const QString label = fm.elidedText(t.measure.isEmpty() ? t.phrase : t.measure, Qt::ElideRight, labelW);
        p.setPen(kInk);
        p.drawText(QPointF(barLeft - u.mm(1.5) - fm.horizontalAdvance(label), baseline), label);
        const double f = std::clamp(t.fraction().value_or(0), 0.0, most);
        const double w = fullW * f;
        p.setPen(Qt::NoPen);
        p.setBrush(f >= 1 ? kMet : kOpen);
        p.drawRect(QRectF(barLeft, y + rowH * 0.2, w, rowH * 0.6));
        if (t.latest) {
            p.setPen(kInk);
            p.drawText(QPointF(barLeft + w + u.mm(1), baseline),
                       QStringLiteral("%1 / %2 %3").arg(figure(t.latest->value), promised(t), t.unit));
        } else {
            p.setPen(kMuted);
            p.drawText(QPointF(barLeft + u.mm(1), baseline), LayoutText::tr("no value yet"));
        }
    }
    const double bottom = top + double(shown) * rowH;
    p.setPen(QPen(kMuted, u.mm(0.15)));
    p.drawLine(QPointF(barLeft, top), QPointF(barLeft, bottom));
    p.setPen(QPen(kTargetLine, u.mm(0.25), Qt::DashLine));
    p.drawLine(QPointF(barLeft + fullW, top), QPointF(barLeft + fullW, bottom));
    if (shown < rows.size()) {
        p.setPen(kMuted);
        p.drawText(QPointF(rect.left() + pad, bottom + (rowH + fm.ascent() - fm.descent()) / 2),
                   LayoutText::tr("… and %1 more targets (see the dashboard)").arg(rows.size() - shown));
    }
    p.restore();
}

} // namespace yc::layout
