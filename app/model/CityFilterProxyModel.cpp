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
    switch (left.column()) {
    case CityTableModel::TierColumn:
        return left.data(CityTableModel::TierRole).toInt() <
               right.data(CityTableModel::TierRole).toInt();
    case CityTableModel::StatusColumn:
        return left.data(CityTableModel::SmartRole).toBool() <
               right.data(CityTableModel::SmartRole).toBool();
    case CityTableModel::EvidenceColumn:
        return left.data(CityTableModel::EvidenceRole).toInt() <
               right.data(CityTableModel::EvidenceRole).toInt();
    default:
        return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace atlas
