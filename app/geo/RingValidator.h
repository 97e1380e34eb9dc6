// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPolygonF>
#include <QString>

namespace atlas::geo {

// Checks one polygon ring of a base map as drawing and hit tests need it: closed (the last
// position repeats the first, RFC 7946 3.1.6), enclosing an area, and not crossing itself. A ring
// that crosses itself fills wrongly and makes "which province is here" ambiguous, so base maps
// with one are refused rather than silently repaired into a shape nobody approved.
class RingValidator
{
    Q_DECLARE_TR_FUNCTIONS(atlas::geo::RingValidator)

public:
    // Above this many segment pairs the crossing test gives up and passes the ring: an
    // adversarial ring (thousands of overlapping vertical segments) would otherwise take hours.
    static constexpr qint64 maxPairTests = 50'000'000;

    // Empty when the ring is good, else the problem in words, with the place in degrees.
    static QString check(const QPolygonF &ring);
};

} // namespace atlas::geo
