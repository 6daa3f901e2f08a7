// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace yc {

/// A half-open range [begin, end) of UTF-16 code units in the report's original text
/// (the file exactly as read, print header and page breaks included).
struct TextRange {
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - begin; }
    bool contains(qsizetype pos) const { return pos >= begin && pos < end; }
    bool operator==(const TextRange &) const = default;
};

/// One sentence of the report. `text` has page breaks removed; `range` spans the original text,
/// so a sentence that crossed a page break covers the break too.
struct Sentence {
    QString id;        ///< "section.paragraph.sentence", e.g. "4.1.2"
    QString text;
    TextRange range;
};

/// A paragraph. Most open with a short lead phrase (the topic, e.g. "加快全域旅游示范区创建"),
/// which is kept as `topic` and is not numbered as a sentence.
struct Paragraph {
    QString id;         ///< "section.paragraph", e.g. "4.1"
    QString topic;      ///< lead phrase without its final "。"; empty when the paragraph has none
    TextRange topicRange;
    QString text;       ///< whole paragraph, page breaks removed
    TextRange range;
    QList<Sentence> sentences;
};

struct Section {
    int number = 0;     ///< as printed, e.g. 4
    QString id;         ///< "4"
    QString title;      ///< exact printed title, e.g. "努力在打造旅游热点门户上实现突破、走在前列"
    TextRange range;
    QList<Paragraph> paragraphs;
};

/// The government work report as sections, paragraphs (topics) and sentences.
/// Immutable after parsing; safe to share between threads.
class Report {
public:
    /// Parses the printed text of the report. Only sections present in the text are created
    /// (the bundled excerpt has sections 4–10). Returns an empty report when no section heading is found.
    static Report parse(const QString &originalText);

    const QString &originalText() const { return mOriginal; }
    const QString &header() const { return mHeader; }   ///< print header lines before the first section
    const QList<Section> &sections() const { return mSections; }
    bool isEmpty() const { return mSections.isEmpty(); }

    const Section *section(int number) const;
    const Paragraph *paragraph(const QString &id) const;
    const Sentence *sentence(const QString &id) const;
    /// All sentences in reading order.
    QList<const Sentence *> allSentences() const;
    /// The sentence whose range contains `pos` in the original text, if any.
    const Sentence *sentenceAt(qsizetype pos) const;

private:
    QString mOriginal;
    QString mHeader;
    QList<Section> mSections;
};

} // namespace yc
