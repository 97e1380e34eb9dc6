// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierStackChart.h"

#include "model/TierSummaryModel.h"
#include "render/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace atlas {

TierStackChart::TierStackChart(TierSummaryModel *summary, QGraphicsItem *parent)
    : AtlasChart(parent), m_summary(summary), m_series(new QStackedBarSeries(this)),
      m_mapper(new QVBarModelMapper(this)), m_axisX(new QBarCategoryAxis(this)),
      m_axisY(new QValueAxis(this))
{
    m_series->setBarWidth(0.6);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    // Set names come from the model's headers, so they follow the interface language.
    m_mapper->setFirstBarSetColumn(TierSummaryModel::SmartColumn);
    m_mapper->setLastBarSetColumn(TierSummaryModel::NotSmartColumn);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(summary->rowCount());
    m_mapper->setSeries(m_series);
    m_mapper->setModel(summary);
    const auto style = [this] {
        const QList<QBarSet *> sets = m_series->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            const QColor colour = i == 0 ? Palette::smart() : Palette::notSmart();
            sets[i]->setColor(colour);
            sets[i]->setBorderColor(colour);
            sets[i]->setLabelColor(i == 0 ? Palette::background() : Palette::text());
        }
    };
    style();
    connect(m_series, &QStackedBarSeries::barsetsAdded, this, style);

    addSeries(m_series);
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setGridLineColor(Palette::grid());
    m_axisX->setGridLineVisible(false);

    connect(summary, &QAbstractItemModel::dataChanged, this, &TierStackChart::updateAxes);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const int tier = TierSummaryModel::tierOfRow(index);
        QToolTip::showText(
            QCursor::pos(),
            tr("%1 · %2: %3 of %4 cities")
                .arg(m_summary->index(index, TierSummaryModel::TierColumn).data().toString(),
                     set->label())
                .arg(int(set->at(index)))
                .arg(m_summary->cityCount(tier)));
    });
    retranslate();
}

void TierStackChart::retranslate()
{
    setTitle(tr("Smart and not-yet-smart cities per tier"));
    m_axisX->setTitleText(tr("City tier"));
    m_axisY->setTitleText(tr("Number of cities"));
    updateAxes();
}

void TierStackChart::updateAxes()
{
    QStringList categories;
    int largest = 0;
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        categories.append(m_summary->index(row, TierSummaryModel::TierColumn).data().toString());
        largest = qMax(largest, m_summary->cityCount(TierSummaryModel::tierOfRow(row)));
    }
    m_axisX->setCategories(categories);
    // Round the top up to a multiple of 10 so the ticks land on whole numbers.
    const int top = qMax(10, (largest + 9) / 10 * 10);
    m_axisY->setRange(0, top);
    m_axisY->setTickCount(top / 10 + 1);
}

} // namespace atlas
