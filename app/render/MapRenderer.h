// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LabelPlacer.h"
#include "MapOptions.h"
#include "MapViewport.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QStaticText>
#include <array>

class QPainter;

namespace atlas {

class CityTableModel;
class TierSummaryModel;
namespace geo {
class Basemap;
}

// Paints the smart-city map, layer by layer (sea, neighbours, provinces, outline, islands,
// cities, labels, then title, legend, scale bar, inset and source note), with a QPainter on any
// paint device: the widget, an image, an SVG or a PDF. It reads the city model on every frame
// and keeps no copy of the records, only derived geometry (projected city positions, a cached
// raster of the base layers) keyed to what it was made from.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MapRenderer)

public:
    struct Layout
    {
        QRectF title;
        QRectF legend;
        QRectF scaleBar;
        QRectF inset;
        QRectF sourceNote;
    };
    struct Marker
    {
        int row;        // in the city model
        QPointF centre; // logical pixels
        double radius;
        int priority; // lower is more important (case studies, then tier 1, 2, 3; smart first)
    };

    MapRenderer(const geo::Basemap *basemap, const CityTableModel *cities,
                const TierSummaryModel *summary);

    void setBasemap(const geo::Basemap *basemap);
    const geo::Basemap *basemap() const { return m_basemap; }

    // Paints into `target`; the viewport's size is taken as the target's size.
    void render(QPainter &painter, const QRectF &target, MapViewport viewport,
                const MapOptions &options) const;

    // China fitted into `size`, clear of the title and source note.
    MapViewport fitViewport(const QSizeF &size, const MapOptions &options) const;
    // The projected rectangle the viewport's centre must stay in, and the zoom limits.
    QRectF panBounds() const;
    static double minMetresPerPixel() { return 40; }
    double maxMetresPerPixel(const QSizeF &size) const;
    // The viewport zoomed about a point, or panned, kept within the zoom limits and the pan
    // bounds; at a zoom limit the view stays put rather than sliding.
    MapViewport zoomed(MapViewport viewport, const QPointF &at, double factor) const;
    MapViewport panned(MapViewport viewport, const QPointF &delta) const;
    // Below this many metres per pixel the detailed province geometry is drawn.
    static double detailThreshold() { return 1500; }

    Layout layout(const QSizeF &size, const MapOptions &options) const;
    QString titleText(const MapOptions &options) const;
    QString subtitleText(const MapOptions &options) const;
    QString sourceNoteText() const;

    // Hit tests, in the viewport's logical pixels.
    QString cityAt(const MapViewport &viewport, const QPointF &point,
                   const MapOptions &options) const;
    int provinceAt(const MapViewport &viewport, const QPointF &point) const;

    // What render() draws for cities and labels, for hit tests and tests.
    QList<Marker> markers(const MapViewport &viewport, const MapOptions &options) const;
    QList<LabelPlacer::Placed> labels(const MapViewport &viewport, const MapOptions &options) const;
    QList<LabelPlacer::Placed> labels(const QList<Marker> &markers, const QSizeF &size,
                                      const MapOptions &options) const;

    // Smart cities per province, indexed like Basemap::provinces().
    QList<int> smartCitiesPerProvince() const;
    static QColor choroplethColour(int smartCities);

private:
    struct BaseKey
    {
        QSize pixels;
        qreal dpr = 0;
        MapViewport viewport;
        int level = 0;
        QList<int> shading; // empty without choropleth
        QRectF inset;
        bool highContrast = false;
        const geo::Basemap *basemap = nullptr;
        friend bool operator==(const BaseKey &, const BaseKey &) = default;
    };
    // Per-city data that only changes with the dataset or the base map.
    struct CityGeometry
    {
        QList<QPointF> projected;
        QList<bool> caseStudy;
        QList<int> priority;
    };

    QFont font(double pixelSize, const MapOptions &options, bool bold = false) const;

    const CityGeometry &cityGeometry() const;
    // Level of detail: 0 overview (simplified for national scale), 1 coarse, 2 detail.
    static int levelOfDetail(double metresPerPixel);
    // The national boundary: the province edges that no two provinces share.
    const QPainterPath &outline(int level) const;
    // Provinces and neighbours at the overview level, simplified once per base map.
    struct Overview
    {
        QList<QPainterPath> provinces;
        QList<QPainterPath> neighbours;
    };
    const Overview &overview() const;
    const QPainterPath &provincePath(int index, int level) const;

    void drawBase(QPainter &p, const MapViewport &vp, const QList<int> &shading, int level,
                  bool fastPens, bool highContrast) const;
    void drawHoveredProvince(QPainter &p, const MapViewport &vp, int province, int level) const;
    void drawMarkers(QPainter &p, const QList<Marker> &markers, const MapOptions &o) const;
    void drawLabels(QPainter &p, const QList<LabelPlacer::Placed> &labels,
                    const MapOptions &o) const;
    void drawTitle(QPainter &p, const QRectF &rect, const MapOptions &o) const;
    void drawLegend(QPainter &p, const QRectF &rect, const MapOptions &o) const;
    void drawScaleBar(QPainter &p, const QRectF &rect, const MapViewport &vp,
                      const MapOptions &o) const;
    void drawInsetMap(QPainter &p, const QRectF &rect, bool fastPens, bool highContrast) const;
    void drawInsetFrame(QPainter &p, const QRectF &rect, const MapOptions &o) const;
    void drawSourceNote(QPainter &p, const QRectF &rect, const MapOptions &o) const;
    QSizeF legendSize(const MapOptions &o) const;

    const geo::Basemap *m_basemap;
    const CityTableModel *m_cities;
    const TierSummaryModel *m_summary;

    mutable CityGeometry m_geometry;
    mutable quint64 m_geometryRevision = ~quint64(0);
    mutable const geo::Basemap *m_geometryBasemap = nullptr;
    mutable std::array<QPainterPath, 3> m_outline; // by level of detail
    mutable const geo::Basemap *m_outlineBasemap = nullptr;
    mutable Overview m_overview;
    mutable QHash<QPair<QString, bool>, QStaticText> m_labelTexts; // (name, bold)
    mutable double m_labelTextScale = 0;
    mutable const geo::Basemap *m_overviewBasemap = nullptr;
    mutable BaseKey m_baseKey;
    mutable QImage m_baseImage;
};

} // namespace atlas
