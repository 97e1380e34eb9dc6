// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoJsonReader.h"

#include <QString>
#include <gtest/gtest.h>

using atlas::geo::GeoFeature;
using atlas::geo::GeoJsonReader;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/geo/") + QLatin1String(name);
}

std::string readError(const char *name)
{
    QString error;
    const auto features = GeoJsonReader::readFile(fixture(name), &error);
    EXPECT_FALSE(features.has_value()) << name << " was accepted";
    return error.toStdString();
}

} // namespace

TEST(GeoJsonReader, ReadsPolygonsMultiPolygonsIdsAndProperties)
{
    QString error;
    const auto features = GeoJsonReader::readFile(fixture("valid.geojson"), &error);
    ASSERT_TRUE(features) << error.toStdString();
    ASSERT_EQ(features->size(), 4);

    const GeoFeature &ring = features->at(0);
    EXPECT_EQ(ring.id, QStringLiteral("square-with-hole"));
    EXPECT_EQ(ring.properties.value(QStringLiteral("name")).toString(), QStringLiteral("Ring"));
    EXPECT_EQ(ring.properties.value(QStringLiteral("rank")).toInt(), 1);
    ASSERT_EQ(ring.polygons.size(), 1);
    ASSERT_EQ(ring.polygons[0].size(), 2); // outer ring and hole
    EXPECT_EQ(ring.polygons[0][0].size(), 5);
    EXPECT_EQ(ring.polygons[0][0][1], QPointF(110, 30)); // x = lon, y = lat
    EXPECT_EQ(ring.polygons[0][1][1], QPointF(104, 36));
    // The hole really is inside: the even-odd rule leaves its centre out.
    EXPECT_TRUE(ring.polygons[0][0].containsPoint(QPointF(105, 35), Qt::OddEvenFill));
    EXPECT_TRUE(ring.polygons[0][1].containsPoint(QPointF(105, 35), Qt::OddEvenFill));

    const GeoFeature &islands = features->at(1);
    EXPECT_EQ(islands.id, QStringLiteral("887")); // a numeric id, as text
    ASSERT_EQ(islands.polygons.size(), 2);
    EXPECT_EQ(islands.polygons[0].size(), 1);
    EXPECT_EQ(islands.polygons[0][0].size(), 4);
    EXPECT_EQ(islands.polygons[1][0].size(), 5);
    EXPECT_EQ(islands.polygons[1][0][2], QPointF(123, 23.5));

    // The limits of the ranges are allowed, and altitudes are ignored.
    const GeoFeature &world = features->at(2);
    EXPECT_TRUE(world.id.isEmpty()); // only a gb_code, which is a property
    EXPECT_EQ(world.properties.value(QStringLiteral("gb_code")).toString(),
              QStringLiteral("460000"));
    ASSERT_EQ(world.polygons.size(), 1);
    EXPECT_EQ(world.polygons[0][0][0], QPointF(-180, -90));

    EXPECT_TRUE(features->at(3).properties.isEmpty()); // "properties": null
    EXPECT_EQ(features->at(3).polygons.size(), 1);
}

TEST(GeoJsonReader, MissingFileNamesTheFile)
{
    const std::string error = readError("does-not-exist.geojson");
    EXPECT_NE(error.find("does-not-exist.geojson: cannot open"), std::string::npos) << error;
}

TEST(GeoJsonReader, InvalidJsonGivesLineAndColumn)
{
    const std::string error = readError("bad-syntax.geojson");
    // The missing comma is between "[2, 2]" and "[1, 1]" on line 5 (Qt puts the column just past
    // the "[", so only the line is checked).
    EXPECT_NE(error.find("bad-syntax.geojson:5:"), std::string::npos) << error;
    EXPECT_NE(error.find("invalid JSON"), std::string::npos) << error;
}

TEST(GeoJsonReader, ResourcePathsUseTheBuiltInName)
{
    QString error;
    EXPECT_FALSE(GeoJsonReader::readFile(QStringLiteral(":/map/no-such-file.geojson"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("built-in no-such-file.geojson: cannot open")))
        << error.toStdString();
}

TEST(GeoJsonReader, ParseNamesFeatureAndGbCodeInCompactText)
{
    const QByteArray json =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gb_code":"110000"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}},{"type":"Feature","properties":{"gb_code":"120000"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[200,1],[2,2],[1,1]]]}}]})";
    QString error;
    EXPECT_FALSE(GeoJsonReader::parse(json, QStringLiteral("inline.geojson"), &error));
    EXPECT_EQ(error, QStringLiteral("inline.geojson: feature 2 (id 120000): ring 1, position 2: "
                                    "longitude 200 is out of range (-180 to 180)"));
}

TEST(GeoJsonReader, EmptyCollectionIsValid)
{
    QString error;
    const auto features = GeoJsonReader::parse(R"({"type": "FeatureCollection", "features": []})",
                                               QStringLiteral("empty"), &error);
    ASSERT_TRUE(features) << error.toStdString();
    EXPECT_TRUE(features->isEmpty());
}

struct MalformedCase
{
    const char *file;
    const char *feature; // which feature, or only the file for faults of the whole file
    const char *problem;

    friend void PrintTo(const MalformedCase &c, std::ostream *os) { *os << c.file; }
};

class GeoJsonReaderMalformed : public ::testing::TestWithParam<MalformedCase>
{
};

TEST_P(GeoJsonReaderMalformed, NamesFileFeatureAndProblem)
{
    const MalformedCase &c = GetParam();
    const std::string error = readError(c.file);
    EXPECT_EQ(error.find(fixture(c.file).toStdString() + ": "), 0u) << error;
    EXPECT_NE(error.find(c.feature), std::string::npos) << error;
    EXPECT_NE(error.find(c.problem), std::string::npos) << error;
}

INSTANTIATE_TEST_SUITE_P(
    GeoJsonReader, GeoJsonReaderMalformed,
    ::testing::Values(
        MalformedCase{"not-a-feature-collection.geojson", "not-a-feature-collection.geojson: ",
                      "the top level must be a GeoJSON FeatureCollection, not a \"Feature\""},
        MalformedCase{"no-features.geojson", "no-features.geojson: ", "no \"features\" array"},
        MalformedCase{"line-string.geojson",
                      ": feature 2 (id road-7): ", "unsupported geometry type \"LineString\""},
        MalformedCase{"latitude-out-of-range.geojson", ": feature 3 (id 650000): ",
                      "polygon 2, ring 1, position 3: latitude 95.5 is out of range (-90 to 90)"},
        MalformedCase{"ring-too-short.geojson", ": feature 1 (id sliver): ",
                      "ring 1: the ring has 3 position(s), at least 4 are needed"},
        MalformedCase{"non-numeric-coordinate.geojson", ": feature 2 (id text): ",
                      "ring 2, position 2: coordinate 2 must be a number, not a string"},
        MalformedCase{"position-too-short.geojson", ": feature 1 (id flat): ",
                      "position 2: a position needs longitude and latitude"},
        MalformedCase{"no-geometry.geojson",
                      ": feature 1 (id ghost): ", "the feature has no geometry"}),
    [](const auto &info) {
        std::string name = info.param.file;
        name = name.substr(0, name.find('.'));
        for (char &ch : name)
            if (ch == '-')
                ch = '_';
        return name;
    });
