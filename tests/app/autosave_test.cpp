// SPDX-License-Identifier: GPL-3.0-or-later
// The autosave journal and the restore offer after a crash: unsaved edits (plan features and external layers) are
// journaled; a new start finds the journal and offers it; restoring gives the edits back unsaved, declining
// removes the journal; a normal close removes it.
#include "autosave.h"
#include "io/vector_data.h"
#include "layer_editing.h"
#include "main_window.h"
#include "plan/geometry_commands.h"
#include "plan/layer_edit_commands.h"
#include "plan/project.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace yc;
using yc::test::waitFor;

namespace {

PlanFeature camp()
{
    PlanFeature f;
    f.id = QStringLiteral("camp");
    f.nameZh = QString::fromUtf8("自驾车营地");
    f.category = Category::SelfDriveCamp;
    f.confidence = LocationConfidence::Placeholder;
    f.geometry = Geometry::point({110.7, 34.9});
    StatusChange c;
    c.date = QDate(2024, 1, 1);
    c.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.history = {c};
    return f;
}

/// Answers the restore question with `button` as soon as it shows (it is modal: openProject waits on it). Gives
/// up after `ms` (the caller's `asked` must outlive that).
void answerRestoreQuestion(QMessageBox::StandardButton button, bool *asked, int ms = 5000)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QTimer::singleShot(ms, timer, &QObject::deleteLater);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked]() {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->objectName() == QLatin1String("restoreQuestion")
                                                            && box->isVisible()) {
                *asked = true;
                box->button(button)->click();
                timer->deleteLater();
                return;
            }
    });
    timer->start();
}

class AutosaveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        VectorData layer;
        layer.layerName = QStringLiteral("roads");
        layer.crs = Crs::cgcs2000Gk111();
        layer.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
        layer.features = {{-1, Geometry::lineString(QPolygonF(QList<QPointF>{{480000, 3850000}, {490000, 3855000}})),
                           {QString::fromUtf8("汾河公路")}}};
        ASSERT_EQ(writeVectorLayer(layer, mDir.filePath(QStringLiteral("roads.gpkg"))), QString());
        Project project;
        project.setFeatures({camp()});
        project.setLayers({{QStringLiteral("roads"), QStringLiteral("roads.gpkg"), {}, true, 1.0, {}}});
        mPath = mDir.filePath(QStringLiteral("plan.gpkg"));
        ASSERT_TRUE(GeoPackageProjectStore::save(project, mPath).ok());
    }

    /// Opens the project, moves the camp and the road, journals, and "crashes" (the window goes without closing).
    void editAndCrash()
    {
        auto window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openProject(mPath));
        ASSERT_TRUE(waitFor([&] { return window->layerEditing()->layers().size() == 1; }));
        Project &project = window->project();
        auto move = MoveFeaturesCommand::create(project, {QStringLiteral("camp")}, {1500, -700}, project.crs());
        ASSERT_TRUE(move);
        project.undoStack()->push(move.release());
        const LayerEditing::Layer layer = window->layerEditing()->layers().first();
        auto road = LayerFeatureEditCommand::moveVertex(project, layer.key, *layer.onDisk, layer.onDisk->features[0].fid,
                                                        {0, 0, 1}, {491000, 3856000}, layer.onDisk->crs);
        ASSERT_TRUE(road);
        project.undoStack()->push(road.release());
        mCamp = *project.feature(QStringLiteral("camp"));
        mEdits = project.layerEdits();
        ASSERT_TRUE(window->autosave()->writeNow());
        ASSERT_TRUE(QFile::exists(Autosave::journalPath(mPath)));
        ASSERT_TRUE(QFile::exists(Autosave::layerEditsJournalPath(mPath)));
        window.reset();   // no close event: as after a crash, the journal stays
        ASSERT_TRUE(Autosave::hasRecovery(mPath));
    }

    QTemporaryDir mDir;
    QString mPath;
    PlanFeature mCamp;
    LayerEdits mEdits;
};

} // namespace

TEST_F(AutosaveTest, RestoringGivesTheEditsBackUnsaved)
{
    editAndCrash();
    MainWindow window;
    bool asked = false;
    answerRestoreQuestion(QMessageBox::Yes, &asked);
    ASSERT_TRUE(window.openProject(mPath));
    EXPECT_TRUE(asked);
    EXPECT_EQ(*window.project().feature(QStringLiteral("camp")), mCamp);
    EXPECT_EQ(window.project().layerEdits(), mEdits);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_EQ(window.project().filePath(), QFileInfo(mPath).absoluteFilePath());

    // Saving writes them for good and the journal goes.
    ASSERT_TRUE(waitFor([&] { return window.layerEditing()->layers().size() == 1; }));
    ASSERT_TRUE(window.saveProject(mPath));
    EXPECT_FALSE(QFile::exists(Autosave::journalPath(mPath)));
    Project saved;
    ASSERT_TRUE(GeoPackageProjectStore::load(saved, mPath).ok());
    EXPECT_EQ(*saved.feature(QStringLiteral("camp")), mCamp);
    const VectorData road = *readVectorLayer(mDir.filePath(QStringLiteral("roads.gpkg")));
    EXPECT_EQ(road.features[0].geometry.parts[0][0][1], QPointF(491000, 3856000));
}

TEST_F(AutosaveTest, DecliningRemovesTheJournal)
{
    editAndCrash();
    MainWindow window;
    bool asked = false;
    answerRestoreQuestion(QMessageBox::No, &asked);
    ASSERT_TRUE(window.openProject(mPath));
    EXPECT_TRUE(asked);
    EXPECT_EQ(window.project().feature(QStringLiteral("camp"))->geometry, camp().geometry);
    EXPECT_TRUE(window.project().layerEdits().isEmpty());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(QFile::exists(Autosave::journalPath(mPath)));
    EXPECT_FALSE(QFile::exists(Autosave::layerEditsJournalPath(mPath)));
    EXPECT_FALSE(Autosave::hasRecovery(mPath));
}

TEST_F(AutosaveTest, ClosingWithoutSavingRemovesTheJournalAndNothingIsOffered)
{
    {
        MainWindow window;
        ASSERT_TRUE(window.openProject(mPath));
        auto move = MoveFeaturesCommand::create(window.project(), {QStringLiteral("camp")}, {100, 100}, window.project().crs());
        window.project().undoStack()->push(move.release());
        ASSERT_TRUE(window.autosave()->writeNow());
        EXPECT_TRUE(Autosave::hasRecovery(mPath));
        window.project().undoStack()->undo();   // back to the saved state: nothing to recover
        EXPECT_FALSE(QFile::exists(Autosave::journalPath(mPath)));
    }
    MainWindow window;
    bool asked = false;
    answerRestoreQuestion(QMessageBox::Yes, &asked, 300);
    ASSERT_TRUE(window.openProject(mPath));
    QTest::qWait(400);   // the answering timer has given up by now
    EXPECT_FALSE(asked);
}

namespace {

TEST(SharedProjectAutosaveTest, RestoredJournalKeepsTheSharedProjectsUri)
{
    QStandardPaths::setTestModeEnabled(true);   // the journal of a shared project goes to the user's data folder
    const QString uri = QStringLiteral("postgresql://127.0.0.1:5432/plans?schema=yuncheng");
    Project edited;
    edited.setFeatures({camp()});
    ASSERT_TRUE(GeoPackageProjectStore::save(edited, Autosave::journalPath(uri)).ok());
    QString error;
    const auto restored = Autosave::restore(uri, &error);
    Autosave::remove(uri);
    ASSERT_TRUE(restored) << error.toStdString();
    EXPECT_EQ(restored->filePath(), uri);   // not a file path: saving it goes back to the server
    EXPECT_FALSE(restored->undoStack()->isClean());
}

} // namespace
