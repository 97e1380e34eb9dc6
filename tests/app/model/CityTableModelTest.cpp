// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CityTableModel.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using atlas::CityDataset;
using atlas::CityTableModel;
using atlas::Language;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/") + QLatin1String(name);
}

} // namespace

TEST(CityTableModel, ShowsNamesInTheInterfaceLanguage)
{
    CityTableModel model;
    QString error;
    ASSERT_TRUE(model.loadFile(fixture("valid-small.json"), &error)) << error.toStdString();
    const QModelIndex name = model.index(1, CityTableModel::NameColumn);
    const QModelIndex province = model.index(1, CityTableModel::ProvinceColumn);
    EXPECT_EQ(name.data().toString(), QStringLiteral("Wuxi"));
    EXPECT_EQ(province.data().toString(), QStringLiteral("Jiangsu"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(Language::Chinese);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(name.data().toString(), QStringLiteral("无锡"));
    EXPECT_EQ(province.data().toString(), QStringLiteral("江苏"));
}

TEST(CityTableModel, EvidenceAndBasisAreVisible)
{
    CityTableModel model;
    QString error;
    ASSERT_TRUE(model.loadFile(fixture("valid-small.json"), &error));
    EXPECT_EQ(model.index(0, CityTableModel::EvidenceColumn).data().toString(),
              QStringLiteral("Named in the report"));
    EXPECT_EQ(model.index(0, CityTableModel::BasisColumn).data().toString(),
              QStringLiteral("Tier 1 and smart per the report"));
    EXPECT_EQ(model.index(2, CityTableModel::EvidenceColumn).data().toString(),
              QStringLiteral("None"));
    EXPECT_TRUE(model.index(0, CityTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Tier 1 and smart per the report")));
}

TEST(CityTableModel, EditsTierAndStatusAndRefusesNonsense)
{
    CityTableModel model;
    QString error;
    ASSERT_TRUE(model.loadFile(fixture("valid-small.json"), &error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex tier = model.index(2, CityTableModel::TierColumn);
    const QModelIndex status = model.index(2, CityTableModel::StatusColumn);
    EXPECT_TRUE(tier.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(model.index(2, CityTableModel::NameColumn).flags() & Qt::ItemIsEditable);

    EXPECT_TRUE(model.setData(tier, 3));
    EXPECT_EQ(model.city(2).tier, 3);
    EXPECT_TRUE(model.setData(status, true));
    EXPECT_TRUE(model.city(2).smart);
    EXPECT_EQ(status.data().toString(), QStringLiteral("Smart city"));
    EXPECT_EQ(changed.count(), 2);

    EXPECT_FALSE(model.setData(tier, 4));
    EXPECT_FALSE(model.setData(tier, 0));
    EXPECT_FALSE(model.setData(tier, QStringLiteral("two")));
    EXPECT_EQ(model.city(2).tier, 3);
    EXPECT_EQ(changed.count(), 2);
}

TEST(CityTableModel, FailedLoadKeepsTheCurrentData)
{
    CityTableModel model;
    QString error;
    ASSERT_TRUE(model.loadFile(CityDataset::builtInPath(), &error));
    ASSERT_EQ(model.rowCount(), 101);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (const char *bad : {"duplicate-id.json", "bad-json.json", "missing.json"}) {
        EXPECT_FALSE(model.loadFile(fixture(bad), &error)) << bad;
        EXPECT_FALSE(error.isEmpty());
    }
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model.rowCount(), 101);
    EXPECT_EQ(model.datasetPath(), CityDataset::builtInPath());

    ASSERT_TRUE(model.loadFile(fixture("valid-small.json"), &error));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOfId(QStringLiteral("341300")), 3);
    EXPECT_EQ(model.rowOfId(QStringLiteral("999999")), -1);
}
