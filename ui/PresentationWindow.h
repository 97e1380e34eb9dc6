// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapRenderer.h"
#include "render/MapViewport.h"

#include <QStringList>
#include <QWidget>
#include <optional>

namespace atlas {

class CityTableModel;
class TierSummaryModel;
class ViewRegistry;
namespace geo {
class Basemap;
}

// Full-screen slides, driven as in PowerPoint: Right, Down, PageDown, Space, Enter and a click
// go forward; Left, Up, PageUp and Backspace go back; Home and End; a number then Enter jumps;
// B and W blank the screen black or white until any key; Esc leaves. Clickers send PageUp and
// PageDown. Every slide is drawn on a 1280-wide design and scaled to the screen, so type and
// markers grow with it.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Blank
    {
        None,
        Black,
        White
    };

    PresentationWindow(const ViewRegistry &views, QStringList slides, int start,
                       const CityTableModel *cities, const TierSummaryModel *summary,
                       const geo::Basemap *basemap, QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_slides.size()); }
    QString currentSlide() const { return m_slides.value(m_current); }
    Blank blank() const { return m_blank; }
    bool progressVisible() const { return m_progress; }
    void setProgressVisible(bool visible);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    // The map slides draw this base map from now on (File › Open base map while presenting).
    void setBasemap(const geo::Basemap *basemap);
    void goTo(int index);
    // The slide as drawn on screen, at a given size (for tests and the presenter's preview).
    QImage renderSlide(int index, const QSize &size) const;
    // On a map slide the presenter may zoom and pan; changing slide restores its own view.
    bool isMapSlide(int index) const;
    std::optional<MapViewport> mapView() const { return m_mapView; }
    QString hoveredCity() const { return m_hoveredCity; }

signals:
    void finished();
    void currentChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void paintSlide(QPainter &painter, int index, const QSizeF &size) const;
    double scaleFor(const QSizeF &size) const;
    MapOptions mapOptions(int index) const;
    MapViewport currentMapView() const; // the override, or the slide's own fitted view

    const ViewRegistry &m_views;
    QStringList m_slides;
    const CityTableModel *m_cities;
    int m_current = 0;
    Blank m_blank = Blank::None;
    bool m_progress = true;
    bool m_highContrast = true;
    QString m_typed; // digits typed for a jump
    MapRenderer m_map;
    std::optional<MapViewport> m_mapView;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    QString m_hoveredCity;
};

} // namespace atlas
