// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace yc {

class Report;

/// The 13 counties, county-level cities and districts of Yuncheng, in the official order.
const QStringList &yunchengCounties();

/// The attributes of a new plan feature: names, category, county, status, location confidence and note, and the
/// report sentences it stands for. OK stays disabled until the Chinese name is filled in. The setters let
/// callers (and tests) prefill the form.
class FeatureFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit FeatureFormDialog(const Report &report, QWidget *parent = nullptr);

    QString nameZh() const;
    void setNameZh(const QString &name);
    QString nameEn() const;
    void setNameEn(const QString &name);
    Category category() const;
    void setCategory(Category category);
    /// Chinese county name; empty for city-wide.
    QString county() const;
    void setCounty(const QString &county);
    /// Preselects `county` and says that it was derived from the location.
    void suggestCounty(const QString &county);
    Status status() const;
    void setStatus(Status status);
    LocationConfidence confidence() const;
    void setConfidence(LocationConfidence confidence);
    QString locationNote() const;
    void setLocationNote(const QString &note);
    /// Ids of the checked report sentences, in reading order.
    QStringList sentenceIds() const;
    void setSentenceIds(const QStringList &ids);
    /// Shows only the sentences whose id or text contains `text`.
    void setSentenceFilter(const QString &text);

    /// Copies the form into `feature` (everything except id, geometry and history).
    void applyTo(PlanFeature &feature) const;

    void accept() override;

private:
    void updateOk();

    QLineEdit *mNameZh;
    QLineEdit *mNameEn;
    QComboBox *mCategory;
    QComboBox *mCounty;
    QComboBox *mStatus;
    QComboBox *mConfidence;
    QLineEdit *mLocationNote;
    QLineEdit *mSentenceFilter;
    QListWidget *mSentences;
    QDialogButtonBox *mButtons;
};

} // namespace yc
