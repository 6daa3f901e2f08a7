// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/targets.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <cmath>

using namespace yc;

namespace {

std::string str(const QString &s) { return s.toStdString(); }

struct Expected {
    const char *sentenceId;
    double value;
    double upper;        // NAN when the target is not a range
    const char *unit;
    const char *measure; // a substring of the measure
    const char *phrase;  // a substring of the phrase as printed
};

// Every commitment in the bundled excerpt, in reading order. Anything else is a false positive.
const Expected kExpected[] = {
    {"4.3.2", 1, 2, "个", "自驾营地", "1个至两个示范性自驾营地"},
    {"5.2.3", 10, 20, "家", "省市级平台", "新增省市级平台10家至20家"},
    {"5.2.5", 20, NAN, "项", "关键技术", "突破关键技术20项"},
    {"5.2.5", 310, NAN, "家", "高新技术企业", "高新技术企业总数突破310家"},
    {"5.2.5", 60, NAN, "家", "科技型中小企业", "新培育科技型中小企业60家"},
    {"5.3.2", 40, NAN, "人", "山西省科技专家库", "不少于40人"},
    {"6.1.7", 1, 2, "个", "优势主导产业", "1个至两个优势主导产业"},
    {"6.1.8", 15, NAN, "%", "规上工业增加值", "增长15%以上"},
    {"6.3.3", 70, NAN, "%", "乡镇", "70%乡镇"},
    {"7.3.4", 20000, NAN, "座", "卫生厕所", "卫生厕所改造两万座"},
    {"7.3.4", 35, NAN, "个", "精品示范村", "35个以上精品示范村"},
    {"7.3.4", 288, NAN, "个", "提档升级村", "288个提档升级村"},
    {"8.1.2", 12600, NAN, "亩", "造林", "造林1.26万亩"},
    {"8.1.2", 15000, NAN, "亩", "封山育林", "封山育林1.5万亩"},
    {"8.2.2", 50, NAN, "%", "累计完工率", "累计完工率达到50%"},
    {"9.1.3", 33.5, NAN, "%", "技能人才占比", "技能人才占比达到33.5%"},
    {"9.2.2", 4, NAN, "所", "综合医院", "4所综合医院"},
    {"9.5.4", 4.2, NAN, "个", "托位数", "托位数达到4.2个"},
    {"9.6.1", 15, NAN, "项", "民生实事", "15项民生实事"},
    {"9.6.1", 26, NAN, "个", "全民健身中心", "26个乡镇(街道)全民健身中心"},
};

class BundledTargets : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        sReport = Report::parse(test::bundledReportText());
        sTargets = extractTargets(sReport);
    }
    static inline Report sReport;
    static inline QList<Target> sTargets;
};

TEST_F(BundledTargets, FindsExactlyTheExpectedTargets)
{
    constexpr qsizetype expectedCount = sizeof(kExpected) / sizeof(kExpected[0]);
    for (qsizetype i = 0; i < std::min(expectedCount, sTargets.size()); ++i) {
        const Expected &e = kExpected[i];
        const Target &t = sTargets.at(i);
        SCOPED_TRACE(testing::Message() << "target " << i << " " << str(t.id) << " " << str(t.phrase));
        EXPECT_EQ(str(t.sentenceId), e.sentenceId);
        EXPECT_DOUBLE_EQ(t.value, e.value);
        if (std::isnan(e.upper)) {
            EXPECT_FALSE(t.upperValue.has_value());
        } else {
            ASSERT_TRUE(t.upperValue.has_value());
            EXPECT_DOUBLE_EQ(*t.upperValue, e.upper);
        }
        EXPECT_EQ(str(t.unit), e.unit);
        EXPECT_TRUE(t.measure.contains(QString::fromUtf8(e.measure))) << "measure " << str(t.measure);
        EXPECT_TRUE(t.phrase.contains(QString::fromUtf8(e.phrase))) << "phrase " << str(t.phrase);
    }
    // Extra or missing targets, listed so that a failure says which.
    for (qsizetype i = expectedCount; i < sTargets.size(); ++i)
        ADD_FAILURE() << "unexpected target " << str(sTargets.at(i).id) << " " << str(sTargets.at(i).phrase);
    for (qsizetype i = sTargets.size(); i < expectedCount; ++i)
        ADD_FAILURE() << "missing target in " << kExpected[i].sentenceId << " " << kExpected[i].phrase;
    EXPECT_EQ(sTargets.size(), expectedCount);
}

TEST_F(BundledTargets, IdsNumberTargetsWithinTheirSentence)
{
    QString previousSentence;
    int n = 0;
    for (const Target &t : sTargets) {
        n = t.sentenceId == previousSentence ? n + 1 : 1;
        previousSentence = t.sentenceId;
        EXPECT_EQ(str(t.id), str(t.sentenceId + u'#' + QString::number(n)));
        EXPECT_NE(sReport.sentence(t.sentenceId), nullptr) << str(t.id);
    }
    const QStringList ids = [] {
        QStringList list;
        for (const Target &t : sTargets)
            list.append(t.id);
        return list;
    }();
    EXPECT_TRUE(ids.contains(QStringLiteral("5.2.5#3")));
    EXPECT_TRUE(ids.contains(QStringLiteral("7.3.4#3")));
    EXPECT_TRUE(ids.contains(QStringLiteral("9.6.1#2")));
}

TEST_F(BundledTargets, RangesCoverThePrintedPhraseInsideItsSentence)
{
    const QString &original = sReport.originalText();
    for (const Target &t : sTargets) {
        EXPECT_EQ(str(original.mid(t.range.begin, t.range.length()).remove(QStringLiteral("\n\n"))), str(t.phrase))
            << str(t.id);
        const Sentence *s = sReport.sentence(t.sentenceId);
        ASSERT_NE(s, nullptr);
        EXPECT_GE(t.range.begin, s->range.begin) << str(t.id);
        EXPECT_LE(t.range.end, s->range.end) << str(t.id);
        EXPECT_TRUE(s->text.contains(t.phrase)) << str(t.id);
        EXPECT_EQ(sReport.sentenceAt(t.range.begin), s) << str(t.id);
    }
}

TEST_F(BundledTargets, RecordsQualifiers)
{
    const auto qualifierOf = [](const char *phrase) {
        for (const Target &t : sTargets) {
            if (t.phrase.contains(QString::fromUtf8(phrase)))
                return str(t.qualifier);
        }
        return std::string("<no target>");
    };
    EXPECT_EQ(qualifierOf("不少于40人"), "不少于");
    EXPECT_EQ(qualifierOf("15%以上"), "以上");
    EXPECT_EQ(qualifierOf("35个以上"), "以上");
    EXPECT_EQ(qualifierOf("突破310家"), "突破");
    EXPECT_EQ(qualifierOf("达到33.5%"), "达到");
    EXPECT_EQ(qualifierOf("288个"), "");
}

TEST_F(BundledTargets, IgnoresYearsGradesNamesAndSlogans)
{
    for (const Target &t : sTargets) {
        for (const char *notATarget : {"2024", "5A", "3A", "4E", "3D", "1948", "十大", "三个一批", "五大", "五条",
                                       "一核三翼", "一日", "双减", "千万", "三管", "三年", "两级", "绛县两个", "千家"})
            EXPECT_FALSE(t.phrase.contains(QString::fromUtf8(notATarget))) << str(t.id) << " " << str(t.phrase);
    }
    for (const char *id : {"6.1.2", "8.1.1", "4.2.1", "4.2.4", "6.2.2", "7.2.1", "10.1.1", "10.1.2", "7.1.6"}) {
        for (const Target &t : sTargets)
            EXPECT_NE(str(t.sentenceId), id) << str(t.phrase);
    }
}

Report syntheticReport(const QString &body)
{
    return Report::parse(QStringLiteral("1 测试章节\n\n测试主题。") + body);
}

TEST(Targets, GeneralRulesOnSyntheticText)
{
    const Report report = syntheticReport(
        QStringLiteral("新建口袋公园三至五个,改造老旧管网12.5公里。实施“五个一批”工程,开展三年行动。"
                       "新建两所学校,绛县两个项目开工。完成投资不低于8亿元,G5高速扩容。"));
    const QList<Target> targets = extractTargets(report);
    ASSERT_EQ(targets.size(), 4);

    EXPECT_EQ(str(targets.at(0).id), "1.1.1#1");
    EXPECT_DOUBLE_EQ(targets.at(0).value, 3);
    ASSERT_TRUE(targets.at(0).upperValue.has_value());
    EXPECT_DOUBLE_EQ(*targets.at(0).upperValue, 5);
    EXPECT_EQ(str(targets.at(0).unit), "个");
    EXPECT_EQ(str(targets.at(0).measure), "口袋公园");

    EXPECT_EQ(str(targets.at(1).id), "1.1.1#2");
    EXPECT_DOUBLE_EQ(targets.at(1).value, 12.5);
    EXPECT_EQ(str(targets.at(1).unit), "公里");
    EXPECT_TRUE(targets.at(1).measure.contains(QStringLiteral("老旧管网")));

    EXPECT_EQ(str(targets.at(2).id), "1.1.3#1");   // after a commitment verb, a Chinese numeral counts
    EXPECT_DOUBLE_EQ(targets.at(2).value, 2);
    EXPECT_EQ(str(targets.at(2).unit), "所");
    EXPECT_EQ(str(targets.at(2).measure), "学校");

    EXPECT_EQ(str(targets.at(3).id), "1.1.4#1");
    EXPECT_DOUBLE_EQ(targets.at(3).value, 8e8);
    EXPECT_EQ(str(targets.at(3).unit), "元");
    EXPECT_EQ(str(targets.at(3).qualifier), "不低于");
    EXPECT_TRUE(targets.at(3).measure.contains(QStringLiteral("投资")));
}

TEST(Targets, EmptyReportHasNoTargets)
{
    EXPECT_TRUE(extractTargets(Report()).isEmpty());
    EXPECT_TRUE(extractTargets(Report::parse(QStringLiteral("garbage"))).isEmpty());
}

TEST(ParseChineseNumber, ReadsChineseArabicAndMixedNumerals)
{
    const struct {
        const char *text;
        double value;
    } cases[] = {
        {"两万", 20000}, {"1.26万", 12600}, {"1.5万", 15000}, {"三十五", 35}, {"十", 10}, {"十二", 12},
        {"一百零八", 108}, {"两", 2}, {"零", 0}, {"310", 310}, {"33.5", 33.5}, {"４２", 42},
        {"二十万", 200000}, {"三千五百", 3500}, {"两万三千", 23000}, {"8亿", 8e8}, {"三亿五千万", 3.5e8},
        {"二〇二四", 2024},
    };
    for (const auto &c : cases) {
        const std::optional<double> v = parseChineseNumber(QString::fromUtf8(c.text));
        ASSERT_TRUE(v.has_value()) << c.text;
        EXPECT_DOUBLE_EQ(*v, c.value) << c.text;
    }
    EXPECT_EQ(*parseChineseNumber(QStringLiteral("1.26万")), 12600.0);   // exact, not 12600.000000000002
}

TEST(ParseChineseNumber, RejectsWhatIsNotANumber)
{
    for (const char *text : {"abc", "", "  ", "5A", "两个", "3D", "1.2.3", "十大"})
        EXPECT_FALSE(parseChineseNumber(QString::fromUtf8(text)).has_value()) << text;
}

} // namespace
