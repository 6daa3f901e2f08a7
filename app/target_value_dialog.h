// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace yc {

class Project;

/// Records the current value of a report target: pick the target, see what the report promises and every value
/// recorded so far (value, date, user, note), enter the new value with its date and a note. OK pushes a
/// RecordTargetValueCommand, so the entry is undoable and saved with the project.
class TargetValueDialog : public QDialog {
    Q_OBJECT
public:
    TargetValueDialog(Project &project, const QString &targetId, QWidget *parent = nullptr);

    QString targetId() const;
    void setTargetId(const QString &id);
    void setValue(double value);
    void setDate(const QDate &date);
    void setNote(const QString &note);
    /// The history table of the chosen target (newest first).
    QTableWidget *history() const { return mHistory; }

    void accept() override;

private:
    void showTarget();

    QPointer<Project> mProject;
    QComboBox *mTarget;
    QLabel *mPromise;
    QTableWidget *mHistory;
    QDoubleSpinBox *mValue;
    QDateEdit *mDate;
    QLineEdit *mNote;
};

} // namespace yc
