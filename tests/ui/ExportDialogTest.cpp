// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "AppTest.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapView.h"
#include "TestSupport.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CityTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace atlas;

namespace {

class ExportDialogTest : public test::AppTest
{
protected:
    void SetUp() override
    {
        AppTest::SetUp();
        window = showMainWindow(QSize(1400, 900));
        window->showSection(Navigator::Maps);
        QApplication::processEvents();
    }

    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
};

} // namespace

TEST_F(ExportDialogTest, ExportOfTheMapAsShownMatchesTheScreen)
{
    MapCanvas *canvas = window->mapView()->canvas();
    // A view of the user's own: zoomed in and with province shading.
    canvas->zoomBy(1.5);
    window->mapView()->shadingBox()->setChecked(true);
    QApplication::processEvents();
    const QImage screen = canvas->grab().toImage();

    ASSERT_EQ(window->currentViewId(), QStringLiteral("map-current"));
    ExportDialog dialog(window->views(), window->currentViewId(), window->currentViewSize(),
                        Language::English, window.get());
    const QString path = dir.filePath(QStringLiteral("shown.png"));
    dialog.setPath(path);
    ASSERT_TRUE(dialog.exportNow());
    const QImage exported(path);
    ASSERT_EQ(exported.size(), canvas->size());
    // The zoom buttons are widgets over the map, not part of it; everything else is the same
    // drawing.
    EXPECT_LT(atlas::test::meanChannelDifference(exported, screen.scaled(exported.size())), 4.0);
}

TEST_F(ExportDialogTest, RemembersItsSettingsBetweenExports)
{
    const QString path = dir.filePath(QStringLiteral("case.jpg"));
    {
        ExportDialog dialog(window->views(), QStringLiteral("case-wuxi"), QSizeF(1280, 720),
                            Language::English);
        ExportSettings before = dialog.settings();
        EXPECT_EQ(before.viewId, QStringLiteral("case-wuxi"));
        dialog.setPath(path);
        // Choose JPEG and 2x through the settings the dialog exposes.
        auto combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *box : combos) {
            const int jpeg = box->findData(int(ExportSettings::Format::Jpeg));
            if (jpeg >= 0 && box->itemText(jpeg).contains(QStringLiteral("JPEG")))
                box->setCurrentIndex(jpeg);
        }
        ASSERT_EQ(dialog.settings().format, ExportSettings::Format::Jpeg);
        ASSERT_TRUE(dialog.exportNow());
    }
    QImageReader reader(path);
    EXPECT_EQ(reader.format(), QByteArray("jpeg"));
    EXPECT_EQ(reader.size(), QSize(1280, 720));

    ExportDialog again(window->views(), QStringLiteral("overview"), QSizeF(1280, 720),
                       Language::English);
    EXPECT_EQ(again.settings().format, ExportSettings::Format::Jpeg); // remembered
    EXPECT_TRUE(again.path().endsWith(QStringLiteral("overview.jpg"))) << again.path();
}

TEST_F(ExportDialogTest, CopyPutsTheCurrentViewOnTheClipboardAtTwiceItsSize)
{
    window->showSection(Navigator::CaseStudies);
    QApplication::processEvents();
    window->copyViewToClipboard();
    const QImage image = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), (window->currentViewSize() * 2).toSize());
}

// The command line's limits, said in the dialog before Export is pressed.
TEST_F(ExportDialogTest, SaysWhyASizeIsBeyondTheLimitsAndDoesNotExport)
{
    ExportDialog dialog(window->views(), QStringLiteral("map-all"), QSizeF(1280, 720),
                        Language::English, window.get());
    dialog.setPath(dir.filePath(QStringLiteral("huge.png")));
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        const int custom = box->findText(QStringLiteral("Custom"));
        if (custom >= 0)
            box->setCurrentIndex(custom);
    }
    const QList<QSpinBox *> sides = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(sides.size(), 2);
    for (QSpinBox *side : sides)
        side->setValue(16000);
    dialog.findChild<QDoubleSpinBox *>()->setValue(2);
    dialog.show();
    QTest::qWait(300); // the preview timer
    const ExportSettings s = dialog.settings();
    EXPECT_FALSE(s.problem().isEmpty());
    QLabel *problem = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text() == s.problem())
            problem = label;
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("GB of memory"))) << problem->text();
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Export"))
            exportButton = b;
    ASSERT_NE(exportButton, nullptr);
    EXPECT_FALSE(exportButton->isEnabled());
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("huge.png"))));
    if (const QByteArray shots = qgetenv("ATLAS_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shots) +
                           QStringLiteral("/export-dialog-limit.png"));

    // Back within the limits, the warning goes and Export comes back.
    for (QSpinBox *side : sides)
        side->setValue(1000);
    QTest::qWait(300);
    EXPECT_FALSE(problem->isVisible());
    EXPECT_TRUE(exportButton->isEnabled());
}
