// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointF>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QTextBrowser;

namespace yc {

class FeatureFilterModel;
class Project;
class Selection;

/// The work report as readable text: sections, paragraph topics and sentences. Every sentence is clickable;
/// sentences linked to plan features are marked. Clicking one selects its features, and selecting features
/// elsewhere highlights their sentences. A sentence's context menu links it to the selected features,
/// unlinks features from it, or adds a new feature for it. The section box filters the map by section.
class ReportDock : public QDockWidget {
    Q_OBJECT
public:
    ReportDock(Selection *selection, QWidget *parent = nullptr);

    /// Shows and edits `project`'s report links (not owned; call again when the project is replaced).
    void setProject(Project *project);
    /// The shared filter: the section box sets and follows its section.
    void setFilterModel(FeatureFilterModel *filter);
    /// Where "Add a feature for this sentence" puts the new point (EPSG:4490 lon/lat), e.g. the map centre.
    void setNewFeaturePosition(std::function<std::optional<QPointF>()> position);

    /// Selects the features linked to sentence `id`, as a click on it does.
    void activateSentence(const QString &id);
    /// Scrolls to sentence `id` and shows the dock.
    void showSentence(const QString &id);
    /// Links the selected features to sentence `id` (one undoable step).
    void linkSelectedFeatures(const QString &id);
    /// Removes the link between feature `featureId` and sentence `id` (undoable).
    void unlinkFeature(const QString &id, const QString &featureId);
    /// Adds a placeholder point for sentence `id` at the new-feature position and selects it (undoable).
    /// Returns the new feature's id, empty when there is no position or no such sentence.
    QString addFeatureForSentence(const QString &id);

    /// Sentences currently highlighted.
    const QStringList &highlightedSentenceIds() const { return mHighlighted; }
    /// The plain text shown (for tests and copy).
    QString plainText() const;
    QTextBrowser *browser() const { return mBrowser; }

private:
    void onSelectionChanged();
    void rebuild();
    void rebuildKeepingPlace();
    void showContextMenu(const QPoint &pos);
    void fillSections();

    Selection *mSelection;
    QPointer<Project> mProject;
    QPointer<FeatureFilterModel> mFilter;
    std::function<std::optional<QPointF>()> mNewFeaturePosition;
    QComboBox *mSections;
    QTextBrowser *mBrowser;
    QStringList mHighlighted;
};

} // namespace yc
