// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_dock.h"

#include "plan/plan_filter.h"
#include "plan/plan_statistics.h"
#include "plan/project.h"
#include "render/plan_style.h"
#include "status_timeline_chart.h"
#include "target_chart.h"
#include "target_value_dialog.h"

#include "qcp.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace yc {

DashboardDock::DashboardDock(FeatureFilterModel *filter, QWidget *parent)
    : QDockWidget(tr("Dashboard"), parent), mFilter(filter), mTabs(new QTabWidget(this)), mPlot(new QCustomPlot(this)),
      mTargetChart(new TargetChart(this)), mTimeline(new StatusTimelineChart(this))
{
    setObjectName(QStringLiteral("dashboardDock"));
    mPlot->setMinimumHeight(220);
    mPlot->setMouseTracking(true);
    mPlot->plotLayout()->insertRow(0);
    mPlot->plotLayout()->addElement(0, 0, new QCPTextElement(mPlot, tr("Features by status per report section")));
    mPlot->yAxis->setLabel(tr("Features"));
    mPlot->xAxis->setLabel(tr("Section"));
    mPlot->legend->setVisible(true);
    mPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    // Drawn bottom to top in status order, each stacked on the one before.
    QCPBars *below = nullptr;
    for (Status s : allStatuses()) {
        auto *bars = new QCPBars(mPlot->xAxis, mPlot->yAxis);
        bars->setName(displayName(s));
        bars->setWidth(0.6);
        bars->setPen(QPen(statusColor(s).darker(130)));
        bars->setBrush(statusColor(s));
        bars->setSelectable(QCP::stNone);
        if (below)
            bars->moveAbove(below);
        below = bars;
        mBars.append({s, bars});
    }
    connect(mPlot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *plottable, int index, QMouseEvent *) {
        for (const auto &[status, bars] : mBars)
            if (bars == plottable)
                filterByBar(status, index);
    });
    connect(mPlot, &QCustomPlot::mouseMove, this, &DashboardDock::showToolTip);

    connect(mTargetChart, &TargetChart::targetClicked, this, [this](const QString &id) { recordTargetValue(id); });
    mTabs->setObjectName(QStringLiteral("dashboardTabs"));
    mTabs->addTab(mPlot, tr("By section"));
    mTabs->addTab(mTargetChart, tr("Targets"));
    mTabs->addTab(mTimeline, tr("Over time"));

    auto *recordButton = new QPushButton(tr("Record value…"), this);
    recordButton->setObjectName(QStringLiteral("recordTargetValueButton"));
    recordButton->setToolTip(tr("Record the current value of a report target"));
    connect(recordButton, &QPushButton::clicked, this, [this]() { recordTargetValue(); });
    connect(mTabs, &QTabWidget::currentChanged, this,
            [this, recordButton]() { recordButton->setVisible(mTabs->currentWidget() == mTargetChart); });
    recordButton->setVisible(false);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the chart as PNG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &DashboardDock::chooseExportFile);
    auto *showAll = new QPushButton(tr("Show all"), this);
    connect(showAll, &QPushButton::clicked, mFilter, &FeatureFilterModel::clear);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(recordButton);
    buttons->addStretch(1);
    buttons->addWidget(showAll);
    buttons->addWidget(exportButton);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mTabs, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(mFilter, &FeatureFilterModel::changed, this, &DashboardDock::refresh);
    refresh();
}

void DashboardDock::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject) {
        connect(mProject, &Project::featureChanged, this, &DashboardDock::refresh);
        connect(mProject, &Project::featuresReset, this, &DashboardDock::refresh);
        connect(mProject, &Project::targetValuesChanged, this, &DashboardDock::refreshTargets);
    }
    refresh();
}

void DashboardDock::refreshTargets()
{
    mTargetChart->setProgress(mProject ? targetProgress(mProject->targets(), mProject->targetValues(),
                                                        mFilter->filter().section)
                                       : QList<TargetProgress>());
}

TargetValueDialog *DashboardDock::recordTargetValue(const QString &targetId)
{
    if (!mProject || mProject->targets().isEmpty())
        return nullptr;
    auto *dialog = new TargetValueDialog(*mProject, targetId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QCustomPlot *DashboardDock::currentPlot() const
{
    auto *plot = qobject_cast<QCustomPlot *>(mTabs->currentWidget());
    return plot ? plot : mPlot;
}

void DashboardDock::refresh()
{
    mSections.clear();
    QList<PlanFeature> features;
    if (mProject) {
        for (const Section &s : mProject->report().sections())
            mSections << s.number;
        features = filterFeatures(mProject->features(), mFilter->filter(), mProject->report());
    }
    const QList<SectionStatusCounts> counts = countByStatusPerSection(features, mSections);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    for (int i = 0; i < mSections.size(); ++i) {
        keys << i + 1;
        ticker->addTick(i + 1, QString::number(mSections.at(i)));
    }
    mPlot->xAxis->setTicker(ticker);
    int highest = 0;
    for (int i = 0; i < counts.size(); ++i) {
        int total = 0;
        for (const StatusCount &c : counts.at(i).counts)
            total += c.count;
        highest = std::max(highest, total);
    }
    for (int k = 0; k < mBars.size(); ++k) {
        QVector<double> values;
        for (const SectionStatusCounts &section : counts)
            values << section.counts.at(k).count;
        mBars.at(k).second->setData(keys, values, true);
    }
    mPlot->xAxis->setRange(0.4, mSections.size() + 0.6);
    mPlot->yAxis->setRange(0, std::max(5.0, highest * 1.15));
    mPlot->replot();
    mTimeline->setSnapshots(statusCountsByMonth(features, QDate::currentDate()));
    refreshTargets();
}

int DashboardDock::count(int section, Status status) const
{
    const int index = int(mSections.indexOf(section));
    for (const auto &[s, bars] : mBars)
        if (s == status && index >= 0 && index < bars->data()->size())
            return int(bars->data()->at(index)->value);
    return 0;
}

void DashboardDock::filterByBar(Status status, int index)
{
    if (index < 0 || index >= mSections.size())
        return;
    FeatureFilter f = mFilter->filter();
    f.section = mSections.at(index);
    f.status = status;
    mFilter->setFilter(f);
}

void DashboardDock::showToolTip(QMouseEvent *event)
{
    int index = -1;
    auto *bars = qobject_cast<QCPBars *>(mPlot->plottableAt(event->position(), false, &index));
    if (!bars || index < 0 || index >= mSections.size()) {
        QToolTip::hideText();
        return;
    }
    const int value = int(bars->data()->at(index)->value);
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("Section %1 — %2: %n feature(s)\nClick to show them on the map", nullptr, value)
                           .arg(mSections.at(index))
                           .arg(bars->name()),
                       mPlot);
}

bool DashboardDock::exportChart(const QString &path) const
{
    QCustomPlot *plot = currentPlot();
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return plot->savePdf(path, 0, 0, QCP::epAllowCosmetic, QStringLiteral("Yuncheng Planner"),
                             mTabs->tabText(mTabs->currentIndex()));
    return plot->savePng(path, 0, 0, 2.0);
}

void DashboardDock::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), tr("status-chart.png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!path.isEmpty() && !exportChart(path))
        QToolTip::showText(mapToGlobal(rect().center()), tr("The chart could not be written to %1.").arg(path), this);
}

} // namespace yc
