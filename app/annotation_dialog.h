// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/annotation.h"

#include <QDialog>

class QDoubleSpinBox;
class QPlainTextEdit;
class QPushButton;

namespace yc {

/// The properties of one annotation: its text, font size, line width and the text, line and fill colours.
/// It edits a copy; the caller reads annotation() after it was accepted and pushes the undoable command.
class AnnotationDialog : public QDialog {
    Q_OBJECT
public:
    explicit AnnotationDialog(const Annotation &annotation, QWidget *parent = nullptr);

    /// The annotation with the values shown.
    Annotation annotation() const;
    QPlainTextEdit *textEdit() const { return mText; }
    void setColor(int which, const QColor &color);   ///< 0 text, 1 line, 2 fill

    void accept() override;

private:
    void chooseColor(int which);
    void showColor(int which);

    Annotation mAnnotation;
    QPlainTextEdit *mText;
    QDoubleSpinBox *mFontSize;
    QDoubleSpinBox *mLineWidth;
    QPushButton *mColorButtons[3];
};

} // namespace yc
