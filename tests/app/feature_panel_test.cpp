// SPDX-License-Identifier: GPL-3.0-or-later
// The report beside the map, driven through the GUI: canvas → panel, report → selection, status → chart,
// filter → canvas, and everything kept through save and reopen.
#include "dashboard_dock.h"
#include "feature_info_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "plan/plan_commands.h"
#include "plan/plan_filter.h"
#include "plan/project.h"
#include "platform/platform.h"
#include "report_dock.h"
#include "selection.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace yc;

namespace {

using yc::test::waitFor;

/// Clicks the first occurrence of `text` in a text browser, as a user clicks a link there.
bool clickText(QTextBrowser *browser, const QString &text, int offset = 0)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return false;
    QTextCursor at(browser->document());
    at.setPosition(found.selectionStart() + offset);
    browser->setTextCursor(at);
    browser->ensureCursorVisible();
    QTest::qWait(50);
    const QRect r = browser->cursorRect(at);
    // Just right of the cursor: inside the character that follows it.
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(r.right() + 3, r.center().y()));
    return true;
}

QStringList featureIds(const QList<PlanFeature> &features)
{
    QStringList out;
    for (const PlanFeature &f : features)
        out << f.id;
    return out;
}

/// The bundled project, copied so the test can save over it, open in a shown MainWindow.
class FeaturePanelTest : public ::testing::Test {
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
        for (const PlanFeature &f : mWindow->project().features())
            if (f.nameZh.startsWith(QString::fromUtf8("五老峰")))
                mWulaofeng = f.id;
        ASSERT_FALSE(mWulaofeng.isEmpty());
        ASSERT_TRUE(mWindow->project().feature(mWulaofeng)->sentenceIds.contains(QStringLiteral("4.2.1")));
    }

    Project &project() { return mWindow->project(); }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QString mWulaofeng;
};

} // namespace

TEST_F(FeaturePanelTest, ClickingAFeatureShowsItsSentencesInThePanel)
{
    MapCanvas *canvas = mWindow->canvas();
    mWindow->zoomToFeatures({mWulaofeng});
    const PlanFeature *f = project().feature(mWulaofeng);
    const auto pos = canvas->widgetPosition(f->geometry.envelope().center());
    ASSERT_TRUE(pos.has_value());
    ASSERT_EQ(canvas->featureAt(*pos), mWulaofeng);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, pos->toPoint());
    EXPECT_EQ(mWindow->selection()->featureIds(), QStringList{mWulaofeng});

    const QString panel = mWindow->featureInfoDock()->text();
    EXPECT_TRUE(panel.contains(f->nameZh));
    EXPECT_TRUE(panel.contains(project().report().sentence(QStringLiteral("4.2.1"))->text));
    EXPECT_TRUE(panel.contains(displayName(f->status())));
    EXPECT_TRUE(mWindow->reportDock()->highlightedSentenceIds().contains(QStringLiteral("4.2.1")));
}

TEST_F(FeaturePanelTest, ClickingASentenceSelectsItsFeatures)
{
    const QString sentenceId = QStringLiteral("4.2.1");
    const QString text = project().report().sentence(sentenceId)->text;
    QTextBrowser *browser = mWindow->reportDock()->browser();
    const QTextCursor found = browser->document()->find(text.left(12));
    ASSERT_FALSE(found.isNull());
    QTextCursor at(browser->document());
    at.setPosition(found.selectionStart() + 2);
    browser->setTextCursor(at);
    browser->ensureCursorVisible();
    QTest::qWait(50);
    const QPoint click = browser->cursorRect(at).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, click);

    QStringList expected;
    for (const PlanFeature *f : project().featuresForSentence(sentenceId))
        expected << f->id;
    ASSERT_TRUE(waitFor([&] { return mWindow->selection()->sentenceId() == sentenceId; }));
    EXPECT_EQ(mWindow->selection()->featureIds(), expected);
    EXPECT_TRUE(expected.contains(mWulaofeng));
    // Several features: the panel lists them in a table.
    if (expected.size() > 1) {
        EXPECT_EQ(mWindow->featureInfoDock()->table()->rowCount(), expected.size());
    }
}

TEST_F(FeaturePanelTest, StatusChangeAddsAHistoryRowAndMovesTheChart)
{
    DashboardDock *dashboard = mWindow->dashboardDock();
    const PlanFeature before = *project().feature(mWulaofeng);
    const Status next = before.status() == Status::Completed ? Status::OnHold : Status::Completed;
    const int oldCount = dashboard->count(4, before.status());
    const int newCount = dashboard->count(4, next);
    mWindow->selection()->select({mWulaofeng});

    project().undoStack()->push(new ChangeStatusCommand(project(), mWulaofeng, next, QDate(2024, 6, 1),
                                                        QString::fromUtf8("主体完工")));
    const PlanFeature *after = project().feature(mWulaofeng);
    ASSERT_EQ(after->history.size(), before.history.size() + 1);
    EXPECT_EQ(after->history.last().user, platform::userName());
    EXPECT_EQ(dashboard->count(4, next), newCount + 1);
    EXPECT_EQ(dashboard->count(4, before.status()), oldCount - 1);
    EXPECT_TRUE(mWindow->featureInfoDock()->text().contains(QString::fromUtf8("主体完工")));

    project().undoStack()->undo();
    EXPECT_EQ(*project().feature(mWulaofeng), before);
    EXPECT_EQ(dashboard->count(4, next), newCount);
}

TEST_F(FeaturePanelTest, AFilterLeavesOnlyMatchingFeaturesDrawn)
{
    const Category category = project().feature(mWulaofeng)->category;
    FeatureFilter filter;
    filter.category = category;
    mWindow->filterModel()->setFilter(filter);
    const QList<PlanFeature> &drawn = mWindow->canvas()->features();
    ASSERT_FALSE(drawn.isEmpty());
    EXPECT_LT(drawn.size(), project().features().size());
    for (const PlanFeature &f : drawn)
        EXPECT_EQ(f.category, category);
    EXPECT_TRUE(featureIds(drawn).contains(mWulaofeng));

    // Clicking a dashboard bar narrows further by section and status.
    const Status status = project().feature(mWulaofeng)->status();
    mWindow->dashboardDock()->filterByBar(status, int(mWindow->dashboardDock()->sections().indexOf(4)));
    for (const PlanFeature &f : mWindow->canvas()->features()) {
        EXPECT_EQ(f.status(), status);
        EXPECT_TRUE(sectionsOf(f).contains(4));
    }

    // The search box: pinyin initials find the feature.
    mWindow->filterModel()->clear();
    mWindow->searchBox()->setText(QStringLiteral("wlf"));
    EXPECT_TRUE(featureIds(mWindow->canvas()->features()).contains(mWulaofeng));
    EXPECT_LT(mWindow->canvas()->features().size(), 5);
}

TEST_F(FeaturePanelTest, AddingAFeatureForASentencePlacesItAtTheMapCentre)
{
    const qsizetype count = project().features().size();
    const QString id = mWindow->reportDock()->addFeatureForSentence(QStringLiteral("10.1.1"));
    ASSERT_FALSE(id.isEmpty());
    ASSERT_EQ(project().features().size(), count + 1);
    const PlanFeature *added = project().feature(id);
    EXPECT_EQ(added->sentenceIds, QStringList{QStringLiteral("10.1.1")});
    EXPECT_EQ(added->confidence, LocationConfidence::Placeholder);
    EXPECT_EQ(mWindow->selection()->featureIds(), QStringList{id});
    const auto pos = mWindow->canvas()->widgetPosition(added->geometry.envelope().center());
    ASSERT_TRUE(pos.has_value());
    EXPECT_NEAR(pos->x(), mWindow->canvas()->width() / 2.0, 2);
    EXPECT_NEAR(pos->y(), mWindow->canvas()->height() / 2.0, 2);
    project().undoStack()->undo();
    EXPECT_EQ(project().features().size(), count);
}

TEST_F(FeaturePanelTest, StatusAndLinksSurviveSaveAndReopen)
{
    project().undoStack()->push(new ChangeStatusCommand(project(), mWulaofeng, Status::UnderConstruction,
                                                        QDate(2024, 7, 1), QString::fromUtf8("开工")));
    mWindow->selection()->select({mWulaofeng});
    mWindow->reportDock()->linkSelectedFeatures(QStringLiteral("5.1.1"));
    const PlanFeature edited = *project().feature(mWulaofeng);
    ASSERT_TRUE(edited.sentenceIds.contains(QStringLiteral("5.1.1")));
    EXPECT_TRUE(project().featuresForSentence(QStringLiteral("5.1.1")).contains(project().feature(mWulaofeng)));

    const QString path = mDir.filePath(QStringLiteral("saved.gpkg"));
    ASSERT_TRUE(mWindow->saveProject(path));
    EXPECT_TRUE(project().undoStack()->isClean());

    MainWindow reopened;
    ASSERT_TRUE(reopened.openProject(path));
    const PlanFeature *loaded = reopened.project().feature(mWulaofeng);
    ASSERT_NE(loaded, nullptr);
    EXPECT_EQ(loaded->history, edited.history);
    EXPECT_EQ(loaded->history.last().note, QString::fromUtf8("开工"));
    EXPECT_EQ(loaded->sentenceIds, edited.sentenceIds);
    reopened.selection()->select({mWulaofeng});
    EXPECT_TRUE(reopened.featureInfoDock()->text().contains(QString::fromUtf8("开工")));
}

TEST_F(FeaturePanelTest, LinksAreEditableFromThePanel)
{
    mWindow->selection()->select({mWulaofeng});
    FeatureInfoDock *panel = mWindow->featureInfoDock();
    const QStringList before = project().feature(mWulaofeng)->sentenceIds;

    // ✕ after a linked sentence removes that link.
    ASSERT_TRUE(clickText(panel->browser(), QString::fromUtf8("✕")));
    ASSERT_TRUE(waitFor([&] { return project().feature(mWulaofeng)->sentenceIds.size() == before.size() - 1; }));
    QString removed;
    for (const QString &id : before)
        if (!project().feature(mWulaofeng)->sentenceIds.contains(id))
            removed = id;
    ASSERT_FALSE(removed.isEmpty());
    EXPECT_FALSE(project().featuresForSentence(removed).contains(project().feature(mWulaofeng)));
    project().undoStack()->undo();
    EXPECT_EQ(project().feature(mWulaofeng)->sentenceIds, before);

    // "Link sentence…": find a sentence by its number in the dialog and link it.
    panel->chooseSentenceToLink();
    QDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] {
        for (QDialog *d : panel->findChildren<QDialog *>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    }));
    auto *find = dialog->findChild<QLineEdit *>();
    auto *list = dialog->findChild<QListWidget *>();
    ASSERT_TRUE(find && list);
    QTest::keyClicks(find, QStringLiteral("5.1.1 "));
    QListWidgetItem *match = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden() && !match)
            match = list->item(i);
    ASSERT_NE(match, nullptr);
    EXPECT_EQ(match->data(Qt::UserRole).toString(), QStringLiteral("5.1.1"));
    list->setCurrentItem(match);
    dialog->accept();
    ASSERT_TRUE(project().feature(mWulaofeng)->sentenceIds.contains(QStringLiteral("5.1.1")));
    // The other side sees it: the report marks the sentence and lists the feature for it.
    EXPECT_TRUE(project().featuresForSentence(QStringLiteral("5.1.1")).contains(project().feature(mWulaofeng)));
    EXPECT_TRUE(panel->text().contains(project().report().sentence(QStringLiteral("5.1.1"))->text));
    project().undoStack()->undo();
    EXPECT_EQ(project().feature(mWulaofeng)->sentenceIds, before);
}

TEST_F(FeaturePanelTest, ASentenceWithoutFeaturesOffersToAddOne)
{
    QString lonely;
    for (const Sentence *s : project().report().allSentences())
        if (project().featuresForSentence(s->id).isEmpty() && lonely.isEmpty())
            lonely = s->id;
    ASSERT_FALSE(lonely.isEmpty());
    mWindow->reportDock()->activateSentence(lonely);
    EXPECT_TRUE(mWindow->selection()->featureIds().isEmpty());
    FeatureInfoDock *panel = mWindow->featureInfoDock();
    EXPECT_TRUE(panel->text().contains(project().report().sentence(lonely)->text));
    const QString offer = QStringLiteral("Add a feature for this sentence");
    ASSERT_TRUE(panel->text().contains(offer));

    const qsizetype count = project().features().size();
    ASSERT_TRUE(clickText(panel->browser(), offer, 2));
    ASSERT_TRUE(waitFor([&] { return project().features().size() == count + 1; }));
    const PlanFeature &added = project().features().last();
    EXPECT_EQ(added.sentenceIds, QStringList{lonely});
    EXPECT_EQ(added.confidence, LocationConfidence::Placeholder);
    EXPECT_EQ(mWindow->selection()->featureIds(), QStringList{added.id});
    EXPECT_TRUE(panel->text().contains(added.nameZh));
}

TEST_F(FeaturePanelTest, SearchResultsZoomTheMap)
{
    mWindow->canvas()->zoomToFullExtent();
    const double fullWidth = mWindow->canvas()->visibleExtent().width();
    QLineEdit *search = mWindow->searchBox();
    search->setFocus();
    search->setText(QString::fromUtf8("五老峰"));   // QTest types ASCII only; Enter is a real key press
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_TRUE(mWindow->selection()->featureIds().contains(mWulaofeng));
    EXPECT_LT(mWindow->canvas()->visibleExtent().width(), fullWidth / 4);
    const auto pos = mWindow->canvas()->widgetPosition(project().feature(mWulaofeng)->geometry.envelope().center());
    ASSERT_TRUE(pos.has_value());
    EXPECT_TRUE(mWindow->canvas()->rect().contains(pos->toPoint()));
    // The list and the map follow the search.
    for (const PlanFeature &f : mWindow->canvas()->features())
        EXPECT_TRUE(matches(f, mWindow->filterModel()->filter(), project().report()));
}

TEST_F(FeaturePanelTest, AMultipleSelectionIsASortableList)
{
    QStringList ids;
    for (const PlanFeature &f : project().features())
        if (ids.size() < 6)
            ids << f.id;
    mWindow->selection()->select(ids);
    QTableWidget *table = mWindow->featureInfoDock()->table();
    ASSERT_TRUE(table->isVisible());
    ASSERT_EQ(table->rowCount(), ids.size());
    QHeaderView *header = table->horizontalHeader();
    // Sort by status (column 2) with a click on its header.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(2) + header->sectionSize(2) / 2, header->height() / 2));
    QStringList column;
    for (int r = 0; r < table->rowCount(); ++r)
        column << table->item(r, 2)->text();
    QStringList sorted = column;
    std::sort(sorted.begin(), sorted.end());
    QStringList reversed(sorted.crbegin(), sorted.crend());
    EXPECT_TRUE(column == sorted || column == reversed) << column.join(QLatin1Char(',')).toStdString();
    // Double-clicking a row narrows the selection to that feature.
    const QString first = table->item(0, 0)->data(Qt::UserRole).toString();
    const QRect cell = table->visualItemRect(table->item(0, 0));
    // QTest's double click is only the second click of a pair: click first, as a hand does.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    EXPECT_EQ(mWindow->selection()->featureIds(), QStringList{first});
}
