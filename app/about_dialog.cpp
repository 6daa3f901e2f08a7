// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

// resources.qrc lives in the static yc_app library: nothing references it, so register it explicitly.
static void initAboutResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace yc {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Yuncheng Planner"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("aboutText"));
    browser->setOpenExternalLinks(true);
    browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(620, 520);
}

QString AboutDialog::html()
{
    static const bool registered = (initAboutResources(), true);
    Q_UNUSED(registered);
    QString sources;
    QFile file(QStringLiteral(":/about/data-sources.html"));
    if (file.open(QIODevice::ReadOnly))
        sources = QString::fromUtf8(file.readAll());
    return QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%5</p><hr>%6")
        .arg(tr("Yuncheng Planner").toHtmlEscaped(), QString::fromLatin1(YC_VERSION),
             tr("Puts the projects of Yuncheng's 2024 government work report on a map, sentence by sentence.")
                 .toHtmlEscaped(),
             tr("Free software under the GNU General Public License, version 3 or later.").toHtmlEscaped(),
             tr("Built with Qt %1, GDAL and PROJ.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped(), sources);
}

} // namespace yc
