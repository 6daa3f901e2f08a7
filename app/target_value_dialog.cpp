// SPDX-License-Identifier: GPL-3.0-or-later
#include "target_value_dialog.h"

#include "plan/project.h"
#include "plan/target_commands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

namespace {

QString number(double v) { return QLocale().toString(v, 'g', 12); }

} // namespace

TargetValueDialog::TargetValueDialog(Project &project, const QString &targetId, QWidget *parent)
    : QDialog(parent), mProject(&project), mTarget(new QComboBox(this)), mPromise(new QLabel(this)),
      mHistory(new QTableWidget(this)), mValue(new QDoubleSpinBox(this)), mDate(new QDateEdit(QDate::currentDate(), this)),
      mNote(new QLineEdit(this))
{
    setObjectName(QStringLiteral("targetValueDialog"));
    setWindowTitle(tr("Record current value"));
    for (const Target &t : project.targets())
        mTarget->addItem(QStringLiteral("%1  [%2]").arg(t.phrase, t.id), t.id);
    mPromise->setWordWrap(true);
    mHistory->setColumnCount(5);
    mHistory->setHorizontalHeaderLabels({tr("Value"), tr("As of"), tr("Note"), tr("Recorded by"), tr("Recorded at")});
    mHistory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mHistory->verticalHeader()->hide();
    mHistory->horizontalHeader()->setStretchLastSection(true);
    mHistory->setMinimumHeight(120);
    // Wide enough for the largest figures of the report (1.5万亩 = 15000) and far beyond.
    mValue->setRange(-1e12, 1e12);
    mValue->setDecimals(2);
    mValue->setGroupSeparatorShown(true);
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mNote->setPlaceholderText(tr("Source of the figure, e.g. the statistics bureau's quarterly report"));

    auto *form = new QFormLayout;
    form->addRow(tr("Target"), mTarget);
    form->addRow(QString(), mPromise);
    form->addRow(tr("History"), mHistory);
    form->addRow(tr("Current value"), mValue);
    form->addRow(tr("As of"), mDate);
    form->addRow(tr("Note"), mNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 420);

    connect(mTarget, &QComboBox::currentIndexChanged, this, &TargetValueDialog::showTarget);
    setTargetId(targetId);
    showTarget();
}

QString TargetValueDialog::targetId() const { return mTarget->currentData().toString(); }

void TargetValueDialog::setTargetId(const QString &id)
{
    const int index = mTarget->findData(id);
    if (index >= 0)
        mTarget->setCurrentIndex(index);
}

void TargetValueDialog::setValue(double value) { mValue->setValue(value); }
void TargetValueDialog::setDate(const QDate &date) { mDate->setDate(date); }
void TargetValueDialog::setNote(const QString &note) { mNote->setText(note); }

void TargetValueDialog::showTarget()
{
    const Target *t = mProject ? mProject->target(targetId()) : nullptr;
    if (!t) {
        mPromise->clear();
        mHistory->setRowCount(0);
        return;
    }
    QString promise = number(t->value);
    if (t->upperValue)
        promise += QStringLiteral("–") + number(*t->upperValue);
    mPromise->setText(tr("The report promises %1 %2 %3 (sentence %4).")
                          .arg(promise, t->unit, t->qualifier, t->sentenceId).simplified());
    mValue->setSuffix(t->unit.isEmpty() ? QString() : QLatin1Char(' ') + t->unit);
    const QList<TargetValue> history = mProject->targetValues().value(t->id);
    mHistory->setRowCount(int(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const TargetValue &v = history.at(history.size() - 1 - r);   // newest first
        const QStringList cells = {number(v.value), v.date.toString(Qt::ISODate), v.note, v.user,
                                   v.recordedAt.isValid()
                                       ? v.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QString()};
        for (int c = 0; c < cells.size(); ++c)
            mHistory->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    mHistory->resizeColumnsToContents();
    // Start from the last value: most updates are small steps from it.
    mValue->setValue(history.isEmpty() ? 0 : history.last().value);
}

void TargetValueDialog::accept()
{
    if (mProject && mProject->target(targetId()))
        mProject->undoStack()->push(new RecordTargetValueCommand(*mProject, targetId(), mValue->value(),
                                                                 mDate->date(), mNote->text().trimmed()));
    QDialog::accept();
}

} // namespace yc
