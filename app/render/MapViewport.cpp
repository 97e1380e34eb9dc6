// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapViewport.h"

#include <algorithm>

namespace atlas {

MapViewport::MapViewport(const QSizeF &size, const QPointF &centre, double metresPerPixel)
    : m_size(size), m_centre(centre), m_metresPerPixel(metresPerPixel)
{}

MapViewport MapViewport::fit(const QRectF &bounds, const QSizeF &size, double margin)
{
    const double w = std::max(1.0, size.width() - 2 * margin);
    const double h = std::max(1.0, size.height() - 2 * margin);
    const double mpp = std::max(bounds.width() / w, bounds.height() / h);
    return MapViewport(size, bounds.center(), mpp > 0 ? mpp : 1);
}

QTransform MapViewport::transform() const
{
    const double s = 1.0 / m_metresPerPixel;
    // x' = (x - cx) * s + w/2 ; y' = -(y - cy) * s + h/2
    return QTransform(s, 0, 0, -s, m_size.width() / 2 - m_centre.x() * s,
                      m_size.height() / 2 + m_centre.y() * s);
}

QPointF MapViewport::toScreen(const QPointF &p) const
{
    return {(p.x() - m_centre.x()) / m_metresPerPixel + m_size.width() / 2,
            -(p.y() - m_centre.y()) / m_metresPerPixel + m_size.height() / 2};
}

QPointF MapViewport::toProjected(const QPointF &s) const
{
    return {(s.x() - m_size.width() / 2) * m_metresPerPixel + m_centre.x(),
            -(s.y() - m_size.height() / 2) * m_metresPerPixel + m_centre.y()};
}

QRectF MapViewport::visibleArea() const
{
    const QPointF a = toProjected(QPointF(0, m_size.height()));
    const QPointF b = toProjected(QPointF(m_size.width(), 0));
    return QRectF(a, b).normalized();
}

void MapViewport::zoomAround(const QPointF &screenPoint, double factor)
{
    if (factor <= 0)
        return;
    const QPointF anchor = toProjected(screenPoint);
    m_metresPerPixel /= factor;
    // Move the centre so that the anchor stays under the same screen point.
    const QPointF after = toProjected(screenPoint);
    m_centre += anchor - after;
}

void MapViewport::panBy(const QPointF &screenDelta)
{
    m_centre += QPointF(-screenDelta.x() * m_metresPerPixel, screenDelta.y() * m_metresPerPixel);
}

void MapViewport::constrain(const QRectF &bounds, double minMetresPerPixel,
                            double maxMetresPerPixel)
{
    m_metresPerPixel = std::clamp(m_metresPerPixel, minMetresPerPixel, maxMetresPerPixel);
    m_centre.setX(std::clamp(m_centre.x(), bounds.left(), bounds.right()));
    m_centre.setY(std::clamp(m_centre.y(), bounds.top(), bounds.bottom()));
}

} // namespace atlas
