// SPDX-License-Identifier: GPL-3.0-or-later
#include "feature_info_dock.h"

#include "plan/plan_commands.h"
#include "plan/project.h"
#include "render/plan_style.h"
#include "selection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace yc {

namespace {

const QString kSentenceScheme = QStringLiteral("sentence");
const QString kUnlinkScheme = QStringLiteral("unlink");
const QString kAddScheme = QStringLiteral("add");

QString coordinatesText(const Geometry &g)
{
    if (g.isEmpty())
        return {};
    const Envelope e = g.envelope();
    const QPointF c = e.center();
    return QStringLiteral("%1°E, %2°N").arg(c.x(), 0, 'f', 5).arg(c.y(), 0, 'f', 5);
}

/// The dialog of "Change status…": new status, the date it took effect, a note.
class StatusDialog : public QDialog {
public:
    StatusDialog(Status current, QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(FeatureInfoDock::tr("Change status"));
        mStatus = new QComboBox(this);
        for (Status s : allStatuses())
            mStatus->addItem(displayName(s), QVariant::fromValue(int(s)));
        mStatus->setCurrentIndex(int(allStatuses().indexOf(current)));
        mDate = new QDateEdit(QDate::currentDate(), this);
        mDate->setCalendarPopup(true);
        mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        mNote = new QLineEdit(this);
        auto *form = new QFormLayout(this);
        form->addRow(FeatureInfoDock::tr("Status"), mStatus);
        form->addRow(FeatureInfoDock::tr("Since"), mDate);
        form->addRow(FeatureInfoDock::tr("Note"), mNote);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    Status status() const { return allStatuses().at(mStatus->currentIndex()); }
    QDate date() const { return mDate->date(); }
    QString note() const { return mNote->text().trimmed(); }

private:
    QComboBox *mStatus;
    QDateEdit *mDate;
    QLineEdit *mNote;
};

/// The dialog of "Link sentence…": the report's sentences, narrowed by the words typed (or a sentence id).
class SentencePickerDialog : public QDialog {
public:
    SentencePickerDialog(const Report &report, const QStringList &linked, QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(FeatureInfoDock::tr("Link a report sentence"));
        mFind = new QLineEdit(this);
        mFind->setPlaceholderText(FeatureInfoDock::tr("Words of the sentence or its number, e.g. 4.2.1"));
        mFind->setClearButtonEnabled(true);
        mList = new QListWidget(this);
        for (const Sentence *sentence : report.allSentences()) {
            if (linked.contains(sentence->id))
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(sentence->id, sentence->text), mList);
            item->setData(Qt::UserRole, sentence->id);
            item->setToolTip(sentence->text);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(mFind);
        layout->addWidget(mList, 1);
        layout->addWidget(buttons);
        resize(640, 480);
        connect(mFind, &QLineEdit::textChanged, this, [this](const QString &text) {
            for (int i = 0; i < mList->count(); ++i)
                mList->item(i)->setHidden(!mList->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
        });
        connect(mList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    QString sentenceId() const
    {
        const QListWidgetItem *item = mList->currentItem();
        return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
    }

private:
    QLineEdit *mFind;
    QListWidget *mList;
};

} // namespace

FeatureInfoDock::FeatureInfoDock(Selection *selection, QWidget *parent)
    : QDockWidget(tr("Feature"), parent), mSelection(selection), mStack(new QStackedWidget(this)),
      mBrowser(new QTextBrowser(this)), mStatusButton(new QPushButton(tr("Change status…"), this)),
      mLinkButton(new QPushButton(tr("Link sentence…"), this)), mTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("featureInfoDock"));
    mBrowser->setOpenLinks(false);
    mBrowser->setFrameShape(QFrame::NoFrame);
    mBrowser->document()->setDefaultStyleSheet(QStringLiteral(
        "a { color: #1d4f91; text-decoration: none; }"
        ".hit { background-color: #ffe27a; }"
        "a.unlink { color: #b03a2e; }"
        ".label { color: #666666; }"
        ".muted { color: #777777; }"
        "th { background-color: #eeeeee; }"));
    mStatusButton->setObjectName(QStringLiteral("changeStatusButton"));
    auto *single = new QWidget(this);
    auto *singleLayout = new QVBoxLayout(single);
    singleLayout->setContentsMargins(0, 0, 0, 4);
    singleLayout->addWidget(mBrowser, 1);
    mLinkButton->setObjectName(QStringLiteral("linkSentenceButton"));
    mLinkButton->setToolTip(tr("Link another sentence of the report to this feature"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mStatusButton);
    buttons->addWidget(mLinkButton);
    buttons->addStretch(1);
    singleLayout->addLayout(buttons);

    mTable->setColumnCount(5);
    mTable->setHorizontalHeaderLabels({tr("Name"), tr("Category"), tr("Status"), tr("County"), tr("Location")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSortingEnabled(true);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);

    mStack->addWidget(single);
    mStack->addWidget(mTable);
    setWidget(mStack);

    connect(mBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kSentenceScheme)
            Q_EMIT sentenceActivated(url.path());
        else if (url.scheme() == kUnlinkScheme)
            unlinkSentence(url.path());
        else if (url.scheme() == kAddScheme)
            Q_EMIT addFeatureRequested(url.path());
    });
    connect(mStatusButton, &QPushButton::clicked, this, &FeatureInfoDock::changeStatus);
    connect(mLinkButton, &QPushButton::clicked, this, &FeatureInfoDock::chooseSentenceToLink);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = mTable->item(row, 0))
            mSelection->select({item->data(Qt::UserRole).toString()});
    });
    connect(mSelection, &Selection::changed, this, &FeatureInfoDock::refresh);
    refresh();
}

void FeatureInfoDock::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject) {
        connect(mProject, &Project::featureChanged, this, [this](const QString &id) {
            if (mSelection->featureIds().contains(id))
                refresh();
        });
        connect(mProject, &Project::featuresReset, this, &FeatureInfoDock::refresh);
        connect(mProject, &Project::targetValuesChanged, this, &FeatureInfoDock::refresh);
    }
    refresh();
}

QString FeatureInfoDock::text() const
{
    if (mStack->currentWidget() != mTable)
        return mBrowser->toPlainText();
    QStringList rows;
    for (int r = 0; r < mTable->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < mTable->columnCount(); ++c)
            cells << (mTable->item(r, c) ? mTable->item(r, c)->text() : QString());
        rows << cells.join(QLatin1Char('\t'));
    }
    return rows.join(QLatin1Char('\n'));
}

void FeatureInfoDock::changeStatus()
{
    if (!mProject || mSelection->featureIds().size() != 1)
        return;
    const PlanFeature *f = mProject->feature(mSelection->featureIds().first());
    if (!f)
        return;
    auto *dialog = new StatusDialog(f->status(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = f->id]() {
        if (mProject)
            mProject->undoStack()->push(
                new ChangeStatusCommand(*mProject, id, dialog->status(), dialog->date(), dialog->note()));
    });
    dialog->open();
}

void FeatureInfoDock::chooseSentenceToLink()
{
    if (!mProject || mSelection->featureIds().size() != 1)
        return;
    const PlanFeature *f = mProject->feature(mSelection->featureIds().first());
    if (!f)
        return;
    auto *dialog = new SentencePickerDialog(mProject->report(), f->sentenceIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!dialog->sentenceId().isEmpty())
            linkSentence(dialog->sentenceId());
    });
    dialog->open();
}

void FeatureInfoDock::linkSentence(const QString &sentenceId)
{
    if (mProject && mSelection->featureIds().size() == 1 && mProject->report().sentence(sentenceId))
        mProject->undoStack()->push(new LinkSentenceCommand(*mProject, mSelection->featureIds().first(), sentenceId));
}

void FeatureInfoDock::unlinkSentence(const QString &sentenceId)
{
    if (mProject && mSelection->featureIds().size() == 1)
        mProject->undoStack()->push(
            new UnlinkSentenceCommand(*mProject, mSelection->featureIds().first(), sentenceId));
}

void FeatureInfoDock::refresh()
{
    QStringList ids;
    if (mProject)
        for (const QString &id : mSelection->featureIds())
            if (mProject->feature(id))
                ids << id;
    if (ids.size() > 1) {
        fillTable(ids);
        mStack->setCurrentWidget(mTable);
        return;
    }
    mStack->setCurrentIndex(0);
    mStatusButton->setVisible(ids.size() == 1);
    mLinkButton->setVisible(ids.size() == 1);
    if (ids.size() == 1) {
        mBrowser->setHtml(featureHtml(ids.first()));
        return;
    }
    if (mProject && mProject->report().sentence(mSelection->sentenceId())) {
        mBrowser->setHtml(sentenceHtml(mSelection->sentenceId()));
        return;
    }
    // Nothing selected: a hint and the legend of the status colours.
    QString legend;
    for (Status s : allStatuses())
        legend += QStringLiteral("<span style=\"color:%1\">■</span> %2&nbsp;&nbsp; ")
                      .arg(statusColor(s).name(), displayName(s).toHtmlEscaped());
    mBrowser->setHtml(QStringLiteral("<p class=\"muted\">%1</p><p>%2</p><p class=\"muted\">%3</p>")
                          .arg(tr("Click a plan feature on the map or a marked sentence in the report."), legend,
                               tr("Dashed, hollow symbols: not yet sited.")));
}

QString FeatureInfoDock::featureHtml(const QString &featureId) const
{
    const PlanFeature *f = mProject->feature(featureId);
    const QString row = QStringLiteral("<tr><td class=\"label\" style=\"padding-right:8px\">%1</td><td>%2</td></tr>");
    QString html = QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>").arg(f->nameZh.toHtmlEscaped());
    if (!f->nameEn.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(f->nameEn.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row.arg(tr("Category"), displayName(f->category).toHtmlEscaped());
    html += row.arg(tr("County"), f->county.isEmpty() ? tr("city-wide") : f->county.toHtmlEscaped());
    html += row.arg(tr("Coordinates"), coordinatesText(f->geometry));
    html += row.arg(tr("Location"), displayName(f->confidence).toHtmlEscaped());
    if (!f->locationNote.isEmpty())
        html += row.arg(tr("Location note"), f->locationNote.toHtmlEscaped());
    html += row.arg(tr("Status"), QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>")
                                      .arg(statusColor(f->status()).name(), displayName(f->status()).toHtmlEscaped()));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p><b>%1</b></p><table cellpadding=\"3\" cellspacing=\"0\" border=\"1\" "
                           "style=\"border-color:#cccccc\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Status history"), tr("Status"), tr("Since"), tr("Note"), tr("Recorded by"), tr("Recorded at"));
    for (auto it = f->history.crbegin(); it != f->history.crend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(displayName(it->status).toHtmlEscaped(), it->date.toString(Qt::ISODate),
                         it->note.toHtmlEscaped(), it->user.toHtmlEscaped(),
                         it->recordedAt.isValid() ? it->recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : QString());
    html += QStringLiteral("</table>");

    if (!f->targetIds.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Targets"));
        for (const QString &id : f->targetIds) {
            const Target *t = mProject->target(id);
            const QList<TargetValue> values = mProject->targetValues().value(id);
            const QString current = values.isEmpty()
                ? tr("no current value yet")
                : tr("current value %1 %2 as of %3")
                      .arg(QLocale().toString(values.last().value, 'g', 12), t ? t->unit : QString(),
                           values.last().date.toString(Qt::ISODate));
            html += QStringLiteral("<li>%1 <span class=\"muted\">(%2; %3)</span></li>")
                        .arg(t ? t->phrase.toHtmlEscaped() : id.toHtmlEscaped(), id.toHtmlEscaped(),
                             current.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }

    // The linked sentences inside their paragraphs, each paragraph once, linked sentences highlighted.
    const Report &report = mProject->report();
    QStringList paragraphs;
    for (const QString &sid : f->sentenceIds) {
        const QString pid = sid.section(QLatin1Char('.'), 0, 1);
        if (!paragraphs.contains(pid))
            paragraphs << pid;
    }
    if (!paragraphs.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("In the work report"));
    for (const QString &pid : paragraphs) {
        const Paragraph *p = report.paragraph(pid);
        if (!p) {
            html += QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("Paragraph %1 is not in this report.").arg(pid));
            continue;
        }
        html += QStringLiteral("<p>");
        if (!p->topic.isEmpty())
            html += QStringLiteral("<b>%1。</b>").arg(p->topic.toHtmlEscaped());
        for (const Sentence &s : p->sentences) {
            if (f->sentenceIds.contains(s.id))
                html += QStringLiteral("<span class=\"hit\"><a href=\"%1:%2\">%3</a></span>"
                                       "<a class=\"unlink\" href=\"%4:%2\">&nbsp;✕&nbsp;</a>")
                            .arg(kSentenceScheme, s.id, s.text.toHtmlEscaped(), kUnlinkScheme);
            else
                html += QStringLiteral("<span class=\"muted\">%1</span>").arg(s.text.toHtmlEscaped());
        }
        html += QStringLiteral(" <span class=\"muted\">[%1]</span></p>").arg(pid);
    }
    if (!paragraphs.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("✕ removes a link; Link sentence… adds one."));
    return html;
}

QString FeatureInfoDock::sentenceHtml(const QString &sentenceId) const
{
    const Sentence *s = mProject->report().sentence(sentenceId);
    return QStringLiteral("<p class=\"muted\">%1</p><p>%2</p><p>%3</p><p><a href=\"%4:%5\">%6</a></p>")
        .arg(tr("Sentence %1").arg(sentenceId), s->text.toHtmlEscaped(),
             tr("No plan feature is linked to this sentence yet.").toHtmlEscaped(), kAddScheme, sentenceId,
             tr("Add a feature for this sentence").toHtmlEscaped());
}

void FeatureInfoDock::fillTable(const QStringList &featureIds)
{
    mTable->setSortingEnabled(false);
    mTable->setRowCount(int(featureIds.size()));
    for (int r = 0; r < featureIds.size(); ++r) {
        const PlanFeature *f = mProject->feature(featureIds.at(r));
        const QStringList cells = {f->nameZh, displayName(f->category), displayName(f->status()),
                                   f->county.isEmpty() ? tr("city-wide") : f->county, displayName(f->confidence)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, f->id);
            mTable->setItem(r, c, item);
        }
        mTable->item(r, 2)->setForeground(statusColor(f->status()));
    }
    mTable->setSortingEnabled(true);
    mTable->resizeColumnsToContents();
}

} // namespace yc
