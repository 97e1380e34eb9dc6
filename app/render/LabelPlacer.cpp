// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelPlacer.h"

#include <algorithm>

namespace atlas {

bool LabelPlacer::isFree(const QRectF &rect, const QList<Placed> &placed) const
{
    if (!m_bounds.contains(rect))
        return false;
    for (const QRectF &o : m_obstacles) {
        if (o.intersects(rect))
            return false;
    }
    for (const Placed &p : placed) {
        if (p.rect.intersects(rect))
            return false;
    }
    return true;
}

QList<LabelPlacer::Placed> LabelPlacer::place(QList<Candidate> candidates) const
{
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.priority < b.priority; });
    QList<Placed> placed;
    for (const Candidate &c : candidates) {
        const double w = c.size.width();
        const double h = c.size.height();
        const double gap = c.clearance + 2;
        const QPointF a = c.anchor;
        // Right, left, above, below: the order cartographers prefer.
        const std::array<QRectF, 4> options{
            QRectF(a.x() + gap, a.y() - h / 2, w, h),
            QRectF(a.x() - gap - w, a.y() - h / 2, w, h),
            QRectF(a.x() - w / 2, a.y() - gap - h, w, h),
            QRectF(a.x() - w / 2, a.y() + gap, w, h),
        };
        for (const QRectF &r : options) {
            if (isFree(r, placed)) {
                placed.append({c.key, c.text, r, c.tag});
                break;
            }
        }
    }
    return placed;
}

} // namespace atlas
