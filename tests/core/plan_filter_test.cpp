// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_filter.h"
#include "plan/plan_statistics.h"
#include "report/report.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace yc;

namespace {

PlanFeature feature(const QString &id, const char *name, Category category, Status status, const char *county,
                    LocationConfidence confidence, const QStringList &sentences)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8(name);
    f.category = category;
    f.county = QString::fromUtf8(county);
    f.confidence = confidence;
    f.history = {{status, QDate(2024, 1, 1), {}, {}, {}}};
    f.sentenceIds = sentences;
    return f;
}

QStringList ids(const QList<PlanFeature> &features)
{
    QStringList out;
    for (const PlanFeature &f : features)
        out << f.id;
    return out;
}

class PlanFilterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        mReport = Report::parse(test::bundledReportText());
        ASSERT_FALSE(mReport.isEmpty());
        const Sentence *s = mReport.sentence(QStringLiteral("4.2.1"));
        ASSERT_NE(s, nullptr);
        mFeatures = {
            feature(QStringLiteral("wulaofeng"), "五老峰", Category::ScenicSite, Status::UnderConstruction, "永济市",
                    LocationConfidence::Approximate, {QStringLiteral("4.2.1")}),
            feature(QStringLiteral("airport"), "运城机场", Category::Airport, Status::Proposed, "盐湖区",
                    LocationConfidence::Surveyed, {QStringLiteral("6.1.1")}),
            feature(QStringLiteral("both"), "黄河一号旅游公路", Category::TourismRoad, Status::Completed, "",
                    LocationConfidence::Placeholder, {QStringLiteral("4.1.1"), QStringLiteral("6.1.1")}),
        };
    }

    QStringList pass(const FeatureFilter &filter) const { return ids(filterFeatures(mFeatures, filter, mReport)); }

    Report mReport;
    QList<PlanFeature> mFeatures;
};

} // namespace

TEST_F(PlanFilterTest, EmptyFilterPassesEverything)
{
    EXPECT_TRUE(FeatureFilter().isEmpty());
    EXPECT_EQ(pass({}).size(), 3);
}

TEST_F(PlanFilterTest, EachCriterion)
{
    FeatureFilter f;
    f.section = 6;
    EXPECT_EQ(pass(f), (QStringList{QStringLiteral("airport"), QStringLiteral("both")}));
    f = {};
    f.category = Category::Airport;
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("airport")});
    f = {};
    f.status = Status::UnderConstruction;
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("wulaofeng")});
    f = {};
    f.county = QString();   // city-wide
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("both")});
    f.county = QString::fromUtf8("盐湖区");
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("airport")});
    f = {};
    f.confidence = LocationConfidence::Placeholder;
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("both")});
    f = {};
    f.section = 4;
    f.status = Status::Completed;   // criteria combine
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("both")});
}

TEST_F(PlanFilterTest, TextFindsNamesCountiesSentencesAndPinyinInitials)
{
    FeatureFilter f;
    f.text = QString::fromUtf8("机场");
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("airport")});
    f.text = QString::fromUtf8("永济");
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("wulaofeng")});
    // A phrase only in the linked sentence's text.
    const QString sentence = mReport.sentence(QStringLiteral("4.2.1"))->text;
    f.text = sentence.mid(sentence.size() / 2, 4);
    EXPECT_TRUE(pass(f).contains(QStringLiteral("wulaofeng")));
    f.text = QStringLiteral("wlf");
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("wulaofeng")});
    f.text = QStringLiteral("YCJC");
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("airport")});
    f.text = QString::fromUtf8("机场 盐湖");   // every word must match
    EXPECT_EQ(pass(f), QStringList{QStringLiteral("airport")});
    f.text = QString::fromUtf8("机场 永济");
    EXPECT_TRUE(pass(f).isEmpty());
}

TEST(PinyinInitials, CommonPlaceNames)
{
    EXPECT_EQ(pinyinInitials(QString::fromUtf8("运城")), QStringLiteral("YC"));
    EXPECT_EQ(pinyinInitials(QString::fromUtf8("五老峰")), QStringLiteral("WLF"));
    EXPECT_EQ(pinyinInitials(QString::fromUtf8("盐湖区")), QStringLiteral("YHQ"));
    EXPECT_EQ(pinyinInitials(QString::fromUtf8("黄河一号旅游公路")), QStringLiteral("HHYHLYGL"));
    EXPECT_EQ(pinyinInitials(QString::fromUtf8("关帝庙5A")), QStringLiteral("GDM5A"));
}

TEST(FeatureFilterModel, AnnouncesOnlyRealChanges)
{
    FeatureFilterModel model;
    QSignalSpy spy(&model, &FeatureFilterModel::changed);
    FeatureFilter f;
    f.status = Status::Completed;
    model.setFilter(f);
    model.setFilter(f);
    model.clear();
    EXPECT_EQ(spy.count(), 2);
}

TEST_F(PlanFilterTest, StatusCountsPerSection)
{
    const QList<SectionStatusCounts> counts = countByStatusPerSection(mFeatures, {4, 5, 6});
    ASSERT_EQ(counts.size(), 3);
    const auto count = [&](int i, Status s) {
        for (const StatusCount &c : counts.at(i).counts)
            if (c.status == s)
                return c.count;
        return -1;
    };
    EXPECT_EQ(counts.at(0).section, 4);
    EXPECT_EQ(count(0, Status::UnderConstruction), 1);
    EXPECT_EQ(count(0, Status::Completed), 1);
    EXPECT_EQ(count(1, Status::Completed), 0);
    EXPECT_EQ(count(2, Status::Proposed), 1);
    EXPECT_EQ(count(2, Status::Completed), 1);
}
