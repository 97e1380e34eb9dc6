// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "geo/Basemap.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>
#include <optional>
#include <stdexcept>

namespace atlas::test {

ProcessRun runAtlas(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
    ProcessRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const geo::Basemap &sharedBuiltInMap()
{
    static const std::optional<geo::Basemap> map = [] {
        QString error;
        std::optional<geo::Basemap> loaded = geo::Basemap::loadBuiltIn(&error);
        EXPECT_TRUE(loaded) << error.toStdString();
        return loaded;
    }();
    if (!map)
        throw std::runtime_error("the built-in base map does not load");
    return *map;
}

} // namespace atlas::test
