// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace atlas {

class TierSummaryModel;

// The command-line front end. Everything here works without a display; the GUI only takes over
// when no command is given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CommandLine)

public:
    CommandLine();

    // True when the arguments ask for a command (or --help / --version) that runs without a
    // window; checked before any QApplication exists, so it looks at raw arguments.
    static bool isHeadless(const QStringList &arguments);

    // Parses the arguments; on a usage error returns false and sets *error.
    bool parse(const QStringList &arguments, QString *error);
    // Runs a headless command; returns the process exit code.
    int run(QTextStream &out, QTextStream &err);

    QString dataFile() const;
    QString basemapFile() const;
    bool exitAfterFirstPaint() const;
    QString language() const;

    // View ids of the render command: the map presets, case-<city> for each case study, and
    // comparison.
    static QStringList renderViewIds();
    static QString caseStudyViewId(const QString &cityId);
    // The case-study city id for a view id, "comparison" for the comparison, or empty.
    static QString caseStudyOfView(const QString &viewId);

    static QString formatSummaryText(const TierSummaryModel &summary, const QString &source);
    static QString formatSummaryCsv(const TierSummaryModel &summary);
    static QString formatSummaryJson(const TierSummaryModel &summary);

private:
    int runSummary(QTextStream &out, QTextStream &err);
    int runRender(QTextStream &out, QTextStream &err);

    QCommandLineParser m_parser;
    QCommandLineOption m_data;
    QCommandLineOption m_basemap;
    QCommandLineOption m_view;
    QCommandLineOption m_output;
    QCommandLineOption m_size;
    QCommandLineOption m_force;
    QCommandLineOption m_format;
    QCommandLineOption m_lang;
    QCommandLineOption m_exitAfterPaint;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

} // namespace atlas
