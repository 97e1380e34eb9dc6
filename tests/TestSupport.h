// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test executables.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

namespace atlas::geo {
class Basemap;
}

namespace atlas::test {

struct ProcessRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
    QByteArray rawOut;
    qint64 elapsedMs = 0;
    // The largest resident set of any child this test process has waited for so far, in kB
    // (getrusage(RUSAGE_CHILDREN)): an upper bound for this run's peak memory.
    qint64 maxChildRssKb = 0;
};

struct RunOptions
{
    QStringList prefix; // a wrapper such as strace, run with the executable after it
    QStringList unset;  // environment variables to remove
    int timeoutMs = 30000;
};

// Runs the real smartcity-atlas executable with no display at all, as on a server or in CI, in
// English.
ProcessRun runAtlas(const QStringList &arguments);
ProcessRun runAtlas(const QStringList &arguments, const RunOptions &options);

// Slower under the sanitizers, and larger: time and memory bounds in tests are multiplied by
// these so that the sanitizer build tests the same behaviour.
double timeFactor();
double memoryFactor();

// The built-in base map, loaded once per test process: it parses megabytes of GeoJSON.
const geo::Basemap &sharedBuiltInMap();

// Mean absolute difference per colour channel (0-255) of two images of the same size.
double meanChannelDifference(const QImage &a, const QImage &b);

QByteArray readFile(const QString &path); // empty if unreadable
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace atlas::test
