// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture the widget tests share: settings cleared, the built-in data loaded, English.
#pragma once

#include "MainWindow.h"
#include "TestSupport.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CityTableModel.h"

#include <QSettings>
#include <gtest/gtest.h>
#include <memory>

namespace atlas::test {

class AppTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QString error;
        ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error)) << error;
        ASSERT_TRUE(language.apply(Language::English));
    }
    void TearDown() override
    {
        language.apply(Language::English);
        cities.setLanguage(Language::English);
    }

    // A main window on a copy of the shared base map (the window owns its map), shown.
    std::unique_ptr<MainWindow> showMainWindow(const QSize &size = QSize(1300, 850))
    {
        auto window = std::make_unique<MainWindow>(
            &cities, &language, std::make_unique<geo::Basemap>(sharedBuiltInMap()));
        window->resize(size);
        window->show();
        return window;
    }

    CityTableModel cities;
    UiLanguage language;
};

} // namespace atlas::test
