// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a user's base map of provinces, through projection, geometry checks and the
// hit test the map uses for hover.
#include "geo/Basemap.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto map = atlas::geo::Basemap::parseProvinces(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.geojson"), &error);
    if (!map) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QRectF bounds = map->chinaBounds();
    (void)map->provinceAt(bounds.center());
    for (const atlas::geo::ProvinceShape &province : map->provinces())
        (void)map->provinceIndexOfCode(province.code);
    return 0;
}
