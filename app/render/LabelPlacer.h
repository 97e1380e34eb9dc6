// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace atlas {

// Greedy label placement: candidates are taken in priority order, each tries a few positions
// around its anchor and keeps the first that overlaps no placed label and no obstacle; a label
// with no free position is dropped. More labels fit as the map is zoomed in.
class LabelPlacer
{
public:
    struct Candidate
    {
        QString text;
        QPointF anchor;   // marker centre, logical pixels
        double clearance; // marker radius: the label starts this far from the anchor
        QSizeF size;      // text size
        int priority;     // lower is placed first
        QString key;      // e.g. the city id
        int tag = 0;      // caller's data, e.g. a model row
    };
    struct Placed
    {
        QString key;
        QString text;
        QRectF rect; // where the text goes
        int tag = 0;
    };

    explicit LabelPlacer(const QRectF &bounds) : m_bounds(bounds) {}

    // Areas no label may cover (legend, inset, title...). With a priority (a marker's), only
    // labels of lower or equal importance (a priority number not smaller) must keep clear of it:
    // a case-study city's name may cover a minor city's marker, not the reverse.
    void addObstacle(const QRectF &rect, int priority = -1)
    {
        m_obstacles.append({rect, priority});
    }
    QList<Placed> place(QList<Candidate> candidates) const;

private:
    struct Obstacle
    {
        QRectF rect;
        int priority; // -1: applies to every label
    };
    bool isFree(const QRectF &rect, int priority, const QList<Placed> &placed) const;

    QRectF m_bounds;
    QList<Obstacle> m_obstacles;
};

} // namespace atlas
