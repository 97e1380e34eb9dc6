// SPDX-License-Identifier: GPL-3.0-or-later
// Export times, measured as a user runs them: the smartcity-atlas process from start to exit.
//   export --all at 1920x1080 PNG (every view), and one 3840x2160 PNG of the all-tier map.
// Prints medians in milliseconds.
//
// Usage: atlas_bench_export [runs]   (default 5)
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using atlas::bench::median;
using atlas::bench::timeRun;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    QList<double> all;
    QList<double> big;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const double a = timeRun({QStringLiteral("export"), QStringLiteral("--all"),
                                  QStringLiteral("--size"), QStringLiteral("1920x1080"),
                                  QStringLiteral("-o"), dir.filePath(QStringLiteral("all"))},
                                 out);
        const double b =
            timeRun({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("map-all"),
                     QStringLiteral("--size"), QStringLiteral("3840x2160"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("map.png"))},
                    out);
        if (a < 0 || b < 0)
            return 1;
        all.append(a);
        big.append(b);
    }
    out << "export_all_1920x1080_png_ms " << QString::number(median(all), 'f', 0) << '\n';
    out << "export_map_3840x2160_png_ms " << QString::number(median(big), 'f', 0) << '\n';
    out << "runs " << runs << '\n';
    return 0;
}
