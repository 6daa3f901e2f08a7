// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "about_dialog.h"
#include "feature_info_dock.h"
#include "i18n.h"
#include "layer_loader.h"
#include "map_canvas.h"
#include "plan/project.h"
#include "report_dock.h"
#include "selection.h"
#include "storage/project_store.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace yc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mProject(std::make_unique<Project>()), mSelection(new Selection(this)),
      mCanvas(new MapCanvas(this)), mReportDock(new ReportDock(mSelection, this)),
      mInfoDock(new FeatureInfoDock(mSelection, this)), mLayerLoader(new LayerLoader(this)),
      mLayerStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(mCanvas);
    addDockWidget(Qt::RightDockWidgetArea, mReportDock);
    addDockWidget(Qt::RightDockWidgetArea, mInfoDock);
    resizeDocks({mReportDock, mInfoDock}, {3, 1}, Qt::Vertical);
    resizeDocks({mReportDock}, {460}, Qt::Horizontal);
    statusBar()->addPermanentWidget(mLayerStatus);

    connect(mCanvas, &MapCanvas::featureClicked, this, [this](const QString &id) {
        mSelection->select(id.isEmpty() ? QStringList() : QStringList{id});
    });
    connect(mSelection, &Selection::changed, this,
            [this]() { mCanvas->setSelectedFeatureIds(mSelection->featureIds()); });
    connect(mLayerLoader, &LayerLoader::loaded, this, [this](const QList<RenderLayer> &layers, const QStringList &errors) {
        mCanvas->setLayers(layers);
        mLayerStatus->setText(tr("%n base layer(s)", nullptr, int(layers.size())));
        if (!errors.isEmpty())
            statusBar()->showMessage(tr("Some base layers could not be read: %1").arg(errors.join(QStringLiteral("; "))));
    });

    createMenus();
    setProject(std::make_unique<Project>());
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(tr("&Open project…"), this, &MainWindow::chooseProjectFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *full = view->addAction(tr("Zoom to &full extent"), mCanvas, &MapCanvas::zoomToFullExtent);
    full->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    view->addSeparator();
    view->addAction(mReportDock->toggleViewAction());
    view->addAction(mInfoDock->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> languages = {{QStringLiteral("zh_CN"), QString::fromUtf8("中文")},
                                                          {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, label] : languages) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == i18n::currentLanguage());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang = code]() { setLanguage(lang); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Yuncheng Planner"), this, &MainWindow::showAbout);
}

bool MainWindow::openProject(const QString &path)
{
    auto project = std::make_unique<Project>();
    const StorageResult result = GeoPackageProjectStore::load(*project, path);
    if (!result.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open project"),
                                    tr("The project %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), result.error));
        return false;
    }
    setProject(std::move(project));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    mSelection->clear();
    // Views first, so nothing refers to the old project while it goes.
    mReportDock->setProject(project.get());
    mInfoDock->setProject(project.get());
    mProject = std::move(project);
    Project *p = mProject.get();
    const auto syncFeatures = [this, p]() { mCanvas->setFeatures(p->features()); };
    connect(p, &Project::featuresReset, this, syncFeatures);
    connect(p, &Project::featureChanged, this, syncFeatures);
    connect(p, &Project::layersChanged, this, [this, p]() { mLayerLoader->load(*p); });
    connect(p, &Project::crsChanged, this, [this, p]() { mCanvas->setCrs(p->crs()); });
    mCanvas->setCrs(p->crs());
    mCanvas->setLayers({});
    mCanvas->setFeatures(p->features());
    mCanvas->zoomToFullExtent();
    // Always (re)load, even with no layers: that also drops a result still coming for the old project.
    mLayerStatus->setText(p->layers().isEmpty() ? QString() : tr("Loading base layers…"));
    mLayerLoader->load(*p);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = !mProject->title().isEmpty() ? mProject->title()
                         : !mProject->filePath().isEmpty() ? QFileInfo(mProject->filePath()).fileName()
                                                           : tr("Untitled project");
    setWindowTitle(QStringLiteral("%1 — %2").arg(name, tr("Yuncheng Planner")));
}

void MainWindow::chooseProjectFile()
{
    const QString dir = mProject->filePath().isEmpty() ? QString() : QFileInfo(mProject->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), dir,
                                                      tr("Yuncheng Planner projects (*.gpkg)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == i18n::savedLanguage())
        return;
    i18n::saveLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language will be used the next time Yuncheng Planner starts."));
}

} // namespace yc
