// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace yc {

/// Help ▸ About: version, licence, data sources and their licences, and the notice that the boundaries are
/// unofficial.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// The full text shown, as HTML.
    static QString html();
};

} // namespace yc
