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
};

// Runs the real smartcity-atlas executable with no display at all, as on a server or in CI, in
// English.
ProcessRun runAtlas(const QStringList &arguments);

// The built-in base map, loaded once per test process: it parses megabytes of GeoJSON.
const geo::Basemap &sharedBuiltInMap();

// Mean absolute difference per colour channel (0-255) of two images of the same size.
double meanChannelDifference(const QImage &a, const QImage &b);

QByteArray readFile(const QString &path); // empty if unreadable
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace atlas::test
