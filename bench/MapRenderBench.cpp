// SPDX-License-Identifier: GPL-3.0-or-later
// Map frame times at 1920x1080: the built-in data, and a synthetic dataset of 100,000 cities.
// "full" frames rebuild the cached base layers (as after a pan or zoom); "overlay" frames reuse
// them (as on hover or an edit). Prints medians in milliseconds.
//
// Usage: atlas_bench_map [frames]   (default 30)
#include "geo/Basemap.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"
#include "render/MapRenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Synthetic cities scattered around the real ones, so they fall where cities are.
atlas::CityDataset synthetic(const atlas::CityDataset &real, int count)
{
    atlas::CityDataset d;
    d.path = QStringLiteral("synthetic");
    QRandomGenerator rng(20261125);
    for (int i = 0; i < count; ++i) {
        atlas::City c = real.cities.at(i % real.cities.size());
        c.id = QString::number(1000000 + i);
        c.location = QGeoCoordinate(c.location.latitude() + rng.bounded(6.0) - 3.0,
                                    c.location.longitude() + rng.bounded(6.0) - 3.0);
        c.tier = 1 + int(rng.bounded(3));
        c.smart = rng.bounded(2) == 1;
        d.cities.append(c);
    }
    return d;
}

struct Times
{
    double full;
    double overlay;
};

Times measure(const atlas::geo::Basemap &basemap, atlas::CityTableModel &cities, int frames)
{
    const atlas::TierSummaryModel summary(&cities);
    atlas::MapRenderer renderer(&basemap, &cities, &summary);
    const QSizeF size(1920, 1080);
    atlas::MapOptions options = atlas::MapOptions::forPreset(atlas::MapOptions::Preset::AllTiers);
    const atlas::MapViewport viewport = renderer.fitViewport(size, options);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    QList<double> full;
    QList<double> overlay;
    for (int i = 0; i < frames + 2; ++i) {
        renderer.setBasemap(&basemap); // drops the cached base layers
        QElapsedTimer t;
        t.start();
        {
            QPainter p(&image);
            renderer.render(p, QRectF(QPointF(0, 0), size), viewport, options);
        }
        const double fullMs = t.nsecsElapsed() / 1e6;
        t.restart();
        {
            QPainter p(&image);
            renderer.render(p, QRectF(QPointF(0, 0), size), viewport, options);
        }
        const double overlayMs = t.nsecsElapsed() / 1e6;
        if (i >= 2) { // the first frames fill font and glyph caches
            full.append(fullMs);
            overlay.append(overlayMs);
        }
    }
    return {median(full), median(overlay)};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 30;
    QTextStream out(stdout);
    QString error;
    const auto basemap = atlas::geo::Basemap::loadBuiltIn(&error);
    const auto real = atlas::CityDataset::loadFile(atlas::CityDataset::builtInPath(), &error);
    if (!basemap || !real) {
        out << error << '\n';
        return 1;
    }
    atlas::CityTableModel cities;
    cities.setDataset(*real);
    const Times builtIn = measure(*basemap, cities, frames);
    out << "map_1920x1080_builtin_full_ms " << QString::number(builtIn.full, 'f', 2) << '\n';
    out << "map_1920x1080_builtin_overlay_ms " << QString::number(builtIn.overlay, 'f', 2) << '\n';
    cities.setDataset(synthetic(*real, 100000));
    const Times big = measure(*basemap, cities, frames);
    out << "map_1920x1080_100k_full_ms " << QString::number(big.full, 'f', 2) << '\n';
    out << "map_1920x1080_100k_overlay_ms " << QString::number(big.overlay, 'f', 2) << '\n';
    out << "frames " << frames << '\n';
    return 0;
}
