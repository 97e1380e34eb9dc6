// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CSV as users bring it, through encoding detection and the CSV reader.
#include "io/CsvReader.h"
#include "io/SourceText.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto text = atlas::SourceText::decode(bytes, atlas::SourceText::Encoding::Automatic,
                                                QStringLiteral("fuzz.csv"), &error);
    if (!text) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const auto table = atlas::CsvReader::parse(text->text, QStringLiteral("fuzz.csv"), &error);
    if (!table && error.isEmpty())
        __builtin_trap();
    if (table && table->rows.size() != table->lines.size())
        __builtin_trap();
    return 0;
}
