// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a user's city list in CSV, through encoding detection, the CSV reader, header
// recognition, tier and smart values and the gazetteer, refusing and skipping rows.
#include "io/CityImport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool skip : {false, true}) {
        atlas::ImportOptions options;
        options.skipUnmatched = skip;
        QString error;
        QStringList skipped;
        const auto dataset = atlas::CityImport::fromCsv(bytes, QStringLiteral("fuzz.csv"), options,
                                                        &error, &skipped);
        if (!dataset && error.isEmpty())
            __builtin_trap();
        if (dataset && (dataset->cities.isEmpty() || (!skip && !skipped.isEmpty())))
            __builtin_trap();
    }
    return 0;
}
