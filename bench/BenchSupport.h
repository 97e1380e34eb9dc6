// SPDX-License-Identifier: GPL-3.0-or-later
// What the whole-process benchmarks share: running smartcity-atlas as a user does and timing it.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>
#include <algorithm>

namespace atlas::bench {

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Milliseconds from start to exit of `smartcity-atlas arguments`, offscreen; -1 if it failed.
inline double timeRun(const QStringList &arguments, QTextStream &out)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        out << "failed: " << process.readAllStandardError() << '\n';
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace atlas::bench
