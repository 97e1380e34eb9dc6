// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

class CaseStudies;
class CityTableModel;
class TierSummaryModel;
class ViewRegistry;
namespace geo {
class Basemap;
}

// Registers the views the core can paint: the three maps and the case-study pages.
class CoreViews
{
public:
    static void registerAll(ViewRegistry &registry, const CityTableModel &cities,
                            const TierSummaryModel &summary, const geo::Basemap &basemap,
                            const CaseStudies &studies);
    // "case-wuxi" for Wuxi: readable and stable, from the city's English name.
    static QString caseStudyViewId(const CityTableModel &cities, const QString &cityId);
};

} // namespace atlas
