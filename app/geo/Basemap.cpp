// SPDX-License-Identifier: GPL-3.0-or-later
#include "Basemap.h"

#include "GeoJsonReader.h"
#include "RingValidator.h"
#include "io/InputFile.h"
#include "io/JsonDiagnostics.h"
#include "model/CityDataset.h"

#include <QHash>
#include <cmath>

namespace atlas::geo {
namespace {

const QString coarseProvincesPath = QStringLiteral(":/map/china-provinces.geojson");
const QString detailProvincesPath = QStringLiteral(":/map/china-provinces-detail.geojson");
const QString neighboursPath = QStringLiteral(":/map/neighbours.geojson");
const QString islandsPath = QStringLiteral(":/map/south-china-sea-islands.geojson");

void appendProjected(QPainterPath &path, const QList<QList<QPolygonF>> &polygons,
                     const AlbersProjection &projection)
{
    for (const QList<QPolygonF> &polygon : polygons) {
        for (const QPolygonF &ring : polygon) {
            // GeoJSON repeats the first position at the end; closeSubpath() draws that edge.
            qsizetype count = ring.size();
            if (count > 1 && ring.first() == ring.last())
                --count;
            path.moveTo(projection.project(ring.first().x(), ring.first().y()));
            for (qsizetype i = 1; i < count; ++i)
                path.lineTo(projection.project(ring.at(i).x(), ring.at(i).y()));
            path.closeSubpath();
        }
    }
}

QPainterPath projectedPath(const QList<QList<QPolygonF>> &polygons,
                           const AlbersProjection &projection)
{
    QPainterPath path;
    // Holes are rings inside rings, and odd-even needs no particular winding, which GeoJSON
    // from older tools does not always follow.
    path.setFillRule(Qt::OddEvenFill);
    qsizetype elements = 0;
    for (const QList<QPolygonF> &polygon : polygons)
        for (const QPolygonF &ring : polygon)
            elements += ring.size() + 1;
    path.reserve(int(elements));
    appendProjected(path, polygons, projection);
    return path;
}

QString featureLabel(const GeoFeature &feature, qsizetype index, const QString &code)
{
    const QString id = JsonDiagnostics::excerpt(feature.id.isEmpty() ? code : feature.id);
    return id.isEmpty() ? Basemap::tr("feature %1").arg(index + 1)
                        : Basemap::tr("feature %1 (id %2)").arg(QString::number(index + 1), id);
}

// A property as text; codes may come as numbers from tools that guess column types. When a value
// is present but unusable, *problem says why (a huge number is "not a valid code", not missing).
QString textProperty(const GeoFeature &feature, const char *key, QString *problem = nullptr)
{
    const QJsonValue v = feature.properties.value(QLatin1String(key));
    const auto refuse = [&](const QString &why) {
        if (problem)
            *problem = why;
        return QString();
    };
    if (v.isString()) {
        const QString text = v.toString().trimmed();
        if (text.size() > 200)
            return refuse(Basemap::tr("property \"%1\" is too long (%2 characters, at most 200)")
                              .arg(QLatin1String(key))
                              .arg(text.size()));
        return text;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Range first: converting a double outside qint64 is undefined behaviour.
        if (std::isfinite(d) && d >= 0 && d < 1e15 && d == std::floor(d))
            return QString::number(qint64(d));
        return refuse(
            Basemap::tr("property \"%1\" is not a valid code: %2 (expected text or a "
                        "whole number from 0 to 999999999999999)")
                .arg(QLatin1String(key), JsonDiagnostics::excerpt(QString::number(d, 'g', 17))));
    }
    if (!v.isUndefined() && !v.isNull())
        return refuse(Basemap::tr("property \"%1\" must be text, not %2")
                          .arg(QLatin1String(key), JsonDiagnostics::typeName(v)));
    return {};
}

// Empty if every ring of the feature can be drawn and hit-tested, else the first problem.
QString geometryProblem(const GeoFeature &feature)
{
    if (feature.polygons.isEmpty())
        return Basemap::tr("the province has no polygons");
    for (qsizetype p = 0; p < feature.polygons.size(); ++p) {
        const QList<QPolygonF> &polygon = feature.polygons.at(p);
        for (qsizetype r = 0; r < polygon.size(); ++r) {
            if (const QString problem = RingValidator::check(polygon.at(r)); !problem.isEmpty())
                return Basemap::tr("polygon %1, ring %2: %3").arg(p + 1).arg(r + 1).arg(problem);
        }
    }
    return {};
}

// Reads the provinces of one file; empty string on success, else the message.
QString readProvinces(const std::optional<QList<GeoFeature>> &features, const QString &displayName,
                      const AlbersProjection &projection, QList<ProvinceShape> &provinces,
                      bool checkGeometry)
{
    if (features->isEmpty())
        return Basemap::tr("%1: no provinces").arg(displayName);

    QHash<QString, qsizetype> indexOfCode;
    provinces.reserve(features->size());
    for (qsizetype i = 0; i < features->size(); ++i) {
        const GeoFeature &feature = features->at(i);
        ProvinceShape province;
        province.code = textProperty(feature, "gb_code");
        const QString label = featureLabel(feature, i, province.code);
        const auto problem = [&](const QString &what) {
            return Basemap::tr("%1: %2: %3").arg(displayName, label, what);
        };
        for (auto [key, target] : {std::pair{"gb_code", &province.code},
                                   {"name_zh", &province.nameZh},
                                   {"name_en", &province.nameEn}}) {
            QString why;
            *target = textProperty(feature, key, &why);
            if (!why.isEmpty())
                return problem(why);
            if (target->isEmpty())
                return problem(
                    Basemap::tr("missing property \"%1\" (gb_code, name_zh and name_en are "
                                "required)")
                        .arg(QLatin1String(key)));
        }
        province.nameZhShort = textProperty(feature, "name_zh_short");
        if (province.nameZhShort.isEmpty())
            province.nameZhShort = province.nameZh;
        province.group = textProperty(feature, "group");
        if (province.group.isEmpty())
            province.group = QStringLiteral("mainland");
        if (province.group != u"mainland" && province.group != u"sar" &&
            province.group != u"taiwan")
            return problem(Basemap::tr("unknown group \"%1\" (must be mainland, sar or taiwan)")
                               .arg(JsonDiagnostics::excerpt(province.group)));
        if (const auto it = indexOfCode.constFind(province.code); it != indexOfCode.cend())
            return problem(
                Basemap::tr("duplicate gb_code %1, already used by %2")
                    .arg(province.code, featureLabel(features->at(*it), *it, province.code)));
        indexOfCode.insert(province.code, i);
        if (checkGeometry) {
            if (const QString why = geometryProblem(feature); !why.isEmpty())
                return problem(why);
        }

        province.coarse = projectedPath(feature.polygons, projection);
        province.detail = province.coarse;
        province.bounds = province.coarse.boundingRect();
        provinces.append(std::move(province));
    }
    return {};
}

QRectF unitedBounds(const QList<ProvinceShape> &provinces)
{
    QRectF bounds;
    for (const ProvinceShape &province : provinces)
        bounds = bounds.united(province.bounds);
    return bounds;
}

} // namespace

std::optional<Basemap> Basemap::loadBuiltIn(QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<Basemap> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    Basemap map;
    map.m_builtIn = true;
    map.m_sourcePath = coarseProvincesPath;
    QString readError;
    const auto coarse = GeoJsonReader::readFile(coarseProvincesPath, &readError);
    if (!coarse)
        return fail(readError);
    // The built-in outlines are checked by the tests once, not at every start.
    if (QString problem = readProvinces(coarse, CityDataset::displayName(coarseProvincesPath),
                                        map.m_projection, map.m_provinces, false);
        !problem.isEmpty())
        return fail(problem);

    const auto detail = GeoJsonReader::readFile(detailProvincesPath, &readError);
    if (!detail)
        return fail(readError);
    // Both files come from the same build, so a mismatch is a packaging fault worth stopping on.
    const QString detailName = CityDataset::displayName(detailProvincesPath);
    QList<bool> hasDetail(map.m_provinces.size(), false);
    for (qsizetype i = 0; i < detail->size(); ++i) {
        const GeoFeature &feature = detail->at(i);
        const QString code = textProperty(feature, "gb_code");
        const int index = map.provinceIndexOfCode(code);
        if (index < 0)
            return fail(tr("%1: %2: no province with this gb_code in %3")
                            .arg(detailName, featureLabel(feature, i, code),
                                 CityDataset::displayName(coarseProvincesPath)));
        map.m_provinces[index].detail = projectedPath(feature.polygons, map.m_projection);
        hasDetail[index] = true;
    }
    if (const qsizetype missing = hasDetail.indexOf(false); missing >= 0)
        return fail(tr("%1: no detailed outline of province %2")
                        .arg(detailName, map.m_provinces.at(missing).code));

    const auto neighbours = GeoJsonReader::readFile(neighboursPath, &readError);
    if (!neighbours)
        return fail(readError);
    map.m_neighbours.reserve(neighbours->size());
    for (const GeoFeature &feature : *neighbours) {
        NeighbourShape neighbour;
        neighbour.name = textProperty(feature, "name");
        if (neighbour.name.isEmpty())
            neighbour.name = feature.id;
        neighbour.path = projectedPath(feature.polygons, map.m_projection);
        neighbour.bounds = neighbour.path.boundingRect();
        map.m_neighbours.append(std::move(neighbour));
    }

    const auto islands = GeoJsonReader::readFile(islandsPath, &readError);
    if (!islands)
        return fail(readError);
    map.m_islands.setFillRule(Qt::OddEvenFill);
    // The islands never overlap, so appending their rings is their union, without the cost of
    // QPainterPath::united().
    for (const GeoFeature &feature : *islands)
        appendProjected(map.m_islands, feature.polygons, map.m_projection);

    map.m_chinaBounds = unitedBounds(map.m_provinces);
    return map;
}

std::optional<Basemap> Basemap::loadProvinces(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = InputFile::read(path, InputFile::Kind::Basemap, error);
    if (!bytes)
        return std::nullopt;
    std::optional<Basemap> map = parseProvinces(*bytes, CityDataset::displayName(path), error);
    if (map)
        map->m_sourcePath = path;
    return map;
}

std::optional<Basemap> Basemap::parseProvinces(const QByteArray &geojson,
                                               const QString &displayName, QString *error)
{
    const auto features = GeoJsonReader::parse(geojson, displayName, error);
    if (!features)
        return std::nullopt;
    Basemap map;
    if (QString problem =
            readProvinces(features, displayName, map.m_projection, map.m_provinces, true);
        !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    map.m_chinaBounds = unitedBounds(map.m_provinces);
    return map;
}

int Basemap::provinceAt(const QPointF &projected) const
{
    for (qsizetype i = 0; i < m_provinces.size(); ++i) {
        const ProvinceShape &province = m_provinces.at(i);
        if (province.bounds.contains(projected) && province.coarse.contains(projected))
            return int(i);
    }
    return -1;
}

int Basemap::provinceIndexOfCode(const QString &code) const
{
    for (qsizetype i = 0; i < m_provinces.size(); ++i) {
        if (m_provinces.at(i).code == code)
            return int(i);
    }
    return -1;
}

} // namespace atlas::geo
