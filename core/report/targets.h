// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QList>
#include <QString>

#include <optional>

namespace yc {

/// A number the report commits to, e.g. "新培育科技型中小企业60家".
struct Target {
    QString id;            ///< "<sentence id>#<n>", e.g. "5.2.7#3"
    QString sentenceId;
    QString phrase;        ///< the words of the commitment as printed, e.g. "新培育科技型中小企业60家"
    QString measure;       ///< what is counted, e.g. "新培育科技型中小企业"
    double value = 0;      ///< the figure (lower bound of a range), 万 resolved: 两万座 → 20000, 1.26万亩 → 12600
    std::optional<double> upperValue;  ///< set for ranges such as "10家至20家"
    QString unit;          ///< the base unit: "家", "项", "%", "亩" (for 万亩), "座", …
    QString qualifier;     ///< "以上", "不少于", "突破", "达到" … or empty
    TextRange range;       ///< of `phrase` in the report's original text
};

/// Finds every quantitative commitment in the report.
QList<Target> extractTargets(const Report &report);

/// Parses a number written in Arabic digits, Chinese numerals or a mix ("1.26", "两万", "三十五", "1.5万").
std::optional<double> parseChineseNumber(const QString &text);

} // namespace yc
