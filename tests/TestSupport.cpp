// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "geo/Basemap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>
#include <optional>
#include <stdexcept>
#include <sys/resource.h>

namespace atlas::test {

ProcessRun runAtlas(const QStringList &arguments)
{
    return runAtlas(arguments, RunOptions());
}

ProcessRun runAtlas(const QStringList &arguments, const RunOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &name : options.unset)
        env.remove(name);
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    if (options.prefix.isEmpty()) {
        process.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
    } else {
        process.start(options.prefix.first(), options.prefix.mid(1) +
                                                  QStringList{QStringLiteral(ATLAS_EXECUTABLE)} +
                                                  arguments);
    }
    ProcessRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    struct rusage usage = {};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        run.maxChildRssKb = usage.ru_maxrss;
    return run;
}

double timeFactor()
{
#ifdef ATLAS_SANITIZED
    return 5;
#else
    return 1;
#endif
}

double memoryFactor()
{
#ifdef ATLAS_SANITIZED
    return 3;
#else
    return 1;
#endif
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

double meanChannelDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.isNull())
        return 255;
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row);
            const QRgb q = y.pixel(col, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace atlas::test
