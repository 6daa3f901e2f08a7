// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace yc {

/// What the user has selected: plan features, and the report sentence the selection came from (if any).
/// The map, the report dock and the info panel all follow it; whoever selects calls select().
class Selection : public QObject {
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr) : QObject(parent) {}

    const QStringList &featureIds() const { return mFeatureIds; }
    /// The sentence whose features are selected; empty when the selection was made on the map.
    const QString &sentenceId() const { return mSentenceId; }

    void select(const QStringList &featureIds, const QString &sentenceId = {})
    {
        if (featureIds == mFeatureIds && sentenceId == mSentenceId)
            return;
        mFeatureIds = featureIds;
        mSentenceId = sentenceId;
        Q_EMIT changed();
    }
    void clear() { select({}); }

Q_SIGNALS:
    void changed();

private:
    QStringList mFeatureIds;
    QString mSentenceId;
};

} // namespace yc
