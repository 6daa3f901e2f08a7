// SPDX-License-Identifier: GPL-3.0-or-later
// parseChineseNumber (declared in targets.h): Arabic digits, Chinese numerals and mixes such as "1.26万".
#include "report/targets.h"

#include <cmath>

namespace yc {
namespace {

int arabicDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'０' && c <= u'９')   // full-width digits in print
        return c.unicode() - u'０';
    return -1;
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == u'〇')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

double smallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    default: return 0;
    }
}

} // namespace

std::optional<double> parseChineseNumber(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    double total = 0;     // value of the 万 and 亿 groups closed so far
    double section = 0;   // value below 万 built from 十/百/千
    double pending = 0;   // digits not yet multiplied
    bool hasPending = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        if (arabicDigit(c) >= 0) {
            if (hasPending)
                return std::nullopt;
            QString digits;
            bool seenPoint = false;
            for (; i < size; ++i) {
                const QChar d = text.at(i);
                if (arabicDigit(d) >= 0) {
                    digits += QChar(u'0' + arabicDigit(d));
                } else if ((d == u'.' || d == u'．') && !seenPoint && i + 1 < size && arabicDigit(text.at(i + 1)) >= 0) {
                    digits += u'.';
                    seenPoint = true;
                } else {
                    break;
                }
            }
            pending = digits.toDouble();
            hasPending = true;
            continue;
        }
        if (const int d = chineseDigit(c); d >= 0) {
            // Consecutive digits read positionally ("二〇二四"); after 零 a digit starts afresh ("一百零八").
            pending = hasPending ? pending * 10 + d : d;
            hasPending = true;
        } else if (const double unit = smallUnit(c); unit > 0) {
            section += (hasPending ? pending : 1) * unit;
            pending = 0;
            hasPending = false;
        } else if (c == u'万') {
            const double group = section + pending;
            total += (group == 0 ? 1 : group) * 1e4;
            section = pending = 0;
            hasPending = false;
        } else if (c == u'亿') {
            const double all = total + section + pending;
            total = (all == 0 ? 1 : all) * 1e8;
            section = pending = 0;
            hasPending = false;
        } else {
            return std::nullopt;
        }
        ++i;
    }
    // Round away binary noise such as 1.26 × 10000 = 12600.000000000002.
    return std::round((total + section + pending) * 1e6) / 1e6;
}

} // namespace yc
