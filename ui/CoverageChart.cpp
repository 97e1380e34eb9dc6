// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageChart.h"

#include "model/TierSummaryModel.h"
#include "render/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace atlas {

CoverageChart::CoverageChart(TierSummaryModel *summary, QGraphicsItem *parent)
    : AtlasChart(parent), m_summary(summary), m_series(new QBarSeries(this)),
      m_mapper(new QVBarModelMapper(this)), m_axisX(new QBarCategoryAxis(this)),
      m_axisY(new QValueAxis(this))
{
    m_series->setBarWidth(0.6);
    m_mapper->setFirstBarSetColumn(TierSummaryModel::CoverageColumn);
    m_mapper->setLastBarSetColumn(TierSummaryModel::CoverageColumn);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(summary->rowCount());
    m_mapper->setSeries(m_series);
    m_mapper->setModel(summary);
    const auto style = [this] {
        for (QBarSet *set : m_series->barSets()) {
            set->setColor(Palette::smart());
            set->setBorderColor(Palette::smart());
        }
    };
    style();
    connect(m_series, &QBarSeries::barsetsAdded, this, style);

    addSeries(m_series);
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setRange(0, 100);
    m_axisY->setTickCount(6);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setGridLineColor(Palette::grid());
    m_axisX->setGridLineVisible(false);

    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    valueFont.setBold(true);
    for (int row = 0; row < summary->rowCount(); ++row) {
        auto *value = new QGraphicsSimpleTextItem(this);
        value->setFont(valueFont);
        value->setZValue(10);
        auto *ratio = new QGraphicsSimpleTextItem(this);
        ratio->setZValue(10);
        m_valueLabels.append(value);
        m_ratioLabels.append(ratio);
    }

    connect(this, &QChart::plotAreaChanged, this, &CoverageChart::placeLabels);
    connect(summary, &QAbstractItemModel::dataChanged, this, &CoverageChart::placeLabels);
    connect(m_series, &QBarSeries::hovered, this, [this](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(),
                               m_summary->tierSentence(TierSummaryModel::tierOfRow(index)));
        else
            QToolTip::hideText();
    });
    retranslate();
}

void CoverageChart::retranslate()
{
    setTitle(tr("Smart-city coverage by city tier"));
    m_axisX->setTitleText(tr("City tier"));
    m_axisY->setTitleText(tr("Coverage (%)"));
    updateCategories();
    placeLabels();
}

void CoverageChart::updateCategories()
{
    QStringList categories;
    for (int row = 0; row < m_summary->rowCount(); ++row)
        categories.append(m_summary->index(row, TierSummaryModel::TierColumn).data().toString());
    m_axisX->setCategories(categories);
}

QStringList CoverageChart::barLabels(int row) const
{
    return {m_valueLabels.at(row)->text(), m_ratioLabels.at(row)->text()};
}

void CoverageChart::placeLabels()
{
    // Labels sit inside the top of a bar tall enough to hold them (white on the bar), otherwise
    // just above it, so a 100% bar never pushes its label out of the plot.
    for (int row = 0; row < m_valueLabels.size(); ++row) {
        QGraphicsSimpleTextItem *value = m_valueLabels.at(row);
        QGraphicsSimpleTextItem *ratio = m_ratioLabels.at(row);
        value->setText(
            m_summary->index(row, TierSummaryModel::CoverageLabelColumn).data().toString());
        ratio->setText(m_summary->index(row, TierSummaryModel::RatioColumn).data().toString());
        const double percent =
            m_summary->index(row, TierSummaryModel::CoverageColumn).data().toDouble();
        const QPointF top = mapToPosition(QPointF(row, percent), m_series);
        const QPointF base = mapToPosition(QPointF(row, 0), m_series);
        const QRectF v = value->boundingRect();
        const QRectF r = ratio->boundingRect();
        const qreal needed = v.height() + r.height() + 12;
        const bool inside = base.y() - top.y() > needed;
        const QColor colour = inside ? Palette::background() : Palette::text();
        value->setBrush(colour);
        ratio->setBrush(colour);
        const qreal y = inside ? top.y() + 6 : top.y() - needed + 6;
        value->setPos(top.x() - v.width() / 2, y);
        ratio->setPos(top.x() - r.width() / 2, y + v.height());
    }
}

} // namespace atlas
