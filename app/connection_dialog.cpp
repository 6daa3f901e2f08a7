// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace yc {

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open shared project"));
    mHost = new QLineEdit(this);
    mHost->setObjectName(QStringLiteral("host"));
    mHost->setPlaceholderText(QStringLiteral("db.example.org"));
    mPort = new QSpinBox(this);
    mPort->setObjectName(QStringLiteral("port"));
    mPort->setRange(1, 65535);
    mPort->setValue(5432);
    mDatabase = new QLineEdit(this);
    mDatabase->setObjectName(QStringLiteral("database"));
    mUser = new QLineEdit(this);
    mUser->setObjectName(QStringLiteral("user"));
    mUser->setPlaceholderText(tr("(your login name)"));
    mSchema = new QLineEdit(this);
    mSchema->setObjectName(QStringLiteral("schema"));
    mSchema->setPlaceholderText(QStringLiteral("yuncheng"));
    mSslMode = new QComboBox(this);
    mSslMode->setObjectName(QStringLiteral("sslmode"));
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        mSslMode->addItem(QLatin1String(mode));
    mPreview = new QLabel(this);
    mPreview->setObjectName(QStringLiteral("uriPreview"));
    mPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), mHost);
    form->addRow(tr("Port"), mPort);
    form->addRow(tr("Database"), mDatabase);
    form->addRow(tr("User"), mUser);
    form->addRow(tr("Project schema"), mSchema);
    form->addRow(tr("TLS"), mSslMode);
    auto *note = new QLabel(tr("The password is not asked for here and never saved: set it in the pgpass file "
                               "(~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf on Windows), a service file, or the "
                               "PGPASSWORD environment variable."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mPreview);
    layout->addWidget(note);
    layout->addWidget(buttons);

    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    const auto changed = [this, open]() {
        updatePreview();
        open->setEnabled(!uri().isEmpty());
    };
    for (QLineEdit *edit : {mHost, mDatabase, mUser, mSchema})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(mPort, &QSpinBox::valueChanged, this, changed);
    connect(mSslMode, &QComboBox::currentTextChanged, this, changed);
    changed();
}

QString ConnectionDialog::uri() const
{
    const QString host = mHost->text().trimmed();
    const QString database = mDatabase->text().trimmed();
    const QString schema = mSchema->text().trimmed();
    if (host.isEmpty() || database.isEmpty() || schema.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (mPort->value() != 5432)
        url.setPort(mPort->value());
    if (!mUser->text().trimmed().isEmpty())
        url.setUserName(mUser->text().trimmed());
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("schema"), schema);
    if (mSslMode->currentText() != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), mSslMode->currentText());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void ConnectionDialog::setUri(const QString &text)
{
    const QUrl url(text);
    const QUrlQuery query(url);
    mHost->setText(url.host());
    mPort->setValue(url.port(5432));
    mDatabase->setText(url.path().mid(1));
    mUser->setText(url.userName());
    mSchema->setText(query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded));
    const int ssl = mSslMode->findText(query.queryItemValue(QStringLiteral("sslmode")));
    mSslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
}

void ConnectionDialog::updatePreview()
{
    const QString u = uri();
    mPreview->setText(u.isEmpty() ? tr("Fill in server, database and project schema.") : u);
}

} // namespace yc
