// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AtlasChart.h"

#include <QList>

class QBarSeries;
class QBarCategoryAxis;
class QGraphicsSimpleTextItem;
class QValueAxis;
class QVBarModelMapper;

namespace atlas {

class TierSummaryModel;

// Coverage per tier: one bar per tier, labelled "74.2%" and "23/31". Bar heights come through a
// model mapper and labels from the same model, so an edit to a city moves both.
class CoverageChart : public AtlasChart
{
    Q_OBJECT

public:
    explicit CoverageChart(TierSummaryModel *summary, QGraphicsItem *parent = nullptr);

    void retranslate() override;
    QBarSeries *series() const { return m_series; }
    // The labels drawn on bar i: {"74.2%", "23/31"}.
    QStringList barLabels(int row) const;

private:
    void updateCategories();
    void placeLabels();

    TierSummaryModel *m_summary;
    QBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
    QList<QGraphicsSimpleTextItem *> m_ratioLabels;
};

} // namespace atlas
