// SPDX-License-Identifier: GPL-3.0-or-later
#include "TitleSlide.h"

#include "model/City.h"
#include "model/TierSummaryModel.h"
#include "render/Palette.h"
#include "render/SourceNote.h"
#include "render/TextBlock.h"

#include <QPainter>

namespace atlas {

QString TitleSlide::title()
{
    return tr("Smart cities in China's tier 1–3 cities");
}

void TitleSlide::paint(QPainter &p, const QRectF &rect, const TierSummaryModel &summary,
                       const CityTableModel &cities)
{
    const double u = std::min(rect.width() / 1280.0, rect.height() / 720.0);
    const double m = 64 * u;
    p.save();
    p.translate(rect.topLeft());
    p.fillRect(QRectF(QPointF(0, 0), rect.size()), Palette::background());
    const double width = rect.width() - 2 * m;
    QRectF r = TextBlock::draw(&p, QPointF(m, 70 * u), width, title(),
                               TextBlock::font(54 * u, true), Palette::text());
    r = TextBlock::draw(&p, QPointF(m, r.bottom() + 10 * u), width,
                        tr("Coverage by city tier, after the CCID smart-city report"),
                        TextBlock::font(26 * u), Palette::mutedText());
    const double top = r.bottom() + 60 * u;
    const double column = width / 3;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        const double x = m + (tier - 1) * column;
        const QRectF label =
            TextBlock::draw(&p, QPointF(x, top), column - 20 * u, City::tierLabel(tier),
                            TextBlock::font(26 * u, true), Palette::tier(tier));
        const QRectF value =
            TextBlock::draw(&p, QPointF(x, label.bottom() + 4 * u), column - 20 * u,
                            TierSummaryModel::formatCoverage(summary.coverage(tier)),
                            TextBlock::font(84 * u, true), Palette::text());
        TextBlock::draw(
            &p, QPointF(x, value.bottom()), column - 20 * u,
            tr("%1 of %2 cities").arg(summary.smartCount(tier)).arg(summary.cityCount(tier)),
            TextBlock::font(24 * u), Palette::mutedText());
    }
    const QString note = SourceNote::forCities(cities);
    const QFont noteFont = TextBlock::font(15 * u);
    const QRectF measured =
        TextBlock::draw(nullptr, QPointF(m, 0), width, note, noteFont, Palette::mutedText());
    TextBlock::draw(&p, QPointF(m, rect.height() - 40 * u - measured.height()), width, note,
                    noteFont, Palette::mutedText());
    p.restore();
}

} // namespace atlas
