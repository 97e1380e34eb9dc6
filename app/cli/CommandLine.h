// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

class QTextStream;

namespace atlas {

class CityTableModel;
class TierSummaryModel;
class ViewRegistry;

// The command-line front end. Everything here works without a display; the GUI only takes over
// when no command is given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CommandLine)

public:
    CommandLine();

    // Views the core cannot paint (the charts need Qt Widgets) are added by the caller.
    using ViewExtension = std::function<void(ViewRegistry &, CityTableModel &, TierSummaryModel &)>;
    void setViewExtension(ViewExtension extension) { m_extension = std::move(extension); }

    // True when the arguments ask for a command (or --help / --version) that runs without a
    // window; checked before any QApplication exists, so it looks at raw arguments.
    static bool isHeadless(const QStringList &arguments);
    // The value of --lang in raw arguments ("--lang zh" or "--lang=zh"), empty if none; read
    // before the parser exists, since its help text is translated when it is made.
    static QString languageArgument(const QStringList &arguments);

    // Parses the arguments; on a usage error returns false and sets *error.
    bool parse(const QStringList &arguments, QString *error);
    // Runs a headless command; returns the process exit code.
    int run(QTextStream &out, QTextStream &err);

    QString dataFile() const;
    QString basemapFile() const;
    QString caseStudiesFile() const;
    bool exitAfterFirstPaint() const;
    QString language() const;

private:
    int runSummary(QTextStream &out, QTextStream &err);
    int runConvert(QTextStream &out, QTextStream &err);
    // The cities of --data (or the built-in ones) with the import options; false after saying
    // why on err.
    bool loadCities(CityTableModel &cities, QTextStream &err) const;
    int runExport(const QString &command, QTextStream &out, QTextStream &err);
    static QString forceHint();
    // The export settings from the options; on a usage error returns nothing and says why.
    std::optional<ExportSettings> exportSettings(const QString &command, QTextStream &err) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_data;
    QCommandLineOption m_basemap;
    QCommandLineOption m_caseStudies;
    QCommandLineOption m_view;
    QCommandLineOption m_output;
    QCommandLineOption m_size;
    QCommandLineOption m_force;
    QCommandLineOption m_scale;
    QCommandLineOption m_transparent;
    QCommandLineOption m_outlines;
    QCommandLineOption m_page;
    QCommandLineOption m_all;
    QCommandLineOption m_handout;
    QCommandLineOption m_format;
    QCommandLineOption m_lang;
    QCommandLineOption m_exitAfterPaint;
    QCommandLineOption m_encoding;
    QCommandLineOption m_sheet;
    QCommandLineOption m_skipUnmatched;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    ViewExtension m_extension;
};

} // namespace atlas
