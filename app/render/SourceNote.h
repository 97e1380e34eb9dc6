// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

class CityTableModel;
namespace geo {
class Basemap;
}

// The provenance line under every chart, map and export. The report gives tier totals only; which
// city sits where is reconstructed, and every output must say so.
class SourceNote
{
public:
    static QString forCities(const CityTableModel &cities);
    // forCities() and the base map's origin, with the caveat that the built-in map is an
    // illustration, not a standard map of China.
    static QString forMap(const CityTableModel &cities, const geo::Basemap &basemap);
    // The credits of the data files, for the About box.
    static QString dataCredits();
};

} // namespace atlas
