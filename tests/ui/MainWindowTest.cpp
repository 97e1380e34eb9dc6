// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppTest.h"
#include "CitiesView.h"
#include "CoverageChart.h"
#include "EditMenu.h"
#include "MapCanvas.h"
#include "MapView.h"
#include "OverviewChartsView.h"
#include "TestSupport.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CityTableModel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <gtest/gtest.h>

using namespace atlas;

namespace {

class MainWindowTest : public test::AppTest
{
};

std::unique_ptr<geo::Basemap> builtInMap()
{
    return std::make_unique<geo::Basemap>(test::sharedBuiltInMap());
}

// Dismisses the next modal dialog (message boxes) once it is up, and records its text.
void dismissNextDialog(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            *text = w->findChild<QObject *>(QStringLiteral("qt_msgbox_label"))
                        ->property("text")
                        .toString();
            w->close();
        }
    });
}

} // namespace

TEST_F(MainWindowTest, NavigatorSwitchesViewsAndStatusBarSummarises)
{
    MainWindow window(&cities, &language, builtInMap());
    window.show();
    EXPECT_EQ(window.currentSection(), Navigator::Overview);
    window.navigator()->setCurrentRow(Navigator::Cities);
    EXPECT_EQ(window.currentSection(), Navigator::Cities);
    EXPECT_TRUE(window.citiesView()->isVisible());
    const QString status = window.statusText();
    EXPECT_TRUE(status.contains(QStringLiteral("Tier 1: 3/3 (100.0%)"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("Tier 2: 23/31 (74.2%)"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("Tier 3: 23/67 (34.3%)"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("reconstructed"))) << status.toStdString();

    cities.setSmart(cities.rowOfId(QStringLiteral("440600")), false); // Foshan
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Tier 3: 22/67 (32.8%)")));
}

TEST_F(MainWindowTest, RemembersGeometryAndLastView)
{
    {
        MainWindow window(&cities, &language, builtInMap());
        window.show();
        window.resize(1100, 700);
        window.showSection(Navigator::Cities);
        window.close();
    }
    MainWindow again(&cities, &language, builtInMap());
    EXPECT_EQ(again.currentSection(), Navigator::Cities);
    EXPECT_EQ(again.size(), QSize(1100, 700));
}

TEST_F(MainWindowTest, SwitchesLanguageEverywhere)
{
    MainWindow window(&cities, &language, builtInMap());
    window.show();
    window.setLanguagePreference(QStringLiteral("zh"));
    QApplication::processEvents();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("智慧城市分布图谱"));
    EXPECT_EQ(window.overview()->coverageChart()->title(),
              QStringLiteral("各级城市的智慧城市覆盖率"));
    EXPECT_EQ(window.overview()->coverageChart()->barLabels(1).first(), QStringLiteral("74.2%"));
    QTableView *table = window.citiesView()->table();
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("城市"));
    const QModelIndex first = table->model()->index(0, 0);
    EXPECT_EQ(first.data(CityTableModel::NameZhRole).toString(), first.data().toString());
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh"));

    window.setLanguagePreference(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Smart City Atlas"));
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("City"));
}

TEST_F(MainWindowTest, BadDatasetIsRefusedWithItsReasonAndNothingChanges)
{
    MainWindow window(&cities, &language, builtInMap());
    window.show();
    QString shown;
    dismissNextDialog(&shown);
    EXPECT_FALSE(window.openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/duplicate-id.json")));
    EXPECT_TRUE(shown.contains(QStringLiteral("duplicate-id.json:9"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("unchanged"))) << shown.toStdString();
    EXPECT_EQ(cities.rowCount(), 101);

    EXPECT_TRUE(window.openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid-small.json")));
    EXPECT_EQ(cities.rowCount(), 4);
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Tier 2: 1/2 (50.0%)")));
    EXPECT_TRUE(window.overview()->coverageChart()->sourceNote().contains(
        QStringLiteral("valid-small.json")));
}

TEST_F(MainWindowTest, UserBaseMapReplacesTheBuiltInOneAndABadOneChangesNothing)
{
    MainWindow window(&cities, &language, builtInMap());
    window.show();
    const geo::Basemap *builtIn = window.basemap();
    ASSERT_EQ(builtIn->provinces().size(), 34);

    QString shown;
    dismissNextDialog(&shown);
    EXPECT_FALSE(window.openBasemap(
        QStringLiteral(ATLAS_TEST_DATA_DIR "/geo/provinces-missing-name-en.geojson")));
    EXPECT_TRUE(shown.contains(QStringLiteral("provinces-missing-name-en.geojson"))) << shown;
    EXPECT_TRUE(shown.contains(QStringLiteral("name_en"))) << shown;
    EXPECT_TRUE(shown.contains(QStringLiteral("unchanged"))) << shown;
    EXPECT_EQ(window.basemap(), builtIn);

    ASSERT_TRUE(
        window.openBasemap(QStringLiteral(ATLAS_TEST_DATA_DIR "/geo/provinces-small.geojson")));
    EXPECT_FALSE(window.basemap()->isBuiltIn());
    EXPECT_EQ(window.basemap()->provinces().size(), 3); // the fixture's three provinces
    // The map now says where its base map comes from, and no longer calls it the built-in
    // illustration.
    const MapRenderer &renderer = window.mapView()->canvas()->renderer();
    EXPECT_EQ(renderer.basemap(), window.basemap());
    EXPECT_TRUE(renderer.sourceNoteText().contains(QStringLiteral("provinces-small.geojson")));
    EXPECT_FALSE(renderer.sourceNoteText().contains(QStringLiteral("Illustration only")));
}

// A spreadsheet's CSV dropped onto the window replaces the cities; a broken one changes nothing.
TEST_F(MainWindowTest, DroppingACsvListOpensItAndEveryViewFollows)
{
    MainWindow window(&cities, &language, builtInMap());
    window.show();
    const auto drop = [&](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        EXPECT_TRUE(enter.isAccepted()) << path.toStdString();
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                             Qt::NoModifier);
        QApplication::sendEvent(&window, &dropEvent);
    };
    drop(QStringLiteral(ATLAS_TEST_DATA_DIR "/import/cities-gbk.csv"));
    EXPECT_EQ(cities.rowCount(), 4);
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Tier 3: 1/2 (50.0%)")))
        << window.statusText().toStdString();
    EXPECT_FALSE(window.overview()->coverageChart()->sourceNote().contains(QStringLiteral("CCID")));

    QString shown;
    dismissNextDialog(&shown);
    drop(QStringLiteral(ATLAS_TEST_DATA_DIR "/import/ambiguous-no-province.csv"));
    EXPECT_TRUE(shown.contains(QStringLiteral("宿州市 (341300, 安徽省)"))) << shown.toStdString();
    EXPECT_EQ(cities.rowCount(), 4) << "the current data stay as they were";

    // Other files are not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());
}

TEST_F(MainWindowTest, EditMenuUndoesAndRedoesTableEditsAndEveryViewFollows)
{
    MainWindow window(&cities, &language, builtInMap());
    window.show();
    EditMenu *edit = window.editMenu();
    ASSERT_NE(edit, nullptr);
    EXPECT_FALSE(edit->undoAction()->isEnabled());
    const int row = cities.rowOfId(QStringLiteral("220100")); // Changchun, tier 2, not smart
    ASSERT_TRUE(cities.setData(cities.index(row, CityTableModel::StatusColumn), true));
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Tier 2: 24/31")))
        << window.statusText().toStdString();
    EXPECT_EQ(edit->undoAction()->text(), QStringLiteral("&Undo Set Changchun to smart city"));
    EXPECT_TRUE(window.overview()->coverageChart()->sourceNote().contains(
        QStringLiteral("not the report's")));
    EXPECT_TRUE(edit->undoAction()->shortcuts().contains(QKeySequence::Undo));
    edit->undoAction()->trigger();
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Tier 2: 23/31")))
        << window.statusText().toStdString();
    EXPECT_FALSE(window.overview()->coverageChart()->sourceNote().contains(
        QStringLiteral("not the report's")));
    EXPECT_EQ(edit->redoAction()->text(), QStringLiteral("&Redo Set Changchun to smart city"));
    edit->redoAction()->trigger();
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Tier 2: 24/31")));
}
