// SPDX-License-Identifier: GPL-3.0-or-later
#include "RingValidator.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

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

QString place(const QPointF &p)
{
    return RingValidator::tr("near %1°%2 %3°%4")
        .arg(QString::number(std::abs(p.x()), 'f', 3),
             p.x() < 0 ? QStringLiteral("W") : QStringLiteral("E"),
             QString::number(std::abs(p.y()), 'f', 3),
             p.y() < 0 ? QStringLiteral("S") : QStringLiteral("N"));
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

    // Segments are bucketed in a grid of cells about twice their mean length, and only segments
    // sharing a cell are compared: linear for real outlines, whose segments are short.
    const QRectF box = ring.boundingRect();
    double perimeter = 0;
    qsizetype segmentCount = 0;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QPointF d = ring.at(i + 1) - ring.at(i);
        if (!d.isNull()) {
            perimeter += std::hypot(d.x(), d.y());
            ++segmentCount;
        }
    }
    if (segmentCount > 0 && perimeter > 0 && std::isfinite(perimeter)) {
        const double cell = 2 * perimeter / double(segmentCount);
        const quint64 stride = quint64(box.height() / cell) + 2;
        struct Entry
        {
            quint64 cell;
            qsizetype segment; // from position `segment` to the next
        };
        std::vector<Entry> entries;
        entries.reserve(size_t(segmentCount) * 2);
        const auto tooIntricate = [&] {
            return tr("the ring is too intricate to check for self-crossings (%1 positions with "
                      "long overlapping segments); the map was not loaded, simplify the outline "
                      "and try again")
                .arg(n);
        };
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const QPointF &a = ring.at(i);
            const QPointF &b = ring.at(i + 1);
            if (a == b)
                continue; // repeated positions are harmless
            const quint64 x0 = quint64((std::min(a.x(), b.x()) - box.left()) / cell);
            const quint64 x1 = quint64((std::max(a.x(), b.x()) - box.left()) / cell);
            const quint64 y0 = quint64((std::min(a.y(), b.y()) - box.top()) / cell);
            const quint64 y1 = quint64((std::max(a.y(), b.y()) - box.top()) / cell);
            if (entries.size() + (x1 - x0 + 1) * (y1 - y0 + 1) > size_t(maxCellEntries))
                return tooIntricate();
            for (quint64 x = x0; x <= x1; ++x)
                for (quint64 y = y0; y <= y1; ++y)
                    entries.push_back({x * stride + y, i});
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &l, const Entry &r) {
            return l.cell < r.cell || (l.cell == r.cell && l.segment < r.segment);
        });
        qint64 tests = 0;
        for (size_t start = 0; start < entries.size();) {
            size_t end = start + 1;
            while (end < entries.size() && entries[end].cell == entries[start].cell)
                ++end;
            for (size_t k = start; k < end; ++k) {
                for (size_t m = k + 1; m < end; ++m) {
                    if (++tests > maxPairTests)
                        return tooIntricate();
                    const qsizetype i = entries[k].segment;
                    const qsizetype j = entries[m].segment;
                    if (properlyCross(ring.at(i), ring.at(i + 1), ring.at(j), ring.at(j + 1))) {
                        return tr("the ring crosses itself: segment %1 (positions %1 to %2) "
                                  "crosses segment %3, %4; the map was not loaded, repair the "
                                  "outline (for example with QGIS's Fix geometries) and try again")
                            .arg(i + 1)
                            .arg(i + 2)
                            .arg(j + 1)
                            .arg(place(ring.at(j)));
                    }
                }
            }
            start = end;
        }
    }

    double twiceArea = 0;
    for (qsizetype i = 0; i + 1 < n; ++i)
        twiceArea += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
    // Relative to the bounding box, so that rounding on collinear points is not taken for area.
    if (std::abs(twiceArea) <= 1e-9 * box.width() * box.height() || box.width() == 0 ||
        box.height() == 0)
        return tr("the ring encloses no area (%1)").arg(place(ring.first()));

    return {};
}

} // namespace atlas::geo
