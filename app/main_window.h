// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace yc {

class FeatureInfoDock;
class LayerLoader;
class MapCanvas;
class Project;
class ReportDock;
class Selection;

/// The desktop window. It wires the map, the docks, the selection and the layer loader together;
/// the work itself happens in those.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads a project file. On failure shows the reason (without blocking) and keeps the current project.
    bool openProject(const QString &path);
    /// Shows `project`, replacing the current one.
    void setProject(std::unique_ptr<Project> project);

    Project &project() { return *mProject; }
    MapCanvas *canvas() const { return mCanvas; }
    ReportDock *reportDock() const { return mReportDock; }
    FeatureInfoDock *featureInfoDock() const { return mInfoDock; }
    Selection *selection() const { return mSelection; }

private:
    void createMenus();
    void chooseProjectFile();
    void showAbout();
    void setLanguage(const QString &language);
    void updateTitle();

    std::unique_ptr<Project> mProject;
    Selection *mSelection;
    MapCanvas *mCanvas;
    ReportDock *mReportDock;
    FeatureInfoDock *mInfoDock;
    LayerLoader *mLayerLoader;
    QLabel *mLayerStatus;
};

} // namespace yc
