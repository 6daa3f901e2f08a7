// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace yc {

/// File ▸ Open shared project…: asks for a PostgreSQL server, database, user and project schema and builds
/// the postgresql:// URI. There is deliberately no password field: libpq takes the password from PGPASSWORD,
/// the pgpass file or a service file, so it is never stored with the project or in the recent-files list.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    /// The URI for the fields as filled in; empty while host, database or schema is missing.
    QString uri() const;
    /// Fills the fields from a URI (e.g. the last one used); unknown parts are ignored.
    void setUri(const QString &uri);

private:
    void updatePreview();

    QLineEdit *mHost;
    QSpinBox *mPort;
    QLineEdit *mDatabase;
    QLineEdit *mUser;
    QLineEdit *mSchema;
    QComboBox *mSslMode;
    QLabel *mPreview;
};

} // namespace yc
