// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CityTableModel.h"

#include "render/SourceNote.h"

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

// Every edit is one undo step named after what it did; a changed status is the user's claim.
TEST(CityTableModel, EditsAreUndoableStepsAndMarkTheEvidence)
{
    CityTableModel model;
    QString error;
    ASSERT_TRUE(model.loadFile(CityDataset::builtInPath(), &error)) << error.toStdString();
    const int row = model.rowOfId(QStringLiteral("220100")); // Changchun
    ASSERT_GE(row, 0);
    const atlas::City before = model.city(row);
    ASSERT_FALSE(before.smart);
    EXPECT_EQ(model.editCount(), 0);

    ASSERT_TRUE(model.setSmart(row, true));
    EXPECT_EQ(model.undoStack()->undoText(), QStringLiteral("Set Changchun to smart city"));
    EXPECT_TRUE(model.city(row).smart);
    EXPECT_EQ(model.city(row).evidence, atlas::Evidence::Edited);
    EXPECT_TRUE(model.city(row).basis.startsWith(QStringLiteral("Edited by the user on ")));
    EXPECT_TRUE(model.city(row).basis.contains(before.basis));
    ASSERT_TRUE(model.setTier(row, 3));
    EXPECT_EQ(model.undoStack()->undoText(), QStringLiteral("Set Changchun to Tier 3"));
    EXPECT_EQ(model.editCount(), 2);

    model.undoStack()->undo();
    EXPECT_EQ(model.city(row).tier, before.tier);
    EXPECT_TRUE(model.city(row).smart);
    model.undoStack()->undo();
    EXPECT_EQ(model.city(row), before) << "undo restores the evidence and basis too";
    EXPECT_EQ(model.editCount(), 0);
    model.undoStack()->redo();
    model.undoStack()->redo();
    EXPECT_EQ(model.city(row).tier, 3);
    EXPECT_TRUE(model.city(row).smart);

    // An unchanged value makes no step; new records start a new history.
    ASSERT_TRUE(model.setSmart(row, true));
    EXPECT_EQ(model.editCount(), 2);
    ASSERT_TRUE(model.loadFile(fixture("valid-small.json"), &error));
    EXPECT_EQ(model.undoStack()->count(), 0);
}

// Once edited, the figures are not the report's and no source note credits them to it.
TEST(CityTableModel, EditedFiguresAreNotCreditedToTheReport)
{
    CityTableModel model;
    QString error;
    ASSERT_TRUE(model.loadFile(CityDataset::builtInPath(), &error)) << error.toStdString();
    const QString pristine = atlas::SourceNote::forCities(model);
    EXPECT_TRUE(pristine.contains(QStringLiteral("tier totals from the CCID smart-city report")));
    ASSERT_TRUE(model.setSmart(model.rowOfId(QStringLiteral("220100")), true));
    const QString edited = atlas::SourceNote::forCities(model);
    EXPECT_FALSE(edited.contains(QStringLiteral("tier totals from the CCID smart-city report")))
        << edited.toStdString();
    EXPECT_TRUE(edited.contains(QStringLiteral("edited by the user (1 changes)")))
        << edited.toStdString();
    EXPECT_TRUE(edited.contains(QStringLiteral("these figures are not the report's")));
    model.undoStack()->undo();
    EXPECT_EQ(atlas::SourceNote::forCities(model), pristine);
}
