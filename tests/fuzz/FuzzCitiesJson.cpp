// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the city dataset reader (our JSON format).
#include "model/CityDataset.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto dataset = atlas::CityDataset::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.json"), &error);
    // All or nothing: a refusal always says why.
    if (!dataset && error.isEmpty())
        __builtin_trap();
    return 0;
}
