// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TierSummaryModel.h"

#include "model/CityTableModel.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using atlas::CityDataset;
using atlas::CityTableModel;
using atlas::TierSummaryModel;

namespace {

struct Loaded
{
    Loaded()
    {
        QString error;
        ok = cities.loadFile(CityDataset::builtInPath(), &error);
    }
    CityTableModel cities;
    TierSummaryModel summary{&cities};
    bool ok = false;
};

} // namespace

// The report: tier 1 3/3 (100%), tier 2 23/31 (74.2%), tier 3 23/67 (34.3%).
TEST(TierSummaryModel, BuiltInDataMatchesTheReport)
{
    Loaded d;
    ASSERT_TRUE(d.ok);
    const TierSummaryModel &s = d.summary;
    EXPECT_EQ(s.cityCount(1), 3);
    EXPECT_EQ(s.smartCount(1), 3);
    EXPECT_EQ(s.cityCount(2), 31);
    EXPECT_EQ(s.smartCount(2), 23);
    EXPECT_EQ(s.cityCount(3), 67);
    EXPECT_EQ(s.smartCount(3), 23);
    const QStringList coverage{QStringLiteral("100.0%"), QStringLiteral("74.2%"),
                               QStringLiteral("34.3%")};
    const QStringList ratios{QStringLiteral("3/3"), QStringLiteral("23/31"),
                             QStringLiteral("23/67")};
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(s.index(row, TierSummaryModel::CoverageLabelColumn).data().toString(),
                  coverage[row]);
        EXPECT_EQ(s.index(row, TierSummaryModel::RatioColumn).data().toString(), ratios[row]);
    }
    EXPECT_DOUBLE_EQ(s.index(1, TierSummaryModel::CoverageColumn).data().toDouble(),
                     100.0 * 23 / 31);
    EXPECT_EQ(s.tierSentence(2), QStringLiteral("Tier 2: 23 of 31 cities (74.2%)"));
    EXPECT_EQ(s.totalCities(), 101);
    EXPECT_EQ(s.totalSmart(), 49);
}

TEST(TierSummaryModel, FollowsEditsToCities)
{
    Loaded d;
    ASSERT_TRUE(d.ok);
    QSignalSpy changed(&d.summary, &QAbstractItemModel::dataChanged);
    // Move Langfang (tier 3, smart) to tier 2.
    const int row = d.cities.rowOfId(QStringLiteral("131000"));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(d.cities.setTier(row, 2));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(d.summary.cityCount(2), 32);
    EXPECT_EQ(d.summary.smartCount(2), 24);
    EXPECT_EQ(d.summary.cityCount(3), 66);
    EXPECT_EQ(d.summary.smartCount(3), 22);
    EXPECT_EQ(d.summary.index(1, TierSummaryModel::RatioColumn).data().toString(),
              QStringLiteral("24/32"));
    ASSERT_TRUE(d.cities.setSmart(row, false));
    EXPECT_EQ(d.summary.smartCount(2), 23);
    EXPECT_EQ(d.summary.index(1, TierSummaryModel::CoverageLabelColumn).data().toString(),
              QStringLiteral("71.9%"));
}

TEST(TierSummaryModel, EmptyTierShowsNoFigure)
{
    CityTableModel cities;
    QString error;
    const QByteArray json = R"({"cities": [{"id": "1", "name_zh": "a", "name_en": "a",
      "province_zh": "p", "province_en": "p", "lat": 30, "lon": 110, "tier": 2, "smart": true,
      "evidence": "documented", "basis": "b"}]})";
    auto dataset = CityDataset::parse(json, QStringLiteral("one.json"), &error);
    ASSERT_TRUE(dataset);
    cities.setDataset(*dataset);
    TierSummaryModel summary(&cities);
    EXPECT_FALSE(summary.coverage(1).has_value());
    EXPECT_EQ(summary.index(0, TierSummaryModel::CoverageLabelColumn).data().toString(),
              QStringLiteral("—"));
    EXPECT_FALSE(summary.index(0, TierSummaryModel::CoverageColumn).data().isValid());
    EXPECT_EQ(summary.index(1, TierSummaryModel::CoverageLabelColumn).data().toString(),
              QStringLiteral("100.0%"));
}
