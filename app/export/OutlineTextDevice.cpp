// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutlineTextDevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace atlas {
namespace {

// Forwards every primitive and state change to a painter on the real device; text arrives as
// glyph runs (QTextItem) and leaves as paths. The painter applies transforms, so primitives
// are forwarded in the caller's coordinates with the caller's transform.
class OutlineTextEngine : public QPaintEngine
{
public:
    explicit OutlineTextEngine(QPaintDevice *target)
        : QPaintEngine(QPaintEngine::AllFeatures), m_target(target)
    {}

    bool begin(QPaintDevice *) override { return m_out.begin(m_target); }
    bool end() override { return m_out.end(); }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &s) override
    {
        const DirtyFlags f = s.state();
        if (f & DirtyPen)
            m_out.setPen(s.pen());
        if (f & DirtyBrush)
            m_out.setBrush(s.brush());
        if (f & DirtyBrushOrigin)
            m_out.setBrushOrigin(s.brushOrigin());
        if (f & DirtyFont)
            m_out.setFont(s.font());
        if (f & DirtyBackground)
            m_out.setBackground(s.backgroundBrush());
        if (f & DirtyBackgroundMode)
            m_out.setBackgroundMode(s.backgroundMode());
        if (f & DirtyTransform)
            m_out.setTransform(s.transform());
        if (f & DirtyHints)
            m_out.setRenderHints(s.renderHints());
        if (f & DirtyCompositionMode)
            m_out.setCompositionMode(s.compositionMode());
        if (f & DirtyOpacity)
            m_out.setOpacity(s.opacity());
        if (f & DirtyClipEnabled)
            m_out.setClipping(s.isClipEnabled());
        if (f & DirtyClipPath)
            m_out.setClipPath(s.clipPath(), s.clipOperation());
        if (f & DirtyClipRegion)
            m_out.setClipRegion(s.clipRegion(), s.clipOperation());
    }

    void drawPath(const QPainterPath &path) override { m_out.drawPath(path); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode) {
            m_out.drawPolyline(points, count);
            return;
        }
        m_out.drawPolygon(points, count, mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
    }
    void drawRects(const QRectF *rects, int count) override { m_out.drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_out.drawLines(lines, count); }
    void drawEllipse(const QRectF &rect) override { m_out.drawEllipse(rect); }
    void drawPoints(const QPointF *points, int count) override { m_out.drawPoints(points, count); }
    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        m_out.drawPixmap(r, pixmap, source);
    }
    void drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags) override
    {
        m_out.drawImage(r, image, source);
    }
    void drawTiledPixmap(const QRectF &r, const QPixmap &pixmap, const QPointF &offset) override
    {
        m_out.drawTiledPixmap(r, pixmap, offset);
    }
    void drawTextItem(const QPointF &position, const QTextItem &item) override
    {
        QPainterPath glyphs;
        glyphs.addText(position, item.font(), item.text());
        m_out.fillPath(glyphs, m_out.pen().brush());
    }

private:
    QPaintDevice *m_target;
    QPainter m_out;
};

} // namespace

OutlineTextDevice::OutlineTextDevice(QPaintDevice *target)
    : m_target(target), m_engine(std::make_unique<OutlineTextEngine>(target))
{}

OutlineTextDevice::~OutlineTextDevice() = default;

QPaintEngine *OutlineTextDevice::paintEngine() const
{
    return m_engine.get();
}

int OutlineTextDevice::metric(PaintDeviceMetric m) const
{
    switch (m) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
    case PdmPhysicalDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
    case PdmPhysicalDpiY:
        return m_target->logicalDpiY();
    case PdmDevicePixelRatio:
        return int(m_target->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(m_target->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return 0;
}

} // namespace atlas
