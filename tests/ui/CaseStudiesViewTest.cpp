// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudiesView.h"

#include "AppTest.h"
#include "CaseStudyCanvas.h"
#include "CitiesView.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapView.h"
#include "TestSupport.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CaseStudies.h"
#include "model/CityFilterProxyModel.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

using namespace atlas;

namespace {

const QString beijing = QStringLiteral("110000");
const QString wuxi = QStringLiteral("320200");
const QString wuhan = QStringLiteral("420100");
const QString foshan = QStringLiteral("440600");
const QString langfang = QStringLiteral("131000");
const QString comparison = CaseStudyRenderer::comparisonId();

QStringList tabTexts(const QTabBar *tabs)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(tabs->tabText(i));
    return texts;
}

int nonWhitePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::min({c.red(), c.green(), c.blue()}) < 200)
                ++n;
        }
    }
    return n;
}

class CaseStudiesViewTest : public test::AppTest
{
protected:
    std::unique_ptr<MainWindow> showMainWindow()
    {
        auto window = AppTest::showMainWindow();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    // The Case studies menu, found by its actions rather than its translated title.
    static QMenu *caseMenu(MainWindow *window)
    {
        for (QAction *a : window->menuBar()->actions()) {
            QMenu *menu = a->menu();
            if (!menu)
                continue;
            for (QAction *item : menu->actions()) {
                if (item->data().toString() == langfang)
                    return menu;
            }
        }
        return nullptr;
    }
    static QAction *actionWithShortcut(QMenu *menu, const QKeySequence &shortcut)
    {
        for (QAction *a : menu->actions()) {
            if (a->shortcut() == shortcut)
                return a;
        }
        return nullptr;
    }

    // Double-clicks a cell of the Cities table as a user would, on its visible rectangle.
    void doubleClickCell(MainWindow *window, const QString &id, int column)
    {
        QTableView *table = window->citiesView()->table();
        const QModelIndex index =
            window->citiesView()->proxy()->mapFromSource(cities.index(cities.rowOfId(id), column));
        ASSERT_TRUE(index.isValid()) << id;
        table->scrollTo(index);
        const QRect rect = table->visualRect(index);
        ASSERT_TRUE(table->viewport()->rect().contains(rect.center())) << id;
        // What the window system sends for a double-click: QTest::mouseDClick alone is only the
        // second press, which the view takes for a first one.
        QWidget *viewport = table->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, rect.center());
    }
};

} // namespace

TEST_F(CaseStudiesViewTest, SectionHasATabPerCityAndTheComparison)
{
    const auto window = showMainWindow();
    CaseStudiesView *view = window->caseStudiesView();
    ASSERT_NE(view, nullptr);
    window->showSection(Navigator::CaseStudies);
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_TRUE(view->isVisible());
    EXPECT_TRUE(view->canvas()->isVisible());
    EXPECT_EQ(tabTexts(view->tabs()),
              (QStringList{QStringLiteral("Beijing"), QStringLiteral("Wuxi"),
                           QStringLiteral("Wuhan"), QStringLiteral("Foshan"),
                           QStringLiteral("Langfang"), QStringLiteral("Comparison")}));
    // Each tab knows its page.
    const QStringList pages{beijing, wuxi, wuhan, foshan, langfang, comparison};
    for (int i = 0; i < view->tabs()->count(); ++i)
        EXPECT_EQ(view->tabs()->tabData(i).toString(), pages[i]) << i;
    // The first page shows first.
    EXPECT_EQ(view->currentPage(), beijing);
    EXPECT_EQ(view->currentTitle(), QStringLiteral("Beijing"));
}

TEST_F(CaseStudiesViewTest, OpenCaseStudySelectsTheTabAndThePage)
{
    const auto window = showMainWindow();
    CaseStudiesView *view = window->caseStudiesView();
    ASSERT_EQ(window->currentSection(), Navigator::Overview);
    window->openCaseStudy(wuxi);
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(view->tabs()->currentIndex(), 1);
    EXPECT_EQ(view->currentPage(), wuxi);
    EXPECT_EQ(view->canvas()->page(), wuxi);
    EXPECT_EQ(view->currentTitle(), QStringLiteral("Wuxi"));
    EXPECT_EQ(window->caseStudyTitle(), QStringLiteral("Wuxi"));

    // A city without a case study changes nothing.
    window->showSection(Navigator::Cities);
    window->openCaseStudy(QStringLiteral("510100")); // Chengdu
    EXPECT_EQ(window->currentSection(), Navigator::Cities);
    EXPECT_EQ(view->currentPage(), wuxi);
    EXPECT_FALSE(view->showCity(QStringLiteral("510100")));
    EXPECT_EQ(view->currentPage(), wuxi);

    // A click on a tab is the other way in.
    view->tabs()->setCurrentIndex(3);
    EXPECT_EQ(view->currentPage(), foshan);
    view->showComparison();
    EXPECT_EQ(view->currentPage(), comparison);
    EXPECT_EQ(view->tabs()->currentIndex(), 5);
}

TEST_F(CaseStudiesViewTest, CtrlPageDownAndUpStepThroughThePagesAndWrap)
{
    const auto window = showMainWindow();
    CaseStudiesView *view = window->caseStudiesView();
    window->openCaseStudy(wuxi);
    ASSERT_EQ(view->currentPage(), wuxi);

    for (const QString &expected : {wuhan, foshan, langfang, comparison, beijing, wuxi}) {
        QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        EXPECT_EQ(view->currentPage(), expected);
        EXPECT_EQ(view->canvas()->page(), expected);
    }
    for (const QString &expected : {beijing, comparison, langfang}) {
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        EXPECT_EQ(view->currentPage(), expected);
    }
    EXPECT_EQ(view->currentTitle(), QStringLiteral("Langfang"));

    // From another section the keys bring the case studies back into view.
    window->showSection(Navigator::Maps);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(view->currentPage(), comparison);

    // Also while typing into the Cities table, where the keys go to the focused table.
    window->showSection(Navigator::Cities);
    QTableView *table = window->citiesView()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(view->currentPage(), langfang);
}

TEST_F(CaseStudiesViewTest, CaseStudiesMenuOpensPagesAndSteps)
{
    const auto window = showMainWindow();
    CaseStudiesView *view = window->caseStudiesView();
    QMenu *menu = caseMenu(window.get());
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->title(), QStringLiteral("&Case studies"));

    QStringList cityItems;
    QAction *comparisonItem = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->shortcut().isEmpty())
            continue;
        if (a->data().toString().isEmpty())
            comparisonItem = a;
        else
            cityItems.append(a->text());
    }
    EXPECT_EQ(cityItems, (QStringList{QStringLiteral("Beijing"), QStringLiteral("Wuxi"),
                                      QStringLiteral("Wuhan"), QStringLiteral("Foshan"),
                                      QStringLiteral("Langfang")}));
    ASSERT_NE(comparisonItem, nullptr);

    for (QAction *a : menu->actions()) {
        if (a->data().toString() == foshan)
            a->trigger();
    }
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(view->currentPage(), foshan);

    window->showSection(Navigator::Overview);
    comparisonItem->trigger();
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(view->currentPage(), comparison);

    QAction *next = actionWithShortcut(menu, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = actionWithShortcut(menu, QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    ASSERT_NE(next, nullptr);
    ASSERT_NE(previous, nullptr);
    EXPECT_EQ(next->text(), QStringLiteral("Next case study"));
    EXPECT_EQ(previous->text(), QStringLiteral("Previous case study"));
    next->trigger(); // wraps from the comparison to the first city
    EXPECT_EQ(view->currentPage(), beijing);
    previous->trigger();
    previous->trigger();
    EXPECT_EQ(view->currentPage(), langfang);
}

TEST_F(CaseStudiesViewTest, DoubleClickOnACaseStudyCityInTheTableOpensIt)
{
    const auto window = showMainWindow();
    window->showSection(Navigator::Cities);
    ASSERT_TRUE(window->citiesView()->table()->isVisible());

    QSignalSpy activated(window->citiesView(), &CitiesView::cityActivated);
    // Chengdu has no case study: the table stays.
    doubleClickCell(window.get(), QStringLiteral("510100"), CityTableModel::NameColumn);
    ASSERT_EQ(activated.count(), 1); // the double-click did arrive
    EXPECT_EQ(activated.last().first().toString(), QStringLiteral("510100"));
    EXPECT_EQ(window->currentSection(), Navigator::Cities);

    // Langfang's tier cell is for editing the tier, not for opening the pane.
    doubleClickCell(window.get(), langfang, CityTableModel::TierColumn);
    EXPECT_EQ(activated.count(), 1);
    EXPECT_EQ(window->currentSection(), Navigator::Cities);
    QApplication::processEvents();
    if (QWidget *editor = QApplication::focusWidget())
        QTest::keyClick(editor, Qt::Key_Escape);

    doubleClickCell(window.get(), langfang, CityTableModel::NameColumn);
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(window->caseStudiesView()->currentPage(), langfang);
    EXPECT_EQ(window->caseStudyTitle(), QStringLiteral("Langfang"));
}

TEST_F(CaseStudiesViewTest, ClickOnFoshanOnTheMapOpensItsPane)
{
    const auto window = showMainWindow();
    window->showSection(Navigator::Maps);
    MapCanvas *canvas = window->mapView()->canvas();
    std::optional<QPointF> marker;
    for (const MapRenderer::Marker &m :
         canvas->renderer().markers(canvas->viewport(), canvas->options())) {
        if (cities.city(m.row).id == foshan)
            marker = m.centre;
    }
    ASSERT_TRUE(marker);
    ASSERT_EQ(canvas->renderer().cityAt(canvas->viewport(), marker->toPoint(), canvas->options()),
              foshan);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, marker->toPoint());
    EXPECT_EQ(window->currentSection(), Navigator::CaseStudies);
    EXPECT_EQ(window->caseStudiesView()->currentPage(), foshan);
    EXPECT_EQ(window->caseStudyTitle(), QStringLiteral("Foshan"));
}

TEST_F(CaseStudiesViewTest, ChineseInterfaceNamesTheTabsInChinese)
{
    const auto window = showMainWindow();
    CaseStudiesView *view = window->caseStudiesView();
    window->openCaseStudy(wuhan);
    window->setLanguagePreference(QStringLiteral("zh"));
    QApplication::processEvents();
    const QStringList texts = tabTexts(view->tabs());
    ASSERT_EQ(texts.size(), 6);
    EXPECT_EQ(texts.mid(0, 5),
              (QStringList{QStringLiteral("北京"), QStringLiteral("无锡"), QStringLiteral("武汉"),
                           QStringLiteral("佛山"), QStringLiteral("廊坊")}));
    EXPECT_NE(texts[5], QStringLiteral("Comparison"));
    EXPECT_FALSE(texts[5].isEmpty());
    EXPECT_EQ(view->currentTitle(), QStringLiteral("武汉"));
    EXPECT_EQ(view->currentPage(), wuhan); // the page stays where it was
    EXPECT_EQ(view->canvas()->options().language, Language::Chinese);
    // The menu follows too.
    QMenu *menu = caseMenu(window.get());
    ASSERT_NE(menu, nullptr);
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == foshan) {
            EXPECT_EQ(a->text(), QStringLiteral("佛山"));
        }
        if (!a->isSeparator() && !a->shortcut().isEmpty()) {
            EXPECT_FALSE(a->text().contains(QStringLiteral("case study"))) << a->text();
        }
    }

    window->setLanguagePreference(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(tabTexts(view->tabs()).first(), QStringLiteral("Beijing"));
    EXPECT_EQ(tabTexts(view->tabs()).last(), QStringLiteral("Comparison"));
}

TEST_F(CaseStudiesViewTest, EveryPaneBuildsOffscreenAndPaints)
{
    TierSummaryModel summary(&cities);
    CaseStudiesView view(&CaseStudies::builtIn(), &cities, &summary, &test::sharedBuiltInMap());
    // The canvas on its own, outside the view's layout, so it keeps the size it is given.
    CaseStudyCanvas canvas(&CaseStudies::builtIn(), &cities, &summary, &test::sharedBuiltInMap());
    EXPECT_EQ(canvas.sizeHint(), QSize(1280, 720));
    canvas.resize(1280, 720);
    QStringList pages = CaseStudies::cityIds();
    pages.append(comparison);
    for (const QString &page : pages) {
        if (page == comparison)
            view.showComparison();
        else
            ASSERT_TRUE(view.showCity(page)) << page;
        EXPECT_EQ(view.canvas()->page(), page);
        EXPECT_FALSE(view.grab().isNull()) << page;

        canvas.setPage(page);
        const QImage image = canvas.grab().toImage();
        ASSERT_FALSE(image.isNull()) << page;
        EXPECT_EQ(image.size(), QSize(1280, 720)) << page;
        EXPECT_GT(nonWhitePixels(image), 1280 * 720 / 100) << page;
        EXPECT_TRUE(canvas.renderer().layout(QSizeF(1280, 720), page, canvas.options()).fits)
            << page;
    }

    // The canvas draws exactly what exports draw.
    canvas.setPage(comparison);
    const QImage shown = canvas.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QImage exported(1280, 720, QImage::Format_RGB32);
    exported.fill(Qt::black);
    QPainter painter(&exported);
    canvas.renderer().render(painter, QRectF(0, 0, 1280, 720), comparison, canvas.options());
    painter.end();
    EXPECT_TRUE(shown == exported);
}
