// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace atlas::geo {

// One feature of a GeoJSON FeatureCollection. Coordinates stay in degrees, x = longitude,
// y = latitude; each polygon is its outer ring followed by its holes.
struct GeoFeature
{
    QString id; // the feature's "id", or empty
    QVariantMap properties;
    QList<QList<QPolygonF>> polygons;
};

// Reads FeatureCollections of Polygon and MultiPolygon features (RFC 7946). All or nothing: any
// fault gives no features and a message naming the file, the feature (number and id) and the
// problem; for JSON syntax errors, the line and column.
class GeoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::geo::GeoJsonReader)

public:
    static std::optional<QList<GeoFeature>> readFile(const QString &path, QString *error);
    static std::optional<QList<GeoFeature>> parse(const QByteArray &json,
                                                  const QString &displayName, QString *error);
};

} // namespace atlas::geo
