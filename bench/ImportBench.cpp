// SPDX-License-Identifier: GPL-3.0-or-later
// Import times, measured as a user runs them: `smartcity-atlas summary --data FILE`, process start
// to exit, for a 10,000-row city list as CSV (GBK, as Excel in China saves it) and as XLSX. The
// first 300 rows are prefecture-level cities found in the gazetteer by name and province; the
// rest are placed by their own coordinates. Prints medians in milliseconds.
//
// Usage: atlas_bench_import [runs]   (default 5)
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <quazip.h>
#include <quazipfile.h>

using atlas::bench::median;
using atlas::bench::timeRun;

namespace {

QList<QStringList> makeRows()
{
    QList<QStringList> rows{{QStringLiteral("城市"), QStringLiteral("省份"),
                             QStringLiteral("城市等级"), QStringLiteral("是否智慧城市"),
                             QStringLiteral("纬度"), QStringLiteral("经度")}};
    QFile gazetteer(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/gazetteer.csv"));
    gazetteer.open(QIODevice::ReadOnly);
    const QList<QByteArray> lines = gazetteer.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size() && rows.size() <= 300; ++i) {
        const QList<QByteArray> f = lines.at(i).split(',');
        if (f.size() > 6)
            rows.append({QString::fromUtf8(f[1]), QString::fromUtf8(f[6]), QStringLiteral("二级"),
                         QStringLiteral("是"), QString(), QString()});
    }
    for (int i = int(rows.size()); i <= 10000; ++i)
        rows.append(
            {QStringLiteral("县%1").arg(i), QStringLiteral("测试"), QString::number(i % 3 + 1),
             i % 2 ? QStringLiteral("是") : QStringLiteral("否"),
             QString::number(20 + (i % 200) * 0.1), QString::number(100 + (i / 200) * 0.3)});
    return rows;
}

bool writeCsv(const QString &path, const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += row.join(u',') + QStringLiteral("\r\n");
    QStringEncoder gbk("GB18030");
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(gbk.encode(text)) > 0;
}

bool writeXlsx(const QString &path, const QList<QStringList> &rows)
{
    QString sheet = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            sheet += QStringLiteral("<c r=\"%1%2\" t=\"inlineStr\"><is><t>%3</t></is></c>")
                         .arg(QChar(char16_t(u'A' + c)))
                         .arg(r + 1)
                         .arg(rows.at(r).at(c));
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()}};
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) < 0)
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QList<QStringList> rows = makeRows();
    const QString csv = dir.filePath(QStringLiteral("cities.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("cities.xlsx"));
    if (!writeCsv(csv, rows) || !writeXlsx(xlsx, rows)) {
        out << "could not write the inputs\n";
        return 1;
    }
    QList<double> csvTimes;
    QList<double> xlsxTimes;
    for (int i = 0; i < runs; ++i) {
        const double a = timeRun({QStringLiteral("summary"), QStringLiteral("--data"), csv}, out);
        const double b = timeRun({QStringLiteral("summary"), QStringLiteral("--data"), xlsx}, out);
        if (a < 0 || b < 0)
            return 1;
        csvTimes.append(a);
        xlsxTimes.append(b);
    }
    out << "summary --data, 10,000-row CSV (GBK): median " << median(csvTimes) << " ms\n";
    out << "summary --data, 10,000-row XLSX: median " << median(xlsxTimes) << " ms\n";
    return 0;
}
