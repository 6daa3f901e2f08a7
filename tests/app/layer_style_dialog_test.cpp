// SPDX-License-Identifier: GPL-3.0-or-later
// Per-layer styles from the dialog to the canvas, the legend and the project file; a layer's CRS given by hand;
// multi-layer and broken files added to a project.
#include "cli_run.h"
#include "layer_actions.h"
#include "layer_loader.h"
#include "layer_properties_dialog.h"
#include "layer_style_dialog.h"
#include "legend_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "navigation_panels.h"
#include "plan/layer_commands.h"
#include "plan/project.h"
#include "storage/project_store.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace yc;

namespace {

using yc::test::waitFor;

class LayerStyleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mDir.isValid());
        // Three parcels in EPSG:4546 with a land-use class and an area.
        test::writeText(mDir.filePath(QStringLiteral("parcels.geojson")), R"({"type":"FeatureCollection",
            "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4546"}},"features":[
            {"type":"Feature","properties":{"landuse":"耕地","area_ha":10,"name":"甲"},"geometry":{"type":"Polygon",
             "coordinates":[[[490000,3870000],[492000,3870000],[492000,3872000],[490000,3872000],[490000,3870000]]]}},
            {"type":"Feature","properties":{"landuse":"林地","area_ha":50,"name":"乙"},"geometry":{"type":"Polygon",
             "coordinates":[[[494000,3870000],[496000,3870000],[496000,3872000],[494000,3872000],[494000,3870000]]]}},
            {"type":"Feature","properties":{"landuse":"耕地","area_ha":90,"name":"丙"},"geometry":{"type":"Polygon",
             "coordinates":[[[498000,3870000],[500000,3870000],[500000,3872000],[498000,3872000],[498000,3870000]]]}}]})");
        auto project = std::make_unique<Project>();
        project->setFilePath(mDir.filePath(QStringLiteral("project.gpkg")));
        project->setLayers({{QStringLiteral("parcels"), QStringLiteral("parcels.geojson"), {}, true, 1.0, {}}});
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1200, 800);
        mWindow->setProject(std::move(project));
        mWindow->show();
        ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().size() == 1; }));
        mLoader = mWindow->findChild<LayerLoader *>();
    }

    std::shared_ptr<const VectorData> data() const { return mLoader->layers().first().layer.data; }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    LayerLoader *mLoader = nullptr;
};

} // namespace

TEST_F(LayerStyleTest, CategorizedFromTheDialogReachesCanvasLegendAndFileAndUndoes)
{
    ASSERT_TRUE(data());
    LayerStyleDialog dialog(QStringLiteral("parcels"), LayerStyle(), *data(), Symbol());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("styleKindCombo"));
    auto *field = dialog.findChild<QComboBox *>(QStringLiteral("categoryFieldCombo"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("categoryTable"));
    auto *labels = dialog.findChild<QComboBox *>(QStringLiteral("labelFieldCombo"));
    ASSERT_TRUE(kind && field && table && labels);
    field->setCurrentText(QStringLiteral("landuse"));
    kind->setCurrentIndex(int(LayerStyle::Kind::Categorized));   // an empty table fills itself
    ASSERT_EQ(table->rowCount(), 2);
    table->item(0, 2)->setText(QString::fromUtf8("林地（公益林）"));
    labels->setCurrentIndex(labels->findText(QStringLiteral("name")));
    const LayerStyle style = dialog.style();
    ASSERT_EQ(style.kind, LayerStyle::Kind::Categorized);
    EXPECT_EQ(style.field, QStringLiteral("landuse"));
    ASSERT_EQ(style.categories.size(), 2);
    EXPECT_EQ(style.categories.at(0).value, QString::fromUtf8("林地"));   // sorted by code point
    EXPECT_EQ(style.categories.at(0).label, QString::fromUtf8("林地（公益林）"));
    EXPECT_TRUE(style.categories.at(1).label.isEmpty());
    EXPECT_EQ(style.labelField, QStringLiteral("name"));

    mWindow->layerActions()->applyStyle(0, style);
    EXPECT_EQ(layerSymbology(mWindow->project().layers().first()), style);
    ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().first().style == style; }));

    // The canvas draws each parcel in its category's colour.
    MapCanvas *canvas = mWindow->canvas();
    ASSERT_TRUE(waitFor([&] { return !canvas->isRendering() && !canvas->image().isNull(); }));
    canvas->setExtent(Envelope::of(489000, 3869000, 501000, 3873000));
    ASSERT_TRUE(waitFor([&] { return !canvas->isRendering(); }));
    const QImage image = canvas->image();
    const auto colourAt = [&](double x) {
        const QPointF p = canvas->toWidget({x, 3870500}) * image.devicePixelRatio();
        return image.pixelColor(p.toPoint());
    };
    // Area fills are translucent: compare with the fill over the map's background.
    const auto onBackground = [](QColor fill) {
        const double a = fill.alphaF();
        const auto mix = [a](int c, int bg) { return int(c * a + bg * (1 - a)); };
        return QColor(mix(fill.red(), 0xfc), mix(fill.green(), 0xfc), mix(fill.blue(), 0xfa));
    };
    const QColor farmland = onBackground(style.categories.at(1).symbol.fill);
    const QColor forest = onBackground(style.categories.at(0).symbol.fill);
    const auto close = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
    };
    EXPECT_TRUE(close(colourAt(491000), farmland)) << colourAt(491000).name().toStdString();
    EXPECT_TRUE(close(colourAt(495000), forest)) << colourAt(495000).name().toStdString();
    EXPECT_TRUE(close(colourAt(499000), farmland));
    EXPECT_FALSE(close(farmland, forest));

    // The legend lists the categories under the layer.
    QTreeWidget *legend = mWindow->navigation()->legendDock()->tree();
    ASSERT_TRUE(waitFor([&] { return legend->topLevelItemCount() >= 1 && legend->topLevelItem(0)->childCount() == 2; }));
    EXPECT_EQ(legend->topLevelItem(0)->child(0)->text(0), QString::fromUtf8("林地（公益林）"));

    // Saved with the project; undo gives the default style back.
    const QString path = mDir.filePath(QStringLiteral("saved.gpkg"));
    ASSERT_TRUE(mWindow->saveProject(path));
    Project reloaded;
    ASSERT_TRUE(GeoPackageProjectStore::load(reloaded, path).ok());
    EXPECT_EQ(layerSymbology(reloaded.layers().first()), style);
    mWindow->project().undoStack()->undo();
    EXPECT_TRUE(layerSymbology(mWindow->project().layers().first()).isDefault());
    ASSERT_TRUE(waitFor([&] { return mWindow->canvas()->layers().first().style.isDefault(); }));
}

TEST_F(LayerStyleTest, GraduatedClassesFromTheDialog)
{
    ASSERT_TRUE(data());
    LayerStyleDialog dialog(QStringLiteral("parcels"), LayerStyle(), *data(), Symbol());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("styleKindCombo"));
    auto *field = dialog.findChild<QComboBox *>(QStringLiteral("graduatedFieldCombo"));
    auto *count = dialog.findChild<QSpinBox *>(QStringLiteral("classCountSpin"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("classTable"));
    ASSERT_TRUE(kind && field && count && table);
    EXPECT_EQ(field->count(), 1);   // only the numeric field
    EXPECT_EQ(field->currentText(), QStringLiteral("area_ha"));
    count->setValue(4);
    kind->setCurrentIndex(int(LayerStyle::Kind::Graduated));
    ASSERT_EQ(table->rowCount(), 4);
    table->item(3, 3)->setText(QString::fromUtf8("大地块"));
    const LayerStyle style = dialog.style();
    ASSERT_EQ(style.classes.size(), 4);
    EXPECT_DOUBLE_EQ(style.classes.first().lower, 10);
    EXPECT_DOUBLE_EQ(style.classes.at(1).lower, 30);
    EXPECT_DOUBLE_EQ(style.classes.last().upper, 90);
    EXPECT_TRUE(style.classes.first().label.isEmpty());
    EXPECT_EQ(style.classes.last().label, QString::fromUtf8("大地块"));
    // Reopened on that style, the dialog shows it unchanged.
    LayerStyleDialog again(QStringLiteral("parcels"), style, *data(), Symbol());
    EXPECT_EQ(again.style(), style);
}

TEST_F(LayerStyleTest, ALayerWithoutCrsAsksAndTakesTheCrsGiven)
{
    // A CSV of projected coordinates and no CRS: drawn as WGS84 (wrongly) until the planner says EPSG:4546.
    test::writeText(mDir.filePath(QStringLiteral("wells.csv")), "WKT,name\n\"POINT (495000 3871000)\",well\n");
    ASSERT_EQ(mWindow->addLayerFiles({mDir.filePath(QStringLiteral("wells.csv"))}), 1);
    ASSERT_TRUE(waitFor([&] { return mLoader->layers().size() == 2 && !mLoader->isLoading(); }));
    EXPECT_TRUE(mLoader->layers().last().assumedWgs84);
    auto *box = mWindow->findChild<QMessageBox *>(QStringLiteral("missingCrsBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("wells")));
    box->close();

    LayerPropertiesDialog dialog(mWindow->project().layers().last(), &mLoader->layers().last());
    auto *crs = dialog.findChild<QLineEdit *>(QStringLiteral("layerCrsEdit"));
    ASSERT_NE(crs, nullptr);
    crs->setText(QStringLiteral("not a crs"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);   // stays open with a message
    crs->setText(QStringLiteral("EPSG:4546"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QList<LayerRef> layers = mWindow->project().layers();
    layers.last() = dialog.layer();
    mWindow->project().undoStack()->push(new SetLayersCommand(mWindow->project(), layers, QStringLiteral("crs")));
    ASSERT_TRUE(waitFor([&] { return !mLoader->isLoading() && !mLoader->layers().last().assumedWgs84; }));
    EXPECT_EQ(mLoader->layers().last().layer.data->crs, Crs::cgcs2000Gk111());
    EXPECT_EQ(layerCrs(mWindow->project().layers().last()), Crs::cgcs2000Gk111());
}

TEST_F(LayerStyleTest, BadFilesLeaveTheProjectUnharmed)
{
    const QString dir = mDir.filePath(QString::fromUtf8("坏 文件"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString zero = dir + QString::fromUtf8("/零 字节.gpkg");
    const QString text = dir + QStringLiteral("/notes.txt");
    const QString broken = dir + QString::fromUtf8("/断.geojson");
    test::writeText(zero, {});
    test::writeText(text, "just some words\n");
    test::writeText(broken, R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":)");
    EXPECT_EQ(mWindow->addLayerFiles({zero, text, broken}), 0);
    EXPECT_EQ(mWindow->project().layers().size(), 1);
    EXPECT_EQ(mWindow->project().undoStack()->count(), 0);

    // A layer file that breaks after it was added: an error on that layer, the others still drawn.
    test::writeText(mDir.filePath(QStringLiteral("later.geojson")), R"({"type":"FeatureCollection","features":[]})");
    ASSERT_EQ(mWindow->addLayerFiles({mDir.filePath(QStringLiteral("later.geojson"))}), 1);
    ASSERT_TRUE(waitFor([&] { return !mLoader->isLoading() && mLoader->layers().size() == 2; }));
    test::writeText(mDir.filePath(QStringLiteral("later.geojson")), "{\"type\": \"Feat");
    QList<LayerRef> layers = mWindow->project().layers();
    layers.last().name = QStringLiteral("later (renamed)");   // a new list makes the loader read again
    setLayerStyleObject(layers.last(), {{QStringLiteral("encoding"), QStringLiteral("UTF-8")}});
    mWindow->project().undoStack()->push(new SetLayersCommand(mWindow->project(), layers, QStringLiteral("rename")));
    ASSERT_TRUE(waitFor([&] { return !mLoader->isLoading() && !mLoader->layers().last().isRead(); }));
    EXPECT_FALSE(mLoader->layers().last().error.isEmpty());
    EXPECT_TRUE(mLoader->layers().first().isRead());
    EXPECT_EQ(mWindow->canvas()->layers().size(), 1);
}

TEST_F(LayerStyleTest, AMultiLayerFileAsksWhichLayersToAdd)
{
    // A GeoPackage with two layers; the planner unticks the first one.
    const QString gpkg = mDir.filePath(QString::fromUtf8("两层 two layers.gpkg"));
    for (const QString &name : {QStringLiteral("wells"), QStringLiteral("pumps")}) {
        VectorData layer = *data();
        layer.layerName = name;
        ASSERT_EQ(writeVectorLayer(layer, gpkg), QString());
    }
    bool asked = false;
    QTimer::singleShot(0, [&asked]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("chooseLayersDialog"));
        auto *list = dialog->findChild<QListWidget *>();
        ASSERT_NE(list, nullptr);
        ASSERT_EQ(list->count(), 2);
        list->item(0)->setCheckState(Qt::Unchecked);
        asked = true;
        dialog->accept();
    });
    EXPECT_EQ(mWindow->addLayerFiles({gpkg}), 1);
    EXPECT_TRUE(asked);
    const LayerRef &added = mWindow->project().layers().last();
    EXPECT_EQ(added.layerName, QStringLiteral("pumps"));
    EXPECT_EQ(added.source, QString::fromUtf8("两层 two layers.gpkg"));   // relative to the project file
    ASSERT_TRUE(waitFor([&] { return !mLoader->isLoading() && mLoader->layers().size() == 2; }));
    EXPECT_TRUE(mLoader->layers().last().isRead());
    EXPECT_EQ(mLoader->layers().last().layer.data->features.size(), 3);
}
