// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "storage/project_store_interface.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace yc {

/// Features that this planner and someone else both changed, side by side: the attributes in two columns
/// (differences marked) and both shapes on one small map. The planner chooses per feature; OK is enabled
/// once every feature has a choice, "Decide later" leaves everything pending.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Undecided, KeepMine, TakeTheirs };

    ConflictDialog(QList<FeatureConflict> conflicts, const Crs &mapCrs, QWidget *parent = nullptr);
    const QList<FeatureConflict> &conflicts() const { return mConflicts; }
    const QList<Choice> &choices() const { return mChoices; }
    /// The choice for the feature shown (what the two buttons do).
    void choose(Choice choice);
    void showConflict(int index);

private:
    QImage drawBoth(const FeatureConflict &conflict) const;
    void updateButtons();

    QList<FeatureConflict> mConflicts;
    QList<Choice> mChoices;
    Crs mCrs;
    QListWidget *mList;
    QTableWidget *mTable;
    QLabel *mMap;
    QPushButton *mOk;
};

} // namespace yc
