// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/AlbersProjection.h"

#include <QLineF>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <iostream>
#include <numbers>

using atlas::geo::AlbersProjection;

namespace {

struct Place
{
    const char *name;
    double lon;
    double lat;
};

// Across China and beyond it, including the origin, the far north and the far south, where an
// error in the ellipsoid terms or the cone constant would show most.
constexpr Place places[] = {
    {"Beijing", 116.39723, 39.9075}, {"Shanghai", 121.45806, 31.22222},
    {"Guangzhou", 113.25, 23.11667}, {"Urumqi", 87.60046, 43.80096},
    {"Harbin", 126.65, 45.75},       {"Sanya", 109.50, 18.25},
    {"Lhasa", 91.1, 29.65},          {"Kashgar", 75.98972, 39.47066},
    {"Mohe", 122.5, 53.0},           {"Zengmu Ansha", 112.28, 3.97},
    {"origin", 105.0, 0.0},          {"latitude 60", 105.0, 60.0},
    {"Fuyuan", 134.29, 48.36},       {"Taipei", 121.5654, 25.033},
    {"Singapore", 103.82, 1.35},     {"Tokyo", 139.69, 35.69},
    {"Moscow", 37.62, 55.75},        {"Jakarta", 106.85, -6.2},
    {"Anadyr", 177.5, 64.73},        {"Kamchatka east of 180", -175.0, 60.0},
    {"South", 80.0, -40.0},
};

} // namespace

TEST(AlbersProjection, MatchesProj)
{
    const QString proj = QStandardPaths::findExecutable(QStringLiteral("proj"));
    ASSERT_FALSE(proj.isEmpty())
        << "the `proj` program is missing: install proj-bin (scripts/install-deps.sh does)";

    QByteArray input;
    for (const Place &p : places)
        input +=
            QByteArray::number(p.lon, 'f', 10) + ' ' + QByteArray::number(p.lat, 'f', 10) + '\n';
    QProcess process;
    process.start(proj,
                  {QStringLiteral("+proj=aea"), QStringLiteral("+lat_1=25"),
                   QStringLiteral("+lat_2=47"), QStringLiteral("+lon_0=105"),
                   QStringLiteral("+ellps=GRS80"), QStringLiteral("-f"), QStringLiteral("%.4f")});
    ASSERT_TRUE(process.waitForStarted()) << process.errorString().toStdString();
    process.write(input);
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(30000)) << process.errorString().toStdString();
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();

    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    ASSERT_EQ(lines.size(), qsizetype(std::size(places)));
    const AlbersProjection projection;
    double maxError = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Place &p = places[i];
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        ASSERT_EQ(fields.size(), 2) << p.name << ": " << lines.at(i).toStdString();
        bool okX = false;
        bool okY = false;
        const double x = fields.at(0).toDouble(&okX);
        const double y = fields.at(1).toDouble(&okY);
        ASSERT_TRUE(okX && okY) << p.name << ": " << lines.at(i).toStdString();
        const QPointF ours = projection.project(p.lon, p.lat);
        // proj rounds to 0.1 mm; 1 mm leaves room for that and nothing else.
        EXPECT_NEAR(ours.x(), x, 0.001) << p.name;
        EXPECT_NEAR(ours.y(), y, 0.001) << p.name;
        maxError = std::max({maxError, std::abs(ours.x() - x), std::abs(ours.y() - y)});
    }
    RecordProperty("max_error_m", QString::number(maxError, 'g', 3).toStdString());
    std::cout << "max difference from PROJ: " << maxError << " m\n";
}

TEST(AlbersProjection, CoordinateOverloadAgrees)
{
    const AlbersProjection projection;
    EXPECT_EQ(projection.project(QGeoCoordinate(39.9075, 116.39723)),
              projection.project(116.39723, 39.9075));
    // The central meridian maps to x = 0, and the origin to (0, 0).
    EXPECT_NEAR(projection.project(105, 35).x(), 0, 1e-9);
    EXPECT_NEAR(projection.project(105, 0).y(), 0, 1e-6);
}

TEST(AlbersProjection, UnprojectInvertsProject)
{
    const AlbersProjection projection;
    for (const Place &p : places) {
        const QGeoCoordinate back = projection.unproject(projection.project(p.lon, p.lat));
        EXPECT_NEAR(back.longitude(), p.lon, 1e-9) << p.name;
        EXPECT_NEAR(back.latitude(), p.lat, 1e-9) << p.name;
    }
    for (double lat = -80; lat <= 85; lat += 5) {
        for (double lon = 60; lon <= 150; lon += 15) {
            const QGeoCoordinate back = projection.unproject(projection.project(lon, lat));
            EXPECT_NEAR(back.longitude(), lon, 1e-9) << lon << ' ' << lat;
            EXPECT_NEAR(back.latitude(), lat, 1e-9) << lon << ' ' << lat;
        }
    }
}

TEST(AlbersProjection, OtherParametersRoundTrip)
{
    // A cone opening south, with an origin latitude and a single standard parallel.
    for (const AlbersProjection::Parameters parameters :
         {AlbersProjection::Parameters{-20, -45, -30, 135},
          AlbersProjection::Parameters{30, 30, 20, 110}}) {
        const AlbersProjection projection(parameters);
        EXPECT_NEAR(projection.project(parameters.lon0, parameters.lat0).y(), 0, 1e-6);
        EXPECT_NEAR(projection.parallelScale(parameters.lat1), 1, 1e-9);
        for (const Place &p : places) {
            const QGeoCoordinate back = projection.unproject(projection.project(p.lon, p.lat));
            EXPECT_NEAR(back.longitude(), p.lon, 1e-9) << p.name;
            EXPECT_NEAR(back.latitude(), p.lat, 1e-9) << p.name;
        }
    }
}

TEST(AlbersProjection, TrueScaleOnlyOnTheStandardParallels)
{
    const AlbersProjection projection;
    EXPECT_NEAR(projection.parallelScale(25), 1, 1e-9);
    EXPECT_NEAR(projection.parallelScale(47), 1, 1e-9);
    for (double lat : {25.5, 30.0, 36.0, 40.0, 46.5})
        EXPECT_LT(projection.parallelScale(lat), 1) << lat;
    for (double lat : {-10.0, 0.0, 18.0, 24.5, 47.5, 53.0, 70.0})
        EXPECT_GT(projection.parallelScale(lat), 1) << lat;
    // Between the parallels the shrinking is small: about 1.5% at its worst for 25/47.
    EXPECT_GT(projection.parallelScale(36), 0.98);
}

TEST(AlbersProjection, ParallelScaleMatchesMeasuredDistances)
{
    // k from a finite difference along the parallel: projected length over the ellipsoid's arc
    // (N cos phi dlambda), which catches a formula that is 1 at the standard parallels only.
    const AlbersProjection projection;
    constexpr double a = 6378137.0;
    constexpr double f = 1 / 298.257222101;
    constexpr double e2 = f * (2 - f);
    constexpr double deg = std::numbers::pi / 180;
    for (double lat : {10.0, 30.0, 40.0, 55.0}) {
        const double dLon = 1e-4;
        const double mapLength =
            QLineF(projection.project(105, lat), projection.project(105 + dLon, lat)).length();
        const double s = std::sin(lat * deg);
        const double ground = a / std::sqrt(1 - e2 * s * s) * std::cos(lat * deg) * dLon * deg;
        EXPECT_NEAR(projection.parallelScale(lat), mapLength / ground, 1e-7) << lat;
    }
}
