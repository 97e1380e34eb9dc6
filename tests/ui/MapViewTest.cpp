// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "AppTest.h"
#include "CitiesView.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "TestSupport.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CityFilterProxyModel.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"
#include "render/Palette.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>
#include <cmath>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace atlas;

namespace {

// MainWindow gets a copy of the shared map, as it owns its map.
const geo::Basemap &sharedMap()
{
    return test::sharedBuiltInMap();
}

double distance(const QPointF &a, const QPointF &b)
{
    return QLineF(a, b).length();
}

void sendWheel(QWidget *widget, const QPointF &pos, int angle)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

class MapViewTest : public test::AppTest
{
protected:
    // A Maps section on its own, shown at a fixed size.
    std::unique_ptr<MapView> showMapView()
    {
        auto view = std::make_unique<MapView>(&sharedMap(), &cities, &summary);
        view->resize(1200, 800);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        return view;
    }
    std::unique_ptr<MainWindow> showMainWindow()
    {
        auto window = AppTest::showMainWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showSection(Navigator::Maps);
        return window;
    }

    static QPointF project(const MapCanvas *canvas, const QPointF &screen)
    {
        return canvas->viewport().toProjected(screen);
    }
    QPointF cityOnScreen(const MapCanvas *canvas, const QString &id) const
    {
        const int row = cities.rowOfId(id);
        EXPECT_GE(row, 0) << id.toStdString();
        return canvas->viewport().toScreen(
            canvas->renderer().basemap()->projection().project(cities.city(row).location));
    }
    // The marker of a city as the canvas draws it.
    std::optional<QPointF> markerOf(const MapCanvas *canvas, const QString &id) const
    {
        for (const MapRenderer::Marker &m :
             canvas->renderer().markers(canvas->viewport(), canvas->options())) {
            if (cities.city(m.row).id == id)
                return m.centre;
        }
        return std::nullopt;
    }

    TierSummaryModel summary{&cities};
};

} // namespace

TEST_F(MapViewTest, FirstShowFitsChina)
{
    const auto view = showMapView();
    const MapCanvas *canvas = view->canvas();
    EXPECT_GT(canvas->width(), 1000);
    EXPECT_GT(canvas->height(), 600);
    EXPECT_EQ(canvas->viewport(),
              canvas->renderer().fitViewport(QSizeF(canvas->size()), canvas->options()));
}

TEST_F(MapViewTest, WheelZoomsAroundTheCursor)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const double before = canvas->viewport().metresPerPixel();
    const QPointF cursor(canvas->width() * 0.7, canvas->height() * 0.35);
    const QPointF under = project(canvas, cursor);

    sendWheel(canvas, cursor, 120);
    EXPECT_LT(canvas->viewport().metresPerPixel(), before);
    EXPECT_NEAR(canvas->viewport().metresPerPixel(), before / 1.25, 1e-6);
    EXPECT_LT(distance(canvas->viewport().toScreen(under), cursor), 1.0);

    sendWheel(canvas, cursor, -240);
    EXPECT_GT(canvas->viewport().metresPerPixel(), before);
    EXPECT_LT(distance(canvas->viewport().toScreen(under), cursor), 1.0);
}

TEST_F(MapViewTest, DragPansByTheDrag)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    QSignalSpy clicked(canvas, &MapCanvas::cityClicked);
    const QPoint from(500, 300);
    const QPoint to(640, 210);
    const QPointF grabbed = project(canvas, from);
    const double mpp = canvas->viewport().metresPerPixel();

    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, from + QPoint(10, -5));
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);

    // The point that was grabbed is now under the mouse, at the same zoom.
    EXPECT_LT(distance(canvas->viewport().toScreen(grabbed), to), 1e-6);
    EXPECT_DOUBLE_EQ(canvas->viewport().metresPerPixel(), mpp);
    // A drag is not a click.
    EXPECT_EQ(clicked.count(), 0);
}

TEST_F(MapViewTest, DoubleClickZoomsInByTwo)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const double before = canvas->viewport().metresPerPixel();
    const QPoint at(450, 350);
    const QPointF under = project(canvas, at);
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, at);
    EXPECT_NEAR(canvas->viewport().metresPerPixel(), before / 2, 1e-6);
    EXPECT_LT(distance(canvas->viewport().toScreen(under), at), 1.0);
}

TEST_F(MapViewTest, KeysZoomPanAndFitAgain)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const MapViewport fitted = canvas->viewport();
    const double mpp = fitted.metresPerPixel();

    QTest::keyClick(canvas, Qt::Key_Plus);
    EXPECT_NEAR(canvas->viewport().metresPerPixel(), mpp / 1.5, 1e-6);
    EXPECT_LT(distance(canvas->viewport().centre(), fitted.centre()), 1e-6);
    QTest::keyClick(canvas, Qt::Key_Minus);
    QTest::keyClick(canvas, Qt::Key_Minus);
    EXPECT_NEAR(canvas->viewport().metresPerPixel(), mpp * 1.5, 1e-6);

    const double step = canvas->viewport().metresPerPixel();
    const QPointF centre = canvas->viewport().centre();
    // Left shows more of the west: the view centre moves west.
    QTest::keyClick(canvas, Qt::Key_Left);
    EXPECT_LT(canvas->viewport().centre().x(), centre.x());
    EXPECT_NEAR(canvas->viewport().centre().y(), centre.y(), 1e-6);
    QTest::keyClick(canvas, Qt::Key_Right);
    EXPECT_LT(distance(canvas->viewport().centre(), centre), 1e-6);
    QTest::keyClick(canvas, Qt::Key_Up);
    EXPECT_GT(canvas->viewport().centre().y(), centre.y());
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Down);
    EXPECT_LT(canvas->viewport().centre().y(), centre.y());
    EXPECT_GT(std::abs(canvas->viewport().centre().y() - centre.y()), 10 * step);

    QTest::keyClick(canvas, Qt::Key_Home);
    EXPECT_EQ(canvas->viewport(), fitted);
}

TEST_F(MapViewTest, ZoomAndPanStayWithinLimits)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const MapRenderer &renderer = canvas->renderer();
    const double maxMpp = renderer.maxMetresPerPixel(QSizeF(canvas->size()));
    const QPointF corner(canvas->width() * 0.2, canvas->height() * 0.8);

    for (int i = 0; i < 30; ++i) {
        sendWheel(canvas, corner, -120);
        ASSERT_LE(canvas->viewport().metresPerPixel(), maxMpp * (1 + 1e-9)) << i;
        ASSERT_TRUE(renderer.panBounds().contains(canvas->viewport().centre())) << i;
    }
    EXPECT_NEAR(canvas->viewport().metresPerPixel(), maxMpp, maxMpp * 1e-9);

    for (int i = 0; i < 60; ++i) {
        sendWheel(canvas, corner, 120);
        ASSERT_GE(canvas->viewport().metresPerPixel(), MapRenderer::minMetresPerPixel() - 1e-9)
            << i;
    }
    EXPECT_NEAR(canvas->viewport().metresPerPixel(), MapRenderer::minMetresPerPixel(), 1e-6);

    QTest::keyClick(canvas, Qt::Key_Home);
    for (int i = 0; i < 20; ++i) {
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(canvas, QPoint(700, 500));
        QTest::mouseMove(canvas, QPoint(1100, 700));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(1100, 700));
        ASSERT_TRUE(renderer.panBounds().contains(canvas->viewport().centre())) << i;
    }
    for (int i = 0; i < 200; ++i)
        QTest::keyClick(canvas, Qt::Key_Right);
    EXPECT_TRUE(renderer.panBounds().contains(canvas->viewport().centre()));
    EXPECT_NEAR(canvas->viewport().centre().x(), renderer.panBounds().right(), 1e-6);
}

TEST_F(MapViewTest, WheelAtTheZoomLimitLeavesTheMapStill)
{
    // Past the limit the wheel can zoom no further; the map must then stay where it is rather
    // than slide away from the cursor a little with every notch.
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const QPointF corner(canvas->width() * 0.2, canvas->height() * 0.8);
    for (int i = 0; i < 20; ++i)
        sendWheel(canvas, QPointF(canvas->width() / 2.0, canvas->height() / 2.0), -120);
    const MapViewport zoomedOut = canvas->viewport();
    ASSERT_NEAR(zoomedOut.metresPerPixel(),
                canvas->renderer().maxMetresPerPixel(QSizeF(canvas->size())), 1e-6);
    sendWheel(canvas, corner, -120);
    EXPECT_LT(distance(canvas->viewport().centre(), zoomedOut.centre()), zoomedOut.metresPerPixel())
        << "moved by "
        << distance(canvas->viewport().centre(), zoomedOut.centre()) / zoomedOut.metresPerPixel()
        << " px";

    for (int i = 0; i < 60; ++i)
        sendWheel(canvas, QPointF(canvas->width() / 2.0, canvas->height() / 2.0), 120);
    const MapViewport zoomedIn = canvas->viewport();
    ASSERT_NEAR(zoomedIn.metresPerPixel(), MapRenderer::minMetresPerPixel(), 1e-6);
    sendWheel(canvas, corner, 120);
    EXPECT_LT(distance(canvas->viewport().centre(), zoomedIn.centre()), zoomedIn.metresPerPixel())
        << "moved by "
        << distance(canvas->viewport().centre(), zoomedIn.centre()) / zoomedIn.metresPerPixel()
        << " px";
}

TEST_F(MapViewTest, ClickSelectsTheCityOnTheMapAndInTheTable)
{
    const auto window = showMainWindow();
    MapCanvas *canvas = window->mapView()->canvas();
    QSignalSpy clicked(canvas, &MapCanvas::cityClicked);
    const QString chengdu = QStringLiteral("510100");
    const std::optional<QPointF> marker = markerOf(canvas, chengdu);
    ASSERT_TRUE(marker);
    const QPoint at = marker->toPoint();
    ASSERT_EQ(canvas->renderer().cityAt(canvas->viewport(), at, canvas->options()), chengdu);

    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    EXPECT_EQ(canvas->selectedCity(), chengdu);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().toString(), chengdu);
    EXPECT_EQ(window->citiesView()->currentCity(), chengdu);
    EXPECT_EQ(window->currentSection(), Navigator::Maps); // not a case-study city

    // And the other way: a row chosen in the table is selected on the map.
    QTableView *table = window->citiesView()->table();
    const QModelIndex wuhan = window->citiesView()->proxy()->mapFromSource(
        cities.index(cities.rowOfId(QStringLiteral("420100")), 0));
    ASSERT_TRUE(wuhan.isValid());
    table->setCurrentIndex(wuhan);
    EXPECT_EQ(canvas->selectedCity(), QStringLiteral("420100"));

    // A click on empty sea clears the selection.
    const QPointF sea = canvas->viewport().toScreen(
        canvas->renderer().basemap()->projection().project(124.0, 33.5));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, sea.toPoint());
    EXPECT_EQ(canvas->selectedCity(), QString());
    EXPECT_EQ(clicked.count(), 1);
}

TEST_F(MapViewTest, ClickOnACaseStudyCityOpensItsCaseStudy)
{
    const auto window = showMainWindow();
    MapCanvas *canvas = window->mapView()->canvas();
    const QString wuxi = QStringLiteral("320200");
    const std::optional<QPointF> marker = markerOf(canvas, wuxi);
    ASSERT_TRUE(marker);
    ASSERT_EQ(canvas->renderer().cityAt(canvas->viewport(), marker->toPoint(), canvas->options()),
              wuxi);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, marker->toPoint());
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(window->caseStudyTitle(), QStringLiteral("Wuxi"));
}

TEST_F(MapViewTest, ClickOnBeijingOpensBeijingNotItsNeighbour)
{
    // Langfang, also a case-study city, is a few pixels from Beijing at national scale; a click
    // on the middle of Beijing's star must still be Beijing.
    const auto window = showMainWindow();
    MapCanvas *canvas = window->mapView()->canvas();
    QSignalSpy clicked(canvas, &MapCanvas::cityClicked);
    const std::optional<QPointF> beijing = markerOf(canvas, QStringLiteral("110000"));
    ASSERT_TRUE(beijing);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, beijing->toPoint());
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().toString(), QStringLiteral("110000"))
        << "canvas " << canvas->width() << "x" << canvas->height();
    EXPECT_EQ(window->caseStudyTitle(), QStringLiteral("Beijing"));
}

TEST_F(MapViewTest, SearchCentresAndSelectsTheCity)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
    QSignalSpy selected(view.get(), &MapView::citySelected);

    ASSERT_TRUE(view->findCity(QStringLiteral("wuhan")));
    EXPECT_LT(distance(cityOnScreen(canvas, QStringLiteral("420100")), middle), 1.0);
    EXPECT_EQ(canvas->selectedCity(), QStringLiteral("420100"));
    // Zoomed in to city scale, closer than the national view.
    EXPECT_LT(
        canvas->viewport().metresPerPixel(),
        canvas->renderer().fitViewport(QSizeF(canvas->size()), canvas->options()).metresPerPixel());
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().first().toString(), QStringLiteral("420100"));

    canvas->fitChina();
    canvas->setSelectedCity(QString());
    ASSERT_TRUE(view->findCity(QStringLiteral("武汉")));
    EXPECT_LT(distance(cityOnScreen(canvas, QStringLiteral("420100")), middle), 1.0);
    EXPECT_EQ(canvas->selectedCity(), QStringLiteral("420100"));

    // An exact name beats a partial match.
    ASSERT_TRUE(view->findCity(QStringLiteral(" Suzhou ")));
    const int suzhou = cities.rowOfId(canvas->selectedCity());
    ASSERT_GE(suzhou, 0);
    EXPECT_EQ(cities.city(suzhou).nameEn, QStringLiteral("Suzhou"));

    const MapViewport before = canvas->viewport();
    const QString selectedBefore = canvas->selectedCity();
    EXPECT_FALSE(view->findCity(QStringLiteral("Atlantis")));
    EXPECT_FALSE(view->findCity(QStringLiteral("   ")));
    EXPECT_EQ(canvas->viewport(), before);
    EXPECT_EQ(canvas->selectedCity(), selectedBefore);
}

TEST_F(MapViewTest, SearchShowsACityTheFiltersHide)
{
    const auto view = showMapView();
    view->setPreset(MapOptions::Preset::Tier2);
    ASSERT_FALSE(view->tierBox(3)->isChecked());
    ASSERT_TRUE(view->findCity(QStringLiteral("Foshan"))); // tier 3
    EXPECT_TRUE(view->tierBox(3)->isChecked());
    EXPECT_TRUE(view->canvas()->options().tierShown(3));
    EXPECT_TRUE(markerOf(view->canvas(), QStringLiteral("440600")).has_value());
}

TEST_F(MapViewTest, PresetSetsTheFilters)
{
    const auto view = showMapView();
    QComboBox *presets = view->presetBox();
    const int tier2 = presets->findText(QStringLiteral("Tier-2 cities"));
    ASSERT_GE(tier2, 0);
    presets->setCurrentIndex(tier2);

    EXPECT_EQ(view->preset(), MapOptions::Preset::Tier2);
    EXPECT_FALSE(view->tierBox(1)->isChecked());
    EXPECT_TRUE(view->tierBox(2)->isChecked());
    EXPECT_FALSE(view->tierBox(3)->isChecked());
    const MapOptions o = view->canvas()->options();
    EXPECT_EQ(o.preset, MapOptions::Preset::Tier2);
    EXPECT_EQ(o.tiers, (std::array<bool, 3>{false, true, false}));
    const MapCanvas *canvas = view->canvas();
    const QList<MapRenderer::Marker> markers = canvas->renderer().markers(canvas->viewport(), o);
    EXPECT_EQ(markers.size(), 31);
    for (const MapRenderer::Marker &m : markers)
        EXPECT_EQ(cities.city(m.row).tier, 2) << cities.city(m.row).id.toStdString();

    // The check boxes refine the preset.
    view->notSmartBox()->setChecked(false);
    EXPECT_FALSE(view->canvas()->options().showNotSmart);
    EXPECT_EQ(canvas->renderer().markers(canvas->viewport(), canvas->options()).size(), 23);

    presets->setCurrentIndex(presets->findText(QStringLiteral("All tiers")));
    EXPECT_TRUE(view->tierBox(1)->isChecked());
    EXPECT_TRUE(view->tierBox(3)->isChecked());
    EXPECT_EQ(view->canvas()->options().tiers, (std::array<bool, 3>{true, true, true}));
}

TEST_F(MapViewTest, AnEditRepaintsTheMarker)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const QString changsha = QStringLiteral("430100");
    const int row = cities.rowOfId(changsha);
    ASSERT_FALSE(cities.city(row).smart);
    const std::optional<QPointF> marker = markerOf(canvas, changsha);
    ASSERT_TRUE(marker);
    const QPoint at(int(std::floor(marker->x())), int(std::floor(marker->y())));

    const QColor before = canvas->grab().toImage().pixelColor(at);
    EXPECT_LE(colourDistance(before, Qt::white), 6) << before.name().toStdString();
    ASSERT_TRUE(cities.setSmart(row, true));
    const QColor after = canvas->grab().toImage().pixelColor(at);
    EXPECT_LE(colourDistance(after, Palette::smart()), 6) << after.name().toStdString();
}

TEST_F(MapViewTest, HoverMarksTheCityOrProvinceUnderTheMouse)
{
    const auto view = showMapView();
    MapCanvas *canvas = view->canvas();
    const std::optional<QPointF> chengdu = markerOf(canvas, QStringLiteral("510100"));
    ASSERT_TRUE(chengdu);
    QTest::mouseMove(canvas, chengdu->toPoint());
    EXPECT_EQ(canvas->options().hoveredCityId, QStringLiteral("510100"));
    EXPECT_EQ(canvas->options().hoveredProvince, -1);

    // Qinghai, far from any city.
    const geo::Basemap *map = canvas->renderer().basemap();
    const QPointF qinghai = canvas->viewport().toScreen(map->projection().project(96.0, 35.0));
    QTest::mouseMove(canvas, qinghai.toPoint());
    EXPECT_EQ(canvas->options().hoveredCityId, QString());
    EXPECT_EQ(canvas->options().hoveredProvince,
              map->provinceIndexOfCode(QStringLiteral("630000")));

    const QPointF sea = canvas->viewport().toScreen(map->projection().project(124.0, 33.5));
    QTest::mouseMove(canvas, sea.toPoint());
    EXPECT_EQ(canvas->options().hoveredCityId, QString());
    EXPECT_EQ(canvas->options().hoveredProvince, -1);
}
