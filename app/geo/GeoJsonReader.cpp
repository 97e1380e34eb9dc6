// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoJsonReader.h"

#include "io/InputFile.h"
#include "io/JsonDiagnostics.h"
#include "model/CityDataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <cmath>

namespace atlas::geo {
namespace {

// GeoJSON ids may be strings or numbers (RFC 7946, 3.2); whole numbers print without a fraction.
QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

// Counts positions across the whole file against GeoJsonReader::maxPositions.
struct Budget
{
    qsizetype positions = 0;
};

// Where in a geometry a problem is, as a prefix; Polygons have no polygon number to give.
struct Position
{
    qsizetype polygon = -1; // -1: a Polygon geometry
    qsizetype ring = -1;
    qsizetype position = -1;

    QString prefix() const
    {
        QStringList parts;
        if (polygon >= 0)
            parts << GeoJsonReader::tr("polygon %1").arg(polygon + 1);
        if (ring >= 0)
            parts << GeoJsonReader::tr("ring %1").arg(ring + 1);
        if (position >= 0)
            parts << GeoJsonReader::tr("position %1").arg(position + 1);
        return parts.isEmpty() ? QString()
                               : parts.join(QStringLiteral(", ")) + QStringLiteral(": ");
    }
};

// Each reader returns an empty string on success, else the problem.
QString readRing(const QJsonValue &value, Position where, QPolygonF &ring, Budget &budget)
{
    if (!value.isArray())
        return where.prefix() + GeoJsonReader::tr("a ring must be an array of positions, not %1")
                                    .arg(JsonDiagnostics::typeName(value));
    const QJsonArray positions = value.toArray();
    // Three corners and the repeated first one: anything less encloses no area.
    if (positions.size() < 4)
        return where.prefix() +
               GeoJsonReader::tr("the ring has %n position(s), at least 4 are needed", nullptr,
                                 int(positions.size()));
    if (positions.size() > GeoJsonReader::maxPositionsPerRing)
        return where.prefix() +
               GeoJsonReader::tr("the ring has %1 positions, more than the limit of %2")
                   .arg(positions.size())
                   .arg(GeoJsonReader::maxPositionsPerRing);
    budget.positions += positions.size();
    if (budget.positions > GeoJsonReader::maxPositions)
        return where.prefix() + GeoJsonReader::tr("the map has more than %1 positions, the limit")
                                    .arg(GeoJsonReader::maxPositions);
    ring.reserve(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        where.position = i;
        const QJsonValue positionValue = positions.at(i);
        if (!positionValue.isArray())
            return where.prefix() +
                   GeoJsonReader::tr("a position must be an array of numbers, not %1")
                       .arg(JsonDiagnostics::typeName(positionValue));
        const QJsonArray position = positionValue.toArray();
        if (position.size() < 2)
            return where.prefix() +
                   GeoJsonReader::tr("a position needs longitude and latitude, found %n number(s)",
                                     nullptr, int(position.size()));
        // Only longitude and latitude are used, but an altitude that is not a number is as
        // much a sign of a broken file.
        for (qsizetype k = 0; k < position.size(); ++k) {
            if (!position.at(k).isDouble())
                return where.prefix() + GeoJsonReader::tr("coordinate %1 must be a number, not %2")
                                            .arg(k + 1)
                                            .arg(JsonDiagnostics::typeName(position.at(k)));
        }
        const double lon = position.at(0).toDouble();
        const double lat = position.at(1).toDouble();
        if (!(lon >= -180 && lon <= 180))
            return where.prefix() +
                   GeoJsonReader::tr("longitude %1 is out of range (-180 to 180)").arg(lon);
        if (!(lat >= -90 && lat <= 90))
            return where.prefix() +
                   GeoJsonReader::tr("latitude %1 is out of range (-90 to 90)").arg(lat);
        ring.append(QPointF(lon, lat));
    }
    return {};
}

QString readPolygon(const QJsonValue &value, Position where, QList<QPolygonF> &polygon,
                    Budget &budget)
{
    if (!value.isArray())
        return where.prefix() + GeoJsonReader::tr("a polygon must be an array of rings, not %1")
                                    .arg(JsonDiagnostics::typeName(value));
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return where.prefix() + GeoJsonReader::tr("the polygon has no rings");
    polygon.reserve(rings.size());
    for (qsizetype i = 0; i < rings.size(); ++i) {
        where.ring = i;
        QPolygonF ring;
        if (QString problem = readRing(rings.at(i), where, ring, budget); !problem.isEmpty())
            return problem;
        polygon.append(std::move(ring));
    }
    return {};
}

QString readGeometry(const QJsonValue &value, QList<QList<QPolygonF>> &polygons, Budget &budget)
{
    if (value.isUndefined() || value.isNull())
        return GeoJsonReader::tr("the feature has no geometry");
    if (!value.isObject())
        return GeoJsonReader::tr("\"geometry\" must be an object, not %1")
            .arg(JsonDiagnostics::typeName(value));
    const QJsonObject geometry = value.toObject();
    const QJsonValue typeValue = geometry.value(QLatin1String("type"));
    const QString type = typeValue.toString();
    const bool multi = type == u"MultiPolygon";
    if (!multi && type != u"Polygon") {
        if (!typeValue.isString())
            return GeoJsonReader::tr("the geometry has no \"type\"");
        return GeoJsonReader::tr(
                   "unsupported geometry type \"%1\" (only Polygon and MultiPolygon are read)")
            .arg(JsonDiagnostics::excerpt(type));
    }
    const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
    if (!coordinates.isArray())
        return GeoJsonReader::tr("\"coordinates\" must be an array, not %1")
            .arg(JsonDiagnostics::typeName(coordinates));
    if (!multi) {
        QList<QPolygonF> polygon;
        if (QString problem = readPolygon(coordinates, Position{}, polygon, budget);
            !problem.isEmpty())
            return problem;
        polygons.append(std::move(polygon));
        return {};
    }
    const QJsonArray parts = coordinates.toArray();
    if (parts.isEmpty())
        return GeoJsonReader::tr("the MultiPolygon has no polygons");
    polygons.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QList<QPolygonF> polygon;
        if (QString problem = readPolygon(parts.at(i), Position{i}, polygon, budget);
            !problem.isEmpty())
            return problem;
        polygons.append(std::move(polygon));
    }
    return {};
}

} // namespace

std::optional<QList<GeoFeature>> GeoJsonReader::readFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = InputFile::read(path, InputFile::Kind::Basemap, error);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, CityDataset::displayName(path), error);
}

qsizetype GeoJsonReader::countPositionArrays(QByteArrayView json)
{
    qsizetype count = 0;
    bool inString = false;
    bool escaped = false;
    bool afterOpen = false; // inside "[" with only white space since
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (afterOpen && (c == '-' || (c >= '0' && c <= '9')))
            ++count;
        afterOpen = c == '[';
        if (c == '"')
            inString = true;
    }
    return count;
}

std::optional<QList<GeoFeature>> GeoJsonReader::parse(const QByteArray &json,
                                                      const QString &displayName, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QList<GeoFeature>> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // Parsed JSON takes many times the size of its text, so a map too large to draw is refused
    // before it is parsed.
    if (const qsizetype positions = countPositionArrays(json); positions > maxPositions)
        return fail(tr("%1: the map has about %2 positions, more than the limit of %3; simplify "
                       "it (for example with mapshaper or QGIS) and try again")
                        .arg(displayName)
                        .arg(positions)
                        .arg(maxPositions));

    QString syntaxError;
    const std::optional<QJsonDocument> parsed =
        JsonDiagnostics::parse(json, displayName, &syntaxError);
    if (!parsed)
        return fail(syntaxError);
    const QJsonDocument &doc = *parsed;

    const QJsonObject root = doc.object();
    const QJsonValue rootType = root.value(QLatin1String("type"));
    if (!doc.isObject() || rootType.toString() != u"FeatureCollection") {
        QString found;
        if (!doc.isObject())
            found = doc.isArray() ? tr("an array") : tr("a value");
        else if (rootType.isString())
            found = tr("a \"%1\"").arg(JsonDiagnostics::excerpt(rootType.toString()));
        else
            found = tr("an object without \"type\"");
        return fail(tr("%1: the top level must be a GeoJSON FeatureCollection, not %2")
                        .arg(displayName, found));
    }
    const QJsonValue featuresValue = root.value(QLatin1String("features"));
    if (!featuresValue.isArray())
        return fail(tr("%1: the FeatureCollection has no \"features\" array").arg(displayName));
    const QJsonArray features = featuresValue.toArray();
    if (features.size() > maxFeatures)
        return fail(tr("%1: the FeatureCollection has %2 features, more than the limit of %3")
                        .arg(displayName)
                        .arg(features.size())
                        .arg(maxFeatures));

    Budget budget;
    QList<GeoFeature> result;
    result.reserve(features.size());
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonValue value = features.at(i);
        const QJsonObject object = value.toObject();
        GeoFeature feature;
        feature.id = idText(object.value(QLatin1String("id")));
        const QJsonValue properties = object.value(QLatin1String("properties"));
        // The built-in provinces carry their code only as a property; it names them as well.
        QString label = feature.id;
        if (label.isEmpty() && properties.isObject())
            label = idText(properties.toObject().value(QLatin1String("gb_code")));
        const auto featureFail = [&](const QString &problem) {
            const QString featureLabel =
                label.isEmpty() ? tr("feature %1").arg(i + 1)
                                : tr("feature %1 (id %2)")
                                      .arg(QString::number(i + 1), JsonDiagnostics::excerpt(label));
            return fail(tr("%1: %2: %3").arg(displayName, featureLabel, problem));
        };

        if (!value.isObject())
            return featureFail(
                tr("must be an object, not %1").arg(JsonDiagnostics::typeName(value)));
        const QJsonValue featureType = object.value(QLatin1String("type"));
        if (featureType.toString() != u"Feature")
            return featureFail(featureType.isString()
                                   ? tr("must be a GeoJSON Feature, not a \"%1\"")
                                         .arg(JsonDiagnostics::excerpt(featureType.toString()))
                                   : tr("must be a GeoJSON Feature (\"type\": \"Feature\")"));
        if (properties.isObject())
            feature.properties = properties.toObject();
        else if (!properties.isUndefined() && !properties.isNull())
            return featureFail(tr("\"properties\" must be an object, not %1")
                                   .arg(JsonDiagnostics::typeName(properties)));
        if (QString problem =
                readGeometry(object.value(QLatin1String("geometry")), feature.polygons, budget);
            !problem.isEmpty())
            return featureFail(problem);
        result.append(std::move(feature));
    }
    return result;
}

} // namespace atlas::geo
