// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewChartsView.h"

#include "CoverageChart.h"
#include "ProvinceChart.h"
#include "TierStackChart.h"
#include "model/CityTableModel.h"
#include "render/SourceNote.h"

#include <QChartView>
#include <QEvent>
#include <QGridLayout>

namespace atlas {
namespace {

QChartView *makeView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setRenderHint(QPainter::TextAntialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

} // namespace

OverviewChartsView::OverviewChartsView(CityTableModel *cities, TierSummaryModel *tiers,
                                       ProvinceSummaryModel *provinces, QWidget *parent)
    : QWidget(parent), m_cities(cities), m_coverage(new CoverageChart(tiers)),
      m_stack(new TierStackChart(tiers)), m_province(new ProvinceChart(provinces))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    // QChartView takes ownership of its chart.
    layout->addWidget(makeView(m_coverage, this), 0, 0);
    layout->addWidget(makeView(m_stack, this), 1, 0);
    layout->addWidget(makeView(m_province, this), 0, 1, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    connect(cities, &CityTableModel::datasetReplaced, this, &OverviewChartsView::retranslate);
    // The source note says when the figures are the user's edits.
    connect(cities->undoStack(), &QUndoStack::indexChanged, this, &OverviewChartsView::retranslate);
    retranslate();
}

void OverviewChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewChartsView::retranslate()
{
    const QString note = SourceNote::forCities(*m_cities);
    for (AtlasChart *chart : std::initializer_list<AtlasChart *>{m_coverage, m_stack, m_province}) {
        chart->retranslate();
        chart->setSourceNote(note);
    }
}

} // namespace atlas
