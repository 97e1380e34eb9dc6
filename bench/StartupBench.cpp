// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up time: from launching the process to the first painted main window, measured from
// outside the process (so dynamic loading counts), on the offscreen platform. Prints the median
// of N runs in milliseconds, and the app's own in-process figure.
//
// Usage: atlas_bench_startup [runs]   (default 15)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <algorithm>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTextStream out(stdout);
    QList<double> outside;
    QList<double> inside;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (int i = 0; i < runs + 1; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(ATLAS_EXECUTABLE),
                      {QStringLiteral("--exit-after-first-paint")});
        double seen = -1;
        QByteArray buffer;
        while (seen < 0 && process.waitForReadyRead(20000)) {
            buffer += process.readAllStandardOutput();
            const qsizetype at = buffer.indexOf("first-paint-ms ");
            if (at >= 0 && buffer.indexOf('\n', at) > at) {
                seen = double(clock.nsecsElapsed()) / 1e6;
                const QByteArray line = buffer.mid(at + 15, buffer.indexOf('\n', at) - at - 15);
                if (i > 0) // the first run warms the file cache
                    inside.append(line.toDouble());
            }
        }
        process.waitForFinished(20000);
        if (seen < 0) {
            out << "start-up run " << i << " failed: " << process.readAllStandardError() << '\n';
            return 1;
        }
        if (i > 0)
            outside.append(seen);
    }
    out << "startup_first_paint_median_ms " << QString::number(median(outside), 'f', 1) << '\n';
    out << "startup_in_process_median_ms " << QString::number(median(inside), 'f', 1) << '\n';
    out << "runs " << runs << '\n';
    return 0;
}
