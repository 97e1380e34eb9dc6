// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest entry point with the Qt application object the tests need, on the offscreen
// platform and with settings in a throw-away folder so tests never touch a user's configuration.
#include "cli/PrivateRuntimeDir.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifdef ATLAS_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const atlas::PrivateRuntimeDir runtimeDir;
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("LANGUAGE", "en");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SmartCityAtlasTests"));
    TestApplication::setApplicationName(QStringLiteral("smartcity-atlas-tests"));
    TestApplication::setApplicationVersion(QStringLiteral("0.0.0-test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
