// SPDX-License-Identifier: GPL-3.0-or-later
#include "status_timeline_chart.h"

#include "render/plan_style.h"

#include <QToolTip>

namespace yc {

namespace {

/// The x of a month: its first day, so that a left step covers the whole month.
double monthKey(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDate(date.year(), date.month(), 1), Qt::UTC);
}

} // namespace

StatusTimelineChart::StatusTimelineChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("statusTimelineChart"));
    setMouseTracking(true);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, new QCPTextElement(this, tr("Features by status over time")));
    yAxis->setLabel(tr("Features"));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    xAxis->setTicker(ticker);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // Each band is filled down to the one below it; the first down to zero.
    QCPGraph *below = nullptr;
    for (Status s : allStatuses()) {
        QCPGraph *g = addGraph();
        g->setName(displayName(s));
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(QPen(statusColor(s).darker(130)));
        QColor fill = statusColor(s);
        fill.setAlpha(200);
        g->setBrush(fill);
        g->setChannelFillGraph(below);
        g->setSelectable(QCP::stNone);
        below = g;
        mGraphs.append({s, g});
    }
    connect(this, &QCustomPlot::mouseMove, this, &StatusTimelineChart::showToolTip);
    setSnapshots({});
}

void StatusTimelineChart::setSnapshots(const QList<StatusSnapshot> &snapshots)
{
    mSnapshots = snapshots;
    QVector<double> keys;
    for (const StatusSnapshot &s : mSnapshots)
        keys << monthKey(s.date);
    // One more point a month after the last, so the last month shows as a step of its own.
    if (!mSnapshots.isEmpty())
        keys << monthKey(mSnapshots.last().date.addMonths(1));
    QVector<double> stacked(keys.size(), 0.0);
    double highest = 0;
    for (int k = 0; k < mGraphs.size(); ++k) {
        for (int i = 0; i < mSnapshots.size(); ++i)
            stacked[i] += mSnapshots.at(i).counts.value(k).count;
        if (!mSnapshots.isEmpty())
            stacked.last() = stacked.at(mSnapshots.size() - 1);
        mGraphs.at(k).second->setData(keys, stacked, true);
        for (double v : stacked)
            highest = std::max(highest, v);
    }
    if (keys.isEmpty()) {
        const double now = QCPAxisTickerDateTime::dateTimeToKey(QDateTime::currentDateTimeUtc());
        xAxis->setRange(now - 365 * 86400.0, now);
    } else {
        xAxis->setRange(keys.first(), keys.last());
    }
    yAxis->setRange(0, std::max(5.0, highest * 1.15));
    replot();
}

int StatusTimelineChart::count(int index, Status status) const
{
    if (index < 0 || index >= mSnapshots.size())
        return 0;
    for (const StatusCount &c : mSnapshots.at(index).counts)
        if (c.status == status)
            return c.count;
    return 0;
}

int StatusTimelineChart::indexAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double key = xAxis->pixelToCoord(pos.x());
    for (int i = int(mSnapshots.size()) - 1; i >= 0; --i)
        if (key >= monthKey(mSnapshots.at(i).date))
            return i;
    return -1;
}

QString StatusTimelineChart::monthToolTip(int index) const
{
    if (index < 0 || index >= mSnapshots.size())
        return {};
    const StatusSnapshot &s = mSnapshots.at(index);
    QStringList lines = {tr("As of %1").arg(s.date.toString(Qt::ISODate))};
    int total = 0;
    for (auto it = s.counts.crbegin(); it != s.counts.crend(); ++it) {   // top band first, as drawn
        lines << QStringLiteral("%1: %2").arg(displayName(it->status)).arg(it->count);
        total += it->count;
    }
    lines << tr("Total: %1").arg(total);
    return lines.join(QLatin1Char('\n'));
}

void StatusTimelineChart::showToolTip(QMouseEvent *event)
{
    const int index = indexAt(event->position());
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), monthToolTip(index), this);
}

} // namespace yc
