// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Gazetteer.h"

#include <gtest/gtest.h>

using atlas::Gazetteer;
using atlas::GazetteerEntry;

namespace {

QStringList codes(const QList<const GazetteerEntry *> &entries)
{
    QStringList out;
    for (const GazetteerEntry *e : entries)
        out.append(e->code);
    out.sort();
    return out;
}

} // namespace

TEST(Gazetteer, HoldsAllPrefectureLevelUnits)
{
    const Gazetteer &g = Gazetteer::builtIn();
    EXPECT_EQ(g.entries().size(), 337);
    const GazetteerEntry *wuxi = g.byCode(QStringLiteral("320200"));
    ASSERT_NE(wuxi, nullptr);
    EXPECT_EQ(wuxi->nameZh, QStringLiteral("无锡市"));
    EXPECT_EQ(wuxi->nameEn, QStringLiteral("Wuxi"));
    EXPECT_NEAR(wuxi->lat, 31.57, 0.1);
    EXPECT_NEAR(wuxi->lon, 120.29, 0.1);
}

TEST(Gazetteer, FindsByCodeFullShortEnglishAndPinyinName)
{
    const Gazetteer &g = Gazetteer::builtIn();
    const QStringList suzhou{QStringLiteral("320500")};
    EXPECT_EQ(codes(g.find(QStringLiteral("苏州市"))), suzhou);
    EXPECT_EQ(codes(g.find(QStringLiteral("苏州"))), suzhou);
    EXPECT_EQ(codes(g.find(QStringLiteral("320500"))), suzhou);
    EXPECT_EQ(codes(g.find(QStringLiteral("延边"))), QStringList{QStringLiteral("222400")});
    EXPECT_EQ(codes(g.find(QStringLiteral("兴安"))), QStringList{QStringLiteral("152200")});
    EXPECT_EQ(codes(g.find(QStringLiteral(" foshan "))), QStringList{QStringLiteral("440600")});
    EXPECT_TRUE(g.find(QStringLiteral("Atlantis")).isEmpty());
}

TEST(Gazetteer, NamesThatOccurTwiceAreSettledByTheProvince)
{
    const Gazetteer &g = Gazetteer::builtIn();
    EXPECT_EQ(codes(g.find(QStringLiteral("Suzhou"))),
              (QStringList{QStringLiteral("320500"), QStringLiteral("341300")}));
    EXPECT_EQ(codes(g.find(QStringLiteral("Suzhou"), QStringLiteral("江苏"))),
              QStringList{QStringLiteral("320500")});
    EXPECT_EQ(codes(g.find(QStringLiteral("Suzhou"), QStringLiteral("Anhui"))),
              QStringList{QStringLiteral("341300")});
    EXPECT_EQ(codes(g.find(QStringLiteral("Taizhou"))),
              (QStringList{QStringLiteral("321200"), QStringLiteral("331000")}));
    EXPECT_EQ(codes(g.find(QStringLiteral("Taizhou"), QStringLiteral("浙江省"))),
              QStringList{QStringLiteral("331000")});
    for (const char *name : {"Fuzhou", "Yulin", "Yichun"})
        EXPECT_EQ(g.find(QLatin1String(name)).size(), 2) << name;
}

TEST(Gazetteer, ShortNames)
{
    EXPECT_EQ(Gazetteer::shortChineseName(QStringLiteral("恩施土家族苗族自治州")),
              QStringLiteral("恩施"));
    EXPECT_EQ(Gazetteer::shortChineseName(QStringLiteral("克孜勒苏柯尔克孜自治州")),
              QStringLiteral("克孜勒苏"));
    EXPECT_EQ(Gazetteer::shortChineseName(QStringLiteral("阿克苏地区")), QStringLiteral("阿克苏"));
    EXPECT_EQ(Gazetteer::shortProvinceName(QStringLiteral("广西壮族自治区")),
              QStringLiteral("广西"));
    EXPECT_EQ(Gazetteer::shortProvinceName(QStringLiteral("新疆维吾尔自治区")),
              QStringLiteral("新疆"));
    EXPECT_EQ(Gazetteer::shortProvinceName(QStringLiteral("香港特别行政区")),
              QStringLiteral("香港"));
}

TEST(Gazetteer, ABrokenFileIsRefusedWithItsLine)
{
    QString error;
    EXPECT_FALSE(
        Gazetteer::parse("gb_code,name_zh\n110000,北京市\n", QStringLiteral("g.csv"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no column \"name_en\""))) << error.toStdString();
    EXPECT_FALSE(
        Gazetteer::parse("gb_code,name_zh,name_en,name_pinyin,province_gb,province_zh,"
                         "province_en,lat,lon\n110000,北京市,Beijing,Beijing,110000,北京市,"
                         "Beijing,95,116\n",
                         QStringLiteral("g.csv"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("g.csv:2:"))) << error.toStdString();
}
