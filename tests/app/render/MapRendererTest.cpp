// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapRenderer.h"

#include "TestSupport.h"
#include "geo/Basemap.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"
#include "render/Palette.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <stdexcept>

using namespace atlas;
using Preset = MapOptions::Preset;

namespace {

// The reference picture of the report's tier-2 map. To regenerate it after an intended change
// of the map's look, run the test once with ATLAS_UPDATE_REFERENCE=1 in the environment, look
// at the new PNG, and commit it:
//   ATLAS_UPDATE_REFERENCE=1 atlas_core_tests
//   --gtest_filter=MapRenderer.Tier2MatchesTheReferenceImage
const QString referencePath =
    QStringLiteral(ATLAS_TEST_DATA_DIR "/reference/map-tier2-1200x800.png");

const geo::Basemap &builtInMap()
{
    return test::sharedBuiltInMap();
}

class MapRendererTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error)) << error.toStdString();
    }

    QSet<QString> idsWhere(const std::function<bool(const City &)> &keep) const
    {
        QSet<QString> ids;
        for (const City &c : cities.cities()) {
            if (keep(c))
                ids.insert(c.id);
        }
        return ids;
    }
    QSet<QString> idsOf(const QList<MapRenderer::Marker> &markers) const
    {
        QSet<QString> ids;
        for (const MapRenderer::Marker &m : markers)
            ids.insert(cities.city(m.row).id);
        return ids;
    }
    // Where a city is on screen, from its coordinates (not from markers()).
    QPointF screenPos(const MapViewport &vp, const QString &id) const
    {
        const int row = cities.rowOfId(id);
        EXPECT_GE(row, 0) << id.toStdString();
        return vp.toScreen(map.projection().project(cities.city(row).location));
    }
    QPointF screenPos(const MapViewport &vp, double lon, double lat) const
    {
        return vp.toScreen(map.projection().project(lon, lat));
    }
    // What the CLI renders: white page, China fitted, the given options.
    QImage render(const QSize &size, const MapOptions &o, qreal dpr = 1) const
    {
        QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(painter, QRectF(QPointF(0, 0), QSizeF(size)),
                        renderer.fitViewport(QSizeF(size), o), o);
        return image;
    }

    const geo::Basemap &map = builtInMap();
    CityTableModel cities;
    TierSummaryModel summary{&cities};
    MapRenderer renderer{&map, &cities, &summary};
};

QColor pixelAt(const QImage &image, const QPointF &p)
{
    return image.pixelColor(int(std::floor(p.x())), int(std::floor(p.y())));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

std::string describe(const QColor &c)
{
    return c.name().toStdString();
}

struct ImageDiff
{
    double meanChannel = 0; // mean absolute difference per channel, 0-255
    double bigFraction = 0; // share of pixels with a channel off by more than the threshold
};

ImageDiff compare(const QImage &a, const QImage &b, int threshold = 40)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return {255, 1};
    double sum = 0;
    qint64 big = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int dr = std::abs(qRed(p[col]) - qRed(q[col]));
            const int dg = std::abs(qGreen(p[col]) - qGreen(q[col]));
            const int db = std::abs(qBlue(p[col]) - qBlue(q[col]));
            sum += dr + dg + db;
            if (std::max({dr, dg, db}) > threshold)
                ++big;
        }
    }
    const double pixels = double(x.width()) * x.height();
    return {sum / (3 * pixels), big / pixels};
}

} // namespace

TEST_F(MapRendererTest, TierViewsShowExactlyTheirCities)
{
    const QSizeF size(1920, 1080);
    const auto markersOf = [&](const MapOptions &o) {
        return renderer.markers(renderer.fitViewport(size, o), o);
    };

    const MapOptions tier2 = MapOptions::forPreset(Preset::Tier2);
    const QList<MapRenderer::Marker> tier2Markers = markersOf(tier2);
    EXPECT_EQ(tier2Markers.size(), 31);
    EXPECT_EQ(idsOf(tier2Markers), idsWhere([](const City &c) { return c.tier == 2; }));

    const MapOptions tier3 = MapOptions::forPreset(Preset::Tier3);
    const QList<MapRenderer::Marker> tier3Markers = markersOf(tier3);
    EXPECT_EQ(tier3Markers.size(), 67);
    EXPECT_EQ(idsOf(tier3Markers), idsWhere([](const City &c) { return c.tier == 3; }));

    const QList<MapRenderer::Marker> all = markersOf(MapOptions::forPreset(Preset::AllTiers));
    EXPECT_EQ(all.size(), 101);
    EXPECT_EQ(idsOf(all).size(), 101);

    // Each marker sits where its city is, sized by tier (tier 1 largest).
    const MapViewport vp = renderer.fitViewport(size, MapOptions::forPreset(Preset::AllTiers));
    for (const MapRenderer::Marker &m : all) {
        const City &c = cities.city(m.row);
        EXPECT_LT(QLineF(m.centre, screenPos(vp, c.id)).length(), 1e-6) << c.id.toStdString();
        EXPECT_GT(m.radius, 2);
    }

    MapOptions notSmart = tier2;
    notSmart.showSmart = false;
    const QList<MapRenderer::Marker> notSmartMarkers = markersOf(notSmart);
    EXPECT_EQ(notSmartMarkers.size(), 8);
    EXPECT_EQ(idsOf(notSmartMarkers),
              idsWhere([](const City &c) { return c.tier == 2 && !c.smart; }));
    EXPECT_TRUE(idsOf(notSmartMarkers).contains(QStringLiteral("430100"))); // Changsha

    MapOptions smartOnly = tier3;
    smartOnly.showNotSmart = false;
    EXPECT_EQ(idsOf(markersOf(smartOnly)),
              idsWhere([](const City &c) { return c.tier == 3 && c.smart; }));

    MapOptions none = tier2;
    none.showSmart = false;
    none.showNotSmart = false;
    EXPECT_TRUE(markersOf(none).isEmpty());

    MapOptions tiers13 = MapOptions::forPreset(Preset::AllTiers);
    tiers13.tiers = {true, false, true};
    EXPECT_EQ(idsOf(markersOf(tiers13)), idsWhere([](const City &c) { return c.tier != 2; }));
}

TEST_F(MapRendererTest, MarkersFollowAnEditOfTheModel)
{
    const MapOptions o = MapOptions::forPreset(Preset::Tier2);
    const MapViewport vp = renderer.fitViewport(QSizeF(1920, 1080), o);
    const int changsha = cities.rowOfId(QStringLiteral("430100"));
    ASSERT_TRUE(cities.setTier(changsha, 3));
    EXPECT_EQ(renderer.markers(vp, o).size(), 30);
    EXPECT_FALSE(idsOf(renderer.markers(vp, o)).contains(QStringLiteral("430100")));
    ASSERT_TRUE(cities.setTier(changsha, 2));
    EXPECT_EQ(renderer.markers(vp, o).size(), 31);
}

TEST_F(MapRendererTest, TitlesCarryTheReportFiguresAndFollowEdits)
{
    const MapOptions tier2 = MapOptions::forPreset(Preset::Tier2);
    const MapOptions tier3 = MapOptions::forPreset(Preset::Tier3);
    EXPECT_EQ(renderer.subtitleText(tier2), QStringLiteral("Tier 2: 23 of 31 cities (74.2%)"));
    EXPECT_EQ(renderer.subtitleText(tier3), QStringLiteral("Tier 3: 23 of 67 cities (34.3%)"));
    EXPECT_EQ(renderer.titleText(tier2), QStringLiteral("Smart cities among tier-2 cities"));
    EXPECT_EQ(renderer.titleText(tier3), QStringLiteral("Smart cities among tier-3 cities"));
    const QString all = renderer.subtitleText(MapOptions::forPreset(Preset::AllTiers));
    for (const QString &part : {QStringLiteral("Tier 1: 3 of 3 cities (100.0%)"),
                                QStringLiteral("Tier 2: 23 of 31 cities (74.2%)"),
                                QStringLiteral("Tier 3: 23 of 67 cities (34.3%)")})
        EXPECT_TRUE(all.contains(part)) << all.toStdString();

    ASSERT_TRUE(cities.setSmart(cities.rowOfId(QStringLiteral("430100")), true)); // Changsha
    EXPECT_EQ(renderer.subtitleText(tier2), QStringLiteral("Tier 2: 24 of 31 cities (77.4%)"));
    EXPECT_EQ(renderer.subtitleText(tier3), QStringLiteral("Tier 3: 23 of 67 cities (34.3%)"));
}

TEST_F(MapRendererTest, FittedViewShowsChinaBetweenTitleAndSourceNote)
{
    for (const QSizeF size : {QSizeF(1200, 800), QSizeF(1920, 1080), QSizeF(800, 1000)}) {
        const MapOptions o = MapOptions::forPreset(Preset::Tier2);
        const MapViewport vp = renderer.fitViewport(size, o);
        EXPECT_EQ(vp.size(), size);
        const MapRenderer::Layout l = renderer.layout(size, o);
        const QRectF b = map.chinaBounds();
        const QRectF onScreen =
            QRectF(vp.toScreen(b.topLeft()), vp.toScreen(b.bottomRight())).normalized();
        EXPECT_GE(onScreen.left(), 0);
        EXPECT_LE(onScreen.right(), size.width());
        EXPECT_GE(onScreen.top(), l.title.bottom() - 1e-6) << size.width();
        EXPECT_LE(onScreen.bottom(), l.sourceNote.top() + 1e-6) << size.width();
        // A fit, not a thumbnail: China touches the margins in one direction, and is centred
        // in the other.
        const double margin = 12;
        const QRectF area(QPointF(0, l.title.bottom()), QPointF(size.width(), l.sourceNote.top()));
        const bool widthLimited = std::abs(onScreen.left() - margin) < 1e-6 &&
                                  std::abs(onScreen.right() - (size.width() - margin)) < 1e-6;
        const bool heightLimited = std::abs(onScreen.top() - (area.top() + margin)) < 1e-6 &&
                                   std::abs(onScreen.bottom() - (area.bottom() - margin)) < 1e-6;
        EXPECT_TRUE(widthLimited || heightLimited) << size.width() << "x" << size.height();
        EXPECT_LT(QLineF(onScreen.center(), area.center()).length(), 1e-6);
    }
}

TEST_F(MapRendererTest, LabelsAvoidEachOtherAndTheMapFurniture)
{
    for (const Preset preset : {Preset::AllTiers, Preset::Tier2, Preset::Tier3}) {
        for (const QSizeF size : {QSizeF(1920, 1080), QSizeF(1200, 800)}) {
            const MapOptions o = MapOptions::forPreset(preset);
            const MapViewport vp = renderer.fitViewport(size, o);
            const QList<LabelPlacer::Placed> labels = renderer.labels(vp, o);
            const MapRenderer::Layout l = renderer.layout(size, o);
            ASSERT_GT(labels.size(), 5);
            for (const QRectF &furniture : {l.title, l.legend, l.scaleBar, l.inset, l.sourceNote})
                ASSERT_FALSE(furniture.isEmpty());
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QRectF r = labels.at(i).rect;
                const std::string key = labels.at(i).key.toStdString();
                EXPECT_TRUE(QRectF(QPointF(0, 0), size).contains(r)) << key;
                for (const QRectF &furniture :
                     {l.title, l.legend, l.scaleBar, l.inset, l.sourceNote})
                    EXPECT_FALSE(r.intersects(furniture)) << key;
                for (qsizetype j = i + 1; j < labels.size(); ++j)
                    EXPECT_FALSE(r.intersects(labels.at(j).rect))
                        << key << " / " << labels.at(j).key.toStdString();
                // No label covers a marker as important as its own city or more; only a
                // case-study name may cover a minor city's marker.
                const QList<MapRenderer::Marker> markers = renderer.markers(vp, o);
                const auto own = std::find_if(markers.cbegin(), markers.cend(), [&](const auto &m) {
                    return cities.city(m.row).id == labels.at(i).key;
                });
                ASSERT_NE(own, markers.cend()) << key;
                for (const MapRenderer::Marker &m : markers) {
                    const QRectF marker(m.centre - QPointF(m.radius, m.radius),
                                        QSizeF(2 * m.radius, 2 * m.radius));
                    if (m.priority <= own->priority) {
                        EXPECT_FALSE(r.intersects(marker))
                            << key << " covers " << cities.city(m.row).id.toStdString();
                    }
                }
            }
        }
    }
}

TEST_F(MapRendererTest, CaseStudyCitiesAreAlwaysLabelled)
{
    MapOptions o = MapOptions::forPreset(Preset::AllTiers);
    const MapViewport vp = renderer.fitViewport(QSizeF(1920, 1080), o);
    QSet<QString> labelled;
    for (const LabelPlacer::Placed &p : renderer.labels(vp, o)) {
        labelled.insert(p.key);
        const int row = cities.rowOfId(p.key);
        ASSERT_GE(row, 0) << p.key.toStdString();
        EXPECT_EQ(p.text, cities.city(row).nameEn);
    }
    for (const QString &id : CaseStudies::cityIds())
        EXPECT_TRUE(labelled.contains(id)) << id.toStdString();

    // Labels are in the map's language.
    o.language = Language::Chinese;
    QStringList chinese;
    for (const LabelPlacer::Placed &p : renderer.labels(vp, o)) {
        if (p.key == u"420100")
            chinese.append(p.text);
    }
    EXPECT_EQ(chinese, QStringList{QStringLiteral("武汉")});

    o.labels = false;
    EXPECT_TRUE(renderer.labels(vp, o).isEmpty());
}

TEST_F(MapRendererTest, ZoomingInPlacesMoreLabels)
{
    const MapOptions o = MapOptions::forPreset(Preset::AllTiers);
    const MapViewport national = renderer.fitViewport(QSizeF(1920, 1080), o);
    const qsizetype nationalLabels = renderer.labels(national, o).size();
    EXPECT_LT(nationalLabels, 101); // else zooming in cannot show more
    // Same centre, closer: the crowded east spreads out while still in view.
    const MapViewport closer(national.size(), national.centre(), national.metresPerPixel() / 1.25);
    EXPECT_GE(renderer.labels(closer, o).size(), nationalLabels);
    const MapViewport closest(national.size(), national.centre(), national.metresPerPixel() / 1.5);
    EXPECT_GT(renderer.labels(closest, o).size(), nationalLabels);

    // Eastern China, where most cities are: zooming in there labels more of them.
    const QPointF east = map.projection().project(114.0, 31.0);
    const MapViewport eastNational(national.size(), east, national.metresPerPixel());
    const MapViewport eastRegional(national.size(), east, national.metresPerPixel() / 1.5);
    EXPECT_GT(renderer.labels(eastRegional, o).size(), renderer.labels(eastNational, o).size());
}

TEST_F(MapRendererTest, HitTests)
{
    const MapOptions o = MapOptions::forPreset(Preset::AllTiers);
    // 900x640 is the map widget's size hint: what a user clicks on first.
    for (const QSizeF size : {QSizeF(1920, 1080), QSizeF(1200, 800), QSizeF(900, 640)}) {
        const MapViewport vp = renderer.fitViewport(size, o);
        // A click on the centre of a city's marker is a click on that city, even with a
        // neighbour close by (Langfang is a few pixels from Beijing at national scale).
        for (const QString &id :
             {QStringLiteral("110000"), QStringLiteral("131000"), QStringLiteral("420100"),
              QStringLiteral("430100"), QStringLiteral("320200"), QStringLiteral("310000")}) {
            EXPECT_EQ(renderer.cityAt(vp, screenPos(vp, id), o), id)
                << size.width() << "x" << size.height();
        }
        // Yellow Sea, far from any city.
        EXPECT_EQ(renderer.cityAt(vp, screenPos(vp, 123.5, 35.5), o), QString());
        EXPECT_EQ(renderer.provinceAt(vp, screenPos(vp, 123.5, 35.5)), -1);
        // Just beyond a marker's reach.
        const QPointF chengdu = screenPos(vp, QStringLiteral("510100"));
        EXPECT_EQ(renderer.cityAt(vp, chengdu + QPointF(0, 20), o), QString());

        const int hunan = map.provinceIndexOfCode(QStringLiteral("430000"));
        ASSERT_GE(hunan, 0);
        EXPECT_EQ(renderer.provinceAt(vp, screenPos(vp, QStringLiteral("430100"))), hunan);
        const int hubei = map.provinceIndexOfCode(QStringLiteral("420000"));
        EXPECT_EQ(renderer.provinceAt(vp, screenPos(vp, QStringLiteral("420100"))), hubei);
    }

    // A city that the filters hide cannot be hit.
    MapOptions tier3 = MapOptions::forPreset(Preset::Tier3);
    const MapViewport vp = renderer.fitViewport(QSizeF(1920, 1080), tier3);
    EXPECT_EQ(renderer.cityAt(vp, screenPos(vp, QStringLiteral("420100")), tier3), QString());
    EXPECT_EQ(renderer.cityAt(vp, screenPos(vp, QStringLiteral("440600")), tier3),
              QStringLiteral("440600")); // Foshan
}

TEST_F(MapRendererTest, MarkerColoursShowSmartStatus)
{
    // The data first: the pixels below mean something only for these statuses.
    const City &wuhan = cities.city(cities.rowOfId(QStringLiteral("420100")));
    const City &changsha = cities.city(cities.rowOfId(QStringLiteral("430100")));
    const City &foshan = cities.city(cities.rowOfId(QStringLiteral("440600")));
    ASSERT_EQ(wuhan.tier, 2);
    ASSERT_TRUE(wuhan.smart);
    ASSERT_EQ(changsha.tier, 2);
    ASSERT_FALSE(changsha.smart);
    ASSERT_EQ(foshan.tier, 3);
    ASSERT_TRUE(foshan.smart);

    const QSize size(1200, 800);
    const MapOptions o = MapOptions::forPreset(Preset::Tier2);
    const MapViewport vp = renderer.fitViewport(QSizeF(size), o);
    const QImage image = render(size, o);

    const QColor atWuhan = pixelAt(image, screenPos(vp, wuhan.id));
    EXPECT_LE(colourDistance(atWuhan, Palette::smart()), 6) << describe(atWuhan);
    const QColor atChangsha = pixelAt(image, screenPos(vp, changsha.id));
    EXPECT_LE(colourDistance(atChangsha, Qt::white), 6) << describe(atChangsha);
    // Foshan is tier 3: not on the tier-2 map.
    const QColor atFoshan = pixelAt(image, screenPos(vp, foshan.id));
    EXPECT_GT(colourDistance(atFoshan, Palette::smart()), 40) << describe(atFoshan);

    // The sea, well away from land, labels and the map furniture.
    const QPointF yellowSea = screenPos(vp, 124.0, 33.5);
    const QColor sea = pixelAt(image, yellowSea);
    EXPECT_GT(sea.blue(), sea.red()) << describe(sea);
    EXPECT_NE(sea, QColor(Qt::white));
    for (const QPointF d : {QPointF(-6, 0), QPointF(6, 0), QPointF(0, -6), QPointF(0, 6)})
        EXPECT_EQ(pixelAt(image, yellowSea + d), sea);
    const QColor eastChinaSea = pixelAt(image, screenPos(vp, 125.5, 29.0));
    EXPECT_EQ(eastChinaSea, sea) << describe(eastChinaSea);
    // Land is not sea.
    const QColor land = pixelAt(image, screenPos(vp, 100.0, 35.0)); // Qinghai
    EXPECT_GT(colourDistance(land, sea), 10) << describe(land);
}

TEST_F(MapRendererTest, AnEditIsRenderedAtOnce)
{
    const QSize size(1200, 800);
    const MapOptions o = MapOptions::forPreset(Preset::Tier2);
    const MapViewport vp = renderer.fitViewport(QSizeF(size), o);
    const QPointF changsha = screenPos(vp, QStringLiteral("430100"));
    EXPECT_LE(colourDistance(pixelAt(render(size, o), changsha), Qt::white), 6);
    ASSERT_TRUE(cities.setSmart(cities.rowOfId(QStringLiteral("430100")), true));
    const QColor after = pixelAt(render(size, o), changsha);
    EXPECT_LE(colourDistance(after, Palette::smart()), 6) << describe(after);
}

TEST_F(MapRendererTest, CachedBaseLayersFollowTheView)
{
    // The renderer keeps the base layers as an image between frames: going to another view and
    // back must give the first picture again, not a stale one.
    const QSize size(600, 400);
    const MapOptions o = MapOptions::forPreset(Preset::Tier3);
    const QImage first = render(size, o);
    const MapViewport fitted = renderer.fitViewport(QSizeF(size), o);
    QImage zoomed(size, QImage::Format_ARGB32_Premultiplied);
    zoomed.fill(Qt::white);
    {
        QPainter painter(&zoomed);
        renderer.render(painter, QRectF(QPointF(0, 0), QSizeF(size)),
                        MapViewport(fitted.size(), fitted.centre(), fitted.metresPerPixel() / 3),
                        o);
    }
    EXPECT_GT(compare(first, zoomed, 40).bigFraction, 0.05);
    MapOptions shaded = o;
    shaded.choropleth = true;
    // Shading recolours the land only slightly (pale classes), hence the low threshold.
    EXPECT_GT(compare(first, render(size, shaded), 6).bigFraction, 0.05);
    const ImageDiff again = compare(first, render(size, o));
    EXPECT_EQ(again.meanChannel, 0);
}

TEST_F(MapRendererTest, Tier2MatchesTheReferenceImage)
{
    MapOptions o = MapOptions::forPreset(Preset::Tier2);
    o.language = Language::English;
    const QImage image = render(QSize(1200, 800), o);
    if (qEnvironmentVariableIntValue("ATLAS_UPDATE_REFERENCE") == 1) {
        ASSERT_TRUE(image.save(referencePath, "PNG")) << referencePath.toStdString();
        GTEST_SKIP() << "wrote " << referencePath.toStdString();
    }
    ASSERT_TRUE(QFileInfo::exists(referencePath))
        << referencePath.toStdString()
        << " is missing; generate it with ATLAS_UPDATE_REFERENCE=1 and check it by eye";
    const QImage reference(referencePath);
    ASSERT_EQ(reference.size(), QSize(1200, 800));
    const ImageDiff diff = compare(image, reference, 40);
    EXPECT_LT(diff.meanChannel, 1.5);
    EXPECT_LT(diff.bigFraction, 0.01);
    // Text is a small share of the picture, so the words get a stricter look of their own: the
    // title and subtitle must read the same.
    const QRect title = renderer.layout(QSizeF(1200, 800), o).title.toAlignedRect();
    const ImageDiff words = compare(image.copy(title), reference.copy(title), 40);
    EXPECT_LT(words.bigFraction, 0.002);
}

TEST_F(MapRendererTest, HighDpiRenderIsTheSamePicture)
{
    const QSize size(1200, 800);
    const MapOptions o = MapOptions::forPreset(Preset::Tier2);
    const QImage normal = render(size, o);
    const QImage sharp = render(size, o, 2);
    ASSERT_EQ(sharp.size(), QSize(2400, 1600));
    // Every part of the device is painted: nothing left white in the lower right quarter,
    // where a render that ignored the ratio would stop.
    const QColor corner = sharp.pixelColor(2300, 900);
    EXPECT_NE(corner, QColor(Qt::white)) << describe(corner);
    const QImage down = sharp.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const ImageDiff diff = compare(normal, down, 64);
    EXPECT_LT(diff.meanChannel, 3) << diff.meanChannel;
    EXPECT_LT(diff.bigFraction, 0.03) << diff.bigFraction;

    // The markers stay where they are, at twice the pixels.
    const MapViewport vp = renderer.fitViewport(QSizeF(size), o);
    const QPointF wuhan = screenPos(vp, QStringLiteral("420100")) * 2;
    const QColor atWuhan = pixelAt(sharp, wuhan);
    EXPECT_LE(colourDistance(atWuhan, Palette::smart()), 6) << describe(atWuhan);
}
