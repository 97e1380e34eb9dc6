// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapOptions.h"
#include "render/MapRenderer.h"
#include "render/MapViewport.h"

#include <QWidget>

class QToolButton;

namespace atlas {

class CityTableModel;
class TierSummaryModel;

// The interactive map: paints with MapRenderer and turns mouse, wheel and keys into viewport
// changes, hover and selection. All drawing is the renderer's, so the screen shows exactly what
// an export of the same view would.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    MapCanvas(const geo::Basemap *basemap, CityTableModel *cities, TierSummaryModel *summary,
              QWidget *parent = nullptr);

    void setBasemap(const geo::Basemap *basemap);
    const MapRenderer &renderer() const { return m_renderer; }
    MapOptions options() const;
    void setOptions(const MapOptions &options);
    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);

    QString selectedCity() const { return m_options.selectedCityId; }
    // Selects (empty: clears) without emitting cityClicked.
    void setSelectedCity(const QString &id);
    // Centres the city and zooms in to at least city scale.
    void centreOn(const QString &id);
    void zoomBy(double factor);
    void fitChina();

    QSize sizeHint() const override { return {900, 640}; }

signals:
    void cityClicked(const QString &id);
    void viewportChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyViewport(MapViewport viewport);
    // Zooms about a point, the factor first limited to the allowed zoom range, so that at a
    // limit the map stays still instead of sliding.
    void zoomAt(const QPointF &point, double factor);
    void updateHover(const QPointF &pos, const QPoint &globalPos);
    void placeButtons();
    void retranslate();

    CityTableModel *m_cities;
    MapRenderer m_renderer;
    MapOptions m_options;
    MapViewport m_viewport;
    bool m_userMoved = false; // once the user zooms or pans, a resize keeps their view
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
};

} // namespace atlas
