// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_crs_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace yc {

ProjectCrsDialog::ProjectCrsDialog(const Crs &current, QWidget *parent)
    : QDialog(parent), mPresets(new QComboBox(this)), mDefinition(new QLineEdit(this)), mName(new QLabel(this)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectCrsDialog"));
    setWindowTitle(tr("Project CRS"));
    const QList<std::pair<int, QString>> presets = {
        {4546, tr("CGCS2000 / 3-degree Gauss–Krüger CM 111E (Yuncheng, default)")},
        {4490, tr("CGCS2000 longitude/latitude")},
        {4326, tr("WGS84 longitude/latitude")},
        {3857, tr("Web Mercator (web maps)")},
        {4525, tr("CGCS2000 / 3-degree Gauss–Krüger zone 37 (with zone prefix)")},
    };
    for (const auto &[code, label] : presets)
        mPresets->addItem(QStringLiteral("EPSG:%1 — %2").arg(code).arg(label), QStringLiteral("EPSG:%1").arg(code));
    mPresets->addItem(tr("Other (EPSG code, WKT or PROJ string)"), QString());
    mDefinition->setObjectName(QStringLiteral("crsDefinition"));
    mDefinition->setPlaceholderText(tr("EPSG:4546, WKT or +proj=…"));
    mName->setObjectName(QStringLiteral("crsName"));
    mName->setWordWrap(true);
    mName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString id = current.authId().isEmpty() ? current.definition() : current.authId();
    const int preset = mPresets->findData(id);
    mPresets->setCurrentIndex(preset >= 0 ? preset : mPresets->count() - 1);
    mDefinition->setText(id);

    connect(mPresets, &QComboBox::currentIndexChanged, this, [this]() {
        const QString definition = mPresets->currentData().toString();
        if (!definition.isEmpty())
            mDefinition->setText(definition);
        else
            mDefinition->setFocus();
    });
    connect(mDefinition, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int i = mPresets->findData(text.trimmed());
        mPresets->blockSignals(true);
        mPresets->setCurrentIndex(i >= 0 ? i : mPresets->count() - 1);
        mPresets->blockSignals(false);
        check();
    });
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Common"), mPresets);
    form->addRow(tr("Definition"), mDefinition);
    form->addRow(tr("PROJ name"), mName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mButtons);
    resize(620, sizeHint().height());
    check();
}

Crs ProjectCrsDialog::crs() const
{
    return Crs::fromUserInput(mDefinition->text().trimmed());
}

void ProjectCrsDialog::check()
{
    const Crs c = crs();
    const bool ok = !c.isEmpty() && c.isValid();
    mName->setText(ok ? c.name() : tr("Not a CRS PROJ understands."));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace yc
