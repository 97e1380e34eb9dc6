// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapRenderer.h"

#include "Palette.h"
#include "SourceNote.h"
#include "geo/Basemap.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {
namespace {

const QColor seaColour(0xDC, 0xEB, 0xF4);
const QColor landColour(0xF6, 0xF3, 0xEC);
const QColor outlineColour(0x4A, 0x4A, 0x4A);

// The base map's colours; the high-contrast set survives a washed-out projector.
struct BaseColours
{
    QColor sea, land, neighbour, neighbourBorder, provinceBorder, outline;
};

BaseColours baseColours(bool highContrast)
{
    if (highContrast)
        return {QColor(0xB4, 0xD2, 0xE8), Qt::white,
                QColor(0xCF, 0xCF, 0xCF), QColor(0x80, 0x80, 0x80),
                QColor(0x40, 0x40, 0x40), Qt::black};
    return {seaColour,
            landColour,
            QColor(0xE8, 0xE8, 0xE6),
            QColor(0xC4, 0xC4, 0xC4),
            QColor(0x9A, 0x9A, 0x9A),
            outlineColour};
}
const QColor notSmartOutline(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion

// Geographic frame of the South China Sea inset, in degrees.
constexpr double insetWest = 107.0;
constexpr double insetEast = 122.5;
constexpr double insetSouth = 3.0;
constexpr double insetNorth = 24.5;

// Beyond this many markers in view, one marker per screen cell stands for its cell.
constexpr int aggregateAbove = 3000;
// At most this many labels are considered; more never fit on a screen anyway.
constexpr int labelCandidates = 600;

double markerRadius(int tier, double scale)
{
    switch (tier) {
    case 1:
        return 10.0 * scale;
    case 2:
        return 6.0 * scale;
    default:
        return 4.8 * scale;
    }
}

// Shape by tier (star, circle, square) so tiers read without colour.
QPainterPath markerShape(int tier, double r)
{
    QPainterPath path;
    if (tier == 1) {
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 == 0 ? r : r * 0.45;
            const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const QPointF pt(radius * std::cos(angle), radius * std::sin(angle));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        path.closeSubpath();
    } else if (tier == 2) {
        path.addEllipse(QPointF(0, 0), r, r);
    } else {
        const double h = r * 0.9;
        path.addRect(QRectF(-h, -h, 2 * h, 2 * h));
    }
    return path;
}

void paintMarker(QPainter &p, const QPainterPath &shape, bool smart, double scale)
{
    if (smart) {
        p.setPen(QPen(Qt::white, 1.0 * scale));
        p.setBrush(Palette::smart());
    } else {
        p.setPen(QPen(notSmartOutline, 1.6 * scale));
        p.setBrush(Qt::white);
    }
    p.drawPath(shape);
}

QString provinceCodeOf(const QString &cityId)
{
    // GB/T 2260: the first two digits name the province.
    return cityId.left(2) + QStringLiteral("0000");
}

// Metres per pixel above which the overview geometry is drawn, and its tolerance: a fraction of
// a pixel at that scale, so the simplification cannot be seen.
constexpr double overviewAbove = 2000;
constexpr double overviewTolerance = 600;

// Douglas–Peucker, iterative. Keeps the first and last points, so open polylines keep their
// ends and closed rings stay closed.
QPolygonF simplified(const QPolygonF &line, double tolerance)
{
    const qsizetype n = line.size();
    if (n < 4)
        return line;
    QList<bool> keep(n, false);
    keep[0] = keep[n - 1] = true;
    QList<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    const double tol2 = tolerance * tolerance;
    while (!stack.isEmpty()) {
        const auto [a, b] = stack.takeLast();
        const QPointF pa = line[a];
        const QPointF d = line[b] - pa;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double worst = -1;
        qsizetype at = -1;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF v = line[i] - pa;
            double dist2;
            if (len2 == 0) {
                dist2 = v.x() * v.x() + v.y() * v.y();
            } else {
                const double cross = v.x() * d.y() - v.y() * d.x();
                dist2 = cross * cross / len2;
            }
            if (dist2 > worst) {
                worst = dist2;
                at = i;
            }
        }
        if (at >= 0 && worst > tol2) {
            keep[at] = true;
            stack.append({a, at});
            stack.append({at, b});
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[i])
            out.append(line[i]);
    }
    return out;
}

QPainterPath simplifiedPath(const QPainterPath &path, double tolerance, bool closed)
{
    QPainterPath out;
    out.setFillRule(path.fillRule());
    for (const QPolygonF &ring : path.toSubpathPolygons()) {
        const QPolygonF s = simplified(ring, tolerance);
        if (s.size() < (closed ? 3 : 2))
            continue;
        out.moveTo(s.first());
        for (qsizetype i = 1; i < s.size(); ++i)
            out.lineTo(s[i]);
        if (closed)
            out.closeSubpath();
    }
    return out;
}

bool isRaster(const QPainter &p)
{
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
}

QRectF projectedFrame(const geo::AlbersProjection &projection, double west, double east,
                      double south, double north)
{
    // A lon/lat box is curved after projection: bound it by sampling its edges.
    const QPointF first = projection.project(west, south);
    double x0 = first.x(), x1 = first.x(), y0 = first.y(), y1 = first.y();
    for (int i = 0; i <= 16; ++i) {
        const double t = i / 16.0;
        for (const QPointF &pt : {projection.project(west + t * (east - west), south),
                                  projection.project(west + t * (east - west), north),
                                  projection.project(west, south + t * (north - south)),
                                  projection.project(east, south + t * (north - south))}) {
            x0 = std::min(x0, pt.x());
            x1 = std::max(x1, pt.x());
            y0 = std::min(y0, pt.y());
            y1 = std::max(y1, pt.y());
        }
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace

MapRenderer::MapRenderer(const geo::Basemap *basemap, const CityTableModel *cities,
                         const TierSummaryModel *summary)
    : m_basemap(basemap), m_cities(cities), m_summary(summary)
{}

void MapRenderer::setBasemap(const geo::Basemap *basemap)
{
    m_basemap = basemap;
    m_baseImage = QImage();
    m_baseKey = {};
}

QFont MapRenderer::font(double pixelSize, const MapOptions &options, bool bold) const
{
    // Named explicitly so that output does not depend on fontconfig's choice for shared
    // ideographs (it may pick the Japanese or Korean face).
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(std::max(1, int(std::lround(pixelSize * options.textScale))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

const MapRenderer::CityGeometry &MapRenderer::cityGeometry() const
{
    if (m_geometryRevision != m_cities->datasetRevision() || m_geometryBasemap != m_basemap ||
        m_geometry.projected.size() != m_cities->rowCount()) {
        m_geometry.projected.clear();
        m_geometry.caseStudy.clear();
        m_geometry.projected.reserve(m_cities->rowCount());
        m_geometry.caseStudy.reserve(m_cities->rowCount());
        for (const City &c : m_cities->cities()) {
            m_geometry.projected.append(m_basemap->projection().project(c.location));
            m_geometry.caseStudy.append(CaseStudies::isCaseStudy(c.id));
        }
        m_geometryRevision = m_cities->datasetRevision();
        m_geometryBasemap = m_basemap;
    }
    // Priorities follow edits of tier and status, which do not change the revision; they are
    // cheap to recompute, unlike projections.
    m_geometry.priority.resize(m_cities->rowCount());
    const QList<City> &cities = m_cities->cities();
    for (qsizetype i = 0; i < cities.size(); ++i) {
        const City &c = cities.at(i);
        m_geometry.priority[i] = m_geometry.caseStudy.at(i) ? 0 : c.tier * 2 + (c.smart ? 0 : 1);
    }
    return m_geometry;
}

const QPainterPath &MapRenderer::outline(int level) const
{
    if (m_outlineBasemap != m_basemap) {
        for (bool d : {false, true}) {
            // Shared borders are identical vertex for vertex, so an edge used by two provinces
            // is internal; the rest is the national boundary (coast and land border).
            struct Edge
            {
                QPointF a, b;
            };
            QList<QList<Edge>> rings;
            QHash<QPair<QPair<double, double>, QPair<double, double>>, int> uses;
            const auto key = [](QPointF a, QPointF b) {
                if (std::pair(a.x(), a.y()) > std::pair(b.x(), b.y()))
                    std::swap(a, b);
                return qMakePair(qMakePair(a.x(), a.y()), qMakePair(b.x(), b.y()));
            };
            for (const geo::ProvinceShape &s : m_basemap->provinces()) {
                const QPainterPath &path = d ? s.detail : s.coarse;
                for (const QPolygonF &ring : path.toSubpathPolygons()) {
                    QList<Edge> edges;
                    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                        if (ring[i] == ring[i + 1])
                            continue;
                        edges.append({ring[i], ring[i + 1]});
                        ++uses[key(ring[i], ring[i + 1])];
                    }
                    rings.append(edges);
                }
            }
            QPainterPath out;
            for (const QList<Edge> &edges : rings) {
                bool drawing = false;
                for (const Edge &e : edges) {
                    if (uses.value(key(e.a, e.b)) != 1) {
                        drawing = false;
                        continue;
                    }
                    if (!drawing || out.currentPosition() != e.a)
                        out.moveTo(e.a);
                    out.lineTo(e.b);
                    drawing = true;
                }
            }
            m_outline[d ? 2 : 1] = out;
        }
        m_outline[0] = simplifiedPath(m_outline[1], overviewTolerance, false);
        m_outlineBasemap = m_basemap;
    }
    return m_outline[std::clamp(level, 0, 2)];
}

int MapRenderer::levelOfDetail(double metresPerPixel)
{
    if (metresPerPixel >= overviewAbove)
        return 0;
    return metresPerPixel < detailThreshold() ? 2 : 1;
}

const MapRenderer::Overview &MapRenderer::overview() const
{
    if (m_overviewBasemap != m_basemap) {
        m_overview = {};
        for (const geo::ProvinceShape &s : m_basemap->provinces())
            m_overview.provinces.append(simplifiedPath(s.coarse, overviewTolerance, true));
        for (const geo::NeighbourShape &n : m_basemap->neighbours())
            m_overview.neighbours.append(simplifiedPath(n.path, overviewTolerance, true));
        m_overviewBasemap = m_basemap;
    }
    return m_overview;
}

const QPainterPath &MapRenderer::provincePath(int index, int level) const
{
    const geo::ProvinceShape &s = m_basemap->provinces().at(index);
    if (level == 0)
        return overview().provinces.at(index);
    return level == 2 ? s.detail : s.coarse;
}

QRectF MapRenderer::panBounds() const
{
    const QRectF b = m_basemap->chinaBounds();
    return b.adjusted(-b.width() * 0.25, -b.height() * 0.25, b.width() * 0.25, b.height() * 0.25);
}

double MapRenderer::maxMetresPerPixel(const QSizeF &size) const
{
    return MapViewport::fit(m_basemap->chinaBounds(), size).metresPerPixel() * 2.5;
}

MapViewport MapRenderer::zoomed(MapViewport vp, const QPointF &at, double factor) const
{
    const double mpp = vp.metresPerPixel();
    const double target =
        std::clamp(mpp / factor, minMetresPerPixel(), maxMetresPerPixel(vp.size()));
    if (target != mpp)
        vp.zoomAround(at, mpp / target);
    return vp;
}

MapViewport MapRenderer::panned(MapViewport vp, const QPointF &delta) const
{
    vp.panBy(delta);
    vp.constrain(panBounds(), minMetresPerPixel(), maxMetresPerPixel(vp.size()));
    return vp;
}

MapRenderer::Layout MapRenderer::layout(const QSizeF &size, const MapOptions &o) const
{
    const double s = o.textScale;
    const double margin = 14 * s;
    Layout l;
    double bottom = size.height();
    if (o.sourceNote) {
        const QFontMetricsF fm(font(10.5, o));
        const QRectF text = fm.boundingRect(QRectF(0, 0, size.width() - 2 * margin, 1e6),
                                            Qt::TextWordWrap, sourceNoteText());
        const double h = text.height() + 10 * s;
        l.sourceNote = QRectF(0, size.height() - h, size.width(), h);
        bottom = l.sourceNote.top();
    }
    if (o.title) {
        const double h =
            QFontMetricsF(font(22, o, true)).height() + QFontMetricsF(font(14, o)).height() + 6 * s;
        l.title = QRectF(margin, margin * 0.8, size.width() - 2 * margin, h);
    }
    double left = margin;
    if (o.legend) {
        const QSizeF ls = legendSize(o);
        l.legend = QRectF(QPointF(margin, bottom - margin * 0.7 - ls.height()), ls);
        left = l.legend.right() + margin;
    }
    if (o.scaleBar) {
        const QSizeF sb(190 * s, 34 * s);
        l.scaleBar = QRectF(QPointF(left, bottom - margin * 0.7 - sb.height()), sb);
    }
    if (o.inset && m_basemap->isBuiltIn()) {
        double w = std::clamp(size.width() * 0.16, 110 * s, 330 * s);
        double h = w * 1.45;
        const double maxH = (bottom - l.title.bottom()) * 0.5;
        if (h > maxH) {
            h = maxH;
            w = h / 1.45;
        }
        l.inset = QRectF(size.width() - margin - w, bottom - margin * 0.7 - h, w, h);
    }
    return l;
}

MapViewport MapRenderer::fitViewport(const QSizeF &size, const MapOptions &o) const
{
    const Layout l = layout(size, o);
    const double top = o.title ? l.title.bottom() : 0;
    const double bottom = o.sourceNote ? l.sourceNote.top() : size.height();
    const QSizeF area(size.width(), std::max(10.0, bottom - top));
    MapViewport vp = MapViewport::fit(m_basemap->chinaBounds(), area, 12 * o.textScale);
    // Shift the centre so that the fitted area sits between title and note.
    vp.setSize(size);
    vp.setCentre(vp.centre() +
                 QPointF(0, (top - (size.height() - bottom)) / 2 * vp.metresPerPixel()));
    return vp;
}

QString MapRenderer::titleText(const MapOptions &o) const
{
    switch (o.preset) {
    case MapOptions::Preset::Tier2:
        return tr("Smart cities among tier-2 cities");
    case MapOptions::Preset::Tier3:
        return tr("Smart cities among tier-3 cities");
    case MapOptions::Preset::AllTiers:
        break;
    }
    return tr("Smart cities among China's tier 1–3 cities");
}

QString MapRenderer::subtitleText(const MapOptions &o) const
{
    switch (o.preset) {
    case MapOptions::Preset::Tier2:
        return m_summary->tierSentence(2);
    case MapOptions::Preset::Tier3:
        return m_summary->tierSentence(3);
    case MapOptions::Preset::AllTiers:
        break;
    }
    QStringList parts;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier)
        parts.append(m_summary->tierSentence(tier));
    return parts.join(QStringLiteral("  ·  "));
}

QString MapRenderer::sourceNoteText() const
{
    return SourceNote::forMap(*m_cities, *m_basemap);
}

QList<int> MapRenderer::smartCitiesPerProvince() const
{
    QList<int> counts(m_basemap->provinces().size(), 0);
    QHash<QString, int> indexOfCode;
    for (qsizetype i = 0; i < m_basemap->provinces().size(); ++i)
        indexOfCode.insert(m_basemap->provinces().at(i).code, int(i));
    for (const City &c : m_cities->cities()) {
        if (!c.smart)
            continue;
        const int index = indexOfCode.value(provinceCodeOf(c.id), -1);
        if (index >= 0)
            ++counts[index];
    }
    return counts;
}

QColor MapRenderer::choroplethColour(int n)
{
    // ColorBrewer Greens, lighter five of nine: one hue, lightness falling with the count, so it
    // reads in greyscale; kept light enough that blue and orange city markers stand out on it.
    if (n <= 0)
        return QColor(0xF1, 0xF8, 0xEE);
    if (n == 1)
        return QColor(0xC7, 0xE9, 0xC0);
    if (n <= 3)
        return QColor(0xA1, 0xD9, 0x9B);
    if (n <= 5)
        return QColor(0x74, 0xC4, 0x76);
    return QColor(0x41, 0xAB, 0x5D);
}

QList<MapRenderer::Marker> MapRenderer::markers(const MapViewport &vp, const MapOptions &o) const
{
    const CityGeometry &geometry = cityGeometry();
    const QList<City> &cities = m_cities->cities();
    const QRectF view = QRectF(QPointF(0, 0), vp.size()).adjusted(-10, -10, 10, 10);
    const Layout l = layout(vp.size(), o);
    const QTransform t = vp.transform();
    std::array<double, 3> radius{};
    for (int tier = 1; tier <= 3; ++tier)
        radius[tier - 1] = markerRadius(tier, o.textScale);
    QList<Marker> out;
    for (qsizetype row = 0; row < cities.size(); ++row) {
        const City &c = cities.at(row);
        if (!o.showsCity(c.tier, c.smart))
            continue;
        const QPointF pt = t.map(geometry.projected.at(row));
        // Nothing is drawn under the inset, which shows another part of the map.
        if (!view.contains(pt) || l.inset.contains(pt))
            continue;
        out.append({int(row), pt, radius[c.tier - 1], geometry.priority.at(row)});
    }
    if (out.size() > aggregateAbove) {
        // A user's large dataset at low zoom: keep the most important marker per screen cell.
        const double cell = 2 * radius[2];
        const int columns = int(view.width() / cell) + 2;
        const int rows = int(view.height() / cell) + 2;
        QList<qsizetype> best(qsizetype(columns) * rows, -1);
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QPointF at = out[i].centre - view.topLeft();
            const qsizetype index =
                qsizetype(std::clamp(int(at.y() / cell), 0, rows - 1)) * columns +
                std::clamp(int(at.x() / cell), 0, columns - 1);
            if (best[index] < 0 || out[i].priority <= out[best[index]].priority)
                best[index] = i;
        }
        QList<Marker> thinned;
        for (qsizetype i : std::as_const(best)) {
            if (i >= 0)
                thinned.append(out.at(i));
        }
        out = std::move(thinned);
    }
    // Draw order: least important first, so tier 1 and smart cities end up on top.
    std::stable_sort(out.begin(), out.end(), [](const Marker &a, const Marker &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.row < b.row;
    });
    return out;
}

QList<LabelPlacer::Placed> MapRenderer::labels(const MapViewport &vp, const MapOptions &o) const
{
    return labels(markers(vp, o), vp.size(), o);
}

QList<LabelPlacer::Placed> MapRenderer::labels(const QList<Marker> &all, const QSizeF &size,
                                               const MapOptions &o) const
{
    if (!o.labels)
        return {};
    const QList<City> &cities = m_cities->cities();
    // The most important candidates are at the end of the draw order.
    const qsizetype first = std::max<qsizetype>(0, all.size() - labelCandidates);
    LabelPlacer placer(QRectF(QPointF(0, 0), size));
    const Layout l = layout(size, o);
    for (const QRectF &r : {l.title, l.legend, l.scaleBar, l.inset, l.sourceNote}) {
        if (!r.isEmpty())
            placer.addObstacle(r);
    }
    const QFontMetricsF normal(font(12, o));
    const QFontMetricsF bold(font(12.5, o, true));
    QList<LabelPlacer::Candidate> candidates;
    for (qsizetype i = first; i < all.size(); ++i) {
        const Marker &m = all.at(i);
        const City &c = cities.at(m.row);
        placer.addObstacle(
            QRectF(m.centre - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius)),
            m.priority);
        const QString text = c.name(o.language);
        const bool strong = c.tier == 1 || CaseStudies::isCaseStudy(c.id);
        const QFontMetricsF &fm = strong ? bold : normal;
        candidates.append({text, m.centre, m.radius,
                           QSizeF(fm.horizontalAdvance(text), fm.ascent() + fm.descent()),
                           m.priority, c.id, m.row});
    }
    return placer.place(candidates);
}

QString MapRenderer::cityAt(const MapViewport &vp, const QPointF &point, const MapOptions &o) const
{
    const QList<Marker> all = markers(vp, o);
    // A marker under the pointer wins, topmost first (as drawn); failing that, the nearest one
    // within a few pixels, so small markers are easy to hit. Taking the topmost within the
    // slack alone would let a neighbour drawn above (Langfang) steal a click on Beijing.
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (QLineF(all.at(i).centre, point).length() <= all.at(i).radius)
            return m_cities->city(all.at(i).row).id;
    }
    const double slack = 3 * o.textScale;
    qsizetype nearest = -1;
    double nearestDistance = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const double d = QLineF(all.at(i).centre, point).length() - all.at(i).radius;
        if (d <= slack && (nearest < 0 || d < nearestDistance)) {
            nearest = i;
            nearestDistance = d;
        }
    }
    return nearest < 0 ? QString() : m_cities->city(all.at(nearest).row).id;
}

int MapRenderer::provinceAt(const MapViewport &vp, const QPointF &point) const
{
    return m_basemap->provinceAt(vp.toProjected(point));
}

void MapRenderer::render(QPainter &p, const QRectF &target, MapViewport vp,
                         const MapOptions &o) const
{
    vp.setSize(target.size());
    p.save();
    p.translate(target.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), target.size()));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const int level = levelOfDetail(vp.metresPerPixel());
    const QList<int> shading = o.choropleth ? smartCitiesPerProvince() : QList<int>();
    const Layout l = layout(target.size(), o);
    const QRectF inset = o.inset ? l.inset : QRectF();
    if (isRaster(p)) {
        // The base layers only change with the view: keep them as an image at device
        // resolution and repaint cities, hover and selection over it.
        const qreal dpr = p.device()->devicePixelRatioF() * p.worldTransform().m11();
        const BaseKey key{(target.size() * dpr).toSize(),
                          dpr,
                          vp,
                          level,
                          shading,
                          inset,
                          o.highContrast,
                          m_basemap};
        if (!(key == m_baseKey) || m_baseImage.isNull()) {
            // Opaque (the sea covers it all), so drawing it is a plain copy, not a blend.
            // Scaled by hand rather than through the image's pixel ratio, which Qt does not
            // honour below 1 (small previews and exports at scales under 1).
            m_baseImage = QImage(key.pixels, QImage::Format_RGB32);
            QPainter bp(&m_baseImage);
            bp.scale(dpr, dpr);
            bp.setRenderHint(QPainter::Antialiasing);
            drawBase(bp, vp, shading, level, true, o.highContrast);
            if (!inset.isEmpty())
                drawInsetMap(bp, inset, true, o.highContrast);
            m_baseKey = key;
        }
        p.drawImage(QRectF(QPointF(0, 0), target.size()), m_baseImage);
    } else {
        drawBase(p, vp, shading, level, false, o.highContrast);
        if (!inset.isEmpty())
            drawInsetMap(p, inset, false, o.highContrast);
    }
    if (o.hoveredProvince >= 0)
        drawHoveredProvince(p, vp, o.hoveredProvince, level);

    const QList<Marker> visible = markers(vp, o);
    drawMarkers(p, visible, o);
    drawLabels(p, labels(visible, target.size(), o), o);

    if (!inset.isEmpty())
        drawInsetFrame(p, inset, o);
    if (o.title)
        drawTitle(p, l.title, o);
    if (o.legend)
        drawLegend(p, l.legend, o);
    if (o.scaleBar)
        drawScaleBar(p, l.scaleBar, vp, o);
    if (o.sourceNote)
        drawSourceNote(p, l.sourceNote, o);
    p.restore();
}

void MapRenderer::drawBase(QPainter &p, const MapViewport &vp, const QList<int> &shading, int level,
                           bool fastPens, bool highContrast) const
{
    const BaseColours colours = baseColours(highContrast);
    p.fillRect(QRectF(QPointF(0, 0), vp.size()), colours.sea);
    p.save();
    p.setWorldTransform(vp.transform(), true);
    const double px = vp.metresPerPixel(); // pen widths are in map metres under this transform
    const QRectF visible = vp.visibleArea();
    // On screen, hairlines of at most one device pixel take the raster engine's fast path,
    // many times quicker than stroking; vector output gets true widths.
    const auto pen = [&](const QColor &colour, double width) {
        if (!fastPens)
            return QPen(colour, width * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        QPen hairline(colour, std::min(1.0, width));
        hairline.setCosmetic(true);
        return hairline;
    };

    // On screen, fills go without antialiasing (much cheaper); the antialiased borders drawn
    // over every edge hide the steps.
    p.setRenderHint(QPainter::Antialiasing, !fastPens);
    p.setPen(Qt::NoPen);
    p.setBrush(colours.neighbour);
    const QList<geo::NeighbourShape> &neighbours = m_basemap->neighbours();
    for (qsizetype i = 0; i < neighbours.size(); ++i) {
        if (neighbours.at(i).bounds.intersects(visible))
            p.drawPath(level == 0 ? overview().neighbours.at(i) : neighbours.at(i).path);
    }

    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pen(colours.neighbourBorder, 0.8));
    p.setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < neighbours.size(); ++i) {
        if (neighbours.at(i).bounds.intersects(visible))
            p.drawPath(level == 0 ? overview().neighbours.at(i) : neighbours.at(i).path);
    }

    const QList<geo::ProvinceShape> &provinces = m_basemap->provinces();
    p.setRenderHint(QPainter::Antialiasing, !fastPens);
    p.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < provinces.size(); ++i) {
        const geo::ProvinceShape &s = provinces.at(i);
        if (!s.bounds.intersects(visible))
            continue;
        p.setBrush(shading.isEmpty() ? colours.land : choroplethColour(shading.at(i)));
        p.drawPath(provincePath(int(i), level));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setPen(pen(colours.provinceBorder, 0.7));
    for (qsizetype i = 0; i < provinces.size(); ++i) {
        if (provinces.at(i).bounds.intersects(visible))
            p.drawPath(provincePath(int(i), level));
    }
    // The national boundary, heavier: on screen as hairlines a fraction of a pixel apart.
    const QPainterPath &border = outline(level);
    if (fastPens) {
        p.setPen(pen(colours.outline, 1.0));
        for (const QPointF offset : {QPointF(0, 0), QPointF(0.7, 0), QPointF(0, 0.7)}) {
            p.save();
            p.translate(offset * px);
            p.drawPath(border);
            p.restore();
        }
    } else {
        p.setPen(QPen(colours.outline, 1.6 * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(border);
    }
    if (!m_basemap->islands().isEmpty()) {
        p.setPen(pen(colours.outline, 0.8));
        p.setBrush(colours.land);
        p.drawPath(m_basemap->islands());
    }
    p.restore();
}

void MapRenderer::drawHoveredProvince(QPainter &p, const MapViewport &vp, int index,
                                      int level) const
{
    if (index < 0 || index >= m_basemap->provinces().size())
        return;
    p.save();
    p.setWorldTransform(vp.transform(), true);
    p.setPen(QPen(outlineColour, 2.0 * vp.metresPerPixel()));
    p.setBrush(QColor(0, 0, 0, 18));
    p.drawPath(provincePath(index, level));
    p.restore();
}

void MapRenderer::drawMarkers(QPainter &p, const QList<Marker> &markers, const MapOptions &o) const
{
    const double s = o.textScale;
    std::array<QPainterPath, 3> shapes;
    for (int tier = 1; tier <= 3; ++tier)
        shapes[tier - 1] = markerShape(tier, markerRadius(tier, s));
    const QList<City> &cities = m_cities->cities();

    // Many markers on a raster device: stamp pre-drawn sprites instead of filling paths.
    const bool sprites = markers.size() > 1500 && isRaster(p);
    std::array<std::array<QImage, 2>, 3> sprite;
    const qreal dpr = p.device()->devicePixelRatioF() * p.worldTransform().m11();
    if (sprites) {
        for (int tier = 1; tier <= 3; ++tier) {
            for (int smart = 0; smart < 2; ++smart) {
                const double r = markerRadius(tier, s) + 2 * s;
                QImage img((QSizeF(2 * r, 2 * r) * dpr).toSize(),
                           QImage::Format_ARGB32_Premultiplied);
                img.fill(Qt::transparent);
                QPainter ip(&img);
                ip.setRenderHint(QPainter::Antialiasing);
                ip.scale(dpr, dpr);
                ip.translate(r, r);
                paintMarker(ip, shapes[tier - 1], smart != 0, s);
                sprite[tier - 1][smart] = img;
            }
        }
    }

    for (const Marker &m : markers) {
        const City &c = cities.at(m.row);
        if (sprites) {
            const QImage &img = sprite[c.tier - 1][c.smart ? 1 : 0];
            const double r = img.width() / dpr / 2;
            p.drawImage(QRectF(m.centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), img);
            continue;
        }
        const bool hovered = c.id == o.hoveredCityId;
        p.save();
        p.translate(m.centre);
        if (hovered)
            p.scale(1.35, 1.35);
        if (CaseStudies::isCaseStudy(c.id)) {
            // Case-study cities carry a ring in the accent colour.
            p.setPen(QPen(Palette::accent(), 2.2 * s));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(0, 0), m.radius + 4 * s, m.radius + 4 * s);
        }
        if (c.id == o.selectedCityId) {
            p.setPen(QPen(Palette::text(), 2.0 * s));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(0, 0), m.radius + 7 * s, m.radius + 7 * s);
        }
        paintMarker(p, shapes[c.tier - 1], c.smart, s);
        p.restore();
    }
}

void MapRenderer::drawLabels(QPainter &p, const QList<LabelPlacer::Placed> &labels,
                             const MapOptions &o) const
{
    const std::array<QFont, 2> fonts{font(12, o), font(12.5, o, true)};
    const double halo = 1.0 * o.textScale;
    // Names are laid out once and kept (QStaticText): labels repeat from frame to frame, and
    // each is drawn five times for its halo.
    if (m_labelTextScale != o.textScale) {
        m_labelTexts.clear();
        m_labelTextScale = o.textScale;
    }
    // Grouped by font and pass, so the painter changes state a handful of times, not per label.
    for (int strong = 0; strong < 2; ++strong) {
        p.setFont(fonts[strong]);
        for (int pass = 0; pass < 2; ++pass) {
            // A white halo keeps names legible over borders and shading; the text goes on top.
            p.setPen(pass == 0 ? QColor(255, 255, 255, 230) : Palette::text());
            for (const LabelPlacer::Placed &l : labels) {
                const bool isStrong =
                    m_cities->city(l.tag).tier == 1 || CaseStudies::isCaseStudy(l.key);
                if (isStrong != (strong == 1))
                    continue;
                auto it = m_labelTexts.find({l.text, strong == 1});
                if (it == m_labelTexts.end()) {
                    QStaticText text(l.text);
                    text.setPerformanceHint(QStaticText::AggressiveCaching);
                    text.prepare(QTransform(), fonts[strong]);
                    it = m_labelTexts.insert({l.text, strong == 1}, text);
                }
                const QPointF topLeft = l.rect.topLeft();
                if (pass == 0) {
                    for (const QPointF d : {QPointF(-halo, -halo), QPointF(halo, -halo),
                                            QPointF(-halo, halo), QPointF(halo, halo)})
                        p.drawStaticText(topLeft + d, *it);
                } else {
                    p.drawStaticText(topLeft, *it);
                }
            }
        }
    }
}

void MapRenderer::drawTitle(QPainter &p, const QRectF &rect, const MapOptions &o) const
{
    const QFont title = font(22, o, true);
    const QFont subtitle = font(14, o);
    // A veil behind the text keeps it legible when the map is zoomed in under it.
    const double width = std::max(QFontMetricsF(title).horizontalAdvance(titleText(o)),
                                  QFontMetricsF(subtitle).horizontalAdvance(subtitleText(o)));
    const double pad = 6 * o.textScale;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 190));
    p.drawRoundedRect(QRectF(rect.left() - pad, rect.top() - pad / 2,
                             std::min(width, rect.width()) + 2 * pad, rect.height() + pad),
                      4 * o.textScale, 4 * o.textScale);
    p.setPen(Palette::text());
    p.setFont(title);
    const QFontMetricsF tm(title);
    p.drawText(QRectF(rect.topLeft(), QSizeF(rect.width(), tm.height())),
               Qt::AlignLeft | Qt::AlignTop, titleText(o));
    p.setPen(Palette::mutedText());
    p.setFont(subtitle);
    p.drawText(QRectF(rect.left(), rect.top() + tm.height() + 2 * o.textScale, rect.width(),
                      QFontMetricsF(subtitle).height()),
               Qt::AlignLeft | Qt::AlignTop, subtitleText(o));
}

QSizeF MapRenderer::legendSize(const MapOptions &o) const
{
    const double s = o.textScale;
    const QFontMetricsF fm(font(12, o));
    const double row = std::max(fm.height(), 20 * s);
    QStringList texts{tr("Smart city (filled)"), tr("Not yet smart (hollow)"),
                      tr("Case-study city in the report")};
    for (int tier = 1; tier <= 3; ++tier)
        texts.append(City::tierLabel(tier));
    int rows = 3;
    for (int tier = 1; tier <= 3; ++tier)
        rows += o.tierShown(tier) ? 1 : 0;
    if (o.choropleth) {
        texts.append(tr("Smart cities per province"));
        rows += 2;
    }
    double w = 0;
    for (const QString &t : texts)
        w = std::max(w, fm.horizontalAdvance(t));
    return {std::max(w + 40 * s, 5 * 36 * s), rows * row + 14 * s};
}

void MapRenderer::drawLegend(QPainter &p, const QRectF &rect, const MapOptions &o) const
{
    const double s = o.textScale;
    p.save();
    p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(rect, 4 * s, 4 * s);
    const QFont f = font(12, o);
    const QFontMetricsF fm(f);
    const double row = std::max(fm.height(), 20 * s);
    double y = rect.top() + 7 * s;
    const double x = rect.left() + 10 * s;
    const double textX = x + 24 * s;
    p.setFont(f);
    const auto text = [&](const QString &t) {
        p.setPen(Palette::text());
        p.drawText(QRectF(textX, y, rect.right() - textX, row), Qt::AlignVCenter, t);
    };
    const auto marker = [&](int tier, bool smart) {
        p.save();
        p.translate(x + 8 * s, y + row / 2);
        paintMarker(p, markerShape(tier, markerRadius(tier, s)), smart, s);
        p.restore();
    };
    for (int tier = 1; tier <= 3; ++tier) {
        if (!o.tierShown(tier))
            continue;
        marker(tier, true);
        text(City::tierLabel(tier));
        y += row;
    }
    int exampleTier = 2;
    while (!o.tierShown(exampleTier) && exampleTier < 3)
        ++exampleTier;
    marker(exampleTier, true);
    text(tr("Smart city (filled)"));
    y += row;
    marker(exampleTier, false);
    text(tr("Not yet smart (hollow)"));
    y += row;
    p.save();
    p.translate(x + 8 * s, y + row / 2);
    p.setPen(QPen(Palette::accent(), 2.2 * s));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(0, 0), 8 * s, 8 * s);
    p.restore();
    text(tr("Case-study city in the report"));
    y += row;
    if (o.choropleth) {
        p.setPen(Palette::text());
        p.drawText(QRectF(x, y, rect.width() - 20 * s, row), Qt::AlignVCenter,
                   tr("Smart cities per province"));
        y += row;
        const QStringList classes{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2–3"),
                                  QStringLiteral("4–5"), QStringLiteral("6+")};
        const int counts[] = {0, 1, 2, 4, 6};
        const double w = (rect.width() - 20 * s) / classes.size();
        for (int i = 0; i < classes.size(); ++i) {
            const QRectF swatch(x + i * w, y + 2 * s, w - 2 * s, row - 4 * s);
            p.setPen(QPen(QColor(0, 0, 0, 60), 0.8));
            p.setBrush(choroplethColour(counts[i]));
            p.drawRect(swatch);
            p.setPen(Palette::text());
            p.drawText(swatch, Qt::AlignCenter, classes[i]);
        }
    }
    p.restore();
}

void MapRenderer::drawScaleBar(QPainter &p, const QRectF &rect, const MapViewport &vp,
                               const MapOptions &o) const
{
    const double s = o.textScale;
    // True at the centre of the view: ground metres per pixel there, along the parallel.
    const QPointF centre = vp.centre();
    const double latitude = m_basemap->projection().unproject(centre).latitude();
    const double groundPerPixel =
        vp.metresPerPixel() / m_basemap->projection().parallelScale(latitude);
    const double maxKm = (rect.width() - 40 * s) * groundPerPixel / 1000;
    double km = 1;
    for (double step : {1.0, 2.0, 5.0}) {
        for (double mag = 1; mag <= 1e5; mag *= 10) {
            if (step * mag <= maxKm)
                km = std::max(km, step * mag);
        }
    }
    const double length = km * 1000 / groundPerPixel;
    const double y = rect.bottom() - 8 * s;
    const double h = 5 * s;
    p.save();
    p.setPen(QPen(Palette::text(), 1.0 * s));
    for (int i = 0; i < 4; ++i) {
        p.setBrush(i % 2 ? Qt::white : Palette::text());
        p.drawRect(QRectF(rect.left() + i * length / 4, y - h, length / 4, h));
    }
    p.setFont(font(11.5, o));
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), y - h - rect.top() - 2 * s),
               Qt::AlignLeft | Qt::AlignBottom,
               tr("%1 km (true at the map centre)").arg(QLocale().toString(km, 'f', 0)));
    p.restore();
}

void MapRenderer::drawInsetMap(QPainter &p, const QRectF &rect, bool fastPens,
                               bool highContrast) const
{
    const BaseColours colours = baseColours(highContrast);
    const geo::AlbersProjection &projection = m_basemap->projection();
    const QRectF frame = projectedFrame(projection, insetWest, insetEast, insetSouth, insetNorth);
    const MapViewport vp = MapViewport::fit(frame, rect.size(), 0);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(colours.sea);
    p.drawRect(rect);
    p.setClipRect(rect, Qt::IntersectClip);
    p.translate(rect.topLeft());
    p.setWorldTransform(vp.transform(), true);
    const double px = vp.metresPerPixel();
    const auto pen = [&](const QColor &colour, double width) {
        QPen result(colour, fastPens ? std::min(1.0, width) : width * px);
        result.setCosmetic(fastPens);
        return result;
    };
    const QRectF visible = vp.visibleArea();
    p.setPen(pen(colours.neighbourBorder, 0.6));
    p.setBrush(colours.neighbour);
    // SVG output ignores clipping, so for vector devices the shapes are cut to the frame here.
    QPainterPath frameClip;
    frameClip.addRect(visible);
    const auto draw = [&](const QPainterPath &path) {
        p.drawPath(fastPens ? path : path.intersected(frameClip));
    };
    const QList<geo::NeighbourShape> &neighbours = m_basemap->neighbours();
    for (qsizetype i = 0; i < neighbours.size(); ++i) {
        if (neighbours.at(i).bounds.intersects(visible))
            draw(overview().neighbours.at(i));
    }
    p.setPen(pen(colours.provinceBorder, 0.6));
    p.setBrush(colours.land);
    const QList<geo::ProvinceShape> &provinces = m_basemap->provinces();
    for (qsizetype i = 0; i < provinces.size(); ++i) {
        if (provinces.at(i).bounds.intersects(visible))
            draw(overview().provinces.at(i));
    }
    // Reefs are smaller than a pixel at this scale: a dot of fixed size keeps each visible.
    p.setPen(Qt::NoPen);
    p.setBrush(colours.outline);
    for (const QPolygonF &island : m_basemap->islands().toSubpathPolygons()) {
        const QPointF c = island.boundingRect().center();
        p.drawEllipse(c, 1.1 * px, 1.1 * px);
    }
    p.restore();
}

void MapRenderer::drawInsetFrame(QPainter &p, const QRectF &rect, const MapOptions &o) const
{
    const double s = o.textScale;
    p.save();
    p.setPen(QPen(outlineColour, 1.2 * s));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
    p.setFont(font(10.5, o));
    p.setPen(Palette::text());
    p.drawText(rect.adjusted(4 * s, 4 * s, -4 * s, -4 * s), Qt::AlignBottom | Qt::AlignRight,
               tr("South China Sea Islands"));
    p.restore();
}

void MapRenderer::drawSourceNote(QPainter &p, const QRectF &rect, const MapOptions &o) const
{
    const double s = o.textScale;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(rect);
    p.setFont(font(10.5, o));
    p.setPen(Palette::mutedText());
    p.drawText(rect.adjusted(14 * s, 5 * s, -14 * s, -5 * s), Qt::TextWordWrap | Qt::AlignLeft,
               sourceNoteText());
    p.restore();
}

} // namespace atlas
