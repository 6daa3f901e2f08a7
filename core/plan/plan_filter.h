// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QObject>

#include <optional>

namespace yc {

class Report;

/// Which plan features to show. Every criterion that is set must hold; an empty filter lets everything through.
struct FeatureFilter {
    std::optional<int> section;                    ///< a linked sentence lies in this report section (4…10)
    std::optional<Category> category;
    std::optional<Status> status;                  ///< the current status
    std::optional<QString> county;                 ///< exact county name; an empty string means city-wide
    std::optional<LocationConfidence> confidence;
    /// Words to find in the Chinese and English names, the id, the county and the text of the linked
    /// sentences (case-insensitive). Latin letters also match the pinyin initials of the Chinese name
    /// ("wlf" finds 五老峰).
    QString text;

    bool isEmpty() const;
    bool operator==(const FeatureFilter &) const = default;
};

/// True when `feature` passes `filter`; `report` gives the linked sentences' text and sections.
bool matches(const PlanFeature &feature, const FeatureFilter &filter, const Report &report);
/// The features that pass, in their original order.
QList<PlanFeature> filterFeatures(const QList<PlanFeature> &features, const FeatureFilter &filter,
                                  const Report &report);
/// The report sections a feature is linked to (from its sentence ids), ascending.
QList<int> sectionsOf(const PlanFeature &feature);

/// Upper-case pinyin initial of each Chinese character ("五老峰" → "WLF"); other characters are kept as they
/// are (letters upper-cased). Uses the system's Chinese collation (pinyin order), so it needs no table of our own.
QString pinyinInitials(const QString &text);

/// The filter the views share. The map, the lists and the charts follow `changed()`.
class FeatureFilterModel : public QObject {
    Q_OBJECT
public:
    explicit FeatureFilterModel(QObject *parent = nullptr) : QObject(parent) {}
    const FeatureFilter &filter() const { return mFilter; }
    void setFilter(const FeatureFilter &filter)
    {
        if (filter == mFilter)
            return;
        mFilter = filter;
        Q_EMIT changed();
    }
    void clear() { setFilter({}); }

Q_SIGNALS:
    void changed();

private:
    FeatureFilter mFilter;
};

} // namespace yc
