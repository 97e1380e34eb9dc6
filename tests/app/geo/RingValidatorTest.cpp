// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/RingValidator.h"

#include "geo/GeoJsonReader.h"

#include <QElapsedTimer>
#include <cmath>
#include <gtest/gtest.h>

using atlas::geo::RingValidator;

namespace {

QPolygonF ring(std::initializer_list<QPointF> points)
{
    return QPolygonF(QList<QPointF>(points));
}

} // namespace

TEST(RingValidator, AcceptsASimpleClosedRing)
{
    EXPECT_EQ(RingValidator::check(ring({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}})), QString());
    // Repeated positions and a vertex touched twice are common in real outlines.
    EXPECT_EQ(RingValidator::check(ring({{0, 0}, {1, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}})),
              QString());
}

TEST(RingValidator, RefusesAnOpenRing)
{
    const QString problem = RingValidator::check(ring({{0, 0}, {1, 0}, {1, 1}, {0, 1}}));
    EXPECT_TRUE(problem.contains(QStringLiteral("not closed"))) << problem.toStdString();
}

TEST(RingValidator, RefusesARingWithNoArea)
{
    const QString problem = RingValidator::check(ring({{0, 0}, {1, 1}, {2, 2}, {0, 0}}));
    EXPECT_TRUE(problem.contains(QStringLiteral("no area"))) << problem.toStdString();
    EXPECT_TRUE(RingValidator::check(ring({{5, 5}, {5, 5}, {5, 5}, {5, 5}}))
                    .contains(QStringLiteral("no area")));
}

TEST(RingValidator, ReportsWhereABowTieCrossesItself)
{
    const QString problem =
        RingValidator::check(ring({{110, 30}, {111, 31}, {111, 30}, {110, 31}, {110, 30}}));
    EXPECT_TRUE(problem.contains(QStringLiteral("crosses itself"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("segment 1"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("segment 3"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("was not loaded"))) << problem.toStdString();
}

TEST(RingValidator, FindsACrossingInALargeRing)
{
    // A 200,000-position circle whose last stretch cuts back across its start.
    QPolygonF circle;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        circle.append(QPointF(105 + 10 * std::cos(a), 35 + 10 * std::sin(a)));
    }
    circle.append(circle.first());
    EXPECT_EQ(RingValidator::check(circle), QString());
    circle[n / 2] = QPointF(120, 35); // pulls one vertex across the far side
    EXPECT_TRUE(RingValidator::check(circle).contains(QStringLiteral("crosses itself")));
}

TEST(RingValidator, TheBuiltInOutlinesPassEveryCheck)
{
    for (const char *file :
         {":/map/china-provinces.geojson", ":/map/china-provinces-detail.geojson",
          ":/map/neighbours.geojson", ":/map/south-china-sea-islands.geojson"}) {
        QString error;
        const auto features = atlas::geo::GeoJsonReader::readFile(QLatin1String(file), &error);
        ASSERT_TRUE(features) << error.toStdString();
        for (const atlas::geo::GeoFeature &feature : *features) {
            for (const QList<QPolygonF> &polygon : feature.polygons) {
                for (const QPolygonF &r : polygon)
                    EXPECT_EQ(RingValidator::check(r), QString())
                        << file << ' ' << feature.id.toStdString();
            }
        }
    }
}
