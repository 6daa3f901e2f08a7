// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/targets.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace yc {

/// One recorded current value of a report target, e.g. 42 of the 60 enterprises promised by 5.2.7#3.
struct TargetValue {
    double value = 0;      ///< in the target's unit
    QDate date;            ///< the day the value refers to ("as of")
    QString note;          ///< where the figure comes from
    QString user;          ///< who recorded it
    QDateTime recordedAt;  ///< when it was recorded (UTC, whole seconds)
    bool operator==(const TargetValue &) const = default;
};

/// Recorded values by target id, each list oldest first (as recorded).
using TargetValues = QMap<QString, QList<TargetValue>>;

/// Where one target stands: plain series data for charts (the dashboard, a PDF layout).
struct TargetProgress {
    QString targetId;
    QString sentenceId;
    QString phrase;        ///< as printed, e.g. "新培育科技型中小企业60家"
    QString measure;       ///< what is counted, e.g. "新培育科技型中小企业"
    double target = 0;     ///< the figure promised (lower bound of a range)
    std::optional<double> upperTarget;
    QString unit;
    std::optional<TargetValue> latest;   ///< the last recorded value; none yet when empty
    int recordCount = 0;                 ///< how many values were recorded over time

    /// Current value / target (1 = met, may exceed 1); nullopt without a recorded value or with a zero target.
    std::optional<double> fraction() const;
    bool operator==(const TargetProgress &) const = default;
};

/// One entry per target in `targets` order; with `section`, only targets whose sentence lies in that section.
QList<TargetProgress> targetProgress(const QList<Target> &targets, const TargetValues &values,
                                     std::optional<int> section = std::nullopt);

/// The report section a target belongs to ("5.2.7#3" → 5), 0 when the id has no section number.
int sectionOfTarget(const Target &target);

} // namespace yc
