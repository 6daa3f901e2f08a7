// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace yc {

/// Picks the CRS the map is shown in: the usual ones for Yuncheng, or any EPSG code, WKT or PROJ string,
/// checked with PROJ as it is typed.
class ProjectCrsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProjectCrsDialog(const Crs &current, QWidget *parent = nullptr);
    /// The chosen CRS (valid when the dialog was accepted).
    Crs crs() const;
    QLineEdit *definitionField() const { return mDefinition; }

private:
    void check();

    QComboBox *mPresets;
    QLineEdit *mDefinition;
    QLabel *mName;
    QDialogButtonBox *mButtons;
};

} // namespace yc
