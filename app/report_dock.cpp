// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_dock.h"

#include "plan/project.h"
#include "selection.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>

namespace yc {

namespace {

const QString kSentenceScheme = QStringLiteral("sentence");

QString chineseNumber(int n)
{
    const QString digits = QString::fromUtf8("〇一二三四五六七八九");
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + QString::fromUtf8("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace

ReportDock::ReportDock(Selection *selection, QWidget *parent)
    : QDockWidget(tr("Work report"), parent), mSelection(selection), mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("reportDock"));
    mBrowser->setOpenLinks(false);
    mBrowser->setOpenExternalLinks(false);
    mBrowser->document()->setDefaultStyleSheet(QStringLiteral(
        "a { color: #1d4f91; text-decoration: none; }"
        "h3 { color: #7a2e12; margin-top: 14px; }"
        ".sid { color: #9a9a9a; font-size: small; }"
        ".mark { color: #c0392b; }"
        ".sel { background-color: #ffe27a; }"
        ".topic { font-weight: bold; }"
        ".header { color: #888888; }"));
    setWidget(mBrowser);
    connect(mBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kSentenceScheme)
            activateSentence(url.path());
    });
    connect(mSelection, &Selection::changed, this, &ReportDock::onSelectionChanged);
}

void ReportDock::setProject(const Project *project)
{
    mProject = project;
    mHighlighted.clear();
    rebuild();
    mBrowser->verticalScrollBar()->setValue(0);
}

void ReportDock::activateSentence(const QString &id)
{
    if (!mProject || !mProject->report().sentence(id))
        return;
    QStringList ids;
    for (const PlanFeature *f : mProject->featuresForSentence(id))
        ids << f->id;
    mSelection->select(ids, id);
}

QString ReportDock::plainText() const { return mBrowser->toPlainText(); }

void ReportDock::onSelectionChanged()
{
    QStringList highlighted;
    if (!mSelection->sentenceId().isEmpty()) {
        highlighted << mSelection->sentenceId();
    } else if (mProject) {
        for (const QString &featureId : mSelection->featureIds())
            if (const PlanFeature *f = mProject->feature(featureId))
                for (const QString &s : f->sentenceIds)
                    if (!highlighted.contains(s))
                        highlighted << s;
    }
    if (highlighted == mHighlighted)
        return;
    mHighlighted = highlighted;
    const int scroll = mBrowser->verticalScrollBar()->value();
    rebuild();
    // A click in the report keeps the reader's place; a selection on the map brings its sentence into view.
    mBrowser->verticalScrollBar()->setValue(scroll);
    if (mSelection->sentenceId().isEmpty() && !mHighlighted.isEmpty())
        mBrowser->scrollToAnchor(mHighlighted.first());
}

void ReportDock::rebuild()
{
    if (!mProject || mProject->report().isEmpty()) {
        mBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(tr("This project has no report text.").toHtmlEscaped()));
        return;
    }
    const Report &report = mProject->report();
    QString html;
    if (!report.header().trimmed().isEmpty())
        html += QStringLiteral("<p class=\"header\">%1</p>")
                    .arg(report.header().trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    for (const Section &section : report.sections()) {
        html += QStringLiteral("<h3>%1、%2</h3>").arg(chineseNumber(section.number), section.title.toHtmlEscaped());
        for (const Paragraph &paragraph : section.paragraphs) {
            html += QStringLiteral("<p>");
            if (!paragraph.topic.isEmpty())
                html += QStringLiteral("<span class=\"topic\">%1。</span>").arg(paragraph.topic.toHtmlEscaped());
            for (const Sentence &sentence : paragraph.sentences) {
                const bool linked = !mProject->featuresForSentence(sentence.id).isEmpty();
                const bool selected = mHighlighted.contains(sentence.id);
                QString text = sentence.text.toHtmlEscaped();
                if (linked)
                    text = QStringLiteral("<span class=\"mark\">◆</span><a href=\"%1:%2\">%3</a>")
                               .arg(kSentenceScheme, sentence.id, text);
                if (selected)
                    text = QStringLiteral("<span class=\"sel\">%1</span>").arg(text);
                html += QStringLiteral("<a name=\"%1\"></a><span class=\"sid\">%1</span> %2 ").arg(sentence.id, text);
            }
            html += QStringLiteral("</p>");
        }
    }
    mBrowser->setHtml(html);
}

} // namespace yc
