// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QStringList>

using namespace yc;

namespace {

QString tsvLine(QChar kind, const QString &id, const QString &text)
{
    return QString(kind) + u'\t' + id + u'\t' + text;
}

/// The report in the format of tests/data/report-sentences.tsv.
QStringList reportLines(const Report &report)
{
    QStringList lines;
    for (const Section &s : report.sections()) {
        lines.append(tsvLine(u'S', QString::number(s.number), s.title));
        for (const Paragraph &p : s.paragraphs) {
            lines.append(tsvLine(u'P', p.id, p.topic));
            for (const Sentence &sentence : p.sentences)
                lines.append(tsvLine(u's', sentence.id, sentence.text));
        }
    }
    return lines;
}

QStringList expectedLines()
{
    QFile f(test::dataDir() + QStringLiteral("/report-sentences.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The original text of `range` with the blank-line page breaks taken out.
QString sliceWithoutBreaks(const Report &report, TextRange range)
{
    return report.originalText().mid(range.begin, range.length()).remove(QStringLiteral("\n\n"));
}

std::string str(const QString &s) { return s.toStdString(); }

class BundledReport : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        sText = test::bundledReportText();
        sReport = Report::parse(sText);
    }
    static inline QString sText;
    static inline Report sReport;
};

TEST_F(BundledReport, MatchesEveryLineOfTheExpectedTable)
{
    const QStringList expected = expectedLines();
    ASSERT_EQ(expected.size(), 139);
    const QStringList actual = reportLines(sReport);
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_EQ(str(actual.at(i)), str(expected.at(i))) << "line " << i + 1;
    EXPECT_EQ(sReport.allSentences().size(), 107);
}

TEST_F(BundledReport, HasExactlySectionsFourToTenWithTheirTitles)
{
    const QStringList titles = {
        QStringLiteral("努力在打造旅游热点门户上实现突破、走在前列"),
        QStringLiteral("努力在科教兴市和人才强市上实现突破、走在前列"),
        QStringLiteral("努力在深化改革和扩大开放上实现突破、走在前列"),
        QStringLiteral("努力在促进城乡协调发展上实现突破、走在前列"),
        QStringLiteral("努力在保护生态环境上实现突破、走在前列"),
        QStringLiteral("努力在创造人民群众高品质生活上实现突破、走在前列"),
        QStringLiteral("努力在高水平平安运城建设上实现突破、走在前列"),
    };
    ASSERT_EQ(sReport.sections().size(), 7);
    for (int i = 0; i < 7; ++i) {
        const Section &s = sReport.sections().at(i);
        EXPECT_EQ(s.number, i + 4);
        EXPECT_EQ(str(s.id), std::to_string(i + 4));
        EXPECT_EQ(str(s.title), str(titles.at(i)));
        EXPECT_TRUE(sText.mid(s.range.begin, s.range.length()).startsWith(QString::number(s.number) + u' ' + s.title));
    }
    EXPECT_EQ(sReport.section(3), nullptr);
    EXPECT_EQ(sReport.section(11), nullptr);
    ASSERT_NE(sReport.section(8), nullptr);
    EXPECT_EQ(sReport.section(8)->paragraphs.size(), 3);
    EXPECT_FALSE(sReport.isEmpty());
}

TEST_F(BundledReport, KeepsThePrintHeaderOutOfTheSections)
{
    EXPECT_TRUE(sReport.header().contains(QStringLiteral("2024年政府工作报告摘要")));
    EXPECT_TRUE(sReport.header().contains(QStringLiteral("努力在十大重点工作上实现突破走在前列")));
    EXPECT_TRUE(sReport.header().contains(QStringLiteral("(上接05版)")));
    EXPECT_FALSE(sReport.header().contains(QStringLiteral("加快全域旅游示范区创建")));
    EXPECT_EQ(sReport.originalText(), sText);
    const qsizetype headerPos = sText.indexOf(QStringLiteral("上接05版"));
    EXPECT_EQ(sReport.sentenceAt(headerPos), nullptr);
    EXPECT_LT(headerPos, sReport.sections().first().range.begin);
}

TEST_F(BundledReport, SentenceAndTopicRangesSliceBackToTheirText)
{
    for (const Section &s : sReport.sections()) {
        for (const Paragraph &p : s.paragraphs) {
            EXPECT_EQ(str(sliceWithoutBreaks(sReport, p.range)), str(p.text)) << str(p.id);
            if (!p.topic.isEmpty()) {
                EXPECT_EQ(str(sliceWithoutBreaks(sReport, p.topicRange)), str(p.topic)) << str(p.id);
            }
            qsizetype previousEnd = p.range.begin;
            for (const Sentence &sentence : p.sentences) {
                EXPECT_EQ(str(sliceWithoutBreaks(sReport, sentence.range)), str(sentence.text)) << str(sentence.id);
                EXPECT_GE(sentence.range.begin, previousEnd) << str(sentence.id);
                EXPECT_LE(sentence.range.end, p.range.end) << str(sentence.id);
                previousEnd = sentence.range.end;
            }
        }
    }
}

TEST_F(BundledReport, JoinsTheThreeParagraphsCutByPageBreaks)
{
    struct Break {
        const char *paragraph;
        const char *sentence;
        const char *joined;
    };
    const Break breaks[] = {
        {"5.3", "5.3.1", "积极打造青年发展型城市"},
        {"9.3", "9.3.1", "敬业、拓新"},
        {"7.2", "7.2.3", "产业、服务、城乡"},
    };
    for (const Break &b : breaks) {
        const Paragraph *p = sReport.paragraph(QString::fromUtf8(b.paragraph));
        ASSERT_NE(p, nullptr) << b.paragraph;
        const Sentence *s = sReport.sentence(QString::fromUtf8(b.sentence));
        ASSERT_NE(s, nullptr) << b.sentence;
        EXPECT_TRUE(p->text.contains(QString::fromUtf8(b.joined))) << b.paragraph;
        EXPECT_TRUE(s->text.contains(QString::fromUtf8(b.joined))) << b.sentence;
        EXPECT_FALSE(s->text.contains(u'\n'));
        // The range spans the break: two more code units than the text.
        EXPECT_EQ(s->range.length(), s->text.size() + 2) << b.sentence;
        EXPECT_TRUE(sText.mid(s->range.begin, s->range.length()).contains(QStringLiteral("\n\n")));
    }
    // No other sentence crosses a line break.
    int crossing = 0;
    for (const Sentence *s : sReport.allSentences()) {
        if (s->range.length() != s->text.size())
            ++crossing;
    }
    EXPECT_EQ(crossing, 3);
    // Section 5 has three paragraphs, not four: the break did not open a new one.
    EXPECT_EQ(sReport.section(5)->paragraphs.size(), 3);
    EXPECT_EQ(str(sReport.paragraph(QStringLiteral("5.3"))->topic), "全方位引进培养用好人才");
}

TEST_F(BundledReport, LooksUpByIdAndPosition)
{
    const Sentence *s = sReport.sentence(QStringLiteral("5.2.5"));
    ASSERT_NE(s, nullptr);
    EXPECT_TRUE(s->text.startsWith(QStringLiteral("强化企业创新主体地位")));
    EXPECT_EQ(sReport.sentenceAt(s->range.begin), s);
    EXPECT_EQ(sReport.sentenceAt(s->range.end - 1), s);
    EXPECT_EQ(sReport.sentenceAt((s->range.begin + s->range.end) / 2), s);
    EXPECT_NE(sReport.sentenceAt(s->range.end), s);

    const Sentence *last = sReport.sentence(QStringLiteral("10.3.4"));
    ASSERT_NE(last, nullptr);
    EXPECT_TRUE(last->text.endsWith(QStringLiteral("守护好千家万户平安!")));
    EXPECT_EQ(last, sReport.allSentences().last());

    // A position inside a page break belongs to the sentence that crosses it.
    const qsizetype inBreak = sText.indexOf(QStringLiteral("积极打\n\n造")) + 4;
    EXPECT_EQ(sReport.sentenceAt(inBreak), sReport.sentence(QStringLiteral("5.3.1")));

    // A topic is not a sentence.
    const Paragraph *p = sReport.paragraph(QStringLiteral("4.1"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(str(p->topic), "加快全域旅游示范区创建");
    EXPECT_EQ(sReport.sentenceAt(p->topicRange.begin), nullptr);
    EXPECT_EQ(str(sText.mid(p->topicRange.begin, p->topicRange.length())), "加快全域旅游示范区创建");

    EXPECT_EQ(sReport.sentence(QStringLiteral("4.1.4")), nullptr);
    EXPECT_EQ(sReport.sentence(QStringLiteral("4.1")), nullptr);
    EXPECT_EQ(sReport.sentence(QStringLiteral("x.1.1")), nullptr);
    EXPECT_EQ(sReport.sentence(QStringLiteral("4.0.1")), nullptr);
    EXPECT_EQ(sReport.paragraph(QStringLiteral("9.7")), nullptr);
    EXPECT_EQ(sReport.paragraph(QStringLiteral("3.1")), nullptr);
    EXPECT_EQ(sReport.paragraph(QString()), nullptr);
    EXPECT_EQ(sReport.sentenceAt(-1), nullptr);
    EXPECT_EQ(sReport.sentenceAt(sText.size() + 10), nullptr);
}

TEST_F(BundledReport, ParagraphWithoutLeadPhraseHasNoTopic)
{
    const Paragraph *p = sReport.paragraph(QStringLiteral("9.6"));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->topic.isEmpty());
    ASSERT_EQ(p->sentences.size(), 1);
    EXPECT_TRUE(p->sentences.first().text.startsWith(QStringLiteral("今年在承接好省级15项民生实事")));
}

TEST_F(BundledReport, ParsesTheSameWithWindowsLineEnds)
{
    QString crlf = sText;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    const Report report = Report::parse(crlf);
    EXPECT_EQ(reportLines(report), reportLines(sReport));
    for (const Sentence *s : report.allSentences()) {
        const QString slice = crlf.mid(s->range.begin, s->range.length()).remove(QStringLiteral("\r\n\r\n"));
        EXPECT_EQ(str(slice), str(s->text)) << str(s->id);
    }
}

TEST(Report, ParsesAFullerReportWithEarlierSections)
{
    const QString bundled = test::bundledReportText();
    const qsizetype firstSection = bundled.indexOf(QStringLiteral("4 努力在打造旅游热点门户"));
    ASSERT_GT(firstSection, 0);
    const QString text = bundled.left(firstSection)
        + QStringLiteral("1 努力在建设现代化产业体系上实现突破、走在前列\n\n"
                         "做强特色产业。推动产业集群发展,培育一批链主企业。\n\n"
                         "2 努力在扩大有效需求上实现突破、走在前列\n\n"
                         "扩大有效投资。谋划实施一批重大项目,加快项目建设进度。促进消费增长。\n\n"
                         "稳住外贸基本盘。支持企业开拓市场!\n\n"
                         "3 努力在乡村全面振兴上实现突破、走在前列\n\n"
                         "抓好粮食生产。稳定粮食播种面积,提高单产水平。\n\n")
        + bundled.mid(firstSection);
    const Report report = Report::parse(text);
    ASSERT_EQ(report.sections().size(), 10);
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(report.sections().at(i).number, i + 1);
    EXPECT_EQ(str(report.section(2)->title), "努力在扩大有效需求上实现突破、走在前列");
    ASSERT_EQ(report.section(2)->paragraphs.size(), 2);
    EXPECT_EQ(str(report.paragraph(QStringLiteral("2.1"))->topic), "扩大有效投资");
    EXPECT_EQ(str(report.sentence(QStringLiteral("2.1.2"))->text), "促进消费增长。");
    EXPECT_EQ(str(report.sentence(QStringLiteral("2.2.1"))->text), "支持企业开拓市场!");
    EXPECT_EQ(str(report.sentence(QStringLiteral("1.1.1"))->text), "推动产业集群发展,培育一批链主企业。");
    EXPECT_TRUE(report.header().contains(QStringLiteral("2024年政府工作报告摘要")));
    EXPECT_FALSE(report.header().contains(QStringLiteral("做强特色产业")));

    // Sections 4–10 come out exactly as from the excerpt alone, ranges shifted but still exact.
    const Report excerpt = Report::parse(bundled);
    const QStringList all = reportLines(report);
    const QStringList tail = reportLines(excerpt);
    ASSERT_GE(all.size(), tail.size());
    EXPECT_EQ(all.mid(all.size() - tail.size()), tail);
    EXPECT_EQ(report.allSentences().size(), excerpt.allSentences().size() + 5);
    for (const Sentence *s : report.allSentences())
        EXPECT_EQ(str(sliceWithoutBreaks(report, s->range)), str(s->text)) << str(s->id);
}

TEST(Report, EmptyOrGarbageInputGivesAnEmptyReport)
{
    const QStringList inputs = {
        QString(),
        QStringLiteral("\n\n\n   \n"),
        QStringLiteral("hello world"),
        QStringLiteral("只是一段没有章节标题的文字。第二句。"),
        QStringLiteral("2024年政府工作报告\n\n(上接05版)"),
        QString::fromUtf8("\xef\xbf\xbd\x01\x02\x7f garbage \xc3\xa9"),
        QStringLiteral("4.努力在某方面上实现突破\n\n文字。"),
    };
    for (const QString &input : inputs) {
        const Report report = Report::parse(input);
        EXPECT_TRUE(report.isEmpty()) << str(input);
        EXPECT_TRUE(report.sections().isEmpty());
        EXPECT_TRUE(report.allSentences().isEmpty());
        EXPECT_EQ(report.sentenceAt(0), nullptr);
        EXPECT_EQ(report.sentence(QStringLiteral("4.1.1")), nullptr);
        EXPECT_EQ(report.originalText(), input);
    }
    EXPECT_TRUE(Report().isEmpty());
}

TEST(Report, HandlesOddButValidShapes)
{
    // A heading with no body, a paragraph of one sentence (not a topic), an unterminated last
    // paragraph, indentation with ideographic spaces, and a number that is not a later section.
    const QString text = QStringLiteral("1 空的章节\n\n"
                                        "2 第二章\n\n"
                                        "\u3000\u3000推进城市生活垃圾分类。\n\n"
                                        "2 不是标题\n\n"
                                        "最后一段没有句号");
    const Report report = Report::parse(text);
    ASSERT_EQ(report.sections().size(), 2);
    EXPECT_TRUE(report.section(1)->paragraphs.isEmpty());
    const Section *two = report.section(2);
    ASSERT_NE(two, nullptr);
    ASSERT_EQ(two->paragraphs.size(), 2);
    const Paragraph &one = two->paragraphs.at(0);
    EXPECT_TRUE(one.topic.isEmpty());   // a lone sentence stays a sentence
    ASSERT_EQ(one.sentences.size(), 1);
    EXPECT_EQ(str(one.sentences.at(0).text), "推进城市生活垃圾分类。");
    // The unterminated block runs on into the next one.
    const Paragraph &last = two->paragraphs.at(1);
    ASSERT_EQ(last.sentences.size(), 1);
    EXPECT_EQ(str(last.sentences.at(0).text), "2 不是标题最后一段没有句号");
    EXPECT_EQ(str(text.mid(one.sentences.at(0).range.begin, one.sentences.at(0).range.length())),
              "推进城市生活垃圾分类。");
}

} // namespace
