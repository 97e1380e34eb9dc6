// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapCanvas.h"

#include "geo/Basemap.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

constexpr double clickSlop = 4;    // pixels a press may move and still be a click
constexpr double keyPanStep = 80;  // pixels per arrow key
constexpr double buttonZoom = 1.5; // per zoom button or +/- key
constexpr double cityScale = 1200; // metres per pixel when centring on a city

} // namespace

MapCanvas::MapCanvas(const geo::Basemap *basemap, CityTableModel *cities, TierSummaryModel *summary,
                     QWidget *parent)
    : QWidget(parent), m_cities(cities), m_renderer(basemap, cities, summary),
      m_zoomIn(new QToolButton(this)), m_zoomOut(new QToolButton(this)),
      m_fit(new QToolButton(this))
{
    setObjectName(QStringLiteral("mapCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_fit->setText(QStringLiteral("⌂"));
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_fit}) {
        b->setFixedSize(32, 32);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        b->setFont(f);
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(buttonZoom); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1 / buttonZoom); });
    connect(m_fit, &QToolButton::clicked, this, &MapCanvas::fitChina);

    // The map reads the model on every paint; any change just asks for one.
    const auto repaint = [this] {
        update();
    };
    connect(cities, &QAbstractItemModel::dataChanged, this, repaint);
    connect(cities, &QAbstractItemModel::modelReset, this, repaint);
    connect(cities, &CityTableModel::languageChanged, this, repaint);
    m_options.language = cities->language();
    retranslate();
}

void MapCanvas::setBasemap(const geo::Basemap *basemap)
{
    m_renderer.setBasemap(basemap);
    m_options.hoveredProvince = -1;
    m_userMoved = false;
    fitChina();
}

MapOptions MapCanvas::options() const
{
    MapOptions o = m_options;
    o.language = m_cities->language();
    return o;
}

void MapCanvas::setOptions(const MapOptions &options)
{
    m_options = options;
    update();
}

void MapCanvas::setViewport(const MapViewport &viewport)
{
    m_userMoved = true;
    applyViewport(viewport);
}

void MapCanvas::applyViewport(MapViewport viewport)
{
    viewport.setSize(size());
    viewport.constrain(m_renderer.panBounds(), MapRenderer::minMetresPerPixel(),
                       m_renderer.maxMetresPerPixel(size()));
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    update();
    emit viewportChanged();
}

void MapCanvas::fitChina()
{
    m_userMoved = false;
    applyViewport(m_renderer.fitViewport(size(), options()));
}

void MapCanvas::zoomBy(double factor)
{
    zoomAt(QPointF(width() / 2.0, height() / 2.0), factor);
}

void MapCanvas::zoomAt(const QPointF &point, double factor)
{
    const MapViewport vp = m_renderer.zoomed(m_viewport, point, factor);
    if (vp == m_viewport)
        return;
    m_userMoved = true;
    applyViewport(vp);
}

void MapCanvas::setSelectedCity(const QString &id)
{
    if (m_options.selectedCityId == id)
        return;
    m_options.selectedCityId = id;
    update();
}

void MapCanvas::centreOn(const QString &id)
{
    const int row = m_cities->rowOfId(id);
    if (row < 0)
        return;
    MapViewport vp = m_viewport;
    vp.setCentre(m_renderer.basemap()->projection().project(m_cities->city(row).location));
    if (vp.metresPerPixel() > cityScale * 2)
        vp = MapViewport(vp.size(), vp.centre(), cityScale * 2);
    setViewport(vp);
    setSelectedCity(id);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.render(painter, rect(), m_viewport, options());
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    placeButtons();
    if (!m_userMoved || !m_viewport.isValid()) {
        m_viewport = m_renderer.fitViewport(size(), options());
        emit viewportChanged();
    } else {
        applyViewport(m_viewport);
    }
}

void MapCanvas::placeButtons()
{
    // Top right, below where a title would end, clear of the inset at the bottom.
    const int x = width() - 32 - 12;
    int y = 12 + int(m_renderer.layout(size(), options()).title.height());
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_fit}) {
        b->move(x, y);
        y += 36;
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_lastDragPos = event->position();
    m_dragging = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && QLineF(m_pressPos, event->position()).length() > clickSlop) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_userMoved = true;
            MapViewport vp = m_viewport;
            vp.panBy(event->position() - m_lastDragPos);
            m_lastDragPos = event->position();
            applyViewport(vp);
        }
        return;
    }
    updateHover(event->position(), event->globalPosition().toPoint());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QString id = m_renderer.cityAt(m_viewport, event->position(), options());
    setSelectedCity(id);
    if (!id.isEmpty())
        emit cityClicked(id);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    zoomAt(event->position(), 2.0);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    MapViewport vp = m_viewport;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(buttonZoom);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / buttonZoom);
        return;
    case Qt::Key_Home:
        fitChina();
        return;
    case Qt::Key_Left:
        vp.panBy(QPointF(keyPanStep, 0));
        break;
    case Qt::Key_Right:
        vp.panBy(QPointF(-keyPanStep, 0));
        break;
    case Qt::Key_Up:
        vp.panBy(QPointF(0, keyPanStep));
        break;
    case Qt::Key_Down:
        vp.panBy(QPointF(0, -keyPanStep));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_userMoved = true;
    applyViewport(vp);
}

void MapCanvas::updateHover(const QPointF &pos, const QPoint &globalPos)
{
    const QString city = m_renderer.cityAt(m_viewport, pos, options());
    const int province = city.isEmpty() ? m_renderer.provinceAt(m_viewport, pos) : -1;
    if (city == m_options.hoveredCityId && province == m_options.hoveredProvince)
        return;
    m_options.hoveredCityId = city;
    m_options.hoveredProvince = province;
    update();
    if (!city.isEmpty()) {
        const int row = m_cities->rowOfId(city);
        QToolTip::showText(globalPos, m_cities->index(row, 0).data(Qt::ToolTipRole).toString(),
                           this);
    } else if (province >= 0) {
        const geo::ProvinceShape &p = m_renderer.basemap()->provinces().at(province);
        const int smart = m_renderer.smartCitiesPerProvince().value(province);
        QToolTip::showText(globalPos,
                           tr("%1\n%n smart cities among the tiered cities", nullptr, smart)
                               .arg(p.name(m_cities->language())),
                           this);
    } else {
        QToolTip::hideText();
    }
}

void MapCanvas::leaveEvent(QEvent *event)
{
    m_options.hoveredCityId.clear();
    m_options.hoveredProvince = -1;
    update();
    QWidget::leaveEvent(event);
}

void MapCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapCanvas::retranslate()
{
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_fit->setToolTip(tr("Show all of China (Home)"));
    update();
}

} // namespace atlas
