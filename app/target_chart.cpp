// SPDX-License-Identifier: GPL-3.0-or-later
#include "target_chart.h"

#include <QLocale>
#include <QToolTip>

namespace yc {

namespace {

const QColor kMetColor(0x2e, 0x7d, 0x32);
const QColor kOpenColor(0x1d, 0x4f, 0x91);

QString number(double v) { return QLocale().toString(v, 'g', 12); }

QString shortened(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QString::fromUtf8("…");
}

/// "60", or "10–20" for a range.
QString promised(const TargetProgress &p)
{
    return p.upperTarget ? number(p.target) + QStringLiteral("–") + number(*p.upperTarget) : number(p.target);
}

/// Row `i` of `n` stands at key n - i, so the first target is at the top.
double keyOf(int i, int n) { return n - i; }

} // namespace

TargetChart::TargetChart(QWidget *parent)
    : QCustomPlot(parent), mMet(new QCPBars(yAxis, xAxis)), mOpen(new QCPBars(yAxis, xAxis))
{
    setObjectName(QStringLiteral("targetChart"));
    setMouseTracking(true);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, new QCPTextElement(this, tr("Report targets: share achieved")));
    xAxis->setLabel(tr("% of target"));
    for (QCPBars *bars : {mMet, mOpen}) {
        bars->setWidth(0.65);
        bars->setSelectable(QCP::stNone);
    }
    mMet->setName(tr("Reached"));
    mMet->setBrush(kMetColor);
    mMet->setPen(QPen(kMetColor.darker(130)));
    mOpen->setName(tr("Not reached yet"));
    mOpen->setBrush(kOpenColor);
    mOpen->setPen(QPen(kOpenColor.darker(130)));
    yAxis->setTickLabelFont(QFont(font().family(), 8));
    yAxis->grid()->setVisible(false);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    connect(this, &QCustomPlot::mouseMove, this, &TargetChart::showToolTip);
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const int row = rowAt(event->position());
        if (row >= 0 && event->button() == Qt::LeftButton)
            Q_EMIT targetClicked(mProgress.at(row).targetId);
    });
    setProgress({});
}

void TargetChart::setProgress(const QList<TargetProgress> &progress)
{
    mProgress = progress;
    clearItems();   // the value labels and the 100 % line, made again below
    auto *full = new QCPItemStraightLine(this);
    full->point1->setCoords(100, 0);
    full->point2->setCoords(100, 1);
    full->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));

    const int n = int(mProgress.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> metKeys, metValues, openKeys, openValues;
    double highest = 100;
    for (int i = 0; i < n; ++i) {
        const TargetProgress &p = mProgress.at(i);
        const double key = keyOf(i, n);
        ticker->addTick(key, shortened(p.phrase, 16));
        const double percent = barPercent(i);
        highest = std::max(highest, percent);
        const bool met = p.fraction() && *p.fraction() >= 1.0;
        (met ? metKeys : openKeys) << key;
        (met ? metValues : openValues) << percent;
        // The figures at the end of each bar: "45 / 60 家", or a note that nothing is recorded yet.
        auto *label = new QCPItemText(this);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->position->setCoords(percent, key);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setFont(QFont(font().family(), 8));
        label->setClipToAxisRect(false);
        if (p.latest) {
            label->setText(QStringLiteral("%1 / %2 %3").arg(number(p.latest->value), promised(p), p.unit));
        } else {
            label->setText(tr("no value yet"));
            label->setColor(QColor(0x88, 0x88, 0x88));
        }
    }
    mMet->setData(metKeys, metValues, true);
    mOpen->setData(openKeys, openValues, true);
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, n + 0.6);
    // Room on the right for the figures written after the longest bar.
    xAxis->setRange(0, highest * 1.3);
    replot();
}

double TargetChart::barPercent(int row) const
{
    if (row < 0 || row >= mProgress.size())
        return 0;
    const std::optional<double> f = mProgress.at(row).fraction();
    return f ? std::max(0.0, *f * 100.0) : 0.0;
}

int TargetChart::rowAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()) || mProgress.isEmpty())
        return -1;
    const int n = int(mProgress.size());
    const long key = std::lround(yAxis->pixelToCoord(pos.y()));
    const int row = n - int(key);
    return row >= 0 && row < n ? row : -1;
}

QPointF TargetChart::rowCenter(int row) const
{
    const QRect r = axisRect()->rect();
    return {r.left() + r.width() / 2.0, yAxis->coordToPixel(keyOf(row, int(mProgress.size())))};
}

QString TargetChart::rowToolTip(int row) const
{
    if (row < 0 || row >= mProgress.size())
        return {};
    const TargetProgress &p = mProgress.at(row);
    QStringList lines = {p.phrase, tr("Target: %1 %2 (sentence %3)").arg(promised(p), p.unit, p.sentenceId)};
    if (p.latest) {
        const std::optional<double> f = p.fraction();
        lines << tr("Current value: %1 %2").arg(number(p.latest->value), p.unit)
                     + (f ? QStringLiteral(" (%1 %)").arg(QLocale().toString(*f * 100.0, 'f', 0)) : QString());
        lines << tr("Last update: %1 by %2").arg(p.latest->date.toString(Qt::ISODate), p.latest->user);
        if (!p.latest->note.isEmpty())
            lines << tr("Note: %1").arg(p.latest->note);
        lines << tr("%n value(s) recorded", nullptr, p.recordCount);
    } else {
        lines << tr("No current value recorded yet.");
    }
    lines << tr("Click to record the current value");
    return lines.join(QLatin1Char('\n'));
}

void TargetChart::showToolTip(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), rowToolTip(row), this);
}

} // namespace yc
