// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AtlasChart.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;
class QVBarModelMapper;

namespace atlas {

class TierSummaryModel;

// Smart and not-yet-smart cities per tier, stacked, so the bar lengths show the tiers' sizes.
class TierStackChart : public AtlasChart
{
    Q_OBJECT

public:
    explicit TierStackChart(TierSummaryModel *summary, QGraphicsItem *parent = nullptr);

    void retranslate() override;
    QStackedBarSeries *series() const { return m_series; }

private:
    void updateAxes();

    TierSummaryModel *m_summary;
    QStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace atlas
