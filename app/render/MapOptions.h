// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/City.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace atlas {

// What a map shows: a plain settings struct shared by the map widget, the CLI and exports.
struct MapOptions
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MapOptions)

public:
    enum class Preset
    {
        AllTiers, // every tier
        Tier2,    // the report's map of smart cities among tier-2 cities
        Tier3,    // the report's map of smart cities among tier-3 cities
    };

    Preset preset = Preset::AllTiers;
    std::array<bool, 3> tiers{true, true, true}; // tier 1, 2, 3 shown
    bool showSmart = true;
    bool showNotSmart = true;
    bool choropleth = false; // province shading by number of smart cities
    bool labels = true;
    bool title = true;
    bool legend = true;
    bool sourceNote = true;
    bool scaleBar = true;
    bool inset = true;
    Language language = Language::English;
    double textScale = 1.0;    // type and markers, e.g. larger for a projector
    bool highContrast = false; // stronger sea, white land, dark borders: for projectors
    QString selectedCityId;
    QString hoveredCityId;
    int hoveredProvince = -1;

    static MapOptions forPreset(Preset preset);
    bool showsCity(int tier, bool smart) const;
    bool tierShown(int tier) const { return tiers.at(tier - 1); }

    // View ids used on the command line and in exports: map-all, map-tier2, map-tier3.
    static QString presetId(Preset preset);
    static std::optional<Preset> presetFromId(const QString &id);
    static QStringList presetIds();
    static QString presetName(Preset preset); // translated
};

} // namespace atlas
