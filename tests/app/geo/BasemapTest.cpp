// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Basemap.h"

#include <QString>
#include <gtest/gtest.h>

using atlas::Language;
using atlas::geo::Basemap;
using atlas::geo::ProvinceShape;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/geo/") + QLatin1String(name);
}

// Loading the built-in map parses about 2.5 MB of GeoJSON, so the tests share one.
const Basemap &builtIn()
{
    static const std::optional<Basemap> map = [] {
        QString error;
        std::optional<Basemap> loaded = Basemap::loadBuiltIn(&error);
        EXPECT_TRUE(loaded) << error.toStdString();
        return loaded;
    }();
    if (!map)
        throw std::runtime_error("the built-in base map does not load");
    return *map;
}

QString codeAt(const Basemap &map, double lon, double lat)
{
    const int index = map.provinceAt(map.projection().project(lon, lat));
    return index < 0 ? QStringLiteral("none") : map.provinces().at(index).code;
}

} // namespace

TEST(Basemap, BuiltInHasAllProvincesNeighboursAndIslands)
{
    const Basemap &map = builtIn();
    EXPECT_TRUE(map.isBuiltIn());
    ASSERT_EQ(map.provinces().size(), 34);
    EXPECT_EQ(map.neighbours().size(), 55);
    EXPECT_FALSE(map.islands().isEmpty());
    EXPECT_EQ(map.islands().fillRule(), Qt::OddEvenFill);

    const int beijing = map.provinceIndexOfCode(QStringLiteral("110000"));
    ASSERT_GE(beijing, 0);
    const ProvinceShape &p = map.provinces().at(beijing);
    EXPECT_EQ(p.nameZh, QStringLiteral("北京市"));
    EXPECT_EQ(p.name(Language::Chinese), QStringLiteral("北京"));
    EXPECT_EQ(p.name(Language::English), QStringLiteral("Beijing"));
    EXPECT_EQ(p.group, QStringLiteral("mainland"));
    EXPECT_EQ(p.coarse.fillRule(), Qt::OddEvenFill);
    EXPECT_EQ(p.bounds, p.coarse.boundingRect());
    // The detail is a different, finer outline of the same province.
    EXPECT_GT(p.detail.elementCount(), p.coarse.elementCount());
    EXPECT_LT(QLineF(p.detail.boundingRect().center(), p.bounds.center()).length(), 2000);

    const int hongKong = map.provinceIndexOfCode(QStringLiteral("810000"));
    ASSERT_GE(hongKong, 0);
    EXPECT_EQ(map.provinces().at(hongKong).group, QStringLiteral("sar"));
    EXPECT_EQ(map.provinces().at(map.provinceIndexOfCode(QStringLiteral("710000"))).group,
              QStringLiteral("taiwan"));
    EXPECT_EQ(map.provinceIndexOfCode(QStringLiteral("999999")), -1);

    bool hasMongolia = false;
    for (const auto &n : map.neighbours())
        hasMongolia = hasMongolia || n.name == u"Mongolia";
    EXPECT_TRUE(hasMongolia);

    // The Spratlys lie far south of Hainan, outside every province.
    const QPointF spratlys = map.projection().project(114.3, 10.0);
    EXPECT_TRUE(map.islands().boundingRect().contains(spratlys));
    EXPECT_FALSE(map.chinaBounds().contains(spratlys));
}

TEST(Basemap, ProvinceAtFindsTheProvinceOfKnownPlaces)
{
    const Basemap &map = builtIn();
    EXPECT_EQ(codeAt(map, 116.39723, 39.9075), QStringLiteral("110000")); // Beijing
    EXPECT_EQ(codeAt(map, 117.20, 39.13), QStringLiteral("120000"));      // Tianjin
    EXPECT_EQ(codeAt(map, 114.48, 38.03), QStringLiteral("130000"));      // Shijiazhuang
    EXPECT_EQ(codeAt(map, 112.97, 28.2), QStringLiteral("430000"));       // Changsha
    EXPECT_EQ(codeAt(map, 87.60046, 43.80096), QStringLiteral("650000")); // Urumqi
    EXPECT_EQ(codeAt(map, 91.1, 29.65), QStringLiteral("540000"));        // Lhasa
    EXPECT_EQ(codeAt(map, 126.65, 45.75), QStringLiteral("230000"));      // Harbin
    EXPECT_EQ(codeAt(map, 121.47, 31.23), QStringLiteral("310000"));      // Shanghai
    EXPECT_EQ(codeAt(map, 109.5, 18.25), QStringLiteral("460000"));       // Sanya
    EXPECT_EQ(codeAt(map, 121.5654, 25.033), QStringLiteral("710000"));   // Taipei
    EXPECT_EQ(codeAt(map, 114.17, 22.32), QStringLiteral("810000"));      // Kowloon
    EXPECT_EQ(codeAt(map, 123.5, 35.5), QStringLiteral("none"));          // Yellow Sea
    EXPECT_EQ(codeAt(map, 106.9, 47.9), QStringLiteral("none"));          // Ulaanbaatar
    EXPECT_EQ(codeAt(map, 127.0, 37.55), QStringLiteral("none"));         // Seoul
}

TEST(Basemap, ChinaBoundsSpanTheCountry)
{
    const Basemap &map = builtIn();
    const QRectF bounds = map.chinaBounds();
    EXPECT_TRUE(bounds.contains(map.projection().project(122.5, 53.0)));  // Mohe
    EXPECT_TRUE(bounds.contains(map.projection().project(109.5, 18.25))); // Sanya
    EXPECT_TRUE(bounds.contains(map.projection().project(73.6, 39.4)));   // the far west
    EXPECT_TRUE(bounds.contains(map.projection().project(134.7, 48.4)));  // the far east
    // Not much more: a few thousand kilometres each way (China spans about 5000 by 3700 km here).
    EXPECT_GT(bounds.width(), 4.5e6);
    EXPECT_LT(bounds.width(), 6.0e6);
    EXPECT_GT(bounds.height(), 3.0e6);
    EXPECT_LT(bounds.height(), 4.5e6);
    // QRectF keeps a width, not a right edge, so allow its rounding: a millimetre.
    const QRectF slack = bounds.adjusted(-1e-3, -1e-3, 1e-3, 1e-3);
    for (const ProvinceShape &p : map.provinces())
        EXPECT_TRUE(slack.contains(p.bounds)) << p.code.toStdString();
}

TEST(Basemap, LoadsAUsersProvinces)
{
    QString error;
    const auto map = Basemap::loadProvinces(fixture("provinces-small.geojson"), &error);
    ASSERT_TRUE(map) << error.toStdString();
    EXPECT_FALSE(map->isBuiltIn());
    EXPECT_EQ(map->sourcePath(), fixture("provinces-small.geojson"));
    EXPECT_TRUE(map->neighbours().isEmpty());
    EXPECT_TRUE(map->islands().isEmpty());
    ASSERT_EQ(map->provinces().size(), 3);

    const ProvinceShape &shaanxi = map->provinces().at(0);
    EXPECT_EQ(shaanxi.code, QStringLiteral("610000"));
    EXPECT_EQ(shaanxi.nameZhShort, QStringLiteral("陕西"));
    EXPECT_EQ(shaanxi.group, QStringLiteral("mainland")); // the default
    EXPECT_EQ(shaanxi.detail, shaanxi.coarse);
    const ProvinceShape &gansu = map->provinces().at(1);
    EXPECT_EQ(gansu.code, QStringLiteral("620000"));        // a number in the file
    EXPECT_EQ(gansu.nameZhShort, QStringLiteral("甘肃省")); // falls back to name_zh
    EXPECT_EQ(gansu.group, QStringLiteral("taiwan"));

    // The hole in the first province is where the third one is.
    EXPECT_EQ(codeAt(*map, 102, 32), QStringLiteral("610000"));
    EXPECT_EQ(codeAt(*map, 105, 35), QStringLiteral("640000"));
    EXPECT_EQ(codeAt(*map, 115, 35), QStringLiteral("620000"));
    EXPECT_EQ(codeAt(*map, 121.7, 30.2), QStringLiteral("620000")); // its second polygon
    EXPECT_EQ(codeAt(*map, 121.3, 30.8), QStringLiteral("none"));   // beside that triangle
    EXPECT_EQ(codeAt(*map, 95, 35), QStringLiteral("none"));
    EXPECT_EQ(map->provinceIndexOfCode(QStringLiteral("640000")), 2);

    const QRectF bounds = map->chinaBounds();
    EXPECT_TRUE(bounds.contains(map->projection().project(100, 30)));
    EXPECT_TRUE(bounds.contains(map->projection().project(121.9, 30.1)));
    EXPECT_FALSE(bounds.contains(map->projection().project(99, 35)));
}

TEST(Basemap, UsersProvincesNeedNames)
{
    QString error;
    EXPECT_FALSE(Basemap::loadProvinces(fixture("provinces-missing-name-en.geojson"), &error));
    EXPECT_TRUE(error.startsWith(fixture("provinces-missing-name-en.geojson") +
                                 QStringLiteral(": feature 2 (id 620000): missing property "
                                                "\"name_en\"")))
        << error.toStdString();
}

TEST(Basemap, UsersProvincesNeedDistinctCodes)
{
    QString error;
    EXPECT_FALSE(Basemap::loadProvinces(fixture("provinces-duplicate-code.geojson"), &error));
    EXPECT_NE(error.indexOf(QStringLiteral(": feature 2 (id 610000): duplicate gb_code 610000, "
                                           "already used by feature 1")),
              -1)
        << error.toStdString();
}

TEST(Basemap, UsersFileErrorsPassThrough)
{
    QString error;
    EXPECT_FALSE(Basemap::loadProvinces(fixture("line-string.geojson"), &error));
    EXPECT_NE(error.indexOf(QStringLiteral("unsupported geometry type \"LineString\"")), -1)
        << error.toStdString();
    // Polygons without the province properties are refused too, naming the first one.
    EXPECT_FALSE(Basemap::loadProvinces(fixture("valid.geojson"), &error));
    EXPECT_NE(error.indexOf(QStringLiteral("feature 1 (id square-with-hole): missing property "
                                           "\"gb_code\"")),
              -1)
        << error.toStdString();
}

namespace {

QByteArray provinceWithCode(const QByteArray &code)
{
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gb_code":)" +
           code +
           R"(,"name_zh":"北京市","name_en":"Beijing"},"geometry":{"type":"Polygon",)"
           R"("coordinates":[[[116,39],[117,39],[117,40],[116,39]]]}}]})";
}

} // namespace

// Found by the base-map fuzzer: a code far outside qint64 was converted anyway (undefined
// behaviour), and the message then said the property was missing.
TEST(Basemap, ANumericCodeOutOfRangeIsNotAValidCode)
{
    for (const QByteArray &code :
         {QByteArray("1e300"), QByteArray("-5"), QByteArray("1.5"), QByteArray("1e15")}) {
        QString error;
        EXPECT_FALSE(
            Basemap::parseProvinces(provinceWithCode(code), QStringLiteral("m.geojson"), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("not a valid code"))) << error.toStdString();
        EXPECT_FALSE(error.contains(QStringLiteral("missing"))) << error.toStdString();
    }
    QString error;
    EXPECT_FALSE(
        Basemap::parseProvinces(provinceWithCode("true"), QStringLiteral("m.geojson"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("must be text, not a boolean")))
        << error.toStdString();
    const auto map =
        Basemap::parseProvinces(provinceWithCode("110000"), QStringLiteral("m.geojson"), &error);
    ASSERT_TRUE(map) << error.toStdString();
    EXPECT_EQ(map->provinces().at(0).code, QStringLiteral("110000"));
}

TEST(Basemap, UsersProvincesGeometryIsChecked)
{
    const QByteArray bowTie =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gb_code":"110000","name_zh":"北京市","name_en":"Beijing"},"geometry":{"type":"MultiPolygon","coordinates":[[[[116,39],[117,40],[117,39],[116,40],[116,39]]]]}}]})";
    QString error;
    EXPECT_FALSE(Basemap::parseProvinces(bowTie, QStringLiteral("m.geojson"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("m.geojson: feature 1 (id 110000): polygon 1, "
                                                "ring 1: the ring crosses itself")))
        << error.toStdString();
    const QByteArray empty =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gb_code":"110000","name_zh":"北京市","name_en":"Beijing"},"geometry":{"type":"MultiPolygon","coordinates":[]}}]})";
    EXPECT_FALSE(Basemap::parseProvinces(empty, QStringLiteral("m.geojson"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no polygons"))) << error.toStdString();
}
