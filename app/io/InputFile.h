// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace atlas {

// Reads an input file for a parser, refusing what no parser should be handed: anything but a
// regular file (a FIFO would block for ever, /dev/zero would never end) and files over the limit
// for their kind. Shared by the GUI and the command line, so both refuse alike.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(atlas::InputFile)

public:
    enum class Kind
    {
        Dataset,     // city lists: JSON, CSV, XLSX
        CaseStudies, // case-studies JSON
        Basemap,     // GeoJSON base maps
    };

    static qint64 sizeLimit(Kind kind);
    // The file's bytes, or nothing with *error naming the file and the problem. Resource paths
    // (":/...") are read as they are: they are part of the program.
    static std::optional<QByteArray> read(const QString &path, Kind kind, QString *error);
    // "1.5 MB", "256 MB": sizes in messages, in decimal units as file managers show them.
    static QString formatBytes(qint64 bytes);
};

} // namespace atlas
