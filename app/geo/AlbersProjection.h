// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QPointF>

namespace atlas::geo {

// Albers equal-area conic on the GRS80 ellipsoid (Snyder, Map Projections: A Working Manual,
// USGS PP 1395, pp. 98-103). Defaults are the usual ones for national maps of China:
// standard parallels 25°N and 47°N, central meridian 105°E, origin latitude 0, no false
// easting/northing; identical to `proj +proj=aea +lat_1=25 +lat_2=47 +lon_0=105`.
// Projected coordinates are metres, x to the east and y to the north.
class AlbersProjection
{
public:
    struct Parameters
    {
        double lat1 = 25;
        double lat2 = 47;
        double lat0 = 0;
        double lon0 = 105;
    };

    AlbersProjection();
    explicit AlbersProjection(const Parameters &parameters);

    QPointF project(double longitude, double latitude) const;
    QPointF project(const QGeoCoordinate &coordinate) const;
    QGeoCoordinate unproject(const QPointF &point) const;
    // Scale factor along the parallel at this latitude (map length / ground length); along the
    // meridian it is the reciprocal, the projection being equal-area.
    double parallelScale(double latitude) const;

    const Parameters &parameters() const { return m_parameters; }

private:
    double q(double sinPhi) const;
    double m(double sinPhi) const;

    Parameters m_parameters;
    double m_n = 0;
    double m_c = 0;
    double m_rho0 = 0;
};

} // namespace atlas::geo
