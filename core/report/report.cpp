// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include <QRegularExpression>
#include <QStringList>

namespace yc {
namespace {

/// Text together with the original offset of each of its UTF-16 code units, so that ranges stay
/// exact after lines are trimmed and page-broken paragraphs are joined.
struct MappedText {
    QString text;
    QList<qsizetype> offsets;

    void append(const MappedText &other)
    {
        text += other.text;
        offsets += other.offsets;
    }
    /// Original range of text[from, to); requires from < to.
    TextRange range(qsizetype from, qsizetype to) const { return {offsets[from], offsets[to - 1] + 1}; }
};

/// A run of non-blank lines (a printed paragraph, or a piece of one cut by a page break).
struct Block {
    MappedText content;
    TextRange range;
};

QList<Block> splitBlocks(const QString &original)
{
    QList<Block> blocks;
    Block current;
    bool open = false;
    const qsizetype size = original.size();
    for (qsizetype pos = 0; pos <= size;) {
        qsizetype eol = original.indexOf(u'\n', pos);
        if (eol < 0)
            eol = size;
        qsizetype begin = pos;
        qsizetype end = eol;
        while (begin < end && original.at(begin).isSpace())   // also U+3000 indentation
            ++begin;
        while (end > begin && original.at(end - 1).isSpace())  // also the \r of CRLF
            --end;
        if (begin == end) {
            if (open) {
                blocks.append(current);
                current = {};
                open = false;
            }
        } else {
            current.content.text += QStringView(original).mid(begin, end - begin);
            for (qsizetype i = begin; i < end; ++i)
                current.content.offsets.append(i);
            if (!open)
                current.range.begin = begin;
            current.range.end = end;
            open = true;
        }
        pos = eol + 1;
    }
    if (open)
        blocks.append(current);
    return blocks;
}

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?';
}

/// Closing marks that belong to the sentence they follow, as in "…。”".
bool isCloser(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』' || c == u'）' || c == u')' || c == u'》'
        || c == u'"' || c == u'\'';
}

bool endsWithSentenceEnd(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && isCloser(text.at(i - 1)))
        --i;
    return i > 0 && isSentenceEnd(text.at(i - 1));
}

struct Heading {
    int number = 0;
    QString title;
};

/// "4 努力在…走在前列": a number, whitespace and a title that is not a sentence.
std::optional<Heading> headingOf(const QString &blockText)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\s+(\\S.{0,79})$"));
    const QRegularExpressionMatch m = re.match(blockText);
    if (!m.hasMatch())
        return std::nullopt;
    const QString title = m.captured(2);
    for (QChar c : title) {
        if (isSentenceEnd(c))
            return std::nullopt;
    }
    return Heading{m.captured(1).toInt(), title};
}

/// Spans [begin, end) of the sentences in `text`, each ending after its final mark and closers.
QList<std::pair<qsizetype, qsizetype>> sentenceSpans(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && text.at(i).isSpace())
            ++i;
        if (i == size)
            break;
        const qsizetype begin = i;
        while (i < size && !isSentenceEnd(text.at(i)))
            ++i;
        while (i < size && (isSentenceEnd(text.at(i)) || isCloser(text.at(i))))
            ++i;
        qsizetype end = i;
        while (end > begin && text.at(end - 1).isSpace())
            --end;
        spans.append({begin, end});
    }
    return spans;
}

bool isTopic(const QString &sentence)
{
    static const QString separators = QStringLiteral(",，;；、");
    if (!sentence.endsWith(u'。') || sentence.size() - 1 > 25)
        return false;
    for (QChar c : sentence) {
        if (separators.contains(c))
            return false;
    }
    return true;
}

Paragraph makeParagraph(const MappedText &content, const QString &id)
{
    Paragraph paragraph;
    paragraph.id = id;
    paragraph.text = content.text;
    paragraph.range = content.range(0, content.text.size());

    QList<std::pair<qsizetype, qsizetype>> spans = sentenceSpans(content.text);
    // A short lead phrase opens most paragraphs; a paragraph of one sentence has none.
    if (spans.size() >= 2) {
        const auto [begin, end] = spans.first();
        if (isTopic(content.text.mid(begin, end - begin))) {
            paragraph.topic = content.text.mid(begin, end - begin - 1);
            paragraph.topicRange = content.range(begin, end - 1);
            spans.removeFirst();
        }
    }
    int number = 0;
    for (const auto &[begin, end] : spans) {
        Sentence sentence;
        sentence.id = id + u'.' + QString::number(++number);
        sentence.text = content.text.mid(begin, end - begin);
        sentence.range = content.range(begin, end);
        paragraph.sentences.append(sentence);
    }
    return paragraph;
}

/// "4.2.3" → {4, 2, 3}; empty on anything else.
QList<int> idParts(const QString &id, qsizetype count)
{
    const QStringList parts = id.split(u'.');
    if (parts.size() != count)
        return {};
    QList<int> numbers;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1)
            return {};
        numbers.append(n);
    }
    return numbers;
}

} // namespace

Report Report::parse(const QString &originalText)
{
    Report report;
    report.mOriginal = originalText;
    const QList<Block> blocks = splitBlocks(originalText);

    QList<std::optional<Heading>> headings;
    int lastNumber = 0;
    for (const Block &block : blocks) {
        std::optional<Heading> heading = headingOf(block.content.text);
        // Section numbers only go up; anything else starting with a number is body text.
        if (heading && heading->number > lastNumber)
            lastNumber = heading->number;
        else
            heading.reset();
        headings.append(heading);
    }

    qsizetype i = 0;
    QStringList headerLines;
    for (; i < blocks.size() && !headings.at(i); ++i)
        headerLines.append(blocks.at(i).content.text);
    if (i == blocks.size())
        return report;
    report.mHeader = headerLines.join(u'\n');

    while (i < blocks.size()) {
        Section section;
        section.number = headings.at(i)->number;
        section.id = QString::number(section.number);
        section.title = headings.at(i)->title;
        section.range = blocks.at(i).range;
        ++i;
        while (i < blocks.size() && !headings.at(i)) {
            MappedText content = blocks.at(i).content;
            // A paragraph cut by a page break goes on in the next block.
            while (!endsWithSentenceEnd(content.text) && i + 1 < blocks.size() && !headings.at(i + 1))
                content.append(blocks.at(++i).content);
            ++i;
            const QString id = section.id + u'.' + QString::number(section.paragraphs.size() + 1);
            section.paragraphs.append(makeParagraph(content, id));
            section.range.end = section.paragraphs.last().range.end;
        }
        report.mSections.append(section);
    }
    return report;
}

const Section *Report::section(int number) const
{
    for (const Section &s : mSections) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

const Paragraph *Report::paragraph(const QString &id) const
{
    const QList<int> parts = idParts(id, 2);
    if (parts.isEmpty())
        return nullptr;
    const Section *s = section(parts.at(0));
    if (!s || parts.at(1) > s->paragraphs.size())
        return nullptr;
    return &s->paragraphs.at(parts.at(1) - 1);
}

const Sentence *Report::sentence(const QString &id) const
{
    const QList<int> parts = idParts(id, 3);
    if (parts.isEmpty())
        return nullptr;
    const Paragraph *p = paragraph(QString::number(parts.at(0)) + u'.' + QString::number(parts.at(1)));
    if (!p || parts.at(2) > p->sentences.size())
        return nullptr;
    return &p->sentences.at(parts.at(2) - 1);
}

QList<const Sentence *> Report::allSentences() const
{
    QList<const Sentence *> result;
    for (const Section &s : mSections) {
        for (const Paragraph &p : s.paragraphs) {
            for (const Sentence &sentence : p.sentences)
                result.append(&sentence);
        }
    }
    return result;
}

const Sentence *Report::sentenceAt(qsizetype pos) const
{
    for (const Section &s : mSections) {
        if (!s.range.contains(pos))
            continue;
        for (const Paragraph &p : s.paragraphs) {
            if (!p.range.contains(pos))
                continue;
            for (const Sentence &sentence : p.sentences) {
                if (sentence.range.contains(pos))
                    return &sentence;
            }
        }
    }
    return nullptr;
}

} // namespace yc
