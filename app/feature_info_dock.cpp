// SPDX-License-Identifier: GPL-3.0-or-later
#include "feature_info_dock.h"

#include "plan/project.h"
#include "render/plan_style.h"
#include "selection.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>

namespace yc {

FeatureInfoDock::FeatureInfoDock(Selection *selection, QWidget *parent)
    : QDockWidget(tr("Feature"), parent), mSelection(selection), mLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("featureInfoDock"));
    mLabel->setWordWrap(true);
    mLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mLabel->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mLabel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
    connect(mSelection, &Selection::changed, this, &FeatureInfoDock::refresh);
    refresh();
}

void FeatureInfoDock::setProject(const Project *project)
{
    mProject = project;
    refresh();
}

QString FeatureInfoDock::text() const
{
    QTextDocument doc;
    doc.setHtml(mLabel->text());
    return doc.toPlainText();
}

void FeatureInfoDock::refresh()
{
    QList<const PlanFeature *> features;
    if (mProject)
        for (const QString &id : mSelection->featureIds())
            if (const PlanFeature *f = mProject->feature(id))
                features << f;
    if (features.isEmpty()) {
        // Nothing selected: a hint and the legend of the status colours.
        QString legend;
        for (Status s : allStatuses())
            legend += QStringLiteral("<span style=\"color:%1\">■</span> %2&nbsp;&nbsp; ")
                          .arg(statusColor(s).name(), displayName(s).toHtmlEscaped());
        mLabel->setText(QStringLiteral("<p style=\"color:#777\">%1</p><p>%2</p><p style=\"color:#777\">%3</p>")
                            .arg(tr("Click a plan feature on the map or a marked sentence in the report."), legend,
                                 tr("Dashed, hollow symbols: not yet sited.")));
        return;
    }
    QString html;
    if (features.size() > 1)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("%n feature(s) selected", nullptr, int(features.size())));
    for (const PlanFeature *f : features) {
        const QString row = QStringLiteral("<tr><td style=\"color:#666; padding-right:8px\">%1</td><td>%2</td></tr>");
        html += QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>").arg(f->nameZh.toHtmlEscaped());
        if (!f->nameEn.isEmpty())
            html += QStringLiteral("<p style=\"color:#555\">%1</p>").arg(f->nameEn.toHtmlEscaped());
        html += QStringLiteral("<table>");
        html += row.arg(tr("Category"), displayName(f->category).toHtmlEscaped());
        html += row.arg(tr("Status"), QStringLiteral("<span style=\"color:%1\">■</span> %2")
                                          .arg(statusColor(f->status()).name(), displayName(f->status()).toHtmlEscaped()));
        html += row.arg(tr("County"), f->county.isEmpty() ? tr("city-wide") : f->county.toHtmlEscaped());
        html += row.arg(tr("Location"), displayName(f->confidence).toHtmlEscaped());
        if (!f->locationNote.isEmpty())
            html += row.arg(tr("Note"), f->locationNote.toHtmlEscaped());
        if (!f->sentenceIds.isEmpty())
            html += row.arg(tr("Report"), f->sentenceIds.join(QStringLiteral(", ")));
        html += QStringLiteral("</table>");
    }
    mLabel->setText(html);
}

} // namespace yc
