// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityFilterProxyModel.h"

#include "CityTableModel.h"

namespace atlas {

CityFilterProxyModel::CityFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    updateCollator(Language::English);
}

void CityFilterProxyModel::setCityModel(CityTableModel *model)
{
    setSourceModel(model);
    updateCollator(model->language());
    connect(model, &CityTableModel::languageChanged, this, [this](Language language) {
        updateCollator(language);
        invalidate();
    });
}

void CityFilterProxyModel::updateCollator(Language language)
{
    m_collator = QCollator(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void CityFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void CityFilterProxyModel::setTierFilter(int tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateRowsFilter();
}

void CityFilterProxyModel::setStatusFilter(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool CityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tier != 0 && index.data(CityTableModel::TierRole).toInt() != m_tier)
        return false;
    if (m_status != Status::Any &&
        index.data(CityTableModel::SmartRole).toBool() != (m_status == Status::Smart))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int role : {CityTableModel::NameZhRole, CityTableModel::NameEnRole,
                     CityTableModel::ProvinceZhRole, CityTableModel::ProvinceEnRole}) {
        if (index.data(role).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool CityFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto byRole = [&](int role) {
        return left.data(role).toInt() - right.data(role).toInt();
    };
    int order = 0;
    switch (left.column()) {
    case CityTableModel::TierColumn:
        order = byRole(CityTableModel::TierRole);
        break;
    case CityTableModel::StatusColumn:
        order = byRole(CityTableModel::SmartRole);
        break;
    case CityTableModel::EvidenceColumn:
        order = byRole(CityTableModel::EvidenceRole);
        break;
    default:
        return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
    }
    if (order != 0)
        return order < 0;
    // Ties (a whole tier) read best in name order.
    const QModelIndex leftName = left.siblingAtColumn(CityTableModel::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(CityTableModel::NameColumn);
    return m_collator.compare(leftName.data().toString(), rightName.data().toString()) < 0;
}

} // namespace atlas
