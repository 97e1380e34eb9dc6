// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartViews.h"

#include "CoverageChart.h"
#include "ProvinceChart.h"
#include "TierStackChart.h"
#include "export/ViewRegistry.h"
#include "model/CityTableModel.h"
#include "model/ProvinceSummaryModel.h"
#include "render/Palette.h"
#include "render/SourceNote.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <functional>

namespace atlas {
namespace {

using MakeChart = std::function<AtlasChart *()>;

// Lays a fresh chart out at the target's logical size and paints it: re-rendered, never a
// scaled grab of the screen.
void paintChart(QPainter &p, const QRectF &rect, AtlasChart *chart, const CityTableModel &cities,
                const ExportSettings &s)
{
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->retranslate();
    chart->setSourceNote(s.sourceNote ? SourceNote::forCities(cities) : QString());
    if (!s.title)
        chart->setTitle(QString());
    chart->legend()->setVisible(s.legend && chart->legend()->isVisible());
    if (s.transparent)
        chart->setBackgroundVisible(false);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&p, rect, scene.sceneRect());
    p.restore();
}

} // namespace

void ChartViews::registerAll(ViewRegistry &registry, CityTableModel &cities,
                             TierSummaryModel &summary)
{
    // Drawn bottom-up by the chart, so ascending; parented to the city model, which outlives
    // every export.
    auto *provinces = new ProvinceSummaryModel(&cities, Qt::AscendingOrder, &cities);
    const MakeChart coverage = [&summary] {
        return new CoverageChart(&summary);
    };
    const MakeChart tiers = [&summary] {
        return new TierStackChart(&summary);
    };
    const MakeChart perProvince = [provinces] {
        return new ProvinceChart(provinces);
    };
    const auto add = [&](const QString &id, const MakeChart &make) {
        registry.add(
            id,
            [make] {
                std::unique_ptr<AtlasChart> chart(make());
                return chart->title();
            },
            [make, &cities](QPainter &p, const QRectF &rect, const ExportSettings &s) {
                paintChart(p, rect, make(), cities, s);
            });
    };
    add(QStringLiteral("chart-coverage"), coverage);
    add(QStringLiteral("chart-tiers"), tiers);
    add(QStringLiteral("chart-provinces"), perProvince);
    // The Overview as a whole: the same arrangement as on screen.
    registry.add(
        QStringLiteral("overview"),
        [] { return QCoreApplication::translate("atlas::ChartViews", "Overview"); },
        [coverage, tiers, perProvince, &cities](QPainter &p, const QRectF &rect,
                                                const ExportSettings &s) {
            const double gap = 8;
            const double half = (rect.width() - gap) / 2;
            const double upper = (rect.height() - gap) / 2;
            paintChart(p, QRectF(rect.topLeft(), QSizeF(half, upper)), coverage(), cities, s);
            paintChart(p, QRectF(rect.left(), rect.top() + upper + gap, half, upper), tiers(),
                       cities, s);
            paintChart(p, QRectF(rect.left() + half + gap, rect.top(), half, rect.height()),
                       perProvince(), cities, s);
        });
}

} // namespace atlas
