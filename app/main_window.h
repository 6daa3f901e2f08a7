// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QUndoView;

namespace yc {

class Autosave;
class ChangedOnDisk;
class DashboardDock;
class EditTools;
class FeatureFilterModel;
class FeatureInfoDock;
class FilterDock;
class LayerActions;
class LayerEditing;
class LayerLoader;
class LayerTreeDock;
class MapCanvas;
class NavigationPanels;
class Project;
class ReportDock;
class Selection;
class SharedProjectSession;

/// The desktop window. It wires the map, the docks, the selection and the layer loader together;
/// the work itself happens in those.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads a project file or a shared project (postgresql://…?schema=NAME). On failure shows the reason
    /// (without blocking) and keeps the current project. A shared project is read in the background and
    /// shown when it is there (its file path is then the URI); false here only for a URI that cannot be used.
    bool openProject(const QString &path);
    /// Shows `project`, replacing the current one.
    void setProject(std::unique_ptr<Project> project);

    Project &project() { return *mProject; }
    MapCanvas *canvas() const { return mCanvas; }
    ReportDock *reportDock() const { return mReportDock; }
    FeatureInfoDock *featureInfoDock() const { return mInfoDock; }
    Selection *selection() const { return mSelection; }
    FilterDock *filterDock() const { return mFilterDock; }
    DashboardDock *dashboardDock() const { return mDashboard; }
    FeatureFilterModel *filterModel() const { return mFilter; }
    QLineEdit *searchBox() const { return mSearch; }

    /// Saves the project to `path` (File ▸ Save As without the dialog). Shows the reason on failure.
    bool saveProject(const QString &path);
    /// Zooms the map to the given plan features.
    void zoomToFeatures(const QStringList &featureIds);
    EditTools *editTools() const { return mEditTools; }
    LayerTreeDock *layerTreeDock() const { return mLayerTree; }
    LayerActions *layerActions() const { return mLayerActions; }
    /// Adds files as base layers (File ▸ Add layer… without the dialog). Returns how many layers were added.
    int addLayerFiles(const QStringList &paths);
    QUndoView *undoView() const { return mUndoView; }
    /// Identify, measure, bookmarks, overview, legend and the scale box.
    NavigationPanels *navigation() const { return mNavigation; }
    LayerEditing *layerEditing() const { return mLayerEditing; }
    ChangedOnDisk *changedOnDisk() const { return mChangedOnDisk; }
    Autosave *autosave() const { return mAutosave; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool openSharedProject(const QString &uri);
    void showOpenError(const QString &path, const QString &error);
    void showOpenedProject(const QString &path, std::unique_ptr<Project> project);
    void createMenus();
    void chooseProjectFile();
    void chooseSharedProject();
    void showAbout();
    void setLanguage(const QString &language);
    void updateTitle();
    void createEditMenu();
    bool checkGeometriesBeforeSave();
    void save();
    void saveAs();
    void createSearchBar();
    void showFilteredFeatures();
    void searchAndZoom();

    std::unique_ptr<Project> mProject;
    std::unique_ptr<SharedProjectSession> mShared;   ///< set while a PostGIS project is shown; goes first
    std::unique_ptr<SharedProjectSession> mOpening;  ///< a PostGIS project being read, until it is shown
    Selection *mSelection;
    MapCanvas *mCanvas;
    ReportDock *mReportDock;
    FeatureInfoDock *mInfoDock;
    LayerLoader *mLayerLoader;
    QLabel *mLayerStatus;
    FeatureFilterModel *mFilter = nullptr;
    FilterDock *mFilterDock = nullptr;
    DashboardDock *mDashboard = nullptr;
    QLineEdit *mSearch = nullptr;
    EditTools *mEditTools = nullptr;
    QUndoView *mUndoView = nullptr;
    Autosave *mAutosave = nullptr;
    LayerTreeDock *mLayerTree = nullptr;
    LayerActions *mLayerActions = nullptr;
    NavigationPanels *mNavigation = nullptr;
    LayerEditing *mLayerEditing = nullptr;
    ChangedOnDisk *mChangedOnDisk = nullptr;
};

} // namespace yc
