// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a user's base map of provinces, through projection, geometry checks and the
// hit test the map uses for hover.
#include "FuzzParse.h"
#include "geo/Basemap.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto map = atlas::fuzz::parseInput(data, size, &atlas::geo::Basemap::parseProvinces);
    if (!map)
        return 0;
    (void)map->provinceAt(map->chinaBounds().center());
    for (const atlas::geo::ProvinceShape &province : map->provinces())
        (void)map->provinceIndexOfCode(province.code);
    return 0;
}
