// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the city dataset reader (our JSON format).
#include "FuzzParse.h"
#include "model/CityDataset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    atlas::fuzz::parseInput(data, size, &atlas::CityDataset::parse);
    return 0;
}
