// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "SourceText.h"
#include "model/CityDataset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace atlas {

class Gazetteer;

// Options of an import that a user can choose (the command line's --encoding and
// --skip-unmatched).
struct ImportOptions
{
    SourceText::Encoding encoding = SourceText::Encoding::Automatic;
    bool skipUnmatched = false;
    QString sheet; // of a workbook; empty: the first
};

// A city list from a spreadsheet (CSV as Excel and WPS write it) into validated records.
// Columns are recognised by their header in Chinese or English; a city is found in the gazetteer
// by code or name (the province settles names that occur twice) and takes its GB/T 2260 code as
// its id and its seat as its place unless the row gives coordinates. All or nothing: rows that
// cannot be used are listed with their line and reason, unless the options skip them.
class CityImport
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CityImport)

public:
    enum class Field
    {
        Name,
        NameZh,
        NameEn,
        Province,
        ProvinceEn,
        Tier,
        Smart,
        Latitude,
        Longitude,
        Code,
        Evidence,
        Basis,
    };

    static std::optional<Field> fieldOfHeader(const QString &header);
    // 1/2/3, 一级/二级/三级 (城市), 一线/二线/三线, "Tier 2", "2级"
    static std::optional<int> parseTier(const QString &value);
    // 是/否, Y/N, yes/no, true/false, 1/0, ✓/✗
    static std::optional<bool> parseSmart(const QString &value);

    // The table's first row is the header. *skipped gets a line for each row left out when the
    // options allow it.
    static std::optional<CityDataset> fromRows(const CsvTable &table, const QString &displayName,
                                               const Gazetteer &gazetteer,
                                               const ImportOptions &options, QString *error,
                                               QStringList *skipped = nullptr);
    static std::optional<CityDataset> fromCsv(const QByteArray &bytes, const QString &displayName,
                                              const ImportOptions &options, QString *error,
                                              QStringList *skipped = nullptr);
    static std::optional<CityDataset> fromXlsx(const QByteArray &bytes, const QString &displayName,
                                               const ImportOptions &options, QString *error,
                                               QStringList *skipped = nullptr);
    // Any city list the program reads, by its suffix: .csv and .xlsx here, anything else as our
    // JSON.
    static std::optional<CityDataset> loadFile(const QString &path, const ImportOptions &options,
                                               QString *error, QStringList *skipped = nullptr);
};

} // namespace atlas
