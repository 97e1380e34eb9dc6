// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresentationWindow.h"

#include "export/ViewRegistry.h"
#include "model/CityTableModel.h"
#include "render/Palette.h"
#include "render/TextBlock.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace atlas {
namespace {

constexpr double designWidth = 1280;
constexpr double designHeight = 720;

} // namespace

PresentationWindow::PresentationWindow(const ViewRegistry &views, QStringList slides, int start,
                                       const CityTableModel *cities,
                                       const TierSummaryModel *summary, const geo::Basemap *basemap,
                                       QWidget *parent)
    : QWidget(parent), m_views(views), m_slides(std::move(slides)), m_cities(cities),
      m_map(basemap, cities, summary)
{
    setMouseTracking(true);
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    m_slides.removeIf([&views](const QString &id) { return !views.find(id); });
    m_current = std::clamp(start, 0, std::max(0, count() - 1));
    setCursor(isMapSlide(m_current) ? Qt::ArrowCursor : Qt::BlankCursor);
}

void PresentationWindow::setBasemap(const geo::Basemap *basemap)
{
    m_map.setBasemap(basemap);
    update();
}

void PresentationWindow::setProgressVisible(bool visible)
{
    m_progress = visible;
    update();
}

bool PresentationWindow::isMapSlide(int index) const
{
    return MapOptions::presetFromId(m_slides.value(index)).has_value();
}

double PresentationWindow::scaleFor(const QSizeF &size) const
{
    return std::min(size.width() / designWidth, size.height() / designHeight);
}

MapOptions PresentationWindow::mapOptions(int index) const
{
    MapOptions o = MapOptions::forPreset(
        MapOptions::presetFromId(m_slides.value(index)).value_or(MapOptions::Preset::AllTiers));
    o.language = m_cities->language();
    o.hoveredCityId = index == m_current ? m_hoveredCity : QString();
    o.highContrast = m_highContrast;
    return o;
}

MapViewport PresentationWindow::currentMapView() const
{
    const QSizeF logical = QSizeF(size()) / scaleFor(size());
    return m_mapView.value_or(m_map.fitViewport(logical, mapOptions(m_current)));
}

void PresentationWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    update();
}

void PresentationWindow::goTo(int index)
{
    const int previous = m_current;
    m_current = std::clamp(index, 0, std::max(0, count() - 1));
    m_blank = Blank::None;
    if (m_current != previous) {
        m_mapView.reset();
        m_hoveredCity.clear();
    }
    // The pointer is only useful where there is something to point at.
    setCursor(isMapSlide(m_current) ? Qt::ArrowCursor : Qt::BlankCursor);
    update();
    if (m_current != previous)
        emit currentChanged(m_current);
}

void PresentationWindow::paintSlide(QPainter &p, int index, const QSizeF &size) const
{
    const ViewRegistry::View *view = m_views.find(m_slides.value(index));
    if (!view)
        return;
    // Laid out on the design width and scaled up: on a 4K screen everything is three times the
    // size it has at 1280×720, drawn sharp at that size.
    // Scaled by the tighter of the two sides of a 1280×720 design, so a very wide or tall
    // screen gets more room, never cramped type.
    const double k = scaleFor(size);
    if (index == m_current && m_mapView && isMapSlide(index)) {
        p.save();
        p.scale(k, k);
        const QSizeF logical = size / k;
        m_map.render(p, QRectF(QPointF(0, 0), logical),
                     MapViewport(logical, m_mapView->centre(), m_mapView->metresPerPixel()),
                     mapOptions(index));
        p.restore();
        return;
    }
    ExportSettings s;
    s.viewId = view->id;
    s.language = m_cities->language();
    s.highContrast = m_highContrast;
    s.size = size / k;
    p.save();
    p.scale(k, k);
    view->paint(p, QRectF(QPointF(0, 0), s.size), s);
    p.restore();
}

QImage PresentationWindow::renderSlide(int index, const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Palette::background());
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    paintSlide(p, index, size);
    return image;
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_blank != Blank::None) {
        p.fillRect(rect(), m_blank == Blank::Black ? Qt::black : Qt::white);
        return;
    }
    p.fillRect(rect(), Palette::background());
    p.setRenderHint(QPainter::Antialiasing);
    paintSlide(p, m_current, size());
    if (!m_progress || count() == 0)
        return;
    // A slide counter and a thin progress bar along the bottom edge.
    const double k = std::min(width() / designWidth, height() / designHeight);
    const double bar = std::max(2.0, 4 * k);
    p.fillRect(QRectF(0, height() - bar, width() * (m_current + 1.0) / count(), bar),
               Palette::smart());
    const QString counter = m_typed.isEmpty() ? tr("%1 / %2").arg(m_current + 1).arg(count())
                                              : tr("Go to slide %1…").arg(m_typed);
    const QFont f = TextBlock::font(14 * k);
    p.setFont(f);
    p.setPen(Palette::mutedText());
    p.drawText(QRectF(0, 0, width() - 16 * k, height() - bar - 6 * k),
               Qt::AlignRight | Qt::AlignBottom, counter);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_blank != Blank::None) {
        // Any key brings the slide back, and does nothing else.
        m_blank = Blank::None;
        update();
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        m_typed += QChar(u'0' + (key - Qt::Key_0));
        update();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_typed.isEmpty()) {
        const int target = m_typed.toInt() - 1;
        m_typed.clear();
        goTo(target);
        return;
    }
    m_typed.clear();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_N:
        goTo(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_P:
        goTo(m_current - 1);
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(count() - 1);
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blank = Blank::Black;
        update();
        break;
    case Qt::Key_W:
    case Qt::Key_Comma:
        m_blank = Blank::White;
        update();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    m_lastPos = event->position();
    m_dragging = false;
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    const double k = scaleFor(size());
    if (!isMapSlide(m_current) || m_blank != Blank::None)
        return;
    if (event->buttons() & Qt::LeftButton) {
        // A drag pans the map; a click without one still advances, as in PowerPoint.
        if (!m_dragging && QLineF(m_pressPos, event->position()).length() > 6)
            m_dragging = true;
        if (m_dragging) {
            m_mapView = m_map.panned(currentMapView(), (event->position() - m_lastPos) / k);
            m_lastPos = event->position();
            update();
        }
        return;
    }
    const QString city =
        m_map.cityAt(currentMapView(), event->position() / k, mapOptions(m_current));
    if (city == m_hoveredCity)
        return;
    m_hoveredCity = city;
    update();
    if (city.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Large enough to read from the back of the room.
    const QString text =
        m_cities->index(m_cities->rowOfId(city), 0).data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPosition().toPoint(),
                       QStringLiteral("<div style='font-size:%1px'>%2</div>")
                           .arg(int(18 * k))
                           .arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))),
                       this);
}

void PresentationWindow::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_blank != Blank::None) {
        m_blank = Blank::None;
        update();
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    if (event->button() == Qt::LeftButton)
        goTo(m_current + 1);
    else if (event->button() == Qt::RightButton)
        goTo(m_current - 1);
}

void PresentationWindow::wheelEvent(QWheelEvent *event)
{
    if (!isMapSlide(m_current) || m_blank != Blank::None)
        return;
    const double k = scaleFor(size());
    m_mapView = m_map.zoomed(currentMapView(), event->position() / k,
                             std::pow(1.25, event->angleDelta().y() / 120.0));
    update();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    emit finished();
    QWidget::closeEvent(event);
}

} // namespace atlas
