// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CityFilterProxyModel.h"

#include "model/CityTableModel.h"

#include <gtest/gtest.h>

using atlas::CityDataset;
using atlas::CityFilterProxyModel;
using atlas::CityTableModel;
using atlas::Language;
using Status = atlas::CityFilterProxyModel::Status;

namespace {

class CityFilterProxyModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error));
        proxy.setCityModel(&cities);
    }

    QStringList ids() const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, 0).data(CityTableModel::IdRole).toString());
        return out;
    }

    QStringList column(int col) const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, col).data().toString());
        return out;
    }

    CityTableModel cities;
    CityFilterProxyModel proxy;
};

} // namespace

TEST_F(CityFilterProxyModelTest, SearchMatchesChineseEnglishNameAndProvince)
{
    proxy.setSearchText(QStringLiteral("wux"));
    EXPECT_EQ(ids(), QStringList{QStringLiteral("320200")});
    proxy.setSearchText(QStringLiteral("廊坊"));
    EXPECT_EQ(ids(), QStringList{QStringLiteral("131000")});
    proxy.setSearchText(QStringLiteral("  SUZHOU "));
    EXPECT_EQ(ids().size(), 1); // only Jiangsu's Suzhou is among the tiered cities
    proxy.setSearchText(QStringLiteral("Hebei"));
    const int hebei = proxy.rowCount();
    proxy.setSearchText(QStringLiteral("河北"));
    EXPECT_EQ(proxy.rowCount(), hebei);
    EXPECT_GE(hebei, 2);
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_EQ(proxy.index(row, 0).data(CityTableModel::ProvinceEnRole).toString(),
                  QStringLiteral("Hebei"));
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), 101);
}

TEST_F(CityFilterProxyModelTest, FiltersByTierAndStatus)
{
    proxy.setTierFilter(2);
    EXPECT_EQ(proxy.rowCount(), 31);
    proxy.setStatusFilter(Status::Smart);
    EXPECT_EQ(proxy.rowCount(), 23);
    proxy.setStatusFilter(Status::NotSmart);
    EXPECT_EQ(proxy.rowCount(), 8);
    proxy.setTierFilter(3);
    EXPECT_EQ(proxy.rowCount(), 44);
    proxy.setTierFilter(0);
    proxy.setStatusFilter(Status::Smart);
    EXPECT_EQ(proxy.rowCount(), 49);
    // Filters follow edits.
    cities.setSmart(cities.rowOfId(QStringLiteral("131000")), false);
    EXPECT_EQ(proxy.rowCount(), 48);
}

TEST_F(CityFilterProxyModelTest, SortsByTierNumericallyAndNamesByLanguage)
{
    proxy.sort(CityTableModel::TierColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(CityTableModel::TierRole).toInt(), 3);
    EXPECT_EQ(proxy.index(100, 0).data(CityTableModel::TierRole).toInt(), 1);
    proxy.sort(CityTableModel::TierColumn, Qt::AscendingOrder);
    // Within a tier, by name.
    EXPECT_EQ(column(0).mid(0, 4),
              (QStringList{QStringLiteral("Beijing"), QStringLiteral("Guangzhou"),
                           QStringLiteral("Shanghai"), QStringLiteral("Changchun")}));

    proxy.setTierFilter(1);
    proxy.sort(CityTableModel::NameColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(0), (QStringList{QStringLiteral("Beijing"), QStringLiteral("Guangzhou"),
                                      QStringLiteral("Shanghai")}));
    // Pinyin order in Chinese: Beijing (bei), Guangzhou (guang), Shanghai (shang).
    cities.setLanguage(Language::Chinese);
    EXPECT_EQ(column(0), (QStringList{QStringLiteral("北京"), QStringLiteral("广州"),
                                      QStringLiteral("上海")}));
    proxy.sort(CityTableModel::NameColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(0).first(), QStringLiteral("上海"));
}
