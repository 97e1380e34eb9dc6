// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the GeoJSON reader (FeatureCollections of polygons).
#include "geo/GeoJsonReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto features = atlas::geo::GeoJsonReader::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.geojson"), &error);
    if (!features && error.isEmpty())
        __builtin_trap();
    return 0;
}
