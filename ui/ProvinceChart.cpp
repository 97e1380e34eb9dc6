// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceChart.h"

#include "model/ProvinceSummaryModel.h"
#include "render/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace atlas {

ProvinceChart::ProvinceChart(ProvinceSummaryModel *provinces, QGraphicsItem *parent)
    : AtlasChart(parent), m_provinces(provinces), m_series(new QHorizontalBarSeries(this)),
      m_mapper(new QVBarModelMapper(this)), m_axisY(new QBarCategoryAxis(this)),
      m_axisX(new QValueAxis(this))
{
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_mapper->setFirstBarSetColumn(ProvinceSummaryModel::SmartColumn);
    m_mapper->setLastBarSetColumn(ProvinceSummaryModel::SmartColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(provinces);
    styleSets();
    connect(m_series, &QHorizontalBarSeries::barsetsAdded, this, &ProvinceChart::styleSets);

    addSeries(m_series);
    addAxis(m_axisY, Qt::AlignLeft);
    addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisY);
    m_series->attachAxis(m_axisX);
    // Categories run bottom-up, so the model is in ascending order to put the most at the top.
    m_axisY->setTruncateLabels(false);
    m_axisY->setGridLineVisible(false);
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setGridLineColor(Palette::grid());
    legend()->setVisible(false);

    connect(provinces, &QAbstractItemModel::modelReset, this, &ProvinceChart::updateAxes);
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const auto cell = [this, index](int column) {
            return m_provinces->index(index, column).data();
        };
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 smart of %3 tiered cities")
                               .arg(cell(ProvinceSummaryModel::ProvinceColumn).toString())
                               .arg(cell(ProvinceSummaryModel::SmartColumn).toInt())
                               .arg(cell(ProvinceSummaryModel::CitiesColumn).toInt()));
    });
    retranslate();
}

void ProvinceChart::styleSets()
{
    for (QBarSet *set : m_series->barSets()) {
        set->setColor(Palette::smart());
        set->setBorderColor(Palette::smart());
        set->setLabelColor(Palette::text());
    }
}

void ProvinceChart::retranslate()
{
    setTitle(tr("Smart cities per province"));
    m_axisX->setTitleText(tr("Smart cities among the tiered cities"));
    updateAxes();
}

void ProvinceChart::updateAxes()
{
    QStringList categories;
    int largest = 0;
    for (int row = 0; row < m_provinces->rowCount(); ++row) {
        categories.append(
            m_provinces->index(row, ProvinceSummaryModel::ProvinceColumn).data().toString());
        largest = qMax(largest,
                       m_provinces->index(row, ProvinceSummaryModel::SmartColumn).data().toInt());
    }
    m_axisY->setCategories(categories);
    // One spare unit leaves room for the value label at the end of the longest bar.
    const int top = largest + 1;
    m_axisX->setRange(0, top);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(top <= 10 ? 1 : top <= 20 ? 2 : 5);
}

} // namespace atlas
