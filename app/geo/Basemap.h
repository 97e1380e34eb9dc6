// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlbersProjection.h"
#include "model/City.h"

#include <QCoreApplication>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <optional>

namespace atlas::geo {

// A provincial-level division, projected once at load time.
struct ProvinceShape
{
    QString code;        // GB/T 2260, "110000"
    QString nameZh;      // "北京市"
    QString nameZhShort; // "北京" (falls back to nameZh)
    QString nameEn;      // "Beijing"
    QString group;       // "mainland", "sar" or "taiwan" (default mainland)
    QPainterPath coarse; // projected metres, y north; for national scale
    QPainterPath detail; // the same at more detail, for zoomed-in views (may equal coarse)
    QRectF bounds;       // of coarse

    QString name(Language lang) const { return lang == Language::Chinese ? nameZhShort : nameEn; }
};

// Another country, drawn faintly for context.
struct NeighbourShape
{
    QString name;
    QPainterPath path; // projected metres
    QRectF bounds;
};

// The base map: provinces at two levels of detail, neighbours, and the South China Sea islands,
// all projected with one AlbersProjection. The map layers paint these paths; nothing re-projects
// per frame.
class Basemap
{
    Q_DECLARE_TR_FUNCTIONS(atlas::geo::Basemap)

public:
    // The built-in map from the resources (:/map/...).
    static std::optional<Basemap> loadBuiltIn(QString *error);
    // A user's map of provinces (GeoJSON with gb_code, name_zh, name_en; optional name_zh_short
    // and group), used at every scale; neighbours and islands are not drawn with it.
    static std::optional<Basemap> loadProvinces(const QString &path, QString *error);
    // The same from GeoJSON text; displayName names it in messages.
    static std::optional<Basemap> parseProvinces(const QByteArray &geojson,
                                                 const QString &displayName, QString *error);

    const AlbersProjection &projection() const { return m_projection; }
    const QList<ProvinceShape> &provinces() const { return m_provinces; }
    const QList<NeighbourShape> &neighbours() const { return m_neighbours; }
    const QPainterPath &islands() const { return m_islands; } // Spratlys, Scarborough Reef
    // Bounds of all provinces, projected; what "fit China" shows.
    QRectF chinaBounds() const { return m_chinaBounds; }
    bool isBuiltIn() const { return m_builtIn; }
    QString sourcePath() const { return m_sourcePath; }

    // Index of the province containing the projected point, or -1.
    int provinceAt(const QPointF &projected) const;
    int provinceIndexOfCode(const QString &code) const;

private:
    AlbersProjection m_projection;
    QList<ProvinceShape> m_provinces;
    QList<NeighbourShape> m_neighbours;
    QPainterPath m_islands;
    QRectF m_chinaBounds;
    bool m_builtIn = false;
    QString m_sourcePath;
};

} // namespace atlas::geo
