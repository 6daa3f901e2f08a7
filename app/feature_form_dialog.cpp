// SPDX-License-Identifier: GPL-3.0-or-later
#include "feature_form_dialog.h"

#include "report/report.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace yc {

namespace {

constexpr int kShownSentenceLength = 48;   // characters of a sentence shown in the list; the tooltip has all

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

const QStringList &yunchengCounties()
{
    static const QStringList counties = [] {
        QStringList list;
        for (const char *name : {"盐湖区", "永济市", "河津市", "临猗县", "万荣县", "闻喜县", "稷山县", "新绛县", "绛县",
                                 "垣曲县", "夏县", "平陆县", "芮城县"})
            list << QString::fromUtf8(name);
        return list;
    }();
    return counties;
}

FeatureFormDialog::FeatureFormDialog(const Report &report, QWidget *parent)
    : QDialog(parent), mNameZh(new QLineEdit(this)), mNameEn(new QLineEdit(this)), mCategory(new QComboBox(this)),
      mCounty(new QComboBox(this)), mStatus(new QComboBox(this)), mConfidence(new QComboBox(this)),
      mLocationNote(new QLineEdit(this)), mSentenceFilter(new QLineEdit(this)), mSentences(new QListWidget(this)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("featureFormDialog"));
    setWindowTitle(tr("New plan feature"));
    mNameZh->setObjectName(QStringLiteral("nameZh"));
    mNameZh->setPlaceholderText(tr("Required, e.g. %1").arg(QString::fromUtf8("黄河一号旅游公路")));
    mNameEn->setObjectName(QStringLiteral("nameEn"));
    for (Category c : allCategories())
        mCategory->addItem(displayName(c), toKey(c));
    mCounty->setObjectName(QStringLiteral("county"));
    mCounty->addItem(tr("City-wide"), QString());
    for (const QString &county : yunchengCounties())
        mCounty->addItem(county, county);
    for (Status s : allStatuses())
        mStatus->addItem(displayName(s), toKey(s));
    for (LocationConfidence c :
         {LocationConfidence::Surveyed, LocationConfidence::Approximate, LocationConfidence::Placeholder})
        mConfidence->addItem(displayName(c), toKey(c));
    setConfidence(LocationConfidence::Approximate);
    mLocationNote->setPlaceholderText(tr("Where the position comes from and how exact it is"));

    mSentenceFilter->setObjectName(QStringLiteral("sentenceFilter"));
    mSentenceFilter->setPlaceholderText(tr("Filter sentences by number or text…"));
    mSentenceFilter->setClearButtonEnabled(true);
    mSentences->setObjectName(QStringLiteral("sentenceList"));
    for (const Sentence *s : report.allSentences()) {
        const QString shown = s->text.size() > kShownSentenceLength
                                  ? s->text.left(kShownSentenceLength) + QStringLiteral("…")
                                  : s->text;
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(s->id, shown), mSentences);
        item->setData(Qt::UserRole, s->id);
        item->setToolTip(s->text);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(mSentenceFilter, &QLineEdit::textChanged, this, &FeatureFormDialog::setSentenceFilter);

    auto *form = new QFormLayout;
    form->addRow(tr("Chinese name:"), mNameZh);
    form->addRow(tr("English name:"), mNameEn);
    form->addRow(tr("Category:"), mCategory);
    form->addRow(tr("County:"), mCounty);
    form->addRow(tr("Status:"), mStatus);
    form->addRow(tr("Location confidence:"), mConfidence);
    form->addRow(tr("Location note:"), mLocationNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Linked report sentences:"), this));
    layout->addWidget(mSentenceFilter);
    layout->addWidget(mSentences, 1);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &FeatureFormDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &FeatureFormDialog::reject);
    connect(mNameZh, &QLineEdit::textChanged, this, &FeatureFormDialog::updateOk);
    updateOk();
    resize(560, 620);
}

QString FeatureFormDialog::nameZh() const { return mNameZh->text().trimmed(); }
void FeatureFormDialog::setNameZh(const QString &name) { mNameZh->setText(name); }
QString FeatureFormDialog::nameEn() const { return mNameEn->text().trimmed(); }
void FeatureFormDialog::setNameEn(const QString &name) { mNameEn->setText(name); }

Category FeatureFormDialog::category() const
{
    return categoryFromKey(mCategory->currentData().toString()).value_or(Category::ScenicSite);
}

void FeatureFormDialog::setCategory(Category category) { selectData(mCategory, toKey(category)); }
QString FeatureFormDialog::county() const { return mCounty->currentData().toString(); }
void FeatureFormDialog::setCounty(const QString &county) { selectData(mCounty, county); }

void FeatureFormDialog::suggestCounty(const QString &county)
{
    setCounty(county);
    mCounty->setToolTip(tr("Suggested from the location on the county map"));
}

Status FeatureFormDialog::status() const
{
    return statusFromKey(mStatus->currentData().toString()).value_or(Status::Proposed);
}

void FeatureFormDialog::setStatus(Status status) { selectData(mStatus, toKey(status)); }

LocationConfidence FeatureFormDialog::confidence() const
{
    return confidenceFromKey(mConfidence->currentData().toString()).value_or(LocationConfidence::Approximate);
}

void FeatureFormDialog::setConfidence(LocationConfidence confidence) { selectData(mConfidence, toKey(confidence)); }
QString FeatureFormDialog::locationNote() const { return mLocationNote->text().trimmed(); }
void FeatureFormDialog::setLocationNote(const QString &note) { mLocationNote->setText(note); }

QStringList FeatureFormDialog::sentenceIds() const
{
    QStringList ids;
    for (int i = 0; i < mSentences->count(); ++i)
        if (mSentences->item(i)->checkState() == Qt::Checked)
            ids << mSentences->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void FeatureFormDialog::setSentenceIds(const QStringList &ids)
{
    for (int i = 0; i < mSentences->count(); ++i) {
        QListWidgetItem *item = mSentences->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void FeatureFormDialog::setSentenceFilter(const QString &text)
{
    if (mSentenceFilter->text() != text)
        mSentenceFilter->setText(text);   // comes back here through textChanged
    const QString needle = text.trimmed();
    for (int i = 0; i < mSentences->count(); ++i) {
        QListWidgetItem *item = mSentences->item(i);
        const bool match = needle.isEmpty() || item->data(Qt::UserRole).toString().startsWith(needle)
                           || item->toolTip().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void FeatureFormDialog::applyTo(PlanFeature &feature) const
{
    feature.nameZh = nameZh();
    feature.nameEn = nameEn();
    feature.category = category();
    feature.county = county();
    feature.confidence = confidence();
    feature.locationNote = locationNote();
    feature.sentenceIds = sentenceIds();
}

void FeatureFormDialog::accept()
{
    if (nameZh().isEmpty())
        return;   // OK is disabled meanwhile; this catches Enter in a field
    QDialog::accept();
}

void FeatureFormDialog::updateOk() { mButtons->button(QDialogButtonBox::Ok)->setEnabled(!nameZh().isEmpty()); }

} // namespace yc
