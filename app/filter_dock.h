// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QTableWidget;

namespace yc {

class FeatureFilterModel;
class Project;
class Selection;

/// Filters the plan by section, category, status, county and location confidence (the search box adds text)
/// and lists the features that pass, sortable; clicking a row selects the feature.
class FilterDock : public QDockWidget {
    Q_OBJECT
public:
    FilterDock(FeatureFilterModel *filter, Selection *selection, QWidget *parent = nullptr);
    void setProject(const Project *project);
    /// The list of matching features.
    QTableWidget *table() const { return mTable; }

private:
    void fillChoices();
    void apply();
    void showFilter();
    void refreshList();

    FeatureFilterModel *mFilter;
    Selection *mSelection;
    QPointer<const Project> mProject;
    QComboBox *mSection;
    QComboBox *mCategory;
    QComboBox *mStatus;
    QComboBox *mCounty;
    QComboBox *mConfidence;
    QLabel *mCount;
    QTableWidget *mTable;
};

} // namespace yc
