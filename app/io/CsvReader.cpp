// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "JsonDiagnostics.h"

#include <algorithm>

namespace atlas {

QChar CsvReader::detectDelimiter(const QString &text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

std::optional<CsvTable> CsvReader::parse(const QString &text, const QString &displayName,
                                         QString *error, QChar delimiter)
{
    const auto fail = [&](int line, const QString &why) -> std::optional<CsvTable> {
        if (error)
            *error = tr("%1:%2: %3").arg(displayName).arg(line).arg(why);
        return std::nullopt;
    };
    CsvTable table;
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0; // where the open quoted field began, 0 outside one
    bool fieldWasQuoted = false;
    const auto endField = [&]() -> bool {
        if (row.size() >= maxColumns)
            return false;
        row.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        return true;
    };
    const auto endRow = [&]() {
        const bool empty =
            std::all_of(row.cbegin(), row.cend(), [](const QString &f) { return f.isEmpty(); });
        if (!empty) {
            table.rows.append(row);
            table.lines.append(rowLine);
        }
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoteLine) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoteLine = 0;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoteLine = line;
            fieldWasQuoted = true;
        } else if (c == table.delimiter) {
            if (!endField())
                return fail(rowLine, tr("more than %1 columns").arg(maxColumns));
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (!endField())
                return fail(rowLine, tr("more than %1 columns").arg(maxColumns));
            endRow();
            if (table.rows.size() > maxRows)
                return fail(rowLine, tr("more than %1 rows").arg(maxRows));
            ++line;
            rowLine = line;
        } else {
            field += c;
        }
        if (field.size() > maxFieldLength)
            return fail(quoteLine ? quoteLine : line, tr("a field is longer than %1 characters: %2")
                                                          .arg(maxFieldLength)
                                                          .arg(JsonDiagnostics::excerpt(field)));
    }
    if (quoteLine)
        return fail(quoteLine, tr("a quoted field is not closed (a \" is missing)"));
    if (!field.isEmpty() || fieldWasQuoted || !row.isEmpty()) {
        if (!endField())
            return fail(rowLine, tr("more than %1 columns").arg(maxColumns));
        endRow();
    }
    if (table.rows.size() > maxRows)
        return fail(rowLine, tr("more than %1 rows").arg(maxRows));
    return table;
}

} // namespace atlas
