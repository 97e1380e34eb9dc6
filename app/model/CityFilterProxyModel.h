// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "City.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace atlas {

class CityTableModel;

// Search and filters over the city table. Sorting of names follows the interface language
// (pinyin order in Chinese), not the system locale.
class CityFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status
    {
        Any,
        Smart,
        NotSmart
    };

    explicit CityFilterProxyModel(QObject *parent = nullptr);

    void setCityModel(CityTableModel *model);

    // Matches the Chinese or English name or province, case-insensitively.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // 0 for all tiers.
    void setTierFilter(int tier);
    int tierFilter() const { return m_tier; }
    void setStatusFilter(Status status);
    Status statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updateCollator(Language language);

    QString m_search;
    int m_tier = 0;
    Status m_status = Status::Any;
    QCollator m_collator;
};

} // namespace atlas
