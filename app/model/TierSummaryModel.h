// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <array>
#include <optional>

namespace atlas {

class CityTableModel;

// Per-tier counts and coverage, derived from the city records and kept in step with them. The
// report's figures are not stored anywhere: they must come out of the records.
class TierSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TierColumn,
        CitiesColumn,
        SmartColumn,
        NotSmartColumn,
        // Chart mappers read DisplayRole as numbers, so the percentage and its label are separate
        // columns.
        CoverageColumn,      // percent as a double; none for an empty tier
        CoverageLabelColumn, // "74.2%"
        RatioColumn,         // "23/31"
        ColumnCount
    };

    explicit TierSummaryModel(CityTableModel *cities, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static int tierOfRow(int row);
    int cityCount(int tier) const;
    int smartCount(int tier) const;
    // Coverage in percent; none when the tier has no cities (no figure is invented).
    std::optional<double> coverage(int tier) const;
    int totalCities() const;
    int totalSmart() const;

    // "74.2%", or an em dash when there is no figure.
    static QString formatCoverage(std::optional<double> percent);
    // "Tier 2: 23 of 31 cities (74.2%)"
    QString tierSentence(int tier) const;

private:
    struct Counts
    {
        int cities = 0;
        int smart = 0;
    };
    void recount();

    CityTableModel *m_cities;
    std::array<Counts, 3> m_counts{};
};

} // namespace atlas
