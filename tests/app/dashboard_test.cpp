// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard driven through the GUI on the bundled project: recording target values (dialog, chart, tooltip,
// undo, save and reopen), the status-over-time chart following status changes and the filter, and chart export.
#include "dashboard_dock.h"
#include "main_window.h"
#include "plan/plan_commands.h"
#include "plan/plan_filter.h"
#include "plan/project.h"
#include "platform/platform.h"
#include "status_timeline_chart.h"
#include "target_chart.h"
#include "target_value_dialog.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {

using yc::test::waitFor;

const QString kEnterprises = QStringLiteral("5.2.5#3");   // 新培育科技型中小企业60家

class DashboardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        for (const char *name : {"yuncheng.gpkg", "yuncheng-base.gpkg"})
            ASSERT_TRUE(QFile::copy(test::sourceDir() + QStringLiteral("/maps/") + QLatin1String(name),
                                    mDir.filePath(QLatin1String(name))));
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1400, 900);
        ASSERT_TRUE(mWindow->openProject(mDir.filePath(QStringLiteral("yuncheng.gpkg"))));
        mWindow->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(mWindow.get()));
        dashboard()->show();
        dashboard()->raise();
    }

    DashboardDock *dashboard() { return mWindow->dashboardDock(); }
    Project &project() { return mWindow->project(); }

    /// Shows the tab holding `chart` and lets it lay itself out.
    void showTab(QWidget *chart)
    {
        dashboard()->tabs()->setCurrentWidget(chart);
        QTest::qWait(50);
        if (auto *plot = qobject_cast<QCustomPlot *>(chart))
            plot->replot();
    }

    int row(const QString &targetId)
    {
        const QList<TargetProgress> &rows = dashboard()->targetChart()->progress();
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).targetId == targetId)
                return i;
        return -1;
    }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
};

} // namespace

TEST_F(DashboardTest, ClickingATargetRecordsItsCurrentValue)
{
    TargetChart *chart = dashboard()->targetChart();
    showTab(chart);
    ASSERT_EQ(chart->progress().size(), project().targets().size());
    ASSERT_GE(chart->progress().size(), 20);
    const int r = row(kEnterprises);
    ASSERT_GE(r, 0);
    EXPECT_EQ(chart->barPercent(r), 0);
    EXPECT_TRUE(chart->rowToolTip(r).contains(QStringLiteral("60")));
    EXPECT_EQ(chart->rowAt(chart->rowCenter(r)), r);

    // A click on the row opens the dialog for that target.
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, chart->rowCenter(r).toPoint());
    TargetValueDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = mWindow->findChild<TargetValueDialog *>()) != nullptr; }));
    EXPECT_EQ(dialog->targetId(), kEnterprises);
    EXPECT_EQ(dialog->history()->rowCount(), 0);
    dialog->setValue(45);
    dialog->setDate(QDate(2024, 9, 30));
    dialog->setNote(QString::fromUtf8("科技局三季度统计"));
    dialog->accept();

    const QList<TargetValue> history = project().targetValues().value(kEnterprises);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.last().value, 45);
    EXPECT_EQ(history.last().user, platform::userName());
    EXPECT_DOUBLE_EQ(chart->barPercent(r), 75.0);
    const QString tip = chart->rowToolTip(r);
    for (const QString &part : {QStringLiteral("45"), QStringLiteral("60"), QString::fromUtf8("家"),
                                QStringLiteral("2024-09-30"), platform::userName(), QString::fromUtf8("科技局三季度统计")})
        EXPECT_TRUE(tip.contains(part)) << part.toStdString() << " not in " << tip.toStdString();
    EXPECT_TRUE(mWindow->isWindowModified());

    // A second value keeps the first in the history the dialog shows.
    dialog = dashboard()->recordTargetValue(kEnterprises);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->history()->rowCount(), 1);
    dialog->setValue(63);
    dialog->setDate(QDate(2024, 12, 31));
    dialog->accept();
    EXPECT_EQ(project().targetValues().value(kEnterprises).size(), 2);
    EXPECT_NEAR(chart->barPercent(r), 105.0, 1e-9);

    project().undoStack()->undo();
    EXPECT_DOUBLE_EQ(chart->barPercent(r), 75.0);
    project().undoStack()->undo();
    EXPECT_EQ(chart->barPercent(r), 0);
    EXPECT_FALSE(project().targetValues().contains(kEnterprises));
    project().undoStack()->redo();
    EXPECT_DOUBLE_EQ(chart->barPercent(r), 75.0);
}

TEST_F(DashboardTest, TargetValuesSurviveSaveAndReopen)
{
    TargetValueDialog *dialog = dashboard()->recordTargetValue(kEnterprises);
    ASSERT_NE(dialog, nullptr);
    dialog->setValue(30);
    dialog->setDate(QDate(2024, 6, 30));
    dialog->setNote(QString::fromUtf8("半年"));
    dialog->accept();
    const TargetValues recorded = project().targetValues();
    const QString path = mDir.filePath(QStringLiteral("saved.gpkg"));
    ASSERT_TRUE(mWindow->saveProject(path));

    MainWindow reopened;
    ASSERT_TRUE(reopened.openProject(path));
    EXPECT_EQ(reopened.project().targetValues(), recorded);
    TargetChart *chart = reopened.dashboardDock()->targetChart();
    const QList<TargetProgress> &rows = chart->progress();
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [](const TargetProgress &p) { return p.targetId == kEnterprises; });
    ASSERT_NE(it, rows.cend());
    EXPECT_DOUBLE_EQ(chart->barPercent(int(it - rows.cbegin())), 50.0);
    EXPECT_TRUE(chart->rowToolTip(int(it - rows.cbegin())).contains(QString::fromUtf8("半年")));
}

TEST_F(DashboardTest, TheSectionFilterNarrowsTheTargets)
{
    FeatureFilter filter;
    filter.section = 8;
    mWindow->filterModel()->setFilter(filter);
    const QList<TargetProgress> &rows = dashboard()->targetChart()->progress();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_LT(rows.size(), project().targets().size());
    for (const TargetProgress &p : rows)
        EXPECT_TRUE(p.sentenceId.startsWith(QStringLiteral("8."))) << p.sentenceId.toStdString();
    mWindow->filterModel()->clear();
    EXPECT_EQ(dashboard()->targetChart()->progress().size(), project().targets().size());
}

TEST_F(DashboardTest, TheTimelineFollowsStatusChangesAndTheFilter)
{
    StatusTimelineChart *timeline = dashboard()->timelineChart();
    showTab(timeline);
    const QList<StatusSnapshot> &months = timeline->snapshots();
    ASSERT_FALSE(months.isEmpty());
    EXPECT_EQ(months.first().date, QDate(2024, 1, 31));   // the bundled history starts in January 2024
    EXPECT_EQ(months.last().date, QDate::currentDate());
    EXPECT_EQ(months.last().counts, countByStatus(project().features()));
    const int last = int(months.size()) - 1;
    EXPECT_GE(timeline->indexAt(QPointF(timeline->axisRect()->rect().right() - 2, timeline->axisRect()->rect().center().y())), 0);
    EXPECT_TRUE(timeline->monthToolTip(last).contains(QString::number(project().features().size())));

    // A change dated today moves this month's bands, not the earlier ones.
    const PlanFeature f = project().features().first();
    const Status next = f.status() == Status::Completed ? Status::OnHold : Status::Completed;
    const int before = timeline->count(last, next);
    const int earlier = timeline->count(0, next);
    project().undoStack()->push(new ChangeStatusCommand(project(), f.id, next, QDate::currentDate(), {}));
    EXPECT_EQ(timeline->count(int(timeline->snapshots().size()) - 1, next), before + 1);
    EXPECT_EQ(timeline->count(0, next), earlier);
    project().undoStack()->undo();
    EXPECT_EQ(timeline->count(int(timeline->snapshots().size()) - 1, next), before);

    // The filter: only the matching features are counted.
    FeatureFilter filter;
    filter.county = f.county;
    mWindow->filterModel()->setFilter(filter);
    const QList<PlanFeature> shown = filterFeatures(project().features(), filter, project().report());
    ASSERT_LT(shown.size(), project().features().size());
    EXPECT_EQ(timeline->snapshots().last().counts, countByStatus(shown));
}

TEST_F(DashboardTest, EveryChartExportsToPngAndPdf)
{
    dashboard()->recordTargetValue(kEnterprises)->accept();
    int n = 0;
    for (QWidget *chart : {static_cast<QWidget *>(dashboard()->plot()), static_cast<QWidget *>(dashboard()->targetChart()),
                           static_cast<QWidget *>(dashboard()->timelineChart())}) {
        showTab(chart);
        const QString png = mDir.filePath(QStringLiteral("chart-%1.png").arg(++n));
        const QString pdf = mDir.filePath(QStringLiteral("chart-%1.pdf").arg(n));
        ASSERT_TRUE(dashboard()->exportChart(png)) << n;
        ASSERT_TRUE(dashboard()->exportChart(pdf)) << n;
        const QImage image(png);
        EXPECT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 100);
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.read(5) == "%PDF-");
        EXPECT_GT(file.size(), 1000);
    }
}
