// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelPlacer.h"

#include <QList>
#include <algorithm>

namespace atlas {

bool LabelPlacer::isFree(const QRectF &rect, int priority, const QList<Placed> &placed) const
{
    if (!m_bounds.contains(rect))
        return false;
    for (const Obstacle &o : m_obstacles) {
        if ((o.priority < 0 || o.priority <= priority) && o.rect.intersects(rect))
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
        const QPointF a = c.anchor;
        // Right, left, above, below, then the diagonals: the order cartographers prefer. The
        // most important labels (priority 0) also try a ring further out.
        QList<QRectF> options;
        for (double gap : {c.clearance + 2, c.clearance + 2 + h}) {
            options << QRectF(a.x() + gap, a.y() - h / 2, w, h)
                    << QRectF(a.x() - gap - w, a.y() - h / 2, w, h)
                    << QRectF(a.x() - w / 2, a.y() - gap - h, w, h)
                    << QRectF(a.x() - w / 2, a.y() + gap, w, h)
                    << QRectF(a.x() + gap, a.y() - gap - h, w, h)
                    << QRectF(a.x() + gap, a.y() + gap, w, h)
                    << QRectF(a.x() - gap - w, a.y() - gap - h, w, h)
                    << QRectF(a.x() - gap - w, a.y() + gap, w, h);
            if (c.priority > 0)
                break;
        }
        for (const QRectF &r : options) {
            if (isFree(r, c.priority, placed)) {
                placed.append({c.key, c.text, r, c.tag});
                break;
            }
        }
    }
    return placed;
}

} // namespace atlas
