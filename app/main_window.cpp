// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "about_dialog.h"
#include "connection_dialog.h"
#include "autosave.h"
#include "changed_on_disk.h"
#include "cursor_coordinates.h"
#include "dashboard_dock.h"
#include "feature_info_dock.h"
#include "filter_dock.h"
#include "geo/coordinate_transform.h"
#include "i18n.h"
#include "layer_actions.h"
#include "layer_editing.h"
#include "layer_loader.h"
#include "layer_tree_dock.h"
#include "layout_designer_dialog.h"
#include "legend_dock.h"
#include "load_progress_bar.h"
#include "map_tools/edit_tools.h"
#include "map_canvas.h"
#include "navigation_panels.h"
#include "plan/geometry_commands.h"
#include "plan/plan_filter.h"
#include "plan/project.h"
#include "shared_project_session.h"
#include "report_dock.h"
#include "selection.h"
#include "storage/postgis_project_store.h"
#include "storage/project_store.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStringListModel>
#include <QToolBar>
#include <QUndoView>

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
    auto *loadProgress = new LoadProgressBar(mLayerLoader, mCanvas, this);
    statusBar()->addPermanentWidget(loadProgress);
    connect(loadProgress, &LoadProgressBar::rasterReadStopped, this, [this](const QString &name) {
        statusBar()->showMessage(tr("%1 is left out of this view: its reading was cancelled. Moving the map reads it "
                                    "again.").arg(name), 10000);
    });

    mFilter = new FeatureFilterModel(this);
    mFilterDock = new FilterDock(mFilter, mSelection, this);
    mDashboard = new DashboardDock(mFilter, this);
    addDockWidget(Qt::LeftDockWidgetArea, mFilterDock);
    addDockWidget(Qt::BottomDockWidgetArea, mDashboard);
    mReportDock->setFilterModel(mFilter);
    mReportDock->setNewFeaturePosition([this]() -> std::optional<QPointF> {
        const Envelope shown = mCanvas->visibleExtent();
        if (shown.isEmpty())
            return std::nullopt;
        return CoordinateTransform(mCanvas->crs(), Project::storageCrs()).apply(shown.center());
    });
    connect(mFilter, &FeatureFilterModel::changed, this, &MainWindow::showFilteredFeatures);
    connect(mInfoDock, &FeatureInfoDock::sentenceActivated, mReportDock, &ReportDock::showSentence);
    connect(mInfoDock, &FeatureInfoDock::addFeatureRequested, mReportDock, &ReportDock::addFeatureForSentence);
    // A sentence clicked in the report brings its features into view.
    connect(mSelection, &Selection::changed, this, [this]() {
        if (!mSelection->sentenceId().isEmpty() && !mSelection->featureIds().isEmpty())
            zoomToFeatures(mSelection->featureIds());
    });
    createSearchBar();

    // Plan features first; else a feature of an external layer under the click (see LayerEditing).
    mLayerEditing = new LayerEditing(mCanvas, mLayerLoader, mSelection, this);
    mCanvas->setFallbackPicker([this](QPointF pos) {
        const auto ref = mLayerEditing->featureAt(pos);
        return ref ? ref->toSelectionId() : QString();
    });
    connect(mCanvas, &MapCanvas::featureClicked, this, [this](const QString &id) {
        mSelection->select(id.isEmpty() ? QStringList() : QStringList{id});
    });
    connect(mSelection, &Selection::changed, this,
            [this]() { mCanvas->setSelectedFeatureIds(mSelection->featureIds()); });
    // LayerEditing puts the layers on the canvas, with the unsaved edits of external layers applied.
    connect(mLayerLoader, &LayerLoader::loaded, this, [this](const QList<RenderLayer> &layers, const QStringList &errors) {
        mLayerStatus->setText(tr("%n base layer(s)", nullptr, int(layers.size())));
        if (!errors.isEmpty())
            statusBar()->showMessage(tr("Some base layers could not be read: %1").arg(errors.join(QStringLiteral("; "))));
    });

    mEditTools = new EditTools(mCanvas, mSelection, this);
    mEditTools->setLayerEditing(mLayerEditing);
    connect(mEditTools, &EditTools::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    mUndoView = new QUndoView(this);
    mUndoView->setObjectName(QStringLiteral("undoView"));
    mUndoView->setEmptyLabel(tr("<opened>"));
    auto *undoDock = new QDockWidget(tr("Undo history"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    undoDock->setWidget(mUndoView);
    addDockWidget(Qt::LeftDockWidgetArea, undoDock);
    undoDock->hide();
    mLayerTree = new LayerTreeDock(mLayerLoader, this);
    addDockWidget(Qt::LeftDockWidgetArea, mLayerTree);
    mLayerActions = new LayerActions(this, mCanvas, mLayerLoader, mLayerTree);
    statusBar()->addPermanentWidget(new CursorCoordinates(mCanvas, this));
    mNavigation = new NavigationPanels(this, mCanvas, mEditTools, mLayerLoader);
    mAutosave = new Autosave(this);
    mChangedOnDisk = new ChangedOnDisk(this, mLayerEditing);
    connect(mAutosave, &Autosave::failed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000); });
    // The map gets the room: layers and filters share the left column, the dashboard shares the right one
    // with the feature panel.
    tabifyDockWidget(mLayerTree, mFilterDock);
    tabifyDockWidget(mLayerTree, mNavigation->legendDock());
    mLayerTree->raise();
    removeDockWidget(mDashboard);
    addDockWidget(Qt::RightDockWidgetArea, mDashboard);
    tabifyDockWidget(mInfoDock, mDashboard);
    mInfoDock->raise();
    mDashboard->show();
    createMenus();
    setProject(std::make_unique<Project>());
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // The project goes before the child objects; its stack must not tell the autosave that all is saved now
    // (the journal is for the next start to decide on).
    mAutosave->setProject(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(tr("&Open project…"), this, &MainWindow::chooseProjectFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &shared project…"), this, &MainWindow::chooseSharedProject);
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *addLayer = file->addAction(tr("Add &layer…"), mLayerActions, &LayerActions::chooseLayerFiles);
    addLayer->setObjectName(QStringLiteral("addLayerAction"));
    addLayer->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    file->addSeparator();
    QAction *printLayout = file->addAction(tr("&Print layout…"), this, [this]() {
        auto *dialog = new LayoutDesignerDialog(*mProject, mCanvas->layers(), mCanvas->visibleExtent(), mCanvas->crs(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();   // window-modal: the project stays while the dialog shows it
    });
    printLayout->setObjectName(QStringLiteral("printLayoutAction"));
    printLayout->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    createEditMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *full = view->addAction(tr("Zoom to &full extent"), mCanvas, &MapCanvas::zoomToFullExtent);
    full->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    QAction *toSelection = view->addAction(tr("Zoom to &selection"), this,
                                           [this]() { zoomToFeatures(mSelection->featureIds()); });
    toSelection->setObjectName(QStringLiteral("zoomToSelectionAction"));
    toSelection->setShortcut(QKeySequence(QStringLiteral("Ctrl+J")));
    mNavigation->addToViewMenu(view);
    view->addSeparator();
    view->addAction(mLayerTree->toggleViewAction());
    view->addAction(mReportDock->toggleViewAction());
    view->addAction(mInfoDock->toggleViewAction());
    view->addAction(mFilterDock->toggleViewAction());
    view->addAction(mDashboard->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(tr("Project &CRS…"), mLayerActions, &LayerActions::chooseProjectCrs)
        ->setObjectName(QStringLiteral("projectCrsAction"));
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
    if (isDatabaseLocation(path))
        return openSharedProject(path);
    auto project = std::make_unique<Project>();
    const StorageResult result = GeoPackageProjectStore::load(*project, path);
    if (!result.ok()) {
        showOpenError(path, result.error);
        return false;
    }
    showOpenedProject(path, std::move(project));
    return true;
}

bool MainWindow::openSharedProject(const QString &uri)
{
    QString error;
    const std::optional<PostgisLocation> location = parsePostgisUri(uri, &error);
    if (!location) {
        showOpenError(uri, error);
        return false;
    }
    // Read on the session's worker; the current project stays usable until the shared one is there.
    mOpening = std::make_unique<SharedProjectSession>(std::make_unique<PostgisProjectStore>(*location), this);
    mOpening->open([this, uri](std::unique_ptr<Project> project, const QString &openError) {
        std::unique_ptr<SharedProjectSession> session = std::move(mOpening);
        if (!project) {
            showOpenError(uri, openError);
            session.release()->deleteLater();   // this runs inside the session's own callback
            return;
        }
        showOpenedProject(uri, std::move(project));
        mShared = std::move(session);
        mShared->attach(*mProject);
        connect(mShared.get(), &SharedProjectSession::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    });
    return true;
}

void MainWindow::showOpenError(const QString &path, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open project"),
                                tr("The project %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), error));
}

void MainWindow::showOpenedProject(const QString &path, std::unique_ptr<Project> project)
{
    const ProjectSnapshot asOnDisk = ProjectSnapshot::of(*project);
    if (Autosave::hasRecovery(path)) {
        QMessageBox question(QMessageBox::Question, tr("Restore unsaved changes?"),
                             tr("Yuncheng Planner was closed with unsaved changes to %1. Restore them?")
                                 .arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::No, this);
        question.setObjectName(QStringLiteral("restoreQuestion"));
        question.setDefaultButton(QMessageBox::Yes);
        if (question.exec() == QMessageBox::Yes) {
            QString error;
            if (auto recovered = Autosave::restore(project->filePath(), &error))
                project = std::move(recovered);
            else
                statusBar()->showMessage(tr("The unsaved changes could not be restored: %1").arg(error));
        } else {
            Autosave::remove(path);   // declined: the journal would only be offered again
        }
    }
    setProject(std::move(project));
    mChangedOnDisk->projectOpened(asOnDisk);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    mSelection->clear();
    mShared.reset();
    // Views first, so nothing refers to the old project while it goes.
    mReportDock->setProject(project.get());
    mInfoDock->setProject(project.get());
    mFilterDock->setProject(project.get());
    mDashboard->setProject(project.get());
    mEditTools->setProject(project.get());
    mUndoView->setStack(project->undoStack());
    mAutosave->setProject(project.get());
    mLayerTree->setProject(project.get());
    mLayerActions->setProject(project.get());
    mNavigation->setProject(project.get());
    mLayerEditing->setProject(project.get());
    mProject = std::move(project);
    Project *p = mProject.get();
    connect(p, &Project::featuresReset, this, &MainWindow::showFilteredFeatures);
    connect(p, &Project::featureChanged, this, &MainWindow::showFilteredFeatures);
    connect(p, &Project::layersChanged, this, [this, p]() { mLayerLoader->load(*p); });
    connect(p, &Project::crsChanged, mLayerActions, &LayerActions::followProjectCrs);
    mCanvas->setCrs(p->crs());
    mCanvas->setLayers({});
    showFilteredFeatures();
    mCanvas->zoomToFullExtent();
    // Always (re)load, even with no layers: that also drops a result still coming for the old project.
    mLayerStatus->setText(p->layers().isEmpty() ? QString() : tr("Loading base layers…"));
    mLayerLoader->load(*p);
    connect(p->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    updateTitle();
}

int MainWindow::addLayerFiles(const QStringList &paths)
{
    return mLayerActions->addLayerFiles(paths);
}

void MainWindow::updateTitle()
{
    const QString name = !mProject->title().isEmpty() ? mProject->title()
                         : !mProject->filePath().isEmpty() ? QFileInfo(mProject->filePath()).fileName()
                                                           : tr("Untitled project");
    // "[*]" shows the unsaved-changes marker while the undo stack is not at its clean state.
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(name, tr("Yuncheng Planner")));
    setWindowModified(!mProject->undoStack()->isClean());
}

void MainWindow::showFilteredFeatures()
{
    mCanvas->setFeatures(filterFeatures(mProject->features(), mFilter->filter(), mProject->report()));
    // The completer offers names and counties of the whole plan, so a search can widen a narrow filter.
    QStringList words;
    for (const PlanFeature &f : mProject->features())
        for (const QString &w : {f.nameZh, f.nameEn, f.county})
            if (!w.isEmpty() && !words.contains(w))
                words << w;
    if (auto *model = qobject_cast<QStringListModel *>(mSearch->completer()->model()))
        model->setStringList(words);
}

void MainWindow::createSearchBar()
{
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    mSearch = new QLineEdit(bar);
    mSearch->setObjectName(QStringLiteral("searchBox"));
    mSearch->setPlaceholderText(tr("Search features, counties, report text or pinyin initials…"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMaximumWidth(420);
    auto *completer = new QCompleter(new QStringListModel(this), mSearch);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mSearch->setCompleter(completer);
    bar->addWidget(mSearch);
    // Typing filters as you go; Enter (or picking a completion) selects the matches and zooms to them.
    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        FeatureFilter f = mFilter->filter();
        f.text = text.trimmed();
        mFilter->setFilter(f);
    });
    connect(mSearch, &QLineEdit::returnPressed, this, &MainWindow::searchAndZoom);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &MainWindow::searchAndZoom);
}

void MainWindow::searchAndZoom()
{
    QStringList ids;
    for (const PlanFeature &f : filterFeatures(mProject->features(), mFilter->filter(), mProject->report()))
        ids << f.id;
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Nothing matches “%1”.").arg(mSearch->text()), 5000);
        return;
    }
    mSelection->select(ids);
    zoomToFeatures(ids);
}

void MainWindow::zoomToFeatures(const QStringList &featureIds)
{
    QList<PlanFeature> features;
    for (const QString &id : featureIds)
        if (const PlanFeature *f = mProject->feature(id))
            features << *f;
    const Envelope extent = MapRenderer::fullExtent({}, features, mCanvas->crs());
    if (extent.isEmpty())
        return;
    // A margin, and at least a few kilometres across so a single point shows its surroundings.
    const double margin = std::max(std::max(extent.width(), extent.height()) * 0.15,
                                   mCanvas->crs().isGeographic() ? 0.03 : 3000.0);
    mCanvas->setExtent(extent.buffered(margin));
}

bool MainWindow::saveProject(const QString &path)
{
    if (!checkGeometriesBeforeSave())
        return false;
    // External layers first: each is written whole or not at all; the project is saved only when all were.
    const QStringList layerFiles = mLayerEditing->layerPaths();
    const QStringList layerErrors = mLayerEditing->writeEdits();
    mChangedOnDisk->noteOwnWrites(layerFiles);
    StorageResult result = layerErrors.isEmpty() ? GeoPackageProjectStore::save(*mProject, path)
                                                 : StorageResult{layerErrors.join(QLatin1Char('\n'))};
    if (mLayerEditing->renumbered()) {
        // GeoJSON and the like renumber features after a delete: undo steps naming the old numbers would
        // edit the wrong features.
        mProject->undoStack()->clear();
        statusBar()->showMessage(tr("A layer file renumbered its features when saved; the undo history was cleared."));
    }
    if (!result.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot save project"),
                                    tr("The project could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    mShared.reset();   // saved as a file: that is the project now
    mProject->undoStack()->setClean();
    mChangedOnDisk->projectSaved();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::save()
{
    if (mShared)
        mShared->save();
    else if (mProject->filePath().isEmpty())
        saveAs();
    else
        saveProject(mProject->filePath());
}

void MainWindow::saveAs()
{
    const QString dir = mProject->filePath().isEmpty() || mShared ? QString() : mProject->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), dir,
                                                      tr("Yuncheng Planner projects (*.gpkg)"));
    if (!path.isEmpty())
        saveProject(path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".gpkg"));
}

void MainWindow::chooseProjectFile()
{
    const QString dir = mProject->filePath().isEmpty() || mShared ? QString()
                                                                  : QFileInfo(mProject->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), dir,
                                                      tr("Yuncheng Planner projects (*.gpkg)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseSharedProject()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isDatabaseLocation(mProject->filePath()))
        dialog->setUri(mProject->filePath());
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { openProject(dialog->uri()); });
    dialog->open();
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

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // The actions follow whichever stack the view shows, i.e. the current project's.
    QAction *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z plus the platform's own keys, once each: a key given twice makes Qt call the shortcut ambiguous
    // and do nothing (QKeySequence::Redo is Ctrl+Shift+Z on Linux).
    QList<QKeySequence> redoKeys{QKeySequence(QStringLiteral("Ctrl+Shift+Z"))};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    connect(undo, &QAction::triggered, this, [this]() { mProject->undoStack()->undo(); });
    connect(redo, &QAction::triggered, this, [this]() { mProject->undoStack()->redo(); });
    // Always enabled (undoing an empty stack does nothing), so the shortcuts never go stale; the texts name
    // the next step when the menu opens.
    const auto updateUndoRedo = [this, undo, redo]() {
        const QUndoStack *stack = mProject->undoStack();
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(edit, &QMenu::aboutToShow, this, updateUndoRedo);
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);   // the shortcuts work while the menu is closed
    addAction(redo);
    edit->addSeparator();
    for (QAction *a : mEditTools->toolActions())
        edit->addAction(a);
    edit->addAction(mEditTools->snappingAction());
    edit->addSeparator();
    edit->addAction(mEditTools->duplicateAction());
    edit->addAction(mEditTools->deleteAction());
    edit->addAction(mEditTools->coordinatesAction());
    edit->addAction(mEditTools->attributesAction());
    edit->addSeparator();
    edit->addAction(findChild<QDockWidget *>(QStringLiteral("undoDock"))->toggleViewAction());
}

bool MainWindow::checkGeometriesBeforeSave()
{
    QStringList invalid;
    QStringList reasons;
    for (const PlanFeature &f : mProject->features()) {
        QString reason;
        if (!f.geometry.isEmpty() && !f.geometry.isValid(&reason)) {
            invalid << f.id;
            reasons << QStringLiteral("%1 (%2): %3").arg(f.nameZh, f.id, reason);
        }
    }
    if (invalid.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Invalid geometries"),
                    tr("%n feature(s) have invalid geometry (for example a ring that crosses itself).", nullptr,
                       int(invalid.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("invalidGeometryBox"));
    box.setDetailedText(reasons.join(QLatin1Char('\n')));
    QPushButton *repair = box.addButton(tr("Repair and save"), QMessageBox::AcceptRole);
    QPushButton *asIs = box.addButton(tr("Save as they are"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(repair);
    box.exec();
    if (box.clickedButton() == asIs)
        return true;
    if (box.clickedButton() != repair)
        return false;
    QUndoStack *stack = mProject->undoStack();
    stack->beginMacro(tr("Repair %n geometry(ies)", nullptr, int(invalid.size())));
    QStringList failed;
    for (const QString &id : invalid) {
        const auto repaired = mProject->feature(id)->geometry.makeValid();
        auto command = repaired ? SetGeometryCommand::create(*mProject, id, *repaired, tr("Repair %1").arg(id)) : nullptr;
        if (command)
            stack->push(command.release());
        else
            failed << id;
    }
    stack->endMacro();
    if (!failed.isEmpty()) {
        QMessageBox::warning(this, tr("Invalid geometries"),
                             tr("These geometries could not be repaired: %1").arg(failed.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mProject->undoStack()->isClean()) {
        const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                                 tr("The project has unsaved changes. Save them before closing?"),
                                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                 QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save && mShared) {
            // Saved in the background: the window closes once everything is saved.
            mShared->save([this]() { close(); });
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            save();
            if (!mProject->undoStack()->isClean()) {   // save failed or was cancelled
                event->ignore();
                return;
            }
        }
    }
    mAutosave->discard();
    event->accept();
}

} // namespace yc
