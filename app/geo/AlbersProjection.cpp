// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlbersProjection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas::geo {
namespace {

// GRS80, the ellipsoid PROJ's `+ellps=GRS80` names (and, to 0.1 mm, WGS84).
constexpr double semiMajorAxis = 6378137.0;
constexpr double flattening = 1.0 / 298.257222101;
constexpr double eccentricitySquared = flattening * (2.0 - flattening);
const double eccentricity = std::sqrt(eccentricitySquared);

constexpr double degree = std::numbers::pi / 180.0;

// Longitude difference folded into (-180°, 180°], as PROJ does without +over, so that a point
// just across the antimeridian lands on the near side of the map and not a turn away.
double wrapRadians(double lambda)
{
    if (lambda > -std::numbers::pi && lambda <= std::numbers::pi)
        return lambda;
    lambda = std::remainder(lambda, 2.0 * std::numbers::pi);
    return lambda <= -std::numbers::pi ? lambda + 2.0 * std::numbers::pi : lambda;
}

} // namespace

AlbersProjection::AlbersProjection() : AlbersProjection(Parameters{})
{}

AlbersProjection::AlbersProjection(const Parameters &parameters) : m_parameters(parameters)
{
    // Snyder eqs. 14-3, 14-6, 14-12 to 14-14.
    const double sin1 = std::sin(parameters.lat1 * degree);
    const double sin2 = std::sin(parameters.lat2 * degree);
    const double m1 = m(sin1);
    const double q1 = q(sin1);
    // One standard parallel (the tangent cone) would make the general formula 0/0.
    if (std::abs(parameters.lat1 - parameters.lat2) < 1e-10)
        m_n = sin1;
    else
        m_n = (m1 * m1 - m(sin2) * m(sin2)) / (q(sin2) - q1);
    m_c = m1 * m1 + m_n * q1;
    m_rho0 = semiMajorAxis * std::sqrt(m_c - m_n * q(std::sin(parameters.lat0 * degree))) / m_n;
}

double AlbersProjection::q(double sinPhi) const
{
    // Snyder eq. 3-12.
    const double es = eccentricity * sinPhi;
    return (1.0 - eccentricitySquared) *
           (sinPhi / (1.0 - es * es) -
            (1.0 / (2.0 * eccentricity)) * std::log((1.0 - es) / (1.0 + es)));
}

double AlbersProjection::m(double sinPhi) const
{
    // Snyder eq. 14-15, with cos from sin: the latitudes here never pass the poles.
    const double cosPhi = std::sqrt(std::max(0.0, 1.0 - sinPhi * sinPhi));
    return cosPhi / std::sqrt(1.0 - eccentricitySquared * sinPhi * sinPhi);
}

QPointF AlbersProjection::project(double longitude, double latitude) const
{
    // Snyder eqs. 14-1 to 14-4; the max() keeps rounding at the poles from a NaN.
    const double rho =
        semiMajorAxis * std::sqrt(std::max(0.0, m_c - m_n * q(std::sin(latitude * degree)))) / m_n;
    const double theta = m_n * wrapRadians((longitude - m_parameters.lon0) * degree);
    return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

QPointF AlbersProjection::project(const QGeoCoordinate &coordinate) const
{
    return project(coordinate.longitude(), coordinate.latitude());
}

QGeoCoordinate AlbersProjection::unproject(const QPointF &point) const
{
    // Snyder eqs. 14-10, 14-11, 14-8, 14-9 and 3-16. For a cone opening south (n < 0) rho and
    // both atan2 arguments change sign.
    const double x = point.x();
    const double dy = m_rho0 - point.y();
    const double sign = m_n < 0 ? -1.0 : 1.0;
    const double rho = std::hypot(x, dy) * sign;
    const double theta = std::atan2(x * sign, dy * sign);
    const double qValue = (m_c - rho * rho * m_n * m_n / (semiMajorAxis * semiMajorAxis)) / m_n;

    // q at the poles (Snyder eq. 14-20); past it the iteration below would not converge.
    const double qPole = 1.0 - (1.0 - eccentricitySquared) / (2.0 * eccentricity) *
                                   std::log((1.0 - eccentricity) / (1.0 + eccentricity));
    double phi;
    if (std::abs(std::abs(qValue) - qPole) < 1e-12 || std::abs(qValue) > qPole) {
        phi = std::copysign(std::numbers::pi / 2.0, qValue);
    } else {
        phi = std::asin(qValue / 2.0);
        for (int i = 0; i < 15; ++i) {
            const double sinPhi = std::sin(phi);
            const double cosPhi = std::cos(phi);
            const double es = eccentricity * sinPhi;
            const double oneMinus = 1.0 - es * es;
            const double step = oneMinus * oneMinus / (2.0 * cosPhi) *
                                (qValue / (1.0 - eccentricitySquared) - sinPhi / oneMinus +
                                 (1.0 / (2.0 * eccentricity)) * std::log((1.0 - es) / (1.0 + es)));
            phi += step;
            if (std::abs(step) < 1e-14)
                break;
        }
    }
    const double lambda = wrapRadians(theta / m_n + m_parameters.lon0 * degree);
    return QGeoCoordinate(phi / degree, lambda / degree);
}

double AlbersProjection::parallelScale(double latitude) const
{
    // Snyder eq. 14-16: k = rho n / (a m).
    const double sinPhi = std::sin(latitude * degree);
    const double rho = semiMajorAxis * std::sqrt(std::max(0.0, m_c - m_n * q(sinPhi))) / m_n;
    return rho * m_n / (semiMajorAxis * m(sinPhi));
}

} // namespace atlas::geo
