// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/annotation.h"

#include <QCoreApplication>

#include <algorithm>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct AnnotationText {
    Q_DECLARE_TR_FUNCTIONS(yc::Annotation)
};

constexpr std::pair<AnnotationKind, const char *> kKindKeys[] = {
    {AnnotationKind::Text, "text"},           {AnnotationKind::Callout, "callout"},
    {AnnotationKind::Arrow, "arrow"},         {AnnotationKind::Rectangle, "rectangle"},
    {AnnotationKind::Ellipse, "ellipse"},
};

} // namespace

QString toKey(AnnotationKind kind)
{
    for (const auto &[k, key] : kKindKeys)
        if (k == kind)
            return QLatin1String(key);
    return {};
}

std::optional<AnnotationKind> annotationKindFromKey(const QString &key)
{
    for (const auto &[k, name] : kKindKeys)
        if (key == QLatin1String(name))
            return k;
    return std::nullopt;
}

QString toKey(AnnotationPlacement placement)
{
    return placement == AnnotationPlacement::Map ? QStringLiteral("map") : QStringLiteral("page");
}

std::optional<AnnotationPlacement> annotationPlacementFromKey(const QString &key)
{
    if (key == QLatin1String("map"))
        return AnnotationPlacement::Map;
    if (key == QLatin1String("page"))
        return AnnotationPlacement::Page;
    return std::nullopt;
}

QString displayName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Text: return AnnotationText::tr("Text");
    case AnnotationKind::Callout: return AnnotationText::tr("Callout");
    case AnnotationKind::Arrow: return AnnotationText::tr("Arrow");
    case AnnotationKind::Rectangle: return AnnotationText::tr("Rectangle");
    case AnnotationKind::Ellipse: return AnnotationText::tr("Ellipse");
    }
    return {};
}

const Annotation *Annotations::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &mList.at(i);
}

qsizetype Annotations::indexOf(const QString &id) const
{
    const auto it = std::find_if(mList.cbegin(), mList.cend(), [&](const Annotation &a) { return a.id == id; });
    return it == mList.cend() ? -1 : it - mList.cbegin();
}

void Annotations::setAll(QList<Annotation> list)
{
    mList = std::move(list);
    Q_EMIT changed();
}

void Annotations::put(const Annotation &a, qsizetype index)
{
    const qsizetype existing = indexOf(a.id);
    if (existing >= 0)
        mList[existing] = a;
    else if (index >= 0 && index <= mList.size())
        mList.insert(index, a);
    else
        mList.append(a);
    Q_EMIT changed();
}

void Annotations::remove(const QString &id)
{
    if (mList.removeIf([&](const Annotation &a) { return a.id == id; }) > 0)
        Q_EMIT changed();
}

QList<Annotation> Annotations::onMap() const
{
    QList<Annotation> out;
    for (const Annotation &a : mList)
        if (a.placement == AnnotationPlacement::Map)
            out.append(a);
    return out;
}

QList<Annotation> Annotations::onPage(const QString &layout) const
{
    QList<Annotation> out;
    for (const Annotation &a : mList)
        if (a.placement == AnnotationPlacement::Page && a.layout == layout)
            out.append(a);
    return out;
}

} // namespace yc
