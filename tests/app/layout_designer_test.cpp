// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Print layout… on the bundled project: a live preview drawn by the layout renderer, redrawn when the
// settings change, and a PDF export that runs without a file dialog.
#include "layout_designer_dialog.h"
#include "layout/layout_json.h"
#include "main_window.h"
#include "map_canvas.h"
#include "plan/project.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <functional>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000) { return yc::test::waitFor(done, timeoutMs); }

/// Pixels that are not white: a blank page has none.
int inkedPixels(const QImage &image)
{
    int n = 0;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            n += img.pixel(x, y) != qRgb(255, 255, 255);
    return n;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The bundled project open in a MainWindow with its base layers loaded; the designer opened from the menu.
class LayoutDesignerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        for (const char *name : {"yuncheng.gpkg", "yuncheng-base.gpkg"})
            ASSERT_TRUE(QFile::copy(test::sourceDir() + QStringLiteral("/maps/") + QLatin1String(name),
                                    mDir.filePath(QLatin1String(name))));
        mWindow = std::make_unique<MainWindow>();
        ASSERT_TRUE(mWindow->openProject(mDir.filePath(QStringLiteral("yuncheng.gpkg"))));
        mWindow->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(mWindow.get()));
        ASSERT_TRUE(waitFor([this] { return !mWindow->canvas()->layers().isEmpty(); }));

        QAction *action = mWindow->findChild<QAction *>(QStringLiteral("printLayoutAction"));
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::Print));
        action->trigger();
        mDialog = mWindow->findChild<LayoutDesignerDialog *>();
        ASSERT_NE(mDialog, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(mDialog));
    }

    bool waitForPreview() { return waitFor([this] { return !mDialog->isPreviewing() && !mDialog->preview().isNull(); }); }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    LayoutDesignerDialog *mDialog = nullptr;
};

} // namespace

TEST_F(LayoutDesignerTest, PreviewFollowsTheSettings)
{
    ASSERT_TRUE(waitForPreview());
    const QImage first = mDialog->preview();
    const QSizeF a3 = mDialog->settings().page.sizeMm();
    EXPECT_NEAR(double(first.width()) / first.height(), a3.width() / a3.height(), 0.01);
    EXPECT_GT(inkedPixels(first), first.width() * first.height() / 4 / 20);   // map, legend, texts

    // The default extent is the map view, in the map CRS.
    const Envelope view = mWindow->canvas()->visibleExtent();
    EXPECT_NEAR(mDialog->settings().extent.center().x(), view.center().x(), view.width() * 0.01);

    int updates = 0;
    QObject::connect(mDialog, &LayoutDesignerDialog::previewUpdated, mDialog, [&updates] { ++updates; });
    // Typing coalesces into one new preview, which shows the new title.
    QTest::keyClicks(mDialog->titleEdit(), QStringLiteral("Test"));
    mDialog->titleEdit()->setText(QString::fromUtf8("运城市重点项目布局图"));
    ASSERT_TRUE(waitFor([&] { return updates > 0 && !mDialog->isPreviewing(); }));
    EXPECT_EQ(updates, 1);
    EXPECT_EQ(mDialog->settings().title, QString::fromUtf8("运城市重点项目布局图"));
    EXPECT_NE(mDialog->preview(), first);
    EXPECT_EQ(mDialog->preview().size(), first.size());
}

TEST_F(LayoutDesignerTest, ExportsThePdfWithTheTitle)
{
    const QString title = QString::fromUtf8("盐湖区黄河保护规划图");
    mDialog->titleEdit()->setText(title);
    const QString path = mDir.filePath(QStringLiteral("out/layout"));
    QDir().mkpath(mDir.filePath(QStringLiteral("out")));
    QString asked;
    mDialog->setPathChooser([&](const QString &, const QString &suggested) {
        asked = suggested;
        return path;
    });
    ExportResult result = ExportResult::CannotWrite;
    QString written;
    bool done = false;
    QObject::connect(mDialog, &LayoutDesignerDialog::exportFinished, mDialog,
                     [&](ExportResult r, const QString &p) {
                         result = r;
                         written = p;
                         done = true;
                     });
    QTest::mouseClick(mDialog->exportButton(), Qt::LeftButton);
    EXPECT_FALSE(mDialog->exportButton()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return done; }, 180000));
    EXPECT_TRUE(mDialog->exportButton()->isEnabled());
    EXPECT_TRUE(asked.endsWith(QLatin1String("map.pdf")));
    ASSERT_EQ(result, ExportResult::Ok);
    EXPECT_EQ(written, path + QStringLiteral(".pdf"));
    ASSERT_TRUE(QFileInfo::exists(written));
    const QString text = pdfText(written);
    EXPECT_TRUE(text.contains(title)) << qPrintable(text.left(400));
}

TEST_F(LayoutDesignerTest, ExportsAnAtlasOfOnePagePerSection)
{
    const QString path = mDir.filePath(QStringLiteral("atlas.pdf"));
    mDialog->setPathChooser([&](const QString &, const QString &) { return path; });
    bool done = false;
    ExportResult result = ExportResult::CannotWrite;
    QObject::connect(mDialog, &LayoutDesignerDialog::exportFinished, mDialog,
                     [&](ExportResult r, const QString &) {
                         result = r;
                         done = true;
                     });
    QTest::mouseClick(mDialog->atlasButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return done; }, 300000));
    ASSERT_EQ(result, ExportResult::Ok);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("Pages:"));
    ASSERT_GE(at, 0);
    EXPECT_EQ(out.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt(),
              sectionsWithFeatures(mWindow->project()).size());
}

TEST_F(LayoutDesignerTest, TemplatesAreSavedWithTheProject)
{
    const QString name = QString::fromUtf8("第四部分 A4 竖版");
    mDialog->titleEdit()->setText(QString::fromUtf8("生态保护"));
    LayoutSettings wanted = mDialog->settings();
    wanted.page.size = QPageSize(QPageSize::A4);
    wanted.page.orientation = QPageLayout::Portrait;
    wanted.section = 4;
    wanted.scaleDenominator = 250000;
    wanted.dpi = 150;
    mWindow->project().setLayoutTemplate(QStringLiteral("scratch"), QString::fromUtf8(layoutToJson(wanted)));
    ASSERT_TRUE(mDialog->applyTemplate(QStringLiteral("scratch")));
    EXPECT_EQ(layoutToJson(mDialog->settings()), layoutToJson(wanted));
    mWindow->project().setLayoutTemplate(QStringLiteral("scratch"), QString());

    mDialog->saveTemplate(name);
    EXPECT_TRUE(mWindow->project().layoutTemplates().contains(name));
    EXPECT_FALSE(mWindow->project().undoStack()->isClean());   // a change to save
    EXPECT_EQ(mDialog->templateBox()->currentText(), name);
    mDialog->close();

    const QString path = mDir.filePath(QStringLiteral("with-template.gpkg"));
    ASSERT_TRUE(mWindow->saveProject(path));
    MainWindow reopened;
    ASSERT_TRUE(reopened.openProject(path));
    ASSERT_TRUE(reopened.project().layoutTemplates().contains(name));
    LayoutDesignerDialog again(reopened.project(), {}, Envelope(), reopened.project().crs());
    EXPECT_GE(again.templateBox()->findText(name), 1);
    ASSERT_TRUE(again.applyTemplate(name));
    EXPECT_EQ(layoutToJson(again.settings()), layoutToJson(wanted));
    EXPECT_EQ(again.settings().title, QString::fromUtf8("生态保护"));
}

TEST_F(LayoutDesignerTest, PlacesTextOnThePageByClickingThePreview)
{
    ASSERT_TRUE(waitForPreview());
    const QImage before = mDialog->preview();
    auto *place = mDialog->findChild<QPushButton *>(QStringLiteral("placePageText"));
    ASSERT_NE(place, nullptr);
    place->click();
    ASSERT_TRUE(place->isChecked());
    // Click a quarter into the preview's sheet, where the map is.
    QWidget *preview = mDialog->findChild<QWidget *>(QStringLiteral("pagePreview"));
    ASSERT_NE(preview, nullptr);
    QTest::mouseClick(preview, Qt::LeftButton, Qt::NoModifier, preview->rect().center() - QPoint(preview->width() / 5, 0));
    ASSERT_TRUE(waitFor([&] { return mDialog->noteDialog() && mDialog->noteDialog()->isVisible(); }));
    EXPECT_FALSE(place->isChecked());
    mDialog->noteDialog()->textEdit()->setPlainText(QString::fromUtf8("讨论稿 PAGE NOTE"));
    mDialog->noteDialog()->accept();

    Project &project = mWindow->project();
    ASSERT_EQ(project.annotations().list().size(), 1);
    const Annotation note = project.annotations().list().first();
    EXPECT_EQ(note.placement, AnnotationPlacement::Page);
    EXPECT_EQ(note.layout, QString());   // no template chosen: the default layout
    const QSizeF sheet = mDialog->settings().page.sizeMm();
    EXPECT_GT(note.a.x(), 0);
    EXPECT_LT(note.a.x(), sheet.width() / 2);
    EXPECT_GT(note.a.y(), sheet.height() * 0.3);
    EXPECT_LT(note.a.y(), sheet.height() * 0.7);
    // The preview is redrawn with it, and undo takes it away.
    ASSERT_TRUE(waitFor([&] { return !mDialog->isPreviewing() && mDialog->preview() != before; }));
    project.undoStack()->undo();
    EXPECT_TRUE(project.annotations().list().isEmpty());
}

TEST_F(LayoutDesignerTest, PageNotesMoveAndEditOnThePreview)
{
    ASSERT_TRUE(waitForPreview());
    Project &project = mWindow->project();
    QUndoStack *stack = project.undoStack();
    Annotation note;
    note.id = QStringLiteral("note_page");
    note.placement = AnnotationPlacement::Page;
    note.a = note.b = QPointF(100, 150);   // mm on the A3 landscape sheet, over the map
    note.text = QStringLiteral("MOVE ME");
    note.fontSize = 14;
    project.annotations().put(note);
    const int start = stack->index();

    // Where a point of the sheet (mm) is on the preview widget: the page image scaled to fit, centred.
    QWidget *preview = mDialog->findChild<QWidget *>(QStringLiteral("pagePreview"));
    ASSERT_NE(preview, nullptr);
    const QSizeF sheetMm = mDialog->settings().page.sizeMm();
    const auto at = [&](QPointF mm) {
        const QSizeF fit = QSizeF(mDialog->preview().size()).scaled(QSizeF(preview->size()) - QSizeF(24, 24), Qt::KeepAspectRatio);
        const QPointF origin((preview->width() - fit.width()) / 2, (preview->height() - fit.height()) / 2);
        return (origin + QPointF(mm.x() / sheetMm.width() * fit.width(), mm.y() / sheetMm.height() * fit.height())).toPoint();
    };
    const QPointF inside = note.a + QPointF(4, 2);
    EXPECT_EQ(mDialog->pageNoteAt(inside), note.id);

    // A drag moves the note by as much as the mouse went; one undo step.
    const QPoint from = at(inside);
    const QPoint to = from + QPoint(60, 30);
    QTest::mousePress(preview, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 6; ++i) {
        const QPointF pos = from + (to - from) * i / 6;
        QMouseEvent move(QEvent::MouseMove, pos, preview->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(preview, &move);
    }
    QTest::mouseRelease(preview, Qt::LeftButton, Qt::NoModifier, to);
    EXPECT_EQ(mDialog->selectedPageNote(), note.id);
    EXPECT_EQ(stack->index(), start + 1);
    const QPointF moved = project.annotations().find(note.id)->a;
    const double mmPerPixel = sheetMm.width() / (at(QPointF(sheetMm.width(), 0)).x() - at(QPointF(0, 0)).x());
    EXPECT_NEAR(moved.x() - note.a.x(), 60 * mmPerPixel, 2 * mmPerPixel);
    EXPECT_NEAR(moved.y() - note.a.y(), 30 * mmPerPixel, 2 * mmPerPixel);
    // The next preview shows it there; undo puts it back.
    stack->undo();
    EXPECT_EQ(project.annotations().find(note.id)->a, note.a);

    // A double click opens its properties; the edit is undoable.
    QTest::mouseDClick(preview, Qt::LeftButton, Qt::NoModifier, from);
    ASSERT_TRUE(waitFor([&] { return mDialog->noteDialog() && mDialog->noteDialog()->isVisible(); }));
    mDialog->noteDialog()->textEdit()->setPlainText(QString::fromUtf8("已修改 EDITED"));
    mDialog->noteDialog()->accept();
    EXPECT_EQ(project.annotations().find(note.id)->text, QString::fromUtf8("已修改 EDITED"));
    stack->undo();
    EXPECT_EQ(project.annotations().find(note.id)->text, note.text);

    // Delete removes the selected note; undo brings it back.
    QTest::mouseClick(preview, Qt::LeftButton, Qt::NoModifier, from);
    ASSERT_EQ(mDialog->selectedPageNote(), note.id);
    QTest::keyClick(preview, Qt::Key_Delete);
    EXPECT_FALSE(project.annotations().find(note.id));
    stack->undo();
    EXPECT_TRUE(project.annotations().find(note.id));
}

TEST_F(LayoutDesignerTest, TargetChartIsOfferedAndKeptInTemplates)
{
    ASSERT_TRUE(waitForPreview());
    QCheckBox *box = mDialog->targetChartBox();
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(mDialog->settings().targetChart);
    const QImage before = mDialog->preview();
    box->setChecked(true);
    EXPECT_TRUE(mDialog->settings().targetChart);
    ASSERT_TRUE(waitFor([&] { return !mDialog->isPreviewing() && mDialog->preview() != before; }));
    mDialog->saveTemplate(QStringLiteral("with targets"));
    box->setChecked(false);
    ASSERT_TRUE(mDialog->applyTemplate(QStringLiteral("with targets")));
    EXPECT_TRUE(box->isChecked());
}
