// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace atlas {

// The cells of one worksheet of an Office Open XML workbook (.xlsx, as Excel, WPS and LibreOffice
// write it) as rows of text, the same shape as a CSV file's, each row with its sheet row number.
// No Debian C++ library reads XLSX, so the zip is opened with QuaZip and the sheet read with
// QXmlStreamReader: shared and inline strings, numbers, booleans and formula results. Every part
// is bounded (a zip bomb is refused before it is inflated).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::XlsxReader)

public:
    static constexpr qint64 maxPartSize = 256LL * 1000 * 1000; // uncompressed, each part

    // The sheet names in workbook order.
    static std::optional<QStringList> sheetNames(const QByteArray &xlsx, const QString &displayName,
                                                 QString *error);
    // One sheet (empty name: the first); empty rows are dropped as in CsvReader.
    static std::optional<CsvTable> readSheet(const QByteArray &xlsx, const QString &displayName,
                                             const QString &sheet, QString *error);
};

} // namespace atlas
