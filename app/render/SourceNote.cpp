// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceNote.h"

#include "geo/Basemap.h"
#include "model/CityTableModel.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace atlas {

QString SourceNote::forCities(const CityTableModel &cities)
{
    const QString path = cities.datasetPath();
    // Only the built-in data are the report's totals: a user's file is credited with its own
    // source line, never with the CCID report.
    if (!path.isEmpty() && !path.startsWith(u':')) {
        const QString file = QFileInfo(path).fileName();
        QString source = cities.datasetSource();
        while (source.endsWith(u'.') || source.endsWith(u'。'))
            source.chop(1);
        QString note =
            source.isEmpty()
                ? QCoreApplication::translate("atlas::SourceNote",
                                              "Data: %1 (the file names no source).")
                      .arg(file)
                : QCoreApplication::translate("atlas::SourceNote", "Source: %1. Data file: %2.")
                      .arg(source, file);
        if (cities.editCount() > 0)
            note += u' ' + QCoreApplication::translate("atlas::SourceNote",
                                                       "Edited by the user (%1 changes).")
                               .arg(cities.editCount());
        return note;
    }
    // Edited figures are no longer the report's, and must not be credited to it.
    if (cities.editCount() > 0)
        return QCoreApplication::translate(
                   "atlas::SourceNote",
                   "Source: the built-in reconstruction of the CCID smart-city report's tier "
                   "totals, edited by the user (%1 changes); these figures are not the report's.")
            .arg(cities.editCount());
    QString note = QCoreApplication::translate(
        "atlas::SourceNote",
        "Source: tier totals from the CCID smart-city report. Which city is in which tier, and "
        "which are smart, is a reconstruction from public pilot lists (evidence per city).");
    return note;
}

QString SourceNote::forMap(const CityTableModel &cities, const geo::Basemap &basemap)
{
    QString note = forCities(cities) + u' ';
    if (basemap.isBuiltIn()) {
        note += QCoreApplication::translate(
            "atlas::SourceNote",
            "Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base "
            "map: Natural Earth. City locations © GeoNames, CC BY 4.0. Illustration only, not a "
            "standard map of China.");
    } else {
        note += QCoreApplication::translate("atlas::SourceNote", "Base map: %1.")
                    .arg(QFileInfo(basemap.sourcePath()).fileName());
    }
    return note;
}

QString SourceNote::dataCredits()
{
    return QCoreApplication::translate(
        "atlas::SourceNote",
        "Tier totals: CCID (China Center for Information Industry Development) smart-city report. "
        "City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists "
        "(housing ministry batches 1 and 2; science ministry and standards administration; "
        "surveying administration); each city carries its evidence. "
        "City locations © GeoNames, CC BY 4.0. Province boundaries: DCW-GMT © The GMT Team, "
        "LGPL-3.0-or-later (simplified). Base map: Natural Earth (public domain). The built-in "
        "map follows de facto boundaries and is an illustration, not a standard map of China; "
        "load an approved base map (File › Open base map) for official use.");
}

} // namespace atlas
