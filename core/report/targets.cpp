// SPDX-License-Identifier: GPL-3.0-or-later
// Quantitative targets: a number with a counting unit ("60家", "1.26万亩", "15%"). Arabic figures
// always count; Chinese numerals count only right after a commitment verb ("改造两万座") or as an
// end of a range ("1个至两个"), because elsewhere they mostly name things ("五大系统", "绛县两个…").
// Anything in quotation or title marks is a name or slogan ("三个一批", "十大工程") and never counts.
#include "report/targets.h"

#include <QStringList>

namespace yc {
namespace {

// Longest first, so that "个百分点" wins over "个" and "人次" over "人".
const QStringList &units()
{
    static const QStringList list = {
        QStringLiteral("个百分点"), QStringLiteral("平方公里"), QStringLiteral("平方米"), QStringLiteral("千瓦时"),
        QStringLiteral("百分点"), QStringLiteral("公里"), QStringLiteral("千米"), QStringLiteral("公顷"),
        QStringLiteral("千瓦"), QStringLiteral("兆瓦"), QStringLiteral("人次"), QStringLiteral("%"),
        QStringLiteral("％"), QStringLiteral("家"), QStringLiteral("项"), QStringLiteral("人"),
        QStringLiteral("个"), QStringLiteral("所"), QStringLiteral("座"), QStringLiteral("亩"),
        QStringLiteral("吨"), QStringLiteral("户"), QStringLiteral("套"), QStringLiteral("台"),
        QStringLiteral("辆"), QStringLiteral("张"), QStringLiteral("条"), QStringLiteral("间"),
        QStringLiteral("处"), QStringLiteral("次"), QStringLiteral("名"), QStringLiteral("位"),
        QStringLiteral("栋"), QStringLiteral("元"), QStringLiteral("米"), QStringLiteral("倍"),
        QStringLiteral("件"), QStringLiteral("场"), QStringLiteral("床"),
    };
    return list;
}

// Bounds written right before the figure ("不少于40人") and right after its unit ("15%以上").
const QStringList &prefixQualifiers()
{
    static const QStringList list = {
        QStringLiteral("不少于"), QStringLiteral("不低于"), QStringLiteral("不超过"), QStringLiteral("不高于"),
        QStringLiteral("超过"), QStringLiteral("突破"), QStringLiteral("达到"), QStringLiteral("高于"),
        QStringLiteral("低于"),
    };
    return list;
}

const QStringList &suffixQualifiers()
{
    static const QStringList list = {
        QStringLiteral("以上"), QStringLiteral("以下"), QStringLiteral("以内"), QStringLiteral("左右"),
    };
    return list;
}

// Verbs after which a Chinese numeral with a unit is a commitment ("改造两万座", "新建三所").
const QStringList &commitmentVerbs()
{
    static const QStringList list = {
        QStringLiteral("新增"), QStringLiteral("新建"), QStringLiteral("培育"), QStringLiteral("建成"),
        QStringLiteral("建设"), QStringLiteral("完成"), QStringLiteral("改造"), QStringLiteral("打造"),
        QStringLiteral("引进"), QStringLiteral("培训"), QStringLiteral("实现"), QStringLiteral("开工"),
        QStringLiteral("创建"), QStringLiteral("增加"), QStringLiteral("增长"), QStringLiteral("覆盖"),
        QStringLiteral("招引"), QStringLiteral("新创建"), QStringLiteral("争创"), QStringLiteral("改建"),
        QStringLiteral("新培育"), QStringLiteral("不少于"), QStringLiteral("不低于"), QStringLiteral("超过"),
        QStringLiteral("突破"), QStringLiteral("达到"),
    };
    return list;
}

// Words that open a clause without being part of what is measured.
const QStringList &modalWords()
{
    static const QStringList list = {
        QStringLiteral("力争"), QStringLiteral("争取"), QStringLiteral("确保"), QStringLiteral("努力"),
        QStringLiteral("全力"),
    };
    return list;
}

// Verbs dropped from the front of a measure: "新增省市级平台" measures "省市级平台".
const QStringList &leadingVerbs()
{
    static const QStringList list = {
        QStringLiteral("新培育"), QStringLiteral("新增"), QStringLiteral("新建"), QStringLiteral("培育"),
        QStringLiteral("完成"), QStringLiteral("实施"), QStringLiteral("打造"), QStringLiteral("突破"),
        QStringLiteral("实现"), QStringLiteral("推动"), QStringLiteral("建成"), QStringLiteral("再"),
    };
    return list;
}

// Where a measure written after the figure stops ("4所综合医院达到…", "15项民生实事的基础上").
const QStringList &measureStops()
{
    static const QStringList list = {
        QStringLiteral("的"), QStringLiteral("达到"), QStringLiteral("工程建设"), QStringLiteral("项目建设"),
        QStringLiteral("建设"), QStringLiteral("实现"), QStringLiteral("完成"),
    };
    return list;
}

bool isClauseBreak(QChar c)
{
    static const QString marks = QStringLiteral("，,。；;、：:！!？?“”‘’\"《》「」");
    return marks.contains(c);
}

bool isArabicDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

bool isChineseNumeral(QChar c)
{
    static const QString chars = QStringLiteral("零〇一二三四五六七八九十百千万亿两");
    return chars.contains(c);
}

bool startsChineseNumber(QChar c)
{
    static const QString chars = QStringLiteral("一二三四五六七八九十两");
    return chars.contains(c);
}

/// For each position: inside “…”, ‘…’, 《…》 or 「…」 (names, slogans, titles).
QList<bool> quotedMask(const QString &text)
{
    QList<bool> mask(text.size(), false);
    int depth = 0;
    bool asciiQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'“' || c == u'‘' || c == u'《' || c == u'「') {
            ++depth;
        } else if ((c == u'”' || c == u'’' || c == u'》' || c == u'」') && depth > 0) {
            --depth;
        } else if (c == u'"') {
            asciiQuote = !asciiQuote;
        }
        mask[i] = depth > 0 || asciiQuote;
    }
    return mask;
}

struct Figure {
    qsizetype begin = 0;
    qsizetype end = 0;
    double value = 0;
    bool arabic = false;
};

/// The number starting at `pos`: Arabic digits (with an optional 万/亿) or a run of Chinese numerals.
std::optional<Figure> figureAt(const QString &text, qsizetype pos)
{
    const qsizetype size = text.size();
    Figure f;
    f.begin = pos;
    qsizetype i = pos;
    if (i < size && isArabicDigit(text.at(i))) {
        if (i > 0 && text.at(i - 1).unicode() < 0x80 && text.at(i - 1).isLetterOrNumber())
            return std::nullopt;   // part of a code such as "G5"
        while (i < size && (isArabicDigit(text.at(i))
                            || ((text.at(i) == u'.' || text.at(i) == u'．') && i + 1 < size
                                && isArabicDigit(text.at(i + 1)))))
            ++i;
        while (i < size && (text.at(i) == u'万' || text.at(i) == u'亿'))
            ++i;
        f.arabic = true;
    } else if (i < size && startsChineseNumber(text.at(i)) && (i == 0 || !isChineseNumeral(text.at(i - 1)))) {
        while (i < size && isChineseNumeral(text.at(i)))
            ++i;
    } else {
        return std::nullopt;
    }
    f.end = i;
    const std::optional<double> value = parseChineseNumber(text.mid(f.begin, f.end - f.begin));
    if (!value)
        return std::nullopt;
    f.value = *value;
    return f;
}

QString matchAt(const QString &text, qsizetype pos, const QStringList &words)
{
    for (const QString &w : words) {
        if (QStringView(text).mid(pos).startsWith(w))
            return w;
    }
    return {};
}

QString matchBefore(const QString &text, qsizetype pos, const QStringList &words)
{
    for (const QString &w : words) {
        if (QStringView(text).left(pos).endsWith(w))
            return w;
    }
    return {};
}

/// Strips any of `words` from the front of text[begin, end) repeatedly; returns the new begin.
qsizetype stripLeading(const QString &text, qsizetype begin, qsizetype end, const QStringList &words)
{
    for (bool again = true; again;) {
        again = false;
        const QString w = matchAt(text, begin, words);
        if (!w.isEmpty() && begin + w.size() < end) {
            begin += w.size();
            again = true;
        }
    }
    return begin;
}

/// Original offset of each code unit of the sentence text (the text skips page breaks).
QList<qsizetype> originalOffsets(const QString &original, const Sentence &sentence)
{
    QList<qsizetype> offsets;
    offsets.reserve(sentence.text.size());
    qsizetype pos = sentence.range.begin;
    for (QChar c : sentence.text) {
        while (pos < sentence.range.end && original.at(pos) != c)
            ++pos;
        offsets.append(pos++);
    }
    return offsets;
}

QList<Target> sentenceTargets(const QString &original, const Sentence &sentence)
{
    const QString &t = sentence.text;
    const qsizetype size = t.size();
    const QList<bool> quoted = quotedMask(t);
    QList<Target> targets;
    QList<std::pair<qsizetype, qsizetype>> phraseSpans;   // [begin, end) in the sentence text
    qsizetype clauseFloor = 0;   // a measure never reaches back over the previous target

    for (qsizetype i = 0; i < size;) {
        const std::optional<Figure> lower = figureAt(t, i);
        if (!lower) {
            ++i;
            continue;
        }
        if (quoted.at(i)) {
            i = lower->end;
            continue;
        }
        qsizetype p = lower->end;
        QString unit = matchAt(t, p, units());
        p += unit.size();
        std::optional<double> upper;
        bool chineseAllowed = false;
        if (p < size && QStringLiteral("至到~～-—–").contains(t.at(p))) {
            const std::optional<Figure> high = figureAt(t, p + 1);
            if (high) {
                const QString highUnit = matchAt(t, high->end, units());
                if (!highUnit.isEmpty() && (unit.isEmpty() || unit == highUnit)) {
                    upper = high->value;
                    unit = highUnit;
                    p = high->end + highUnit.size();
                    chineseAllowed = true;   // "1个至两个": both ends of a range are figures
                }
            }
        }
        if (unit.isEmpty()) {
            i = lower->end;
            continue;
        }
        if (!lower->arabic && !chineseAllowed && matchBefore(t, i, commitmentVerbs()).isEmpty()) {
            i = lower->end;
            continue;
        }

        Target target;
        const QString prefix = matchBefore(t, i, prefixQualifiers());
        const QString suffix = matchAt(t, p, suffixQualifiers());
        p += suffix.size();
        target.qualifier = suffix.isEmpty() ? prefix : suffix;
        target.value = lower->value;
        target.upperValue = upper;
        target.unit = unit;

        qsizetype phraseBegin = 0;
        qsizetype phraseEnd = 0;
        const bool measureAfter = p < size && !isClauseBreak(t.at(p)) && matchAt(t, p, measureStops()).isEmpty()
            && !figureAt(t, p);
        if (measureAfter) {
            // "35个以上精品示范村": what is counted follows the figure.
            qsizetype end = p;
            while (end < size && !isClauseBreak(t.at(end)) && matchAt(t, end, measureStops()).isEmpty()
                   && !isArabicDigit(t.at(end)))
                ++end;
            target.measure = t.mid(p, end - p);
            phraseBegin = i - prefix.size();
            phraseEnd = end;
        } else {
            // "新培育科技型中小企业60家": what is counted comes before, back to the clause start.
            const qsizetype measureEnd = i - prefix.size();
            qsizetype begin = measureEnd;
            while (begin > clauseFloor && !isClauseBreak(t.at(begin - 1)))
                --begin;
            phraseBegin = stripLeading(t, begin, measureEnd, modalWords());
            const qsizetype measureBegin = stripLeading(t, phraseBegin, measureEnd, leadingVerbs());
            target.measure = t.mid(measureBegin, measureEnd - measureBegin);
            phraseEnd = p;
        }
        target.phrase = t.mid(phraseBegin, phraseEnd - phraseBegin);
        targets.append(target);
        phraseSpans.append({phraseBegin, phraseEnd});
        clauseFloor = phraseEnd;
        i = phraseEnd;
    }

    if (!targets.isEmpty()) {
        const QList<qsizetype> offsets = originalOffsets(original, sentence);
        for (qsizetype n = 0; n < targets.size(); ++n) {
            Target &target = targets[n];
            target.sentenceId = sentence.id;
            target.id = sentence.id + u'#' + QString::number(n + 1);
            const auto [begin, end] = phraseSpans.at(n);
            target.range = {offsets.at(begin), offsets.at(end - 1) + 1};
        }
    }
    return targets;
}

} // namespace

QList<Target> extractTargets(const Report &report)
{
    QList<Target> targets;
    for (const Sentence *sentence : report.allSentences())
        targets += sentenceTargets(report.originalText(), *sentence);
    return targets;
}

} // namespace yc
