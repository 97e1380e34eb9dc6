// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the case-studies reader.
#include "FuzzParse.h"
#include "model/CaseStudies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    atlas::fuzz::parseInput(data, size, &atlas::CaseStudies::parse);
    return 0;
}
