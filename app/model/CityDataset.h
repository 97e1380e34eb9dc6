// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "City.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace atlas {

// A validated set of city records with the provenance text that every view and export repeats.
// Loading is all-or-nothing: a file with any bad record yields no dataset, only a message naming
// the file, the line, the record and the problem.
struct CityDataset
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CityDataset)

public:
    QString path;   // where it was read from; ":/..." for the built-in data
    QString title;  // optional, from the file
    QString source; // optional provenance note, from the file
    QList<City> cities;

    static QString builtInPath();
    static std::optional<CityDataset> loadFile(const QString &path, QString *error);
    // displayName names the input in messages (a file name, or "built-in data").
    static std::optional<CityDataset> parse(const QByteArray &json, const QString &displayName,
                                            QString *error);
    static QString displayName(const QString &path);
};

} // namespace atlas
