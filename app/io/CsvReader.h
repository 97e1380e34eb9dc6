// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace atlas {

// Rows of a CSV file as Excel, WPS and LibreOffice write them (RFC 4180 and its relatives):
// comma, semicolon or tab, fields in double quotes with "" for a quote and line breaks inside,
// CRLF or LF. Empty rows are dropped; every row keeps the line it starts on, for messages.
struct CsvTable
{
    QList<QStringList> rows;
    QList<int> lines; // 1-based line of each row's start (the sheet's row number in a workbook)
    QChar delimiter;
    bool spreadsheetRows = false; // lines are a worksheet's row numbers, not lines of text
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CsvReader)

public:
    static constexpr qsizetype maxRows = 1'000'000;
    static constexpr qsizetype maxColumns = 256;
    static constexpr qsizetype maxFieldLength = 10'000;

    // delimiter: a null QChar detects it from the first row.
    static std::optional<CsvTable> parse(const QString &text, const QString &displayName,
                                         QString *error, QChar delimiter = QChar());
    // The one of comma, semicolon and tab that occurs most often outside quotes in the first row
    // (comma when none does).
    static QChar detectDelimiter(const QString &text);
};

} // namespace atlas
