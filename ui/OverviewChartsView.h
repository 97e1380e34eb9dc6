// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;

namespace atlas {

class CityTableModel;
class CoverageChart;
class ProvinceChart;
class ProvinceSummaryModel;
class TierStackChart;
class TierSummaryModel;

// The Overview: coverage per tier, smart / not yet smart per tier, smart cities per province.
class OverviewChartsView : public QWidget
{
    Q_OBJECT

public:
    OverviewChartsView(CityTableModel *cities, TierSummaryModel *tiers,
                       ProvinceSummaryModel *provinces, QWidget *parent = nullptr);

    CoverageChart *coverageChart() const { return m_coverage; }
    TierStackChart *tierStackChart() const { return m_stack; }
    ProvinceChart *provinceChart() const { return m_province; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CityTableModel *m_cities;
    CoverageChart *m_coverage;
    TierStackChart *m_stack;
    ProvinceChart *m_province;
};

} // namespace atlas
