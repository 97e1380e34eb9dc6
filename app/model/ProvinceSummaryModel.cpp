// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceSummaryModel.h"

#include "CityTableModel.h"

#include <QHash>
#include <algorithm>

namespace atlas {

ProvinceSummaryModel::ProvinceSummaryModel(CityTableModel *cities, Qt::SortOrder order,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_cities(cities), m_order(order)
{
    rebuild();
    // The order depends on the counts, so any change can move rows: reset, which chart mappers
    // (unlike layoutChanged) understand.
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(cities, &QAbstractItemModel::dataChanged, this, reset);
    connect(cities, &QAbstractItemModel::modelReset, this, reset);
    connect(cities, &QAbstractItemModel::rowsInserted, this, reset);
    connect(cities, &QAbstractItemModel::rowsRemoved, this, reset);
    connect(cities, &CityTableModel::languageChanged, this, reset);
}

void ProvinceSummaryModel::rebuild()
{
    m_rows.clear();
    QHash<QString, qsizetype> rowOf;
    for (const City &c : m_cities->cities()) {
        auto it = rowOf.constFind(c.provinceZh);
        if (it == rowOf.cend()) {
            it = rowOf.insert(c.provinceZh, m_rows.size());
            m_rows.append({c.provinceZh, c.provinceEn, 0, 0});
        }
        Row &row = m_rows[*it];
        ++row.cities;
        if (c.smart)
            ++row.smart;
    }
    // A province with no smart city has no bar to draw; 31 rows would not stay legible.
    m_rows.removeIf([](const Row &row) { return row.smart == 0; });
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.smart != b.smart)
            return a.smart > b.smart;
        return a.cities > b.cities;
    });
    if (m_order == Qt::AscendingOrder)
        std::reverse(m_rows.begin(), m_rows.end());
}

int ProvinceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProvinceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvinceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case ProvinceColumn:
        return m_cities->language() == Language::Chinese ? row.provinceZh : row.provinceEn;
    case SmartColumn:
        return row.smart;
    case CitiesColumn:
        return row.cities;
    default:
        return {};
    }
}

QVariant ProvinceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProvinceColumn:
        return tr("Province");
    case SmartColumn:
        return tr("Smart cities");
    case CitiesColumn:
        return tr("Tiered cities");
    default:
        return {};
    }
}

} // namespace atlas
