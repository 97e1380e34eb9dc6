// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierSummaryModel.h"

#include "CityTableModel.h"

namespace atlas {

TierSummaryModel::TierSummaryModel(CityTableModel *cities, QObject *parent)
    : QAbstractTableModel(parent), m_cities(cities)
{
    recount();
    const auto update = [this] {
        recount();
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(cities, &QAbstractItemModel::dataChanged, this, update);
    connect(cities, &QAbstractItemModel::modelReset, this, update);
    connect(cities, &QAbstractItemModel::rowsInserted, this, update);
    connect(cities, &QAbstractItemModel::rowsRemoved, this, update);
    connect(cities, &CityTableModel::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void TierSummaryModel::recount()
{
    m_counts = {};
    for (const City &c : m_cities->cities()) {
        Counts &counts = m_counts.at(c.tier - City::minTier);
        ++counts.cities;
        if (c.smart)
            ++counts.smart;
    }
}

int TierSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int TierSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TierSummaryModel::tierOfRow(int row)
{
    return row + City::minTier;
}

int TierSummaryModel::cityCount(int tier) const
{
    return m_counts.at(tier - City::minTier).cities;
}

int TierSummaryModel::smartCount(int tier) const
{
    return m_counts.at(tier - City::minTier).smart;
}

std::optional<double> TierSummaryModel::coverage(int tier) const
{
    const Counts &c = m_counts.at(tier - City::minTier);
    if (c.cities == 0)
        return std::nullopt;
    return 100.0 * c.smart / c.cities;
}

int TierSummaryModel::totalCities() const
{
    int n = 0;
    for (const Counts &c : m_counts)
        n += c.cities;
    return n;
}

int TierSummaryModel::totalSmart() const
{
    int n = 0;
    for (const Counts &c : m_counts)
        n += c.smart;
    return n;
}

QString TierSummaryModel::formatCoverage(std::optional<double> percent)
{
    if (!percent)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(*percent, 0, 'f', 1);
}

QString TierSummaryModel::tierSentence(int tier) const
{
    return tr("%1: %2 of %3 cities (%4)")
        .arg(City::tierLabel(tier))
        .arg(smartCount(tier))
        .arg(cityCount(tier))
        .arg(formatCoverage(coverage(tier)));
}

QVariant TierSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int tier = tierOfRow(index.row());
    const int cities = cityCount(tier);
    const int smart = smartCount(tier);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TierColumn:
            return City::tierLabel(tier);
        case CitiesColumn:
            return cities;
        case SmartColumn:
            return smart;
        case NotSmartColumn:
            return cities - smart;
        case CoverageColumn:
            // An empty tier has no coverage: no bar rather than a made-up 0%.
            return coverage(tier) ? QVariant(*coverage(tier)) : QVariant();
        case CoverageLabelColumn:
            return formatCoverage(coverage(tier));
        case RatioColumn:
            return QStringLiteral("%1/%2").arg(smart).arg(cities);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != TierColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TierSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TierColumn:
        return tr("Tier");
    case CitiesColumn:
        return tr("Cities");
    case SmartColumn:
        return tr("Smart cities");
    case NotSmartColumn:
        return tr("Not yet smart");
    case CoverageColumn:
    case CoverageLabelColumn:
        return tr("Coverage");
    case RatioColumn:
        return tr("Smart / all");
    default:
        return {};
    }
}

} // namespace atlas
