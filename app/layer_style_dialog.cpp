// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_style_dialog.h"

#include "io/vector_data.h"
#include "legend_dock.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

namespace {

enum Page { DefaultPage, SinglePage, CategorizedPage, GraduatedPage };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(80, 80, 80));
    p.setBrush(color);
    p.drawRect(QRectF(0.5, 0.5, 27, 15));
    return QIcon(pixmap);
}

bool isNumeric(const FieldInfo &f)
{
    return f.typeName.startsWith(QLatin1String("Integer")) || f.typeName == QLatin1String("Real");
}

int dimensionOf(GeometryType t)
{
    return t == GeometryType::Point || t == GeometryType::MultiPoint ? 0
           : t == GeometryType::LineString || t == GeometryType::MultiLineString ? 1 : 2;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

ColorButton::ColorButton(const QColor &color, QWidget *parent) : QToolButton(parent)
{
    setIconSize(QSize(28, 16));
    setColor(color);
    connect(this, &QToolButton::clicked, this, [this]() {
        const QColor c = QColorDialog::getColor(mColor, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid())
            setColor(c);
    });
}

void ColorButton::setColor(const QColor &color)
{
    mColor = color;
    setIcon(swatch(color));
    setToolTip(color.name(QColor::HexArgb));
    Q_EMIT colorChanged(color);
}

LayerStyleDialog::LayerStyleDialog(const QString &layerName, const LayerStyle &initial, const VectorData &layerData,
                                   const Symbol &base, QWidget *parent)
    : QDialog(parent), mData(layerData), mBase(base), mKind(new QComboBox(this)), mPages(new QStackedWidget(this)),
      mFill(new ColorButton(base.fill, this)), mStroke(new ColorButton(base.stroke, this)),
      mWidth(new QDoubleSpinBox(this)), mSize(new QDoubleSpinBox(this)), mCategoryField(new QComboBox(this)),
      mCategories(makeTable({tr("Colour"), tr("Value"), tr("Legend")}, this)), mGraduatedField(new QComboBox(this)),
      mClassCount(new QSpinBox(this)), mBreaks(new QComboBox(this)),
      mRampFrom(new ColorButton(QColor(255, 245, 200), this)), mRampTo(new ColorButton(QColor(200, 30, 30), this)),
      mClasses(makeTable({tr("Colour"), tr("From"), tr("To"), tr("Legend")}, this)), mLabelField(new QComboBox(this))
{
    setObjectName(QStringLiteral("layerStyleDialog"));
    setWindowTitle(tr("Style — %1").arg(layerName));
    mKind->setObjectName(QStringLiteral("styleKindCombo"));
    mKind->addItems({tr("Default"), tr("Single symbol"), tr("Categorized"), tr("Graduated")});
    mCategoryField->setObjectName(QStringLiteral("categoryFieldCombo"));
    mCategories->setObjectName(QStringLiteral("categoryTable"));
    mGraduatedField->setObjectName(QStringLiteral("graduatedFieldCombo"));
    mClasses->setObjectName(QStringLiteral("classTable"));
    mClassCount->setObjectName(QStringLiteral("classCountSpin"));
    mBreaks->setObjectName(QStringLiteral("breaksCombo"));
    mLabelField->setObjectName(QStringLiteral("labelFieldCombo"));
    mWidth->setRange(0, 20);
    mWidth->setSingleStep(0.2);
    mWidth->setSuffix(tr(" px"));
    mSize->setRange(1, 40);
    mSize->setSuffix(tr(" px"));
    mClassCount->setRange(2, 12);
    mClassCount->setValue(5);
    mBreaks->addItem(tr("Equal intervals"), int(LayerStyle::Breaks::EqualInterval));
    mBreaks->addItem(tr("Quantiles (equal counts)"), int(LayerStyle::Breaks::Quantile));
    for (const FieldInfo &f : layerData.fields) {
        mCategoryField->addItem(f.name);
        if (isNumeric(f))
            mGraduatedField->addItem(f.name);
    }
    mLabelField->addItem(tr("Default"));
    mLabelField->addItem(tr("No labels"));
    for (const FieldInfo &f : layerData.fields)
        mLabelField->addItem(f.name, f.name);

    // Pages: default, single, categorized, graduated.
    mPages->addWidget(new QLabel(tr("The built-in look for this layer (chosen by its name)."), this));
    mPages->addWidget(new QLabel(tr("Every feature gets the symbol above."), this));
    auto *categorized = new QWidget(this);
    auto *catLayout = new QVBoxLayout(categorized);
    catLayout->setContentsMargins(0, 0, 0, 0);
    auto *catRow = new QHBoxLayout;
    catRow->addWidget(new QLabel(tr("Field"), this));
    catRow->addWidget(mCategoryField, 1);
    auto *catClassify = new QPushButton(tr("&Classify"), this);
    catClassify->setObjectName(QStringLiteral("classifyCategoriesButton"));
    catRow->addWidget(catClassify);
    catLayout->addLayout(catRow);
    catLayout->addWidget(mCategories, 1);
    mPages->addWidget(categorized);
    auto *graduated = new QWidget(this);
    auto *gradLayout = new QVBoxLayout(graduated);
    gradLayout->setContentsMargins(0, 0, 0, 0);
    auto *gradForm = new QFormLayout;
    gradForm->addRow(tr("Numeric field"), mGraduatedField);
    auto *classesRow = new QHBoxLayout;
    classesRow->addWidget(mClassCount);
    classesRow->addWidget(mBreaks, 1);
    gradForm->addRow(tr("Classes"), classesRow);
    auto *rampRow = new QHBoxLayout;
    rampRow->addWidget(mRampFrom);
    rampRow->addWidget(new QLabel(QStringLiteral("→"), this));
    rampRow->addWidget(mRampTo);
    rampRow->addStretch(1);
    auto *gradClassify = new QPushButton(tr("&Classify"), this);
    gradClassify->setObjectName(QStringLiteral("classifyClassesButton"));
    rampRow->addWidget(gradClassify);
    gradForm->addRow(tr("Colour ramp"), rampRow);
    gradLayout->addLayout(gradForm);
    gradLayout->addWidget(mClasses, 1);
    mPages->addWidget(graduated);

    auto *symbolRow = new QHBoxLayout;
    symbolRow->addWidget(new QLabel(tr("Fill"), this));
    symbolRow->addWidget(mFill);
    symbolRow->addWidget(new QLabel(tr("Outline"), this));
    symbolRow->addWidget(mStroke);
    symbolRow->addWidget(mWidth);
    symbolRow->addWidget(new QLabel(tr("Point size"), this));
    symbolRow->addWidget(mSize);
    symbolRow->addStretch(1);
    auto *symbolBox = new QWidget(this);
    symbolBox->setLayout(symbolRow);
    symbolBox->setToolTip(tr("The symbol of a single-symbol style; for categories and classes, the symbol of "
                             "values in none of them"));

    auto *form = new QFormLayout;
    form->addRow(tr("Style"), mKind);
    form->addRow(tr("Symbol"), symbolBox);
    form->addRow(tr("Labels from"), mLabelField);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mPages, 1);
    layout->addWidget(buttons);

    connect(mKind, &QComboBox::currentIndexChanged, this, [this, symbolBox](int index) {
        mPages->setCurrentIndex(index);
        symbolBox->setEnabled(index != DefaultPage);
        // Picking a classification with an empty table fills it at once.
        if ((index == CategorizedPage && mCategories->rowCount() == 0)
            || (index == GraduatedPage && mClasses->rowCount() == 0))
            classify();
    });
    connect(catClassify, &QPushButton::clicked, this, &LayerStyleDialog::classify);
    connect(gradClassify, &QPushButton::clicked, this, &LayerStyleDialog::classify);
    connect(mCategories, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int column) { editColorAt(mCategories, row, column); });
    connect(mClasses, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int column) { editColorAt(mClasses, row, column); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this]() { Q_EMIT applied(style()); });
    showStyle(initial);
    resize(620, 520);
}

void LayerStyleDialog::showStyle(const LayerStyle &s)
{
    const Symbol symbol = s.kind == LayerStyle::Kind::Default ? mBase : s.symbol;
    mFill->setColor(symbol.fill);
    mStroke->setColor(symbol.stroke);
    mWidth->setValue(symbol.strokeWidth);
    mSize->setValue(symbol.pointSize);
    if (s.kind == LayerStyle::Kind::Categorized) {
        mCategoryField->setCurrentText(s.field);
        fillCategoryTable(s.categories);
    } else if (s.kind == LayerStyle::Kind::Graduated) {
        mGraduatedField->setCurrentText(s.field);
        fillClassTable(s.classes);
    }
    mLabelField->setCurrentIndex(!s.labelField ? 0 : s.labelField->isEmpty() ? 1
                                                 : std::max(0, mLabelField->findData(*s.labelField)));
    mKind->setCurrentIndex(int(s.kind));
    mPages->setCurrentIndex(int(s.kind));
}

Symbol LayerStyleDialog::symbolFromEditor() const
{
    return {mFill->color(), mStroke->color(), mWidth->value(), mSize->value()};
}

void LayerStyleDialog::classify()
{
    Symbol base = symbolFromEditor();
    if (mKind->currentIndex() == CategorizedPage) {
        fillCategoryTable(LayerStyle::categoriesFor(mData, mCategoryField->currentText(), base));
    } else if (mKind->currentIndex() == GraduatedPage) {
        const auto breaks = LayerStyle::Breaks(mBreaks->currentData().toInt());
        fillClassTable(LayerStyle::classesFor(mData, mGraduatedField->currentText(), mClassCount->value(), breaks,
                                              mRampFrom->color(), mRampTo->color(), base));
    }
}

void LayerStyleDialog::fillCategoryTable(const QList<StyleCategory> &categories)
{
    const int dim = dimensionOf(mData.geometryType);
    mCategories->setRowCount(int(categories.size()));
    mCategorySymbols.clear();
    for (int row = 0; row < categories.size(); ++row) {
        const StyleCategory &c = categories.at(row);
        auto *color = new QTableWidgetItem(LegendDock::symbolIcon(c.symbol, dim), QString());
        color->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        mCategories->setItem(row, 0, color);
        auto *value = new QTableWidgetItem(c.value.isEmpty() ? QStringLiteral("(NULL)") : c.value);
        value->setData(Qt::UserRole, c.value);
        value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        mCategories->setItem(row, 1, value);
        mCategories->setItem(row, 2, new QTableWidgetItem(c.label.isEmpty() ? c.value : c.label));
        mCategorySymbols.append(c.symbol);
    }
    mCategories->resizeColumnToContents(0);
}

void LayerStyleDialog::fillClassTable(const QList<StyleClass> &classes)
{
    const int dim = dimensionOf(mData.geometryType);
    LayerStyle withClasses;
    withClasses.kind = LayerStyle::Kind::Graduated;
    withClasses.classes = classes;
    for (StyleClass &c : withClasses.classes)
        c.label.clear();
    const QList<LegendEntry> generated = withClasses.legend(Symbol());
    mClasses->setRowCount(int(classes.size()));
    mClassSymbols.clear();
    mClassAutoLabels.clear();
    for (int row = 0; row < classes.size(); ++row) {
        const StyleClass &c = classes.at(row);
        auto *color = new QTableWidgetItem(LegendDock::symbolIcon(c.symbol, dim), QString());
        color->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        mClasses->setItem(row, 0, color);
        auto *lower = new QTableWidgetItem;
        lower->setData(Qt::EditRole, c.lower);
        mClasses->setItem(row, 1, lower);
        auto *upper = new QTableWidgetItem;
        upper->setData(Qt::EditRole, c.upper);
        mClasses->setItem(row, 2, upper);
        mClasses->setItem(row, 3, new QTableWidgetItem(c.label.isEmpty() ? generated.at(row).label : c.label));
        mClassSymbols.append(c.symbol);
        mClassAutoLabels.append(generated.at(row).label);
    }
    mClasses->resizeColumnToContents(0);
}

void LayerStyleDialog::editColorAt(QTableWidget *table, int row, int column)
{
    QList<Symbol> &symbols = table == mCategories ? mCategorySymbols : mClassSymbols;
    if (column != 0 || row < 0 || row >= symbols.size())
        return;
    Symbol &s = symbols[row];
    const QColor c = QColorDialog::getColor(s.fill.alpha() > 0 ? s.fill : s.stroke, this, tr("Choose a colour"),
                                            QColorDialog::ShowAlphaChannel);
    if (!c.isValid())
        return;
    const int dim = dimensionOf(mData.geometryType);
    s.fill = c;
    s.stroke = dim == 1 ? c : QColor::fromRgba(c.darker(140).rgba());   // 8 bits a channel, as saved
    table->item(row, 0)->setIcon(LegendDock::symbolIcon(s, dim));
}

LayerStyle LayerStyleDialog::style() const
{
    LayerStyle s;
    s.kind = LayerStyle::Kind(mKind->currentIndex());
    if (s.kind != LayerStyle::Kind::Default)
        s.symbol = symbolFromEditor();
    if (s.kind == LayerStyle::Kind::Categorized) {
        s.field = mCategoryField->currentText();
        for (int row = 0; row < mCategories->rowCount() && row < mCategorySymbols.size(); ++row) {
            const QString value = mCategories->item(row, 1)->data(Qt::UserRole).toString();
            const QString label = mCategories->item(row, 2)->text().trimmed();
            s.categories.append({value, label == value ? QString() : label, mCategorySymbols.at(row)});
        }
    } else if (s.kind == LayerStyle::Kind::Graduated) {
        s.field = mGraduatedField->currentText();
        for (int row = 0; row < mClasses->rowCount() && row < mClassSymbols.size(); ++row) {
            const QString label = mClasses->item(row, 3)->text().trimmed();
            // A label the planner did not change stays generated ("lower – upper" of the saved bounds).
            s.classes.append({mClasses->item(row, 1)->data(Qt::EditRole).toDouble(),
                              mClasses->item(row, 2)->data(Qt::EditRole).toDouble(),
                              label == mClassAutoLabels.value(row) ? QString() : label, mClassSymbols.at(row)});
        }
    }
    if (s.kind == LayerStyle::Kind::Categorized || s.kind == LayerStyle::Kind::Graduated) {
        if (s.field.isEmpty())
            s.kind = LayerStyle::Kind::Single;   // no field to classify on
    }
    if (mLabelField->currentIndex() == 1)
        s.labelField = QString();
    else if (mLabelField->currentIndex() > 1)
        s.labelField = mLabelField->currentData().toString();
    return s;
}

} // namespace yc
