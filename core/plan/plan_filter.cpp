// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_filter.h"

#include "report/report.h"

#include <QCollator>
#include <QLocale>

#include <array>

namespace yc {

namespace {

/// The first character (in pinyin collation) of each initial: a character sorts under the last boundary
/// that does not come after it. I, U and V begin no Mandarin syllable.
constexpr std::array<std::pair<char, const char *>, 23> kInitialBoundaries = {{
    {'A', "阿"}, {'B', "八"}, {'C', "嚓"}, {'D', "哒"}, {'E', "妸"}, {'F', "发"}, {'G', "旮"}, {'H', "哈"},
    {'J', "讥"}, {'K', "咔"}, {'L', "垃"}, {'M', "妈"}, {'N', "拏"}, {'O', "噢"}, {'P', "妑"}, {'Q', "七"},
    {'R', "呥"}, {'S', "仨"}, {'T', "它"}, {'W', "屲"}, {'X', "夕"}, {'Y', "丫"}, {'Z', "帀"},
}};

bool isHan(QChar c) { return c.script() == QChar::Script_Han; }

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool isLatinWord(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() > 0x7f || !c.isLetter())
            return false;
    return !text.isEmpty();
}

} // namespace

bool FeatureFilter::isEmpty() const
{
    return !section && !category && !status && !county && !confidence && text.trimmed().isEmpty();
}

QList<int> sectionsOf(const PlanFeature &feature)
{
    QList<int> out;
    for (const QString &id : feature.sentenceIds) {
        bool ok = false;
        const int section = id.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (ok && !out.contains(section))
            out.append(section);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool matches(const PlanFeature &feature, const FeatureFilter &filter, const Report &report)
{
    if (filter.section && !sectionsOf(feature).contains(*filter.section))
        return false;
    if (filter.category && feature.category != *filter.category)
        return false;
    if (filter.status && feature.status() != *filter.status)
        return false;
    if (filter.county && feature.county != *filter.county)
        return false;
    if (filter.confidence && feature.confidence != *filter.confidence)
        return false;
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool found = containsText(feature.nameZh, word) || containsText(feature.nameEn, word)
            || containsText(feature.id, word) || containsText(feature.county, word);
        if (!found && isLatinWord(word))
            found = pinyinInitials(feature.nameZh).contains(word, Qt::CaseInsensitive)
                || pinyinInitials(feature.county).contains(word, Qt::CaseInsensitive);
        for (qsizetype i = 0; !found && i < feature.sentenceIds.size(); ++i)
            if (const Sentence *s = report.sentence(feature.sentenceIds.at(i)))
                found = containsText(s->text, word);
        if (!found)
            return false;
    }
    return true;
}

QList<PlanFeature> filterFeatures(const QList<PlanFeature> &features, const FeatureFilter &filter,
                                  const Report &report)
{
    if (filter.isEmpty())
        return features;
    QList<PlanFeature> out;
    for (const PlanFeature &f : features)
        if (matches(f, filter, report))
            out.append(f);
    return out;
}

QString pinyinInitials(const QString &text)
{
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::China));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    static const QList<QString> boundaries = [] {
        QList<QString> out;
        for (const auto &[letter, first] : kInitialBoundaries)
            out.append(QString::fromUtf8(first));
        return out;
    }();
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isHan(c)) {
            out.append(c.toUpper());
            continue;
        }
        const QString s(c);
        char initial = 0;
        for (qsizetype i = 0; i < boundaries.size(); ++i)
            if (collator.compare(s, boundaries.at(i)) >= 0)
                initial = kInitialBoundaries.at(size_t(i)).first;
        out.append(initial ? QChar::fromLatin1(initial) : c);
    }
    return out;
}

} // namespace yc
