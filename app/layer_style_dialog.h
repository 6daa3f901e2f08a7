// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_style.h"

#include <QDialog>
#include <QToolButton>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace yc {

struct VectorData;

/// A button showing a colour; clicking it opens a colour picker (with alpha).
class ColorButton : public QToolButton {
    Q_OBJECT
public:
    explicit ColorButton(const QColor &color, QWidget *parent = nullptr);
    QColor color() const { return mColor; }
    void setColor(const QColor &color);

Q_SIGNALS:
    void colorChanged(const QColor &color);

private:
    QColor mColor;
};

/// Edits a vector layer's symbology: the default look, one symbol, categories of a field's values (one
/// colour each, listed from the data), or classes of a numeric field (equal intervals or quantiles along a
/// colour ramp); and the field its labels come from. OK or Apply hand the style to the caller, which makes
/// the undoable change.
class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    /// `layerData` is the layer as read (its fields and values); `base` its default symbol.
    LayerStyleDialog(const QString &layerName, const LayerStyle &initial, const VectorData &layerData,
                     const Symbol &base, QWidget *parent = nullptr);
    LayerStyle style() const;
    /// Fills the category or class table from the data for the chosen field (the "Classify" button).
    void classify();

Q_SIGNALS:
    void applied(const yc::LayerStyle &style);

private:
    void showStyle(const LayerStyle &style);
    void fillCategoryTable(const QList<StyleCategory> &categories);
    void fillClassTable(const QList<StyleClass> &classes);
    Symbol symbolFromEditor() const;
    void editColorAt(QTableWidget *table, int row, int column);

    const VectorData &mData;
    Symbol mBase;
    QComboBox *mKind;
    QStackedWidget *mPages;
    ColorButton *mFill;
    ColorButton *mStroke;
    QDoubleSpinBox *mWidth;
    QDoubleSpinBox *mSize;
    QComboBox *mCategoryField;
    QTableWidget *mCategories;
    QComboBox *mGraduatedField;
    QSpinBox *mClassCount;
    QComboBox *mBreaks;
    ColorButton *mRampFrom;
    ColorButton *mRampTo;
    QTableWidget *mClasses;
    QComboBox *mLabelField;
    QList<Symbol> mCategorySymbols;   ///< per row of mCategories (the table shows only the fill)
    QList<Symbol> mClassSymbols;      ///< per row of mClasses
    QStringList mClassAutoLabels;     ///< the generated legend text per row of mClasses
};

} // namespace yc
