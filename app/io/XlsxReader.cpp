// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "InputFile.h"
#include "JsonDiagnostics.h"

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>
#include <algorithm>
#include <array>
#include <cmath>
#include <quazip.h>
#include <quazipfile.h>

namespace atlas {
namespace {

// QuaZip seeks wherever a damaged central directory points; QBuffer warns on stderr about each
// position past its end, and a headless command must print only its own message.
class QuietBuffer : public QBuffer
{
public:
    bool seek(qint64 pos) override { return pos >= 0 && pos <= size() && QBuffer::seek(pos); }
};

struct Workbook
{
    QStringList names;
    QStringList paths; // the sheet parts, "xl/worksheets/sheet1.xml"
};

// Reads one part of the package; nothing and *why when it is missing, too large or broken.
std::optional<QByteArray> readPart(QuaZip &zip, const QString &name, QString *why)
{
    if (!zip.setCurrentFile(name)) {
        *why = XlsxReader::tr("the workbook has no part %1").arg(name);
        return std::nullopt;
    }
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info) ||
        info.uncompressedSize > quint64(XlsxReader::maxPartSize)) {
        *why = XlsxReader::tr("the part %1 is larger than %2 when unpacked")
                   .arg(name, InputFile::formatBytes(XlsxReader::maxPartSize));
        return std::nullopt;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = XlsxReader::tr("the part %1 cannot be unpacked").arg(name);
        return std::nullopt;
    }
    // The size in the directory may lie, so the read itself is bounded too; in chunks, since
    // QIODevice::read(n) would set aside n bytes for every part.
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<quint64>(info.uncompressedSize, 16 * 1024 * 1024)));
    std::array<char, 65536> chunk;
    bool broken = false;
    while (bytes.size() <= XlsxReader::maxPartSize) {
        const qint64 n = file.read(chunk.data(), qint64(chunk.size()));
        if (n <= 0) {
            broken = n < 0;
            break;
        }
        bytes.append(chunk.data(), qsizetype(n));
    }
    broken = broken || file.getZipError() != UNZ_OK;
    file.close();
    if (broken || file.getZipError() != UNZ_OK || bytes.size() > XlsxReader::maxPartSize) {
        *why = XlsxReader::tr("the part %1 is damaged or too large").arg(name);
        return std::nullopt;
    }
    return bytes;
}

// "BC12" -> 54 (zero-based column), -1 if it is no cell reference.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z' || i >= 3)
            return -1;
        column = column * 26 + (c - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

// The text of the element the reader is on (<t>, or <si> with rich-text runs), phonetic guides
// (<rPh>) left out.
QString textOf(QXmlStreamReader &xml)
{
    QString text;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    int depth = 0;
    bool phonetic = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == u"rPh")
                phonetic = true;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0 && xml.name() == endName)
                break;
            if (xml.name() == u"rPh")
                phonetic = false;
            --depth;
        } else if (token == QXmlStreamReader::Characters && !phonetic) {
            text += xml.text();
            if (text.size() > CsvReader::maxFieldLength)
                return text;
        }
    }
    return text;
}

QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return v;
    if (d == std::floor(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

std::optional<Workbook> readWorkbook(QuaZip &zip, QString *why)
{
    const auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), why);
    if (!workbook)
        return std::nullopt;
    const auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), why);
    if (!rels)
        return std::nullopt;
    QHash<QString, QString> targets;
    QXmlStreamReader relXml(*rels);
    while (!relXml.atEnd()) {
        if (relXml.readNext() == QXmlStreamReader::StartElement &&
            relXml.name() == u"Relationship") {
            QString target = relXml.attributes().value(QStringLiteral("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(relXml.attributes().value(QStringLiteral("Id")).toString(), target);
        }
    }
    Workbook book;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attr : a)
                if (attr.name() == u"id")
                    id = attr.value().toString();
            book.names.append(a.value(QStringLiteral("name")).toString());
            book.paths.append(targets.value(id));
        }
    }
    if (xml.hasError()) {
        *why = XlsxReader::tr("xl/workbook.xml is not valid XML: %1").arg(xml.errorString());
        return std::nullopt;
    }
    if (book.names.isEmpty()) {
        *why = XlsxReader::tr("the workbook has no sheets");
        return std::nullopt;
    }
    return book;
}

} // namespace

std::optional<QStringList> XlsxReader::sheetNames(const QByteArray &xlsx,
                                                  const QString &displayName, QString *error)
{
    QuietBuffer buffer;
    buffer.setData(xlsx);
    QuaZip zip(&buffer);
    QString why;
    if (!zip.open(QuaZip::mdUnzip)) {
        if (error)
            *error = tr("%1: not an XLSX workbook (not a zip archive)").arg(displayName);
        return std::nullopt;
    }
    const auto book = readWorkbook(zip, &why);
    if (!book) {
        if (error)
            *error = tr("%1: %2").arg(displayName, why);
        return std::nullopt;
    }
    return book->names;
}

std::optional<CsvTable> XlsxReader::readSheet(const QByteArray &xlsx, const QString &displayName,
                                              const QString &sheet, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<CsvTable> {
        if (error)
            *error = tr("%1: %2").arg(displayName, why);
        return std::nullopt;
    };
    QuietBuffer buffer;
    buffer.setData(xlsx);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(tr("not an XLSX workbook (not a zip archive)"));
    QString why;
    const auto book = readWorkbook(zip, &why);
    if (!book)
        return fail(why);
    const qsizetype index = sheet.isEmpty() ? 0 : book->names.indexOf(sheet);
    if (index < 0)
        return fail(
            tr("no sheet \"%1\"; the sheets are: %2")
                .arg(JsonDiagnostics::excerpt(sheet), book->names.join(QStringLiteral(", "))));
    if (book->paths.at(index).isEmpty())
        return fail(tr("the sheet \"%1\" has no part").arg(book->names.at(index)));

    QStringList shared;
    if (zip.setCurrentFile(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto strings = readPart(zip, QStringLiteral("xl/sharedStrings.xml"), &why);
        if (!strings)
            return fail(why);
        QXmlStreamReader xml(*strings);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                shared.append(textOf(xml));
        }
        if (xml.hasError())
            return fail(tr("xl/sharedStrings.xml is not valid XML: %1").arg(xml.errorString()));
    }
    const auto part = readPart(zip, book->paths.at(index), &why);
    if (!part)
        return fail(why);

    CsvTable table;
    table.delimiter = u',';
    table.spreadsheetRows = true;
    QXmlStreamReader xml(*part);
    QStringList row;
    int rowNumber = 0;
    int column = -1;
    QString type;
    QString value;
    const auto endRow = [&] {
        if (std::any_of(row.cbegin(), row.cend(), [](const QString &s) { return !s.isEmpty(); })) {
            table.rows.append(row);
            table.lines.append(rowNumber);
        }
        row.clear();
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"row") {
                const int r = xml.attributes().value(QStringLiteral("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                column = -1;
                if (table.rows.size() >= CsvReader::maxRows)
                    return fail(tr("more than %1 rows").arg(CsvReader::maxRows));
            } else if (xml.name() == u"c") {
                const QStringView ref = xml.attributes().value(QStringLiteral("r"));
                const int c = ref.isEmpty() ? column + 1 : columnOf(ref);
                if (c < 0 || c >= CsvReader::maxColumns)
                    return fail(tr("row %1: cell %2 is beyond column %3")
                                    .arg(rowNumber)
                                    .arg(JsonDiagnostics::excerpt(ref.toString()))
                                    .arg(CsvReader::maxColumns));
                column = c;
                type = xml.attributes().value(QStringLiteral("t")).toString();
                value.clear();
            } else if (xml.name() == u"v") {
                value = xml.readElementText();
            } else if (xml.name() == u"is") {
                value = textOf(xml);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"c" && column >= 0) {
                QString text = value;
                if (type == u"s") {
                    bool ok = false;
                    const int i = value.toInt(&ok);
                    if (!ok || i < 0 || i >= shared.size())
                        return fail(tr("row %1: a cell refers to shared string %2, which does "
                                       "not exist")
                                        .arg(rowNumber)
                                        .arg(JsonDiagnostics::excerpt(value)));
                    text = shared.at(i);
                } else if (type.isEmpty() || type == u"n") {
                    text = numberText(value);
                }
                if (text.size() > CsvReader::maxFieldLength)
                    return fail(tr("row %1: a cell is longer than %2 characters")
                                    .arg(rowNumber)
                                    .arg(CsvReader::maxFieldLength));
                while (row.size() < column)
                    row.append(QString());
                if (row.size() == column)
                    row.append(text.trimmed());
                else
                    row[column] = text.trimmed();
            } else if (xml.name() == u"row") {
                endRow();
            }
        }
    }
    if (xml.hasError())
        return fail(tr("%1 is not valid XML: %2").arg(book->paths.at(index), xml.errorString()));
    return table;
}

} // namespace atlas
