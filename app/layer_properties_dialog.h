// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer_loader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace yc {

/// What a base layer is (source, driver, CRS, features and fields, or raster size and bands) and the settings
/// that change how it is read: its name, its CRS (for a file that declares none, or declares a wrong one), an
/// attribute encoding override and the GCJ-02 flag.
class LayerPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    /// `loaded` is what the loader read for `ref` (nullptr when it has not read it yet).
    LayerPropertiesDialog(const LayerRef &ref, const LoadedLayer *loaded, QWidget *parent = nullptr);
    /// `ref` with the edits applied.
    LayerRef layer() const;
    /// Accepts unless the CRS typed is not one PROJ understands (then says so and stays open).
    void accept() override;

private:
    LayerRef mRef;
    QLineEdit *mName;
    QComboBox *mEncoding = nullptr;
    QCheckBox *mGcj02 = nullptr;
    QLineEdit *mCrs;
    QLabel *mCrsError;
};

} // namespace yc
