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
    // Bounds on the crossing test's work. Real outlines stay far below them; a ring of long
    // segments all lying over each other would take hours and gigabytes, and is refused as too
    // intricate to check rather than passed unchecked.
    static constexpr qint64 maxPairTests = 50'000'000;
    static constexpr qint64 maxCellEntries = 8'000'000;

    // Empty when the ring is good, else the problem in words, with the place in degrees.
    static QString check(const QPolygonF &ring);
};

} // namespace atlas::geo
