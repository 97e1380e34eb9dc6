// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: XLSX workbooks (zip package, workbook, relationships, shared strings, sheet)
// and the city import on top of the rows they give.
#include "FuzzParse.h"
#include "io/CityImport.h"
#include "io/XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto names = atlas::fuzz::parseInput(data, size, &atlas::XlsxReader::sheetNames);
    const auto table = atlas::fuzz::parseInput(
        data, size, [](const QByteArray &bytes, const QString &name, QString *error) {
            return atlas::XlsxReader::readSheet(bytes, name, QString(), error);
        });
    if (table && table->rows.size() != table->lines.size())
        __builtin_trap();
    atlas::fuzz::parseInput(data, size,
                            [](const QByteArray &bytes, const QString &name, QString *error) {
                                return atlas::CityImport::fromXlsx(bytes, name, {}, error);
                            });
    return 0;
}
