// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartViews.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "cli/PrivateRuntimeDir.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CityTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SmartCityAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("smartcity-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Smart City Atlas"));
}

atlas::Language chooseLanguage(const QString &option)
{
    if (const auto language = atlas::UiLanguage::fromCode(option))
        return *language;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return atlas::UiLanguage::fromCode(saved).value_or(atlas::UiLanguage::systemDefault());
}

// Reports the time to the first painted main window, for bench/; then quits.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent), m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-ms %.1f\n", double(m_clock.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

int runHeadless(int argc, char **argv)
{
    // Exports need fonts and the charts need Qt Widgets, hence a full application; offscreen,
    // so that no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    // The language first: the help and the options' descriptions are translated when the
    // command line is made.
    atlas::UiLanguage language;
    language.apply(chooseLanguage(atlas::CommandLine::languageArgument(app.arguments())));
    atlas::CommandLine cli;
    cli.setViewExtension(&atlas::ChartViews::registerAll);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    if (!cli.parse(app.arguments(), &error)) {
        err << error << '\n';
        return 2;
    }
    return cli.run(out, err);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    const atlas::PrivateRuntimeDir runtimeDir;
    {
        QStringList raw;
        for (int i = 0; i < argc; ++i)
            raw.append(QString::fromLocal8Bit(argv[i]));
        if (atlas::CommandLine::isHeadless(raw))
            return runHeadless(argc, argv);
    }

    QApplication app(argc, argv);
    setIdentity();
    atlas::CommandLine cli;
    QString error;
    if (!cli.parse(app.arguments(), &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }

    atlas::UiLanguage language;
    const atlas::Language lang = chooseLanguage(cli.language());
    language.apply(lang);

    atlas::CityTableModel cities;
    cities.setLanguage(lang);
    QString dataError;
    const bool userDataOk =
        !cli.dataFile().isEmpty() && cities.loadFile(cli.dataFile(), &dataError);
    if (!userDataOk && !cities.loadFile(atlas::CityDataset::builtInPath(), &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Smart City Atlas"), error);
        return 1;
    }

    QString mapError;
    std::optional<atlas::geo::Basemap> builtInMap = atlas::geo::Basemap::loadBuiltIn(&mapError);
    if (!builtInMap) {
        QMessageBox::critical(nullptr, QObject::tr("Smart City Atlas"), mapError);
        return 1;
    }
    atlas::MainWindow window(&cities, &language,
                             std::make_unique<atlas::geo::Basemap>(std::move(*builtInMap)));
    if (cli.exitAfterFirstPaint())
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    window.show();
    if (!cli.basemapFile().isEmpty())
        window.openBasemap(cli.basemapFile());
    if (!dataError.isEmpty()) {
        QTextStream(stderr) << dataError << '\n';
        QMessageBox::warning(&window, QObject::tr("Cannot open dataset"),
                             QObject::tr("The dataset was not loaded; showing the built-in data "
                                         "instead.") +
                                 QStringLiteral("\n\n") + dataError);
    }
    return app.exec();
}
