// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapOptions.h"

namespace atlas {

MapOptions MapOptions::forPreset(Preset preset)
{
    MapOptions o;
    o.preset = preset;
    if (preset == Preset::Tier2)
        o.tiers = {false, true, false};
    else if (preset == Preset::Tier3)
        o.tiers = {false, false, true};
    return o;
}

bool MapOptions::showsCity(int tier, bool smart) const
{
    if (tier < 1 || tier > 3 || !tiers.at(tier - 1))
        return false;
    return smart ? showSmart : showNotSmart;
}

QString MapOptions::presetId(Preset preset)
{
    switch (preset) {
    case Preset::Tier2:
        return QStringLiteral("map-tier2");
    case Preset::Tier3:
        return QStringLiteral("map-tier3");
    case Preset::AllTiers:
        break;
    }
    return QStringLiteral("map-all");
}

std::optional<MapOptions::Preset> MapOptions::presetFromId(const QString &id)
{
    for (Preset p : {Preset::AllTiers, Preset::Tier2, Preset::Tier3}) {
        if (presetId(p) == id)
            return p;
    }
    return std::nullopt;
}

QStringList MapOptions::presetIds()
{
    return {presetId(Preset::AllTiers), presetId(Preset::Tier2), presetId(Preset::Tier3)};
}

QString MapOptions::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Tier2:
        return tr("Tier-2 cities");
    case Preset::Tier3:
        return tr("Tier-3 cities");
    case Preset::AllTiers:
        break;
    }
    return tr("All tiers");
}

} // namespace atlas
