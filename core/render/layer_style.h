// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/plan_style.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace yc {

struct VectorData;

/// How one feature of a base layer is painted. Sizes are pixels at 96 dpi.
struct Symbol {
    QColor fill = QColor(0, 0, 0, 0);   ///< areas and point dots; transparent: none (dots then use `stroke`)
    QColor stroke = QColor(120, 120, 120);
    double strokeWidth = 0.8;
    double pointSize = 5;               ///< dot diameter of point features
    bool operator==(const Symbol &) const = default;

    /// The symbol a base layer gets by default (see plan_style.h).
    static Symbol fromBase(const BaseLayerStyle &base);
};

/// One value of a categorized style.
struct StyleCategory {
    QString value;        ///< the attribute's text (numbers as text too)
    QString label;        ///< shown in the legend; empty: the value
    Symbol symbol;
    bool operator==(const StyleCategory &) const = default;
};

/// One class of a graduated style: lower ≤ value < upper (the last class includes its upper bound).
struct StyleClass {
    double lower = 0;
    double upper = 0;
    QString label;        ///< empty: "lower – upper"
    Symbol symbol;
    bool operator==(const StyleClass &) const = default;
};

/// A legend row: a symbol and what it stands for.
struct LegendEntry {
    QString label;
    Symbol symbol;
};

/// A base layer's style as the planner set it: the default (chosen by the layer's name), a single symbol,
/// categories of a field's values, or classes of a numeric field; plus the field to label with. Kept as JSON
/// in the project (LayerRef::style, key "symbology") and copied into RenderLayer for drawing.
class LayerStyle {
public:
    enum class Kind { Default, Single, Categorized, Graduated };

    Kind kind = Kind::Default;
    Symbol symbol;                       ///< Single; for Categorized/Graduated: values in no category or class
    QString field;                       ///< Categorized/Graduated: the attribute
    QList<StyleCategory> categories;
    QList<StyleClass> classes;
    /// nullopt: the default labels (the name field, for layers whose default style labels); empty: no labels.
    std::optional<QString> labelField;

    bool operator==(const LayerStyle &) const = default;
    bool isDefault() const { return kind == Kind::Default && !labelField; }

    QJsonObject toJson() const;
    /// Unknown or missing parts fall back to the defaults; never fails.
    static LayerStyle fromJson(const QJsonObject &json);

    /// One category per distinct value of `field` (sorted, at most `maxCategories`), coloured from a
    /// qualitative palette, with `base`'s stroke width and point size.
    static QList<StyleCategory> categoriesFor(const VectorData &data, const QString &field, const Symbol &base,
                                             int maxCategories = 60);
    /// `count` classes of `field` by equal intervals or by quantiles, coloured along the ramp from `from` to `to`.
    enum class Breaks { EqualInterval, Quantile };
    static QList<StyleClass> classesFor(const VectorData &data, const QString &field, int count, Breaks breaks,
                                        const QColor &from, const QColor &to, const Symbol &base);

    /// The legend rows of this style (`base` is the layer's default symbol, used for Kind::Default).
    QList<LegendEntry> legend(const Symbol &base) const;

    /// The style bound to one layer's fields, for drawing it feature by feature.
    class Prepared {
    public:
        /// The symbol of a feature with these attributes.
        const Symbol &symbolFor(const QVariantList &attributes) const;
        /// Index in the feature's attributes of the label text; -1: no labels.
        int labelIndex() const { return mLabelIndex; }

    private:
        friend class LayerStyle;
        Kind mKind = Kind::Default;
        Symbol mDefault;
        int mFieldIndex = -1;
        int mLabelIndex = -1;
        QHash<QString, Symbol> mByValue;
        QList<StyleClass> mClasses;
    };
    /// `base` is the layer's default symbol; `defaultLabelIndex` the field the default style labels with.
    Prepared prepare(const VectorData &data, const Symbol &base, int defaultLabelIndex) const;
};

} // namespace yc
