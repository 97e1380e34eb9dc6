// SPDX-License-Identifier: GPL-3.0-or-later
#include "RingValidator.h"

#include <QList>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas::geo {
namespace {

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

int sign(double v)
{
    return (v > 0) - (v < 0);
}

// A proper crossing: each segment's ends lie strictly on both sides of the other. Touching and
// collinear overlaps are left alone; real data is full of shared vertices along coastlines.
bool properlyCross(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    const int d1 = sign(cross(a, b, c));
    const int d2 = sign(cross(a, b, d));
    const int d3 = sign(cross(c, d, a));
    const int d4 = sign(cross(c, d, b));
    return d1 * d2 < 0 && d3 * d4 < 0;
}

struct Segment
{
    double minX, maxX, minY, maxY;
    qsizetype index; // segment i runs from position i to i + 1
};

QString place(const QPointF &p)
{
    return RingValidator::tr("near %1°%2 %3°%4")
        .arg(QString::number(std::abs(p.x()), 'f', 3), p.x() < 0 ? QStringLiteral("W") : QStringLiteral("E"),
             QString::number(std::abs(p.y()), 'f', 3), p.y() < 0 ? QStringLiteral("S") : QStringLiteral("N"));
}

} // namespace

QString RingValidator::check(const QPolygonF &ring)
{
    const qsizetype n = ring.size();
    if (n < 4)
        return tr("the ring has %n position(s), at least 4 are needed", nullptr, int(n));
    if (ring.first() != ring.last())
        return tr("the ring is not closed: its last position must repeat the first (%1)")
            .arg(place(ring.first()));

    double twiceArea = 0;
    QRectF box = ring.boundingRect();
    for (qsizetype i = 0; i + 1 < n; ++i)
        twiceArea += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
    // Relative to the bounding box, so that rounding on collinear points is not taken for area.
    if (std::abs(twiceArea) <= 1e-9 * box.width() * box.height() || box.width() == 0 ||
        box.height() == 0)
        return tr("the ring encloses no area (%1)").arg(place(ring.first()));

    // Sweep along x: a segment is tested against the segments whose x-range it overlaps.
    QList<Segment> segments;
    segments.reserve(n - 1);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(i + 1);
        if (a == b)
            continue; // repeated positions are harmless
        segments.append({std::min(a.x(), b.x()), std::max(a.x(), b.x()), std::min(a.y(), b.y()),
                         std::max(a.y(), b.y()), i});
    }
    std::sort(segments.begin(), segments.end(),
              [](const Segment &l, const Segment &r) { return l.minX < r.minX; });
    QList<const Segment *> active;
    qint64 tests = 0;
    for (const Segment &s : segments) {
        active.removeIf([&](const Segment *a) { return a->maxX < s.minX; });
        for (const Segment *a : active) {
            if (++tests > maxPairTests)
                return {};
            if (a->maxY < s.minY || a->minY > s.maxY)
                continue;
            const qsizetype i = std::min(a->index, s.index);
            const qsizetype j = std::max(a->index, s.index);
            if (properlyCross(ring.at(i), ring.at(i + 1), ring.at(j), ring.at(j + 1))) {
                return tr("the ring crosses itself: segment %1 (positions %1 to %2) crosses "
                          "segment %3, %4; the map was not loaded, repair the outline (for "
                          "example with QGIS's Fix geometries) and try again")
                    .arg(i + 1)
                    .arg(i + 2)
                    .arg(j + 1)
                    .arg(place(ring.at(j)));
            }
        }
        active.append(&s);
    }
    return {};
}

} // namespace atlas::geo
