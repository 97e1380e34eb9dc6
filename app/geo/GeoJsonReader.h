// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <optional>

namespace atlas::geo {

// One feature of a GeoJSON FeatureCollection. Coordinates stay in degrees, x = longitude,
// y = latitude; each polygon is its outer ring followed by its holes.
struct GeoFeature
{
    QString id; // the feature's "id", or empty
    QJsonObject properties;
    QList<QList<QPolygonF>> polygons;
};

// Reads FeatureCollections of Polygon and MultiPolygon features (RFC 7946). All or nothing: any
// fault gives no features and a message naming the file, the feature (number and id) and the
// problem; for JSON syntax errors, the line and column.
class GeoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::geo::GeoJsonReader)

public:
    // Bounds on what one file may hold, so that no input can take the memory or the time of a
    // denial of service. An approved 1:1,000,000 map of China's provinces has about a million
    // positions; the parsed JSON costs about 150 bytes a position, so 5 million stay under 1 GB.
    static constexpr qsizetype maxFeatures = 10'000;
    static constexpr qsizetype maxPositionsPerRing = 2'000'000;
    static constexpr qsizetype maxPositions = 5'000'000;

    static std::optional<QList<GeoFeature>> readFile(const QString &path, QString *error);
    static std::optional<QList<GeoFeature>> parse(const QByteArray &json,
                                                  const QString &displayName, QString *error);
    // An upper bound on the positions in GeoJSON text, without parsing it: arrays that open
    // with a number. Cheap enough to run on 500 MB before deciding whether to parse at all.
    static qsizetype countPositionArrays(QByteArrayView json);
};

} // namespace atlas::geo
