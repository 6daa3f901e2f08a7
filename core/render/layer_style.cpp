// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/layer_style.h"

#include "io/vector_data.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

namespace yc {

Symbol Symbol::fromBase(const BaseLayerStyle &base)
{
    return {base.fill, base.stroke, base.strokeWidth, base.pointSize > 0 ? base.pointSize : 5};
}

namespace {

QString kindName(LayerStyle::Kind k)
{
    switch (k) {
    case LayerStyle::Kind::Single: return QStringLiteral("single");
    case LayerStyle::Kind::Categorized: return QStringLiteral("categorized");
    case LayerStyle::Kind::Graduated: return QStringLiteral("graduated");
    case LayerStyle::Kind::Default: break;
    }
    return QStringLiteral("default");
}

LayerStyle::Kind kindOf(const QString &name)
{
    if (name == QLatin1String("single"))
        return LayerStyle::Kind::Single;
    if (name == QLatin1String("categorized"))
        return LayerStyle::Kind::Categorized;
    if (name == QLatin1String("graduated"))
        return LayerStyle::Kind::Graduated;
    return LayerStyle::Kind::Default;
}

QColor colorOf(const QJsonValue &v, const QColor &fallback)
{
    const QColor c = QColor::fromString(v.toString());
    return c.isValid() ? c : fallback;
}

QJsonObject symbolJson(const Symbol &s)
{
    return {{QStringLiteral("fill"), s.fill.name(QColor::HexArgb)},
            {QStringLiteral("stroke"), s.stroke.name(QColor::HexArgb)},
            {QStringLiteral("width"), s.strokeWidth},
            {QStringLiteral("size"), s.pointSize}};
}

Symbol symbolOf(const QJsonObject &o)
{
    Symbol s;
    s.fill = colorOf(o.value(QLatin1String("fill")), s.fill);
    s.stroke = colorOf(o.value(QLatin1String("stroke")), s.stroke);
    s.strokeWidth = std::clamp(o.value(QLatin1String("width")).toDouble(s.strokeWidth), 0.0, 50.0);
    s.pointSize = std::clamp(o.value(QLatin1String("size")).toDouble(s.pointSize), 0.5, 100.0);
    return s;
}

/// Text of an attribute as categories compare it: numbers without trailing zeros, null as empty.
QString valueText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

/// `c` darker by `factor`, rounded to 8 bits a channel: QColor::darker goes through HSV and leaves 16-bit
/// channels that the "#AARRGGBB" of the saved JSON cannot hold, so a saved style would not read back equal.
QColor darker(const QColor &c, int factor)
{
    return QColor::fromRgba(c.darker(factor).rgba());
}

QColor ramp(const QColor &from, const QColor &to, double t)
{
    const auto mix = [t](double a, double b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue()),
                  mix(from.alpha(), to.alpha()));
}

// A qualitative palette (ColorBrewer Set1/Dark2/Set2 mixed) that stays readable on a light map.
const QList<QColor> &palette()
{
    static const QList<QColor> colors = {
        QColor(0x1f, 0x78, 0xb4), QColor(0xe3, 0x1a, 0x1c), QColor(0x33, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x00),
        QColor(0x6a, 0x3d, 0x9a), QColor(0xb1, 0x59, 0x28), QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e),
        QColor(0xa6, 0x76, 0x1d), QColor(0x1b, 0x9e, 0x77), QColor(0x7f, 0x7f, 0x7f), QColor(0xd9, 0x5f, 0x02),
        QColor(0x75, 0x70, 0xb3), QColor(0x8d, 0xa0, 0xcb), QColor(0xfc, 0x8d, 0x62), QColor(0x66, 0xc2, 0xa5),
    };
    return colors;
}

} // namespace

QJsonObject LayerStyle::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    if (kind != Kind::Default)
        o.insert(QStringLiteral("symbol"), symbolJson(symbol));
    if (kind == Kind::Categorized || kind == Kind::Graduated)
        o.insert(QStringLiteral("field"), field);
    if (kind == Kind::Categorized) {
        QJsonArray a;
        for (const StyleCategory &c : categories) {
            QJsonObject item = symbolJson(c.symbol);
            item.insert(QStringLiteral("value"), c.value);
            if (!c.label.isEmpty())
                item.insert(QStringLiteral("label"), c.label);
            a.append(item);
        }
        o.insert(QStringLiteral("categories"), a);
    }
    if (kind == Kind::Graduated) {
        QJsonArray a;
        for (const StyleClass &c : classes) {
            QJsonObject item = symbolJson(c.symbol);
            item.insert(QStringLiteral("lower"), c.lower);
            item.insert(QStringLiteral("upper"), c.upper);
            if (!c.label.isEmpty())
                item.insert(QStringLiteral("label"), c.label);
            a.append(item);
        }
        o.insert(QStringLiteral("classes"), a);
    }
    if (labelField)
        o.insert(QStringLiteral("label"), *labelField);
    return o;
}

LayerStyle LayerStyle::fromJson(const QJsonObject &json)
{
    LayerStyle s;
    s.kind = kindOf(json.value(QLatin1String("kind")).toString());
    s.symbol = symbolOf(json.value(QLatin1String("symbol")).toObject());
    s.field = json.value(QLatin1String("field")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        s.categories.append({o.value(QLatin1String("value")).toString(), o.value(QLatin1String("label")).toString(),
                             symbolOf(o)});
    }
    for (const QJsonValue &v : json.value(QLatin1String("classes")).toArray()) {
        const QJsonObject o = v.toObject();
        s.classes.append({o.value(QLatin1String("lower")).toDouble(), o.value(QLatin1String("upper")).toDouble(),
                          o.value(QLatin1String("label")).toString(), symbolOf(o)});
    }
    if (json.contains(QLatin1String("label")))
        s.labelField = json.value(QLatin1String("label")).toString();
    // A classification without its field draws as a single symbol rather than failing.
    if ((s.kind == Kind::Categorized || s.kind == Kind::Graduated) && s.field.isEmpty())
        s.kind = Kind::Single;
    return s;
}

QList<StyleCategory> LayerStyle::categoriesFor(const VectorData &data, const QString &field, const Symbol &base,
                                               int maxCategories)
{
    const int index = data.fieldIndex(field);
    if (index < 0)
        return {};
    std::set<QString> values;
    for (const VectorFeature &f : data.features) {
        values.insert(valueText(f.attributes.value(index)));
        if (int(values.size()) > maxCategories)
            break;
    }
    QList<StyleCategory> out;
    for (const QString &v : values) {
        if (int(out.size()) >= maxCategories)
            break;
        Symbol s = base;
        const QColor c = palette().at(out.size() % palette().size());
        s.stroke = darker(c, 130);
        s.fill = c;
        s.fill.setAlpha(data.geometryType == GeometryType::Polygon || data.geometryType == GeometryType::MultiPolygon
                            ? 150 : 255);
        if (data.geometryType == GeometryType::LineString || data.geometryType == GeometryType::MultiLineString) {
            s.stroke = c;
            s.strokeWidth = std::max(base.strokeWidth, 1.6);
        }
        out.append({v, QString(), s});
    }
    return out;
}

QList<StyleClass> LayerStyle::classesFor(const VectorData &data, const QString &field, int count, Breaks breaks,
                                         const QColor &from, const QColor &to, const Symbol &base)
{
    const int index = data.fieldIndex(field);
    if (index < 0 || count < 1)
        return {};
    std::vector<double> values;
    for (const VectorFeature &f : data.features) {
        bool ok = false;
        const double v = f.attributes.value(index).toDouble(&ok);
        if (ok && std::isfinite(v))
            values.push_back(v);
    }
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const double lo = values.front();
    const double hi = values.back();
    std::vector<double> edges{lo};
    for (int i = 1; i < count; ++i) {
        const double e = breaks == Breaks::EqualInterval
                             ? lo + (hi - lo) * i / count
                             : values.at(std::min(values.size() - 1, size_t(double(values.size()) * i / count)));
        if (e > edges.back())   // quantiles of repeated values collapse
            edges.push_back(e);
    }
    if (hi > edges.back() || edges.size() == 1)
        edges.push_back(hi);
    const bool line = data.geometryType == GeometryType::LineString
                      || data.geometryType == GeometryType::MultiLineString;
    const bool area = data.geometryType == GeometryType::Polygon || data.geometryType == GeometryType::MultiPolygon;
    QList<StyleClass> out;
    const size_t n = edges.size() - 1;
    for (size_t i = 0; i < n; ++i) {
        Symbol s = base;
        const QColor c = ramp(from, to, n > 1 ? double(i) / double(n - 1) : 0.0);
        s.fill = c;
        if (area)
            s.fill.setAlpha(190);
        s.stroke = line ? c : darker(c, 140);
        if (line)
            s.strokeWidth = std::max(base.strokeWidth, 1.6);
        out.append({edges.at(i), edges.at(i + 1), QString(), s});
    }
    return out;
}

QList<LegendEntry> LayerStyle::legend(const Symbol &base) const
{
    const QLocale locale;
    switch (kind) {
    case Kind::Default:
        return {{QString(), base}};
    case Kind::Single:
        return {{QString(), symbol}};
    case Kind::Categorized: {
        QList<LegendEntry> out;
        for (const StyleCategory &c : categories)
            out.append({!c.label.isEmpty() ? c.label : c.value.isEmpty() ? QStringLiteral("(NULL)") : c.value,
                        c.symbol});
        return out;
    }
    case Kind::Graduated: {
        QList<LegendEntry> out;
        for (const StyleClass &c : classes)
            out.append({!c.label.isEmpty() ? c.label
                                           : QStringLiteral("%1 – %2").arg(locale.toString(c.lower, 'g', 6),
                                                                            locale.toString(c.upper, 'g', 6)),
                        c.symbol});
        return out;
    }
    }
    return {};
}

LayerStyle::Prepared LayerStyle::prepare(const VectorData &data, const Symbol &base, int defaultLabelIndex) const
{
    Prepared p;
    p.mKind = kind;
    p.mDefault = kind == Kind::Default ? base : symbol;
    p.mLabelIndex = !labelField ? defaultLabelIndex : labelField->isEmpty() ? -1 : data.fieldIndex(*labelField);
    if (kind == Kind::Categorized || kind == Kind::Graduated) {
        p.mFieldIndex = data.fieldIndex(field);
        if (p.mFieldIndex < 0)
            p.mKind = Kind::Single;   // the field is gone (another file at the same path): one symbol
    }
    for (const StyleCategory &c : categories)
        p.mByValue.insert(c.value, c.symbol);
    p.mClasses = classes;
    return p;
}

const Symbol &LayerStyle::Prepared::symbolFor(const QVariantList &attributes) const
{
    if (mKind == Kind::Categorized) {
        const auto it = mByValue.constFind(valueText(attributes.value(mFieldIndex)));
        return it == mByValue.cend() ? mDefault : *it;
    }
    if (mKind == Kind::Graduated) {
        bool ok = false;
        const double v = attributes.value(mFieldIndex).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return mDefault;
        for (qsizetype i = 0; i < mClasses.size(); ++i) {
            const StyleClass &c = mClasses.at(i);
            if (v >= c.lower && (v < c.upper || (i + 1 == mClasses.size() && v <= c.upper)))
                return c.symbol;
        }
    }
    return mDefault;
}

} // namespace yc
