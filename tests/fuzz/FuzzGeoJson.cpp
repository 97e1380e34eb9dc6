// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the GeoJSON reader (FeatureCollections of polygons).
#include "FuzzParse.h"
#include "geo/GeoJsonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    atlas::fuzz::parseInput(data, size, &atlas::geo::GeoJsonReader::parse);
    return 0;
}
