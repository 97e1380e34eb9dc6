// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AtlasChart.h"

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QValueAxis;
class QVBarModelMapper;

namespace atlas {

class ProvinceSummaryModel;

// Smart cities per province, horizontal bars, most at the top. Expects a ProvinceSummaryModel in
// ascending order (bar charts draw categories bottom-up).
class ProvinceChart : public AtlasChart
{
    Q_OBJECT

public:
    explicit ProvinceChart(ProvinceSummaryModel *provinces, QGraphicsItem *parent = nullptr);

    void retranslate() override;
    QHorizontalBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_axisY; }

private:
    void styleSets();
    void updateAxes();

    ProvinceSummaryModel *m_provinces;
    QHorizontalBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_axisY;
    QValueAxis *m_axisX;
};

} // namespace atlas
