// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace atlas {

class CityTableModel;

// Smart cities per province among the tiered cities (provinces with at least one), sorted by smart
// count, then by number of tiered cities (most first, or last for charts that draw rows bottom-up).
// Rebuilt from the city records on every change to them.
class ProvinceSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProvinceColumn,
        SmartColumn,
        CitiesColumn,
        ColumnCount
    };

    explicit ProvinceSummaryModel(CityTableModel *cities, Qt::SortOrder order = Qt::DescendingOrder,
                                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString provinceZh(int row) const { return m_rows.at(row).provinceZh; }

private:
    struct Row
    {
        QString provinceZh;
        QString provinceEn;
        int smart = 0;
        int cities = 0;
    };
    void rebuild();

    CityTableModel *m_cities;
    Qt::SortOrder m_order;
    QList<Row> m_rows;
};

} // namespace atlas
