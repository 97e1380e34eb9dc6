// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapViewport.h"

#include <QLineF>
#include <cmath>
#include <gtest/gtest.h>

using atlas::MapViewport;

namespace {

// Roughly China in Albers metres: large offsets from the origin catch sign and centre mistakes
// that a viewport around (0, 0) would hide.
const QRectF china(QPointF(-2'600'000, 1'800'000), QPointF(2'200'000, 5'950'000));

double distance(const QPointF &a, const QPointF &b)
{
    return QLineF(a, b).length();
}

} // namespace

TEST(MapViewport, ScreenAndProjectedRoundTrip)
{
    const MapViewport vp(QSizeF(1200, 800), QPointF(350'000, 3'900'000), 4321.5);
    for (const QPointF screen :
         {QPointF(0, 0), QPointF(1200, 800), QPointF(17.25, 603.5), QPointF(-40, 900)}) {
        EXPECT_LT(distance(vp.toScreen(vp.toProjected(screen)), screen), 1e-6);
    }
    for (const QPointF projected : {QPointF(-2'000'000, 2'000'000), QPointF(1'000'000, 5'000'000)})
        EXPECT_LT(distance(vp.toProjected(vp.toScreen(projected)), projected), 1e-3);

    // The centre is in the middle of the screen, north is up and one pixel is metresPerPixel.
    EXPECT_LT(distance(vp.toScreen(vp.centre()), QPointF(600, 400)), 1e-9);
    const QPointF north = vp.toScreen(vp.centre() + QPointF(0, 4321.5 * 10));
    EXPECT_LT(distance(north, QPointF(600, 390)), 1e-9);
    const QPointF east = vp.toScreen(vp.centre() + QPointF(4321.5 * 10, 0));
    EXPECT_LT(distance(east, QPointF(610, 400)), 1e-9);

    // The painter transform agrees with toScreen.
    const QPointF p(123'456, 4'567'890);
    EXPECT_LT(distance(vp.transform().map(p), vp.toScreen(p)), 1e-6);
}

TEST(MapViewport, ZoomAroundKeepsThePointUnderTheCursor)
{
    MapViewport vp(QSizeF(1200, 800), QPointF(350'000, 3'900'000), 5000);
    const QPointF cursor(913, 151);
    const QPointF under = vp.toProjected(cursor);
    vp.zoomAround(cursor, 1.25);
    EXPECT_DOUBLE_EQ(vp.metresPerPixel(), 4000);
    EXPECT_LT(distance(vp.toScreen(under), cursor), 1e-6);
    EXPECT_LT(distance(vp.toProjected(cursor), under), 1e-3);

    vp.zoomAround(cursor, 0.5);
    EXPECT_DOUBLE_EQ(vp.metresPerPixel(), 8000);
    EXPECT_LT(distance(vp.toScreen(under), cursor), 1e-6);

    // Zooming about the centre leaves the centre alone.
    const QPointF centre = vp.centre();
    vp.zoomAround(QPointF(600, 400), 3);
    EXPECT_LT(distance(vp.centre(), centre), 1e-6);

    // A nonsensical factor changes nothing.
    const MapViewport before = vp;
    vp.zoomAround(cursor, 0);
    EXPECT_EQ(vp, before);
    vp.zoomAround(cursor, -2);
    EXPECT_EQ(vp, before);
}

TEST(MapViewport, PanMovesTheMapByThePixelDelta)
{
    MapViewport vp(QSizeF(1200, 800), QPointF(350'000, 3'900'000), 2500);
    const QPointF landmark(700'000, 3'500'000);
    const QPointF before = vp.toScreen(landmark);
    const QPointF delta(37, -112.5);
    vp.panBy(delta);
    // What was under the mouse moves with it, as when dragging paper.
    EXPECT_LT(distance(vp.toScreen(landmark), before + delta), 1e-9);
    EXPECT_DOUBLE_EQ(vp.metresPerPixel(), 2500);
    EXPECT_LT(distance(vp.centre(), QPointF(350'000 - 37 * 2500, 3'900'000 - 112.5 * 2500)), 1e-6);
}

TEST(MapViewport, FitShowsAllTheBoundsWithTheMargin)
{
    for (const QSizeF size : {QSizeF(1200, 800), QSizeF(400, 1000), QSizeF(1920, 1080)}) {
        const double margin = 20;
        const MapViewport vp = MapViewport::fit(china, size, margin);
        ASSERT_TRUE(vp.isValid());
        EXPECT_EQ(vp.size(), size);
        const QRectF visible = vp.visibleArea();
        EXPECT_TRUE(visible.contains(china)) << size.width() << "x" << size.height();

        const QRectF onScreen =
            QRectF(vp.toScreen(china.topLeft()), vp.toScreen(china.bottomRight())).normalized();
        const QRectF inner = QRectF(QPointF(0, 0), size).adjusted(margin, margin, -margin, -margin);
        EXPECT_TRUE(inner.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(onScreen));
        // Tight: the limiting dimension touches the margins on both sides.
        EXPECT_TRUE(std::abs(onScreen.width() - inner.width()) < 1e-6 ||
                    std::abs(onScreen.height() - inner.height()) < 1e-6);
        EXPECT_LT(distance(onScreen.center(), inner.center()), 1e-6);
    }
}

TEST(MapViewport, ConstrainClampsZoomAndCentre)
{
    const QRectF bounds(QPointF(-1'000'000, 2'000'000), QPointF(1'000'000, 5'000'000));

    MapViewport tooClose(QSizeF(800, 600), QPointF(0, 3'000'000), 10);
    tooClose.constrain(bounds, 40, 20000);
    EXPECT_DOUBLE_EQ(tooClose.metresPerPixel(), 40);
    EXPECT_EQ(tooClose.centre(), QPointF(0, 3'000'000));

    MapViewport tooFar(QSizeF(800, 600), QPointF(0, 3'000'000), 1e6);
    tooFar.constrain(bounds, 40, 20000);
    EXPECT_DOUBLE_EQ(tooFar.metresPerPixel(), 20000);

    MapViewport lost(QSizeF(800, 600), QPointF(9e6, -9e6), 5000);
    lost.constrain(bounds, 40, 20000);
    EXPECT_EQ(lost.centre(), QPointF(1'000'000, 2'000'000));
    lost.setCentre(QPointF(-9e6, 9e6));
    lost.constrain(bounds, 40, 20000);
    EXPECT_EQ(lost.centre(), QPointF(-1'000'000, 5'000'000));

    MapViewport fine(QSizeF(800, 600), QPointF(123, 3'456'789), 5000);
    const MapViewport before = fine;
    fine.constrain(bounds, 40, 20000);
    EXPECT_EQ(fine, before);
}
