// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/layout_json.h"

#include <gtest/gtest.h>

using namespace yc;

TEST(LayoutJson, RoundTripKeepsEverySetting)
{
    LayoutSettings s;
    s.page.size = QPageSize(QPageSize::A1);
    s.page.orientation = QPageLayout::Portrait;
    s.page.marginsMm = QMarginsF(12, 8, 12, 15);
    s.kind = LayoutKind::MapOnly;
    s.title = QString::fromUtf8("运城市重点项目");
    s.subtitle = QStringLiteral("Sub");
    s.section = 6;
    s.extent = Envelope::of(450000, 3850000, 520000, 3900000);
    s.scaleDenominator = 250000;
    s.crs = Crs::fromEpsg(4546);
    s.dpi = 600;
    s.targetChart = true;
    const std::optional<LayoutSettings> back = layoutFromJson(layoutToJson(s));
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->page.size.isEquivalentTo(s.page.size));
    EXPECT_EQ(back->page.orientation, QPageLayout::Portrait);
    EXPECT_EQ(back->page.marginsMm, s.page.marginsMm);
    EXPECT_EQ(back->kind, LayoutKind::MapOnly);
    EXPECT_EQ(back->title, s.title);
    EXPECT_EQ(back->subtitle, s.subtitle);
    EXPECT_EQ(back->section, 6);
    EXPECT_EQ(back->extent, s.extent);
    EXPECT_EQ(back->scaleDenominator, 250000);
    EXPECT_TRUE(back->crs == s.crs);
    EXPECT_EQ(back->dpi, 600);
    EXPECT_TRUE(back->targetChart);
}

TEST(LayoutJson, CustomPageAndDefaults)
{
    LayoutSettings s;
    s.page.size = *PageSetup::sizeFromName(QStringLiteral("600x400"));
    const std::optional<LayoutSettings> back = layoutFromJson(layoutToJson(s));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->page.size.size(QPageSize::Millimeter), QSizeF(600, 400));
    EXPECT_TRUE(back->extent.isEmpty());
    EXPECT_TRUE(back->crs.isEmpty());

    const std::optional<LayoutSettings> minimal = layoutFromJson("{}");
    ASSERT_TRUE(minimal.has_value());
    EXPECT_TRUE(minimal->page.size.isEquivalentTo(QPageSize(QPageSize::A3)));
    EXPECT_EQ(minimal->dpi, 300);
}

TEST(LayoutJson, BadInputSaysWhy)
{
    QString error;
    EXPECT_FALSE(layoutFromJson("[1,2]", &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(layoutFromJson("{\"page\":\"B7\"}", &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("B7")));
    EXPECT_FALSE(layoutFromJson("{\"orientation\":\"sideways\"}", &error).has_value());
    EXPECT_FALSE(layoutFromJson("{\"crs\":\"EPSG:99999999\"}", &error).has_value());
    EXPECT_FALSE(layoutFromJson("not json", &error).has_value());
}
