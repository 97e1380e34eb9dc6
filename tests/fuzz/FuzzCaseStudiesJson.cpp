// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the case-studies reader.
#include "model/CaseStudies.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto studies = atlas::CaseStudies::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.json"), &error);
    if (!studies && error.isEmpty())
        __builtin_trap();
    return 0;
}
