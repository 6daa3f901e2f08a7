// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation_dialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace yc {

AnnotationDialog::AnnotationDialog(const Annotation &annotation, QWidget *parent)
    : QDialog(parent), mAnnotation(annotation), mText(new QPlainTextEdit(annotation.text, this)),
      mFontSize(new QDoubleSpinBox(this)), mLineWidth(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("%1 properties").arg(displayName(annotation.kind)));
    setObjectName(QStringLiteral("annotationDialog"));
    mText->setObjectName(QStringLiteral("annotationText"));
    mText->setTabChangesFocus(true);
    mText->setMinimumHeight(80);
    mFontSize->setRange(4, 72);
    mFontSize->setSuffix(tr(" pt"));
    mFontSize->setValue(annotation.fontSize);
    mLineWidth->setRange(0, 20);
    mLineWidth->setSingleStep(0.5);
    mLineWidth->setSuffix(tr(" pt"));
    mLineWidth->setValue(annotation.lineWidth);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Text:"), mText);
    form->addRow(tr("&Font size:"), mFontSize);
    form->addRow(tr("&Line width:"), mLineWidth);
    const QString labels[3] = {tr("Te&xt colour:"), tr("Li&ne colour:"), tr("F&ill colour:")};
    for (int i = 0; i < 3; ++i) {
        mColorButtons[i] = new QPushButton(this);
        connect(mColorButtons[i], &QPushButton::clicked, this, [this, i]() { chooseColor(i); });
        form->addRow(labels[i], mColorButtons[i]);
        showColor(i);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = mAnnotation;
    a.text = mText->toPlainText();
    a.fontSize = mFontSize->value();
    a.lineWidth = mLineWidth->value();
    return a;
}

void AnnotationDialog::accept()
{
    // Text and callouts are their text: an empty one would be an invisible annotation.
    if ((mAnnotation.kind == AnnotationKind::Text || mAnnotation.kind == AnnotationKind::Callout)
        && mText->toPlainText().trimmed().isEmpty()) {
        mText->setPlaceholderText(tr("Type the text of the annotation"));
        mText->setFocus();
        return;
    }
    QDialog::accept();
}

void AnnotationDialog::setColor(int which, const QColor &color)
{
    QColor &target = which == 0 ? mAnnotation.textColor : which == 1 ? mAnnotation.lineColor : mAnnotation.fillColor;
    target = color;
    showColor(which);
}

void AnnotationDialog::chooseColor(int which)
{
    const QColor current = which == 0 ? mAnnotation.textColor : which == 1 ? mAnnotation.lineColor : mAnnotation.fillColor;
    auto *dialog = new QColorDialog(current, this);
    dialog->setOption(QColorDialog::ShowAlphaChannel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, which](const QColor &c) { setColor(which, c); });
    dialog->open();
}

void AnnotationDialog::showColor(int which)
{
    const QColor c = which == 0 ? mAnnotation.textColor : which == 1 ? mAnnotation.lineColor : mAnnotation.fillColor;
    mColorButtons[which]->setText(c.alpha() == 0 ? tr("none") : c.name(QColor::HexRgb));
    QPixmap swatch(16, 16);
    swatch.fill(c);
    mColorButtons[which]->setIcon(QIcon(swatch));
}

} // namespace yc
