// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitiesView.h"

#include "model/CityFilterProxyModel.h"
#include "model/CityTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace atlas;

TEST(CitiesView, SearchAndFiltersNarrowTheTable)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error));
    CitiesView view(&cities);
    view.resize(1200, 700);
    view.show();
    QTableView *table = view.table();
    EXPECT_EQ(table->model()->rowCount(), 101);

    QTest::keyClicks(view.searchField(), QStringLiteral("wuhan"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, CityTableModel::NameColumn).data().toString(),
              QStringLiteral("Wuhan"));
    EXPECT_EQ(table->model()->index(0, CityTableModel::EvidenceColumn).data().toString(),
              QStringLiteral("Named in the report"));
    EXPECT_FALSE(table->isColumnHidden(CityTableModel::BasisColumn));

    view.searchField()->clear();
    view.tierFilter()->setCurrentIndex(3);
    view.statusFilter()->setCurrentIndex(1);
    EXPECT_EQ(table->model()->rowCount(), 23);
    view.statusFilter()->setCurrentIndex(2);
    EXPECT_EQ(table->model()->rowCount(), 44);
}

TEST(CitiesView, EditingStatusInTheTableChangesTheModel)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error));
    CitiesView view(&cities);
    view.show();
    view.searchField()->setText(QStringLiteral("Langfang"));
    QTableView *table = view.table();
    ASSERT_EQ(table->model()->rowCount(), 1);
    const QModelIndex status = table->model()->index(0, CityTableModel::StatusColumn);
    table->setCurrentIndex(status);
    table->edit(status);
    auto *editor = table->findChild<QComboBox *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->currentText(), QStringLiteral("Smart city"));
    QTest::keyClick(editor, Qt::Key_Down); // to "Not yet smart", applied at once
    EXPECT_FALSE(cities.city(cities.rowOfId(QStringLiteral("131000"))).smart);
}
