// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_dock.h"

#include "plan/plan_commands.h"
#include "plan/plan_filter.h"
#include "plan/project.h"
#include "platform/platform.h"
#include "selection.h"

#include <QComboBox>
#include <QMenu>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

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

/// A short name for a new feature: the sentence up to its first comma, at most 20 characters.
QString nameFromSentence(const QString &text)
{
    QString name = text.section(QString::fromUtf8("，"), 0, 0).section(QString::fromUtf8("。"), 0, 0);
    if (name.size() > 20)
        name = name.left(20) + QString::fromUtf8("…");
    return name;
}

} // namespace

ReportDock::ReportDock(Selection *selection, QWidget *parent)
    : QDockWidget(tr("Work report"), parent), mSelection(selection), mSections(new QComboBox(this)),
      mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("reportDock"));
    mSections->setObjectName(QStringLiteral("reportSectionFilter"));
    mSections->setToolTip(tr("Show only the features of one section on the map"));
    mBrowser->setOpenLinks(false);
    mBrowser->setOpenExternalLinks(false);
    mBrowser->setContextMenuPolicy(Qt::CustomContextMenu);
    mBrowser->document()->setDefaultStyleSheet(QStringLiteral(
        "a { color: #1d4f91; text-decoration: none; }"
        "a.plain { color: #202020; }"
        "h3 { color: #7a2e12; margin-top: 14px; }"
        ".sid { color: #9a9a9a; font-size: small; }"
        ".mark { color: #c0392b; }"
        ".sel { background-color: #ffe27a; }"
        ".topic { font-weight: bold; }"
        ".header { color: #888888; }"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mSections);
    layout->addWidget(mBrowser, 1);
    setWidget(content);
    connect(mBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kSentenceScheme)
            activateSentence(url.path());
    });
    connect(mBrowser, &QWidget::customContextMenuRequested, this, &ReportDock::showContextMenu);
    connect(mSelection, &Selection::changed, this, &ReportDock::onSelectionChanged);
    connect(mSections, &QComboBox::activated, this, [this](int index) {
        if (!mFilter)
            return;
        FeatureFilter f = mFilter->filter();
        const QVariant section = mSections->itemData(index);
        f.section = section.isValid() ? std::optional<int>(section.toInt()) : std::nullopt;
        mFilter->setFilter(f);
        if (f.section)
            mBrowser->scrollToAnchor(QStringLiteral("section-%1").arg(*f.section));
    });
    fillSections();
}

void ReportDock::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject) {
        // Links change the marks; rebuild once the edit (possibly several commands) is done.
        connect(mProject, &Project::featureChanged, this, &ReportDock::rebuildKeepingPlace, Qt::QueuedConnection);
        connect(mProject, &Project::featuresReset, this, &ReportDock::rebuildKeepingPlace, Qt::QueuedConnection);
    }
    mHighlighted.clear();
    fillSections();
    rebuild();
    mBrowser->verticalScrollBar()->setValue(0);
}

void ReportDock::setFilterModel(FeatureFilterModel *filter)
{
    mFilter = filter;
    connect(filter, &FeatureFilterModel::changed, this, [this]() {
        const int index = mFilter->filter().section ? mSections->findData(*mFilter->filter().section) : 0;
        mSections->setCurrentIndex(std::max(index, 0));
    });
}

void ReportDock::setNewFeaturePosition(std::function<std::optional<QPointF>()> position)
{
    mNewFeaturePosition = std::move(position);
}

void ReportDock::fillSections()
{
    mSections->clear();
    mSections->addItem(tr("All sections"));
    if (!mProject)
        return;
    for (const Section &s : mProject->report().sections())
        mSections->addItem(QStringLiteral("%1、%2").arg(chineseNumber(s.number), s.title), s.number);
    if (mFilter && mFilter->filter().section)
        mSections->setCurrentIndex(std::max(0, mSections->findData(*mFilter->filter().section)));
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

void ReportDock::showSentence(const QString &id)
{
    show();
    raise();
    mBrowser->scrollToAnchor(id);
}

void ReportDock::linkSelectedFeatures(const QString &id)
{
    if (!mProject || !mProject->report().sentence(id))
        return;
    QUndoStack *stack = mProject->undoStack();
    stack->beginMacro(tr("Link to sentence %1").arg(id));
    for (const QString &featureId : mSelection->featureIds())
        stack->push(new LinkSentenceCommand(*mProject, featureId, id));
    stack->endMacro();
}

void ReportDock::unlinkFeature(const QString &id, const QString &featureId)
{
    if (mProject)
        mProject->undoStack()->push(new UnlinkSentenceCommand(*mProject, featureId, id));
}

QString ReportDock::addFeatureForSentence(const QString &id)
{
    const Sentence *sentence = mProject ? mProject->report().sentence(id) : nullptr;
    const std::optional<QPointF> position = mNewFeaturePosition ? mNewFeaturePosition() : std::nullopt;
    if (!sentence || !position)
        return {};
    PlanFeature f;
    f.id = uniqueFeatureId(*mProject, QStringLiteral("s") + QString(id).replace(QLatin1Char('.'), QLatin1Char('_')));
    f.nameZh = nameFromSentence(sentence->text);
    // The category of a feature of the same paragraph is the likeliest guess; the planner can change it.
    f.category = Category::UrbanFacility;
    const QString paragraph = id.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.');
    for (const PlanFeature &other : mProject->features())
        if (std::any_of(other.sentenceIds.cbegin(), other.sentenceIds.cend(),
                        [&](const QString &s) { return s.startsWith(paragraph); })) {
            f.category = other.category;
            break;
        }
    f.geometry = Geometry::point(*position);
    f.confidence = LocationConfidence::Placeholder;
    f.locationNote = tr("Placed at the map centre; move it to its real place.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    f.history = {{Status::Proposed, now.date(), {}, platform::userName(),
                  QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()),
                            QTimeZone::utc())}};
    f.sentenceIds = {id};
    mProject->undoStack()->push(new AddFeatureCommand(*mProject, f));
    mSelection->select({f.id}, id);
    return f.id;
}

QString ReportDock::plainText() const { return mBrowser->toPlainText(); }

void ReportDock::showContextMenu(const QPoint &pos)
{
    const QUrl url(mBrowser->anchorAt(pos));
    QMenu *menu = mBrowser->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (mProject && url.scheme() == kSentenceScheme) {
        const QString id = url.path();
        QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
        QList<QAction *> actions;
        QAction *link = new QAction(tr("Link to selected feature(s)"), menu);
        link->setEnabled(std::any_of(mSelection->featureIds().cbegin(), mSelection->featureIds().cend(),
                                     [&](const QString &f) {
                                         const PlanFeature *pf = mProject->feature(f);
                                         return pf && !pf->sentenceIds.contains(id);
                                     }));
        connect(link, &QAction::triggered, this, [this, id]() { linkSelectedFeatures(id); });
        actions << link;
        for (const PlanFeature *f : mProject->featuresForSentence(id)) {
            QAction *unlink = new QAction(tr("Unlink %1").arg(f->nameZh), menu);
            connect(unlink, &QAction::triggered, this, [this, id, fid = f->id]() { unlinkFeature(id, fid); });
            actions << unlink;
        }
        QAction *add = new QAction(tr("Add a feature for this sentence"), menu);
        add->setEnabled(bool(mNewFeaturePosition));
        connect(add, &QAction::triggered, this, [this, id]() { addFeatureForSentence(id); });
        actions << add;
        auto *separator = new QAction(menu);
        separator->setSeparator(true);
        actions << separator;
        menu->insertActions(first, actions);
    }
    menu->popup(mBrowser->viewport()->mapToGlobal(pos));
}

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
    rebuildKeepingPlace();
    // A click in the report keeps the reader's place; a selection on the map brings its sentence into view.
    if (mSelection->sentenceId().isEmpty() && !mHighlighted.isEmpty())
        mBrowser->scrollToAnchor(mHighlighted.first());
}

void ReportDock::rebuildKeepingPlace()
{
    const int scroll = mBrowser->verticalScrollBar()->value();
    rebuild();
    mBrowser->verticalScrollBar()->setValue(scroll);
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
        html += QStringLiteral("<a name=\"section-%1\"></a><h3>%2、%3</h3>")
                    .arg(section.id, chineseNumber(section.number), section.title.toHtmlEscaped());
        for (const Paragraph &paragraph : section.paragraphs) {
            html += QStringLiteral("<p>");
            if (!paragraph.topic.isEmpty())
                html += QStringLiteral("<span class=\"topic\">%1。</span>").arg(paragraph.topic.toHtmlEscaped());
            for (const Sentence &sentence : paragraph.sentences) {
                const bool linked = !mProject->featuresForSentence(sentence.id).isEmpty();
                const bool selected = mHighlighted.contains(sentence.id);
                // Every sentence is a link, so a click or the context menu knows which sentence it is.
                QString text = QStringLiteral("<a %1href=\"%2:%3\">%4</a>")
                                   .arg(linked ? QString() : QStringLiteral("class=\"plain\" "), kSentenceScheme,
                                        sentence.id, sentence.text.toHtmlEscaped());
                if (linked)
                    text = QStringLiteral("<span class=\"mark\">◆</span>") + text;
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
