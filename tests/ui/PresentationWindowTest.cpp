// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresentationWindow.h"

#include "AppTest.h"
#include "DeckDialog.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapView.h"
#include "PresenterView.h"
#include "TestSupport.h"
#include "export/Exporter.h"
#include "export/ViewRegistry.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CityTableModel.h"
#include "present/Deck.h"
#include "render/Palette.h"

#include <QApplication>
#include <QListWidget>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace atlas;

namespace {

class PresentationTest : public test::AppTest
{
protected:
    void SetUp() override
    {
        AppTest::SetUp();
        window = showMainWindow(QSize(1280, 800));
        QApplication::processEvents();
    }

    void key(PresentationWindow *p, int k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(p, Qt::Key(k), m);
    }

    std::unique_ptr<MainWindow> window;
};

bool isBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

} // namespace

TEST_F(PresentationTest, DefaultDeckTellsTheStudysStory)
{
    const QStringList deck = window->deck();
    ASSERT_EQ(deck.size(), 11);
    EXPECT_EQ(deck.first(), Deck::titleSlideId());
    EXPECT_EQ(deck.mid(1, 4),
              (QStringList{QStringLiteral("chart-coverage"), QStringLiteral("map-all"),
                           QStringLiteral("map-tier2"), QStringLiteral("map-tier3")}));
    EXPECT_EQ(deck.last(), QStringLiteral("comparison"));
    EXPECT_TRUE(deck.contains(QStringLiteral("case-langfang")));
}

TEST_F(PresentationTest, DeckRoundTripsThroughSettings)
{
    const QStringList mine{QStringLiteral("title"), QStringLiteral("map-tier3"),
                           QStringLiteral("case-wuxi")};
    {
        QSettings settings;
        Deck::save(settings, mine);
    }
    QSettings settings;
    EXPECT_EQ(Deck::load(settings, {}), mine);
    EXPECT_EQ(window->deck(), mine);
}

TEST_F(PresentationTest, KeysWalkThroughTheWholeDeckAsInPowerPoint)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    QApplication::processEvents();
    EXPECT_EQ(p->current(), 0);
    const int n = p->count();
    ASSERT_EQ(n, 11);
    // Forward with every advancing key, clickers' PageDown included.
    const int forward[] = {Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space,
                           Qt::Key_Return};
    for (int i = 0; i < 5; ++i)
        key(p, forward[i]);
    EXPECT_EQ(p->current(), 5);
    QTest::mouseClick(p, Qt::LeftButton);
    EXPECT_EQ(p->current(), 6);
    const int back[] = {Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace};
    for (int k : back)
        key(p, k);
    EXPECT_EQ(p->current(), 2);
    key(p, Qt::Key_End);
    EXPECT_EQ(p->current(), n - 1);
    key(p, Qt::Key_PageDown); // past the end stays on the last slide
    EXPECT_EQ(p->current(), n - 1);
    key(p, Qt::Key_Home);
    EXPECT_EQ(p->current(), 0);
    key(p, Qt::Key_PageUp);
    EXPECT_EQ(p->current(), 0);
    // A slide number then Enter jumps.
    key(p, Qt::Key_1);
    key(p, Qt::Key_0);
    key(p, Qt::Key_Return);
    EXPECT_EQ(p->current(), 9);
    EXPECT_EQ(p->currentSlide(), window->deck().at(9));
}

TEST_F(PresentationTest, BlankingAndLeaving)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    key(p, Qt::Key_Right);
    key(p, Qt::Key_B);
    EXPECT_EQ(p->blank(), PresentationWindow::Blank::Black);
    const QImage black = p->grab().toImage();
    EXPECT_EQ(black.pixelColor(black.width() / 2, black.height() / 2), QColor(Qt::black));
    key(p, Qt::Key_Right); // any key returns, without moving on
    EXPECT_EQ(p->blank(), PresentationWindow::Blank::None);
    EXPECT_EQ(p->current(), 1);
    key(p, Qt::Key_W);
    EXPECT_EQ(p->blank(), PresentationWindow::Blank::White);
    key(p, Qt::Key_A);
    EXPECT_EQ(p->blank(), PresentationWindow::Blank::None);

    window->showSection(Navigator::Cities);
    key(p, Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_TRUE(p.isNull() || !p->isVisible());
    EXPECT_EQ(window->currentSection(), Navigator::Cities); // back where you were
}

TEST_F(PresentationTest, ShiftF5StartsFromTheCurrentView)
{
    window->openCaseStudy(QStringLiteral("440600"));
    QPointer<PresentationWindow> p = window->present(true);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->currentSlide(), QStringLiteral("case-foshan"));
    p->close();
}

TEST_F(PresentationTest, EverySlideRendersAtProjectorAndFourKSizes)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    for (int i = 0; i < p->count(); ++i) {
        const QImage small = p->renderSlide(i, QSize(1280, 720));
        EXPECT_FALSE(isBlank(small)) << p->currentSlide().toStdString() << " slide " << i;
    }
    // The title slide at 4K is the 720p slide three times larger, not a different layout.
    const QImage hd = p->renderSlide(0, QSize(1280, 720));
    const QImage uhd = p->renderSlide(0, QSize(3840, 2160));
    const QImage down = uhd.scaled(hd.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double diff = 0;
    for (int y = 0; y < hd.height(); y += 2)
        for (int x = 0; x < hd.width(); x += 2)
            diff += std::abs(qGray(hd.pixel(x, y)) - qGray(down.pixel(x, y)));
    EXPECT_LT(diff / (hd.width() / 2 * hd.height() / 2), 6.0);
    p->close();
}

TEST_F(PresentationTest, PresenterViewShowsCurrentAndNextSlideClockAndElapsedTime)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    // The offscreen platform has one screen, so the presenter view is built on its own.
    QPointer<PresenterView> presenter = new PresenterView(p);
    presenter->resize(1200, 700);
    presenter->show();
    QApplication::processEvents();
    EXPECT_EQ(presenter->positionText(), QStringLiteral("Slide 1 of 11"));
    EXPECT_EQ(presenter->nextPreview().size().width() * 9,
              presenter->nextPreview().size().height() * 16); // a 16:9 slide
    // The previews are the slides themselves.
    const QImage next = p->renderSlide(1, presenter->nextPreview().size());
    EXPECT_EQ(presenter->nextPreview(), next);

    // Keys typed on the presenter's screen drive the slides.
    QTest::keyClick(presenter, Qt::Key_PageDown);
    EXPECT_EQ(p->current(), 1);
    EXPECT_EQ(presenter->positionText(), QStringLiteral("Slide 2 of 11"));
    EXPECT_EQ(presenter->currentPreview(), p->renderSlide(1, presenter->currentPreview().size()));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$"))
                    .match(presenter->clockText())
                    .hasMatch())
        << presenter->clockText();
    EXPECT_TRUE(presenter->elapsedText().startsWith(QStringLiteral("Elapsed 00:0")))
        << presenter->elapsedText();

    key(p, Qt::Key_End);
    EXPECT_TRUE(presenter->nextPreview().isNull()); // nothing after the last slide
    key(p, Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_TRUE(presenter.isNull() || !presenter->isVisible());
}

TEST_F(PresentationTest, SlidesDialogChoosesAndOrdersTheDeck)
{
    DeckDialog dialog(window->views(), window->deck(), window->defaultDeck());
    QListWidget *list = dialog.list();
    ASSERT_EQ(list->count(), window->views().ids().size()); // every view is offered
    EXPECT_EQ(dialog.slides(), window->deck());
    // Untick the title slide, and move the comparison up to the top with the button.
    list->item(0)->setCheckState(Qt::Unchecked);
    auto *moveUp = dialog.findChild<QPushButton *>(QStringLiteral("moveUp"));
    ASSERT_NE(moveUp, nullptr);
    const auto rowOf = [list](const QString &id) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                return i;
        }
        return -1;
    };
    list->setCurrentRow(rowOf(QStringLiteral("comparison")));
    for (int guard = 0; guard < 20 && rowOf(QStringLiteral("comparison")) > 0; ++guard)
        QTest::mouseClick(moveUp, Qt::LeftButton);
    ASSERT_EQ(rowOf(QStringLiteral("comparison")), 0);
    const QStringList chosen = dialog.slides();
    EXPECT_EQ(chosen.first(), QStringLiteral("comparison"));
    EXPECT_FALSE(chosen.contains(Deck::titleSlideId()));
    {
        QSettings settings;
        Deck::save(settings, chosen);
    }
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->currentSlide(), QStringLiteral("comparison"));
    EXPECT_EQ(p->count(), chosen.size());
    p->close();
}

TEST_F(PresentationTest, OnAMapSlideThePresenterCanZoomPanAndHover)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    p->resize(1280, 720);
    p->goTo(int(window->deck().indexOf(QStringLiteral("map-tier2"))));
    ASSERT_TRUE(p->isMapSlide(p->current()));
    const int slide = p->current();
    ASSERT_FALSE(p->mapView().has_value());

    // Wheel: zoom in around the pointer.
    const QPointF at(640, 360);
    QWheelEvent wheel(at, p->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(p, &wheel);
    ASSERT_TRUE(p->mapView().has_value());
    const double zoomed = p->mapView()->metresPerPixel();
    // Drag: pans, and does not change slide.
    const QPointF centre = p->mapView()->centre();
    QTest::mousePress(p, Qt::LeftButton, {}, QPoint(600, 300));
    QTest::mouseMove(p, QPoint(650, 320));
    QTest::mouseMove(p, QPoint(700, 340));
    QTest::mouseRelease(p, Qt::LeftButton, {}, QPoint(700, 340));
    EXPECT_EQ(p->current(), slide);
    EXPECT_NE(p->mapView()->centre(), centre);
    EXPECT_DOUBLE_EQ(p->mapView()->metresPerPixel(), zoomed);

    // Hover over Wuhan's marker (found from the slide's own renderer via its fitted view).
    QPointer<PresentationWindow> fresh = window->present(false);
    fresh->resize(1280, 720);
    fresh->goTo(slide);
    const MapRenderer &renderer = window->mapView()->canvas()->renderer();
    MapOptions o = MapOptions::forPreset(MapOptions::Preset::Tier2);
    // Slides are laid out on a 1280×720 design scaled to the window, whatever its size.
    const QSizeF size = fresh->size();
    const double k = std::min(size.width() / 1280.0, size.height() / 720.0);
    const MapViewport vp = renderer.fitViewport(size / k, o);
    const QPointF wuhan = vp.toScreen(renderer.basemap()->projection().project(
                              cities.city(cities.rowOfId(QStringLiteral("420100"))).location)) *
                          k;
    QMouseEvent move(QEvent::MouseMove, wuhan, fresh->mapToGlobal(wuhan), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(fresh, &move);
    EXPECT_EQ(fresh->hoveredCity(), QStringLiteral("420100"));

    // A click advances; coming back shows the slide's own view again.
    QTest::mouseClick(p, Qt::LeftButton, {}, QPoint(640, 360));
    EXPECT_EQ(p->current(), slide + 1);
    QTest::keyClick(p, Qt::Key_PageUp);
    EXPECT_EQ(p->current(), slide);
    EXPECT_FALSE(p->mapView().has_value());
    p->close();
    fresh->close();
}

TEST_F(PresentationTest, HighContrastSlidesUseTheProjectorColours)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    const int slide = int(window->deck().indexOf(QStringLiteral("map-all")));
    // A point inside the land, in Qinghai, well away from markers and labels.
    const MapRenderer &renderer = window->mapView()->canvas()->renderer();
    const MapOptions o = MapOptions::forPreset(MapOptions::Preset::AllTiers);
    const MapViewport vp = renderer.fitViewport(QSizeF(1280, 720), o);
    const QPoint land = vp.toScreen(renderer.basemap()->projection().project(96.0, 35.0)).toPoint();
    p->setHighContrast(true);
    const QImage strong = p->renderSlide(slide, QSize(1280, 720));
    p->setHighContrast(false);
    const QImage normal = p->renderSlide(slide, QSize(1280, 720));
    EXPECT_EQ(strong.pixelColor(land), QColor(Qt::white));
    EXPECT_NE(normal.pixelColor(land), QColor(Qt::white));
    // Projector colours are the default for slides.
    EXPECT_TRUE(window->present(false)->highContrast());
    p->close();
}

TEST_F(PresentationTest, CounterAndProgressBarCanBeHidden)
{
    QPointer<PresentationWindow> p = window->present(false);
    ASSERT_TRUE(p);
    p->resize(1280, 720);
    EXPECT_TRUE(p->progressVisible());
    key(p, Qt::Key_End); // the bar spans the whole width on the last slide
    const QImage shown = p->grab().toImage();
    p->setProgressVisible(false);
    const QImage hidden = p->grab().toImage();
    const int y = shown.height() - 1;
    EXPECT_EQ(shown.pixelColor(shown.width() / 2, y), Palette::smart());
    EXPECT_NE(hidden.pixelColor(hidden.width() / 2, y), Palette::smart());
    p->close();
}

// Replacing the base map while slides are up, then going through every slide and exporting
// every view: under the sanitizer build this is where a stale pointer to the old map would show.
TEST_F(PresentationTest, OpeningABaseMapWhilePresentingIsSafe)
{
    PresentationWindow *slides = window->present(false);
    ASSERT_NE(slides, nullptr);
    QApplication::processEvents();
    ASSERT_TRUE(
        window->openBasemap(QStringLiteral(ATLAS_TEST_DATA_DIR "/geo/provinces-small.geojson")));
    for (int i = 0; i < slides->count(); ++i) {
        slides->grab();
        key(slides, Qt::Key_Right);
    }
    QTemporaryDir dir;
    ExportSettings s;
    s.size = QSizeF(640, 360);
    QStringList written;
    QString error;
    EXPECT_TRUE(Exporter(window->views()).exportAll(s, dir.path(), &written, &error))
        << error.toStdString();
    EXPECT_EQ(written.size(), window->views().views().size());
    key(slides, Qt::Key_Escape);
}
