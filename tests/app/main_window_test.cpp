// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_dialog.h"
#include "feature_info_dock.h"
#include "i18n.h"
#include "main_window.h"
#include "map_canvas.h"
#include "plan/project.h"
#include "render/plan_style.h"
#include "report_dock.h"
#include "selection.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMenuBar>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>

using namespace yc;

namespace {

using yc::test::waitFor;

void click(QWidget *widget, QPointF pos)
{
    const QPointF global = widget->mapToGlobal(pos);
    QMouseEvent press(QEvent::MouseButtonPress, pos, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

bool imageContains(const QImage &image, QColor color, int tolerance = 10)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance)
                return true;
        }
    return false;
}

PlanFeature feature(const QString &id, const QString &name, QPointF lonLat, Status status, const QString &sentence)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = name;
    f.category = Category::ScenicSite;
    f.county = QString::fromUtf8("盐湖区");
    f.geometry = Geometry::point(lonLat);
    f.history = {{status, QDate(2024, 1, 1), {}, {}, {}}};
    f.sentenceIds = {sentence};
    return f;
}

/// A small project built in code: the bundled report, three features, one base layer in a GeoJSON file.
class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        const QString layerPath = mDir.filePath(QStringLiteral("counties.geojson"));
        QFile file(layerPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"盐湖区"},
            "geometry":{"type":"Polygon","coordinates":[[[110.8,34.8],[111.3,34.8],[111.3,35.3],[110.8,35.3],[110.8,34.8]]]}}]})");
        file.close();

        auto project = std::make_unique<Project>();
        project->setReport(Report::parse(test::bundledReportText()));
        const QList<const Sentence *> sentences = project->report().allSentences();
        ASSERT_GE(sentences.size(), 3);
        mSentenceA = sentences.at(0)->id;
        mSentenceB = sentences.at(2)->id;
        project->setFeatures({
            feature(QStringLiteral("west"), QString::fromUtf8("西景区"), {110.9, 35.0}, Status::Completed, mSentenceA),
            feature(QStringLiteral("east"), QString::fromUtf8("东景区"), {111.2, 35.2}, Status::UnderConstruction,
                    mSentenceB),
            feature(QStringLiteral("south"), QString::fromUtf8("南景区"), {111.2, 34.9}, Status::Proposed, mSentenceB),
        });
        project->setLayers({{QStringLiteral("counties"), layerPath, {}, true, 1.0, {}}});
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1200, 800);
        mWindow->setProject(std::move(project));
        mWindow->show();
    }

    /// Waits until the map shows the base layer and no render is pending.
    void waitForMap()
    {
        const QColor countyFill = baseLayerStyle(QStringLiteral("counties")).fill;
        ASSERT_TRUE(waitFor([&] {
            return !mWindow->canvas()->isRendering() && !mWindow->canvas()->image().isNull()
                && imageContains(mWindow->canvas()->image(), countyFill, 2);
        }));
    }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QString mSentenceA;
    QString mSentenceB;
};

} // namespace

TEST_F(MainWindowTest, RendersBaseLayerAndFeaturesInTheBackground)
{
    int finished = 0;
    QObject::connect(mWindow->canvas(), &MapCanvas::renderFinished, [&] { ++finished; });
    waitForMap();
    const QImage image = mWindow->canvas()->image();
    EXPECT_TRUE(imageContains(image, statusColor(Status::Completed)));
    EXPECT_TRUE(imageContains(image, statusColor(Status::UnderConstruction)));
    EXPECT_TRUE(imageContains(image, statusColor(Status::Proposed)));
    EXPECT_GE(finished, 1);
}

TEST_F(MainWindowTest, ClickingAFeatureSelectsItAndItsSentence)
{
    waitForMap();
    MapCanvas *canvas = mWindow->canvas();
    const auto pos = canvas->widgetPosition({111.2, 35.2});
    ASSERT_TRUE(pos.has_value());
    click(canvas, *pos);
    EXPECT_EQ(mWindow->selection()->featureIds(), QStringList{QStringLiteral("east")});
    EXPECT_EQ(mWindow->reportDock()->highlightedSentenceIds(), QStringList{mSentenceB});
    EXPECT_TRUE(mWindow->featureInfoDock()->text().contains(QString::fromUtf8("东景区")));
    EXPECT_EQ(canvas->selectedFeatureIds(), QStringList{QStringLiteral("east")});
    // The selection shows on the map after the next rendering.
    ASSERT_TRUE(waitFor([&] { return !canvas->isRendering(); }));
    const QPoint p = pos->toPoint() * canvas->image().devicePixelRatio();
    bool halo = false;
    for (int dx = -14; dx <= 14; ++dx)
        for (int dy = -14; dy <= 14; ++dy) {
            const QColor c = canvas->image().pixelColor(p + QPoint(dx, dy));
            halo = halo || (c.red() > 220 && c.green() > 180 && c.blue() < 100);
        }
    EXPECT_TRUE(halo);

    // Clicking empty map clears the selection.
    click(canvas, QPointF(5, 5));
    EXPECT_TRUE(mWindow->selection()->featureIds().isEmpty());
    EXPECT_TRUE(mWindow->reportDock()->highlightedSentenceIds().isEmpty());
}

TEST_F(MainWindowTest, SelectingASentenceSelectsItsFeatures)
{
    mWindow->reportDock()->activateSentence(mSentenceB);
    QStringList selected = mWindow->selection()->featureIds();
    selected.sort();
    EXPECT_EQ(selected, (QStringList{QStringLiteral("east"), QStringLiteral("south")}));
    EXPECT_EQ(mWindow->reportDock()->highlightedSentenceIds(), QStringList{mSentenceB});
    EXPECT_EQ(mWindow->canvas()->selectedFeatureIds().size(), 2);
    EXPECT_TRUE(mWindow->reportDock()->plainText().contains(mSentenceB));
}

TEST(AboutDialog, ShowsLicencesAndTheBoundaryNotice)
{
    AboutDialog dialog;
    const auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText"));
    ASSERT_NE(browser, nullptr);
    const QString text = browser->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("MIT")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("审图号")));
    EXPECT_TRUE(text.contains(QString::fromLatin1(YC_VERSION)));
}

TEST(Translations, ChineseMenusAfterInstallingZhCn)
{
    ASSERT_TRUE(i18n::installTranslations(QStringLiteral("zh_CN")));
    {
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        ASSERT_FALSE(menus.isEmpty());
        EXPECT_EQ(menus.first()->text(), QString::fromUtf8("文件(&F)"));
        EXPECT_EQ(displayName(Status::Completed), QString::fromUtf8("已完成"));
    }
    ASSERT_TRUE(i18n::installTranslations(QStringLiteral("en")));
    MainWindow window;
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

TEST(Translations, LanguageChoice)
{
    EXPECT_EQ(i18n::chooseLanguage({}, {}, QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::chooseLanguage({}, {}, QStringLiteral("de_DE")), QStringLiteral("en"));
    EXPECT_EQ(i18n::chooseLanguage({}, QStringLiteral("en"), QStringLiteral("zh_CN")), QStringLiteral("en"));
    EXPECT_EQ(i18n::chooseLanguage(QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("en_US")),
              QStringLiteral("zh_CN"));
}
