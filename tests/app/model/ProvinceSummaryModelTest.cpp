// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ProvinceSummaryModel.h"

#include "model/CityTableModel.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using atlas::CityDataset;
using atlas::CityTableModel;
using atlas::Language;
using atlas::ProvinceSummaryModel;

TEST(ProvinceSummaryModel, CountsSmartCitiesPerProvinceMostFirst)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error));
    ProvinceSummaryModel provinces(&cities);
    ASSERT_GT(provinces.rowCount(), 10);

    int smartTotal = 0;
    int citiesTotal = 0;
    int previous = 1000;
    for (int row = 0; row < provinces.rowCount(); ++row) {
        const int smart = provinces.index(row, ProvinceSummaryModel::SmartColumn).data().toInt();
        EXPECT_LE(smart, previous) << "row " << row << " out of order";
        previous = smart;
        smartTotal += smart;
        citiesTotal += provinces.index(row, ProvinceSummaryModel::CitiesColumn).data().toInt();
    }
    EXPECT_EQ(smartTotal, 49);
    EXPECT_LT(citiesTotal, 101); // provinces without a smart city are left out

    // Independent count for one province straight from the records.
    int jiangsu = 0;
    for (const auto &c : cities.cities())
        jiangsu += (c.provinceEn == u"Jiangsu" && c.smart) ? 1 : 0;
    bool found = false;
    for (int row = 0; row < provinces.rowCount(); ++row) {
        if (provinces.index(row, 0).data().toString() == u"Jiangsu") {
            found = true;
            EXPECT_EQ(provinces.index(row, ProvinceSummaryModel::SmartColumn).data().toInt(),
                      jiangsu);
        }
    }
    EXPECT_TRUE(found);
}

TEST(ProvinceSummaryModel, ResetsOnEditAndLanguageChange)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid-small.json"), &error));
    ProvinceSummaryModel provinces(&cities);
    // Jiangsu: 1 smart of 2; Beijing: 1 of 1; Anhui: none, so not listed.
    ASSERT_EQ(provinces.rowCount(), 2);
    EXPECT_EQ(provinces.index(0, 0).data().toString(), QStringLiteral("Jiangsu"));
    QSignalSpy reset(&provinces, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(cities.setSmart(3, true));  // Anhui's Suzhou: Anhui appears
    ASSERT_TRUE(cities.setSmart(1, false)); // Wuxi: Jiangsu disappears
    EXPECT_EQ(reset.count(), 2);
    ASSERT_EQ(provinces.rowCount(), 2);
    EXPECT_EQ(provinces.index(0, 0).data().toString(), QStringLiteral("Beijing"));
    EXPECT_EQ(provinces.index(1, 0).data().toString(), QStringLiteral("Anhui"));
    cities.setLanguage(Language::Chinese);
    EXPECT_EQ(provinces.index(0, 0).data().toString(), QStringLiteral("北京"));
}
