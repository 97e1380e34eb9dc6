// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace atlas {

// Which part of the projected plane (metres, y north) fills a rectangle of logical pixels
// (y down). Logical pixels, not device pixels: the same viewport paints a window, a 4K export or
// a PDF page, and the painter's own scale maps it to the device.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(const QSizeF &size, const QPointF &centre, double metresPerPixel);

    // Shows `bounds` whole in `size`, with `margin` logical pixels kept free on every side.
    static MapViewport fit(const QRectF &bounds, const QSizeF &size, double margin = 0);

    QSizeF size() const { return m_size; }
    QPointF centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    bool isValid() const { return m_metresPerPixel > 0 && !m_size.isEmpty(); }

    QTransform transform() const; // projected -> logical pixels
    QPointF toScreen(const QPointF &projected) const;
    QPointF toProjected(const QPointF &screen) const;
    QRectF visibleArea() const; // projected

    void setSize(const QSizeF &size) { m_size = size; }
    void setCentre(const QPointF &centre) { m_centre = centre; }
    // Zooms by `factor` (>1 zooms in) keeping the projected point under `screenPoint` fixed.
    void zoomAround(const QPointF &screenPoint, double factor);
    void panBy(const QPointF &screenDelta);
    // Keeps the zoom within [minMetresPerPixel, maxMetresPerPixel] and the centre inside
    // `bounds`, so the map can never be lost off screen.
    void constrain(const QRectF &bounds, double minMetresPerPixel, double maxMetresPerPixel);

    friend bool operator==(const MapViewport &, const MapViewport &) = default;

private:
    QSizeF m_size;
    QPointF m_centre;
    double m_metresPerPixel = 0;
};

} // namespace atlas
