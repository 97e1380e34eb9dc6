// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreViews.h"

#include "ViewRegistry.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "present/Deck.h"
#include "present/TitleSlide.h"
#include "render/CaseStudyRenderer.h"
#include "render/MapRenderer.h"

namespace atlas {

QString CoreViews::caseStudyViewId(const CityTableModel &cities, const QString &cityId)
{
    const int row = cities.rowOfId(cityId);
    return QStringLiteral("case-") +
           (row >= 0 ? cities.city(row).nameEn.toLower().remove(u' ') : cityId);
}

void CoreViews::registerAll(ViewRegistry &registry, const CityTableModel &cities,
                            const TierSummaryModel &summary, const geo::Basemap &basemap,
                            const CaseStudies &studies)
{
    // The title slide leads, so a handout opens like the presentation.
    registry.add(
        Deck::titleSlideId(), [] { return TitleSlide::title(); },
        [&cities, &summary](QPainter &p, const QRectF &rect, const ExportSettings &) {
            TitleSlide::paint(p, rect, summary, cities);
        });
    for (auto preset :
         {MapOptions::Preset::AllTiers, MapOptions::Preset::Tier2, MapOptions::Preset::Tier3}) {
        const auto options = [preset](const ExportSettings &s) {
            MapOptions o = MapOptions::forPreset(preset);
            o.language = s.language;
            o.title = s.title;
            o.legend = s.legend;
            o.sourceNote = s.sourceNote;
            o.highContrast = s.highContrast;
            return o;
        };
        registry.add(
            MapOptions::presetId(preset),
            [&cities, &summary, &basemap, options] {
                const MapRenderer r(&basemap, &cities, &summary);
                return r.titleText(options(ExportSettings()));
            },
            [&cities, &summary, &basemap, options](QPainter &p, const QRectF &rect,
                                                   const ExportSettings &s) {
                const MapRenderer r(&basemap, &cities, &summary);
                const MapOptions o = options(s);
                r.render(p, rect, r.fitViewport(rect.size(), o), o);
            });
    }
    const auto paintPage = [&cities, &summary, &basemap, &studies](const QString &page) {
        return [&cities, &summary, &basemap, &studies, page](QPainter &p, const QRectF &rect,
                                                             const ExportSettings &s) {
            const CaseStudyRenderer r(&studies, &cities, &summary, &basemap);
            r.render(p, rect, page, {s.language, s.sourceNote});
        };
    };
    for (const CaseStudy &cs : studies.cities()) {
        registry.add(
            caseStudyViewId(cities, cs.cityId),
            [&cities, id = cs.cityId] {
                const int row = cities.rowOfId(id);
                return row >= 0 ? cities.city(row).name(cities.language()) : id;
            },
            paintPage(cs.cityId));
    }
    registry.add(
        CaseStudyRenderer::comparisonId(),
        [] { return CaseStudyRenderer::tr("The five case-study cities compared"); },
        paintPage(CaseStudyRenderer::comparisonId()));
}

} // namespace atlas
