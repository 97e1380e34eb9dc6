// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "SummaryFormat.h"
#include "export/CoreViews.h"
#include "export/Exporter.h"
#include "export/ViewRegistry.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "io/CityWriter.h"
#include "io/JsonDiagnostics.h"
#include "io/OutputFile.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace atlas {
namespace {

const QStringList &headlessCommands()
{
    static const QStringList commands{QStringLiteral("summary"), QStringLiteral("render"),
                                      QStringLiteral("export"), QStringLiteral("views"),
                                      QStringLiteral("convert")};
    return commands;
}

} // namespace

CommandLine::CommandLine()
    : m_data(QStringList{QStringLiteral("data")},
             tr("Load the city dataset from FILE instead of the built-in data."), tr("FILE")),
      m_basemap(QStringList{QStringLiteral("basemap")},
                tr("Use FILE, a GeoJSON map of provinces (gb_code, name_zh, name_en), as the base "
                   "map instead of the built-in one."),
                tr("FILE")),
      m_caseStudies(QStringList{QStringLiteral("case-studies")},
                    tr("Load the case studies from FILE (same format as the built-in "
                       "case-studies.json) instead of the built-in ones."),
                    tr("FILE")),
      m_view(QStringList{QStringLiteral("view")},
             tr("View to export or render (see the views command)."), tr("VIEW"),
             QStringLiteral("map-all")),
      m_output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
               tr("Write to FILE (or into the folder DIR with --all); - is standard output."),
               tr("FILE")),
      m_size(QStringList{QStringLiteral("size")},
             tr("Size in logical pixels, e.g. 1920x1080 (the layout's size)."), tr("WxH"),
             QStringLiteral("1920x1080")),
      m_force(QStringList{QStringLiteral("force")}, tr("Overwrite existing output files.")),
      m_scale(QStringList{QStringLiteral("scale")},
              tr("Pixels per logical pixel for PNG and JPEG, e.g. 2 for a sharper image."), tr("N"),
              QStringLiteral("1")),
      m_transparent(QStringList{QStringLiteral("transparent")},
                    tr("Transparent background (PNG and SVG).")),
      m_outlines(QStringList{QStringLiteral("text-outlines")},
                 tr("SVG: turn text into outlines, for viewers without the font.")),
      m_page(QStringList{QStringLiteral("page")},
             tr("PDF page: view (the view's size), a4 or a3 (landscape)."), tr("PAGE"),
             QStringLiteral("view")),
      m_all(QStringList{QStringLiteral("all")}, tr("Export every view into the folder -o DIR.")),
      m_handout(QStringList{QStringLiteral("handout")},
                tr("Export every view into one PDF handout, a view a page.")),
      m_format(QStringList{QStringLiteral("format")},
               tr("Output format: text, csv or json for summary; png, jpg, svg or pdf for "
                  "export (default: from the file name)."),
               tr("FORMAT")),
      m_lang(QStringList{QStringLiteral("lang")},
             tr("Interface language: zh or en (default: the system's)."), tr("LANG")),
      m_exitAfterPaint(QStringList{QStringLiteral("exit-after-first-paint")},
                       QStringLiteral("Print the start-up time and quit (benchmark).")),
      m_encoding(QStringList{QStringLiteral("encoding")},
                 tr("Encoding of a CSV file: auto (default), utf-8 or gb18030 (GBK)."),
                 tr("ENCODING"), QStringLiteral("auto")),
      m_sheet(QStringList{QStringLiteral("sheet")},
              tr("The sheet of an XLSX workbook to read (default: the first)."), tr("NAME")),
      m_skipUnmatched(QStringList{QStringLiteral("skip-unmatched")},
                      tr("Leave out rows of an imported list that name no known city, instead "
                         "of refusing the file.")),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
             tr("Show this help and exit.")),
      m_version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                tr("Show the version and exit."))
{
    m_exitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.setApplicationDescription(
        tr("Smart City Atlas: smart-city coverage of China's tier 1-3 cities.\n\n"
           "Without a command, opens the main window.\n\n"
           "Commands:\n"
           "  summary   Print smart-city coverage per tier and exit.\n"
           "  render    Draw a view (map or case study) to a PNG file and exit (--view, -o, "
           "--size).\n"
           "  convert   Convert a city list (--data: JSON, CSV or XLSX) to -o FILE.json or "
           "FILE.csv."));
    m_parser.addOptions({m_data,           m_basemap,  m_caseStudies, m_format,        m_view,
                         m_output,         m_size,     m_scale,       m_transparent,   m_outlines,
                         m_page,           m_all,      m_handout,     m_force,         m_lang,
                         m_exitAfterPaint, m_encoding, m_sheet,       m_skipUnmatched, m_help,
                         m_version});
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("A command (see above)."),
                                   QStringLiteral("[command]"));
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1)) {
        if (a == u"-h" || a == u"--help" || a == u"-v" || a == u"--version" ||
            headlessCommands().contains(a))
            return true;
    }
    return false;
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

bool CommandLine::parse(const QStringList &arguments, QString *error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("Too many arguments: %1").arg(positional.join(u' '));
        return false;
    }
    if (!positional.isEmpty() && !headlessCommands().contains(positional.first())) {
        *error = tr("Unknown command \"%1\". Commands: %2")
                     .arg(positional.first(), headlessCommands().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QString CommandLine::dataFile() const
{
    return m_parser.value(m_data);
}

QString CommandLine::caseStudiesFile() const
{
    return m_parser.value(m_caseStudies);
}

QString CommandLine::basemapFile() const
{
    return m_parser.value(m_basemap);
}

bool CommandLine::exitAfterFirstPaint() const
{
    return m_parser.isSet(m_exitAfterPaint);
}

QString CommandLine::language() const
{
    return m_parser.value(m_lang);
}

int CommandLine::run(QTextStream &out, QTextStream &err)
{
    if (m_parser.isSet(m_help)) {
        out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(m_version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"summary")
        return runSummary(out, err);
    if (!positional.isEmpty() && positional.first() == u"convert")
        return runConvert(out, err);
    if (!positional.isEmpty() &&
        (positional.first() == u"render" || positional.first() == u"export" ||
         positional.first() == u"views"))
        return runExport(positional.first(), out, err);
    err << tr("No command given; see --help.") << '\n';
    return 2;
}

int CommandLine::runSummary(QTextStream &out, QTextStream &err)
{
    const QString format =
        m_parser.isSet(m_format) ? m_parser.value(m_format).toLower() : QStringLiteral("text");
    if (format != u"text" && format != u"csv" && format != u"json") {
        err << tr("Unknown format \"%1\": use text, csv or json.").arg(format) << '\n';
        return 2;
    }
    CityTableModel cities;
    if (!loadCities(cities, err))
        return 1;
    const TierSummaryModel summary(&cities);
    if (format == u"csv")
        out << SummaryFormat::csv(summary);
    else if (format == u"json")
        out << SummaryFormat::json(summary);
    else
        out << SummaryFormat::text(summary, cities.datasetSource(),
                                   cities.datasetPath().startsWith(u':'));
    return 0;
}

std::optional<ExportSettings> CommandLine::exportSettings(const QString &command,
                                                          QTextStream &err) const
{
    ExportSettings s;
    s.viewId = m_parser.value(m_view);
    s.overwrite = m_parser.isSet(m_force);
    s.transparent = m_parser.isSet(m_transparent);
    s.textAsOutlines = m_parser.isSet(m_outlines);
    s.language = UiLanguage::fromCode(language()).value_or(UiLanguage::systemDefault());
    const QString output = m_parser.value(m_output);
    QString formatName = m_parser.value(m_format);
    if (command == u"render")
        formatName = QStringLiteral("png");
    else if (formatName.isEmpty())
        formatName = m_parser.isSet(m_handout) ? QStringLiteral("pdf")
                                               : QFileInfo(output).suffix().toLower();
    if (formatName.isEmpty())
        formatName = QStringLiteral("png");
    const std::optional<ExportSettings::Format> format = ExportSettings::formatFromName(formatName);
    if (!format) {
        err << tr("Unknown format \"%1\": use png, jpg, svg or pdf.").arg(formatName) << '\n';
        return std::nullopt;
    }
    s.format = *format;
    const QStringList wh = m_parser.value(m_size).toLower().split(u'x');
    bool widthOk = false;
    bool heightOk = false;
    bool scaleOk = false;
    const int width = wh.size() == 2 ? wh[0].toInt(&widthOk) : 0;
    const int height = wh.size() == 2 ? wh[1].toInt(&heightOk) : 0;
    s.scale = m_parser.value(m_scale).toDouble(&scaleOk);
    if (!widthOk || !heightOk) {
        err << tr("Bad size \"%1\": give WIDTHxHEIGHT in pixels, e.g. 1920x1080.")
                   .arg(JsonDiagnostics::excerpt(m_parser.value(m_size)))
            << '\n';
        return std::nullopt;
    }
    if (!scaleOk) {
        err << tr("Bad scale \"%1\": give a number, e.g. 2.")
                   .arg(JsonDiagnostics::excerpt(m_parser.value(m_scale)))
            << '\n';
        return std::nullopt;
    }
    s.size = QSizeF(width, height);
    // One set of limits for the dialog and the command line, kept by ExportSettings.
    if (const QString problem = s.problem(); !problem.isEmpty()) {
        err << tr("--size %1 --scale %2: %3")
                   .arg(JsonDiagnostics::excerpt(m_parser.value(m_size)),
                        JsonDiagnostics::excerpt(m_parser.value(m_scale)), problem)
            << '\n';
        return std::nullopt;
    }
    const QString page = m_parser.value(m_page).toLower();
    if (page == u"a4")
        s.page = ExportSettings::Page::A4Landscape;
    else if (page == u"a3")
        s.page = ExportSettings::Page::A3Landscape;
    else if (page != u"view") {
        err << tr("Unknown page \"%1\": use view, a4 or a3.").arg(page) << '\n';
        return std::nullopt;
    }
    return s;
}

bool CommandLine::loadCities(CityTableModel &cities, QTextStream &err) const
{
    ImportOptions options;
    options.skipUnmatched = m_parser.isSet(m_skipUnmatched);
    options.sheet = m_parser.value(m_sheet);
    const auto encoding = SourceText::encodingFromName(m_parser.value(m_encoding));
    if (!encoding) {
        err << tr("Unknown encoding \"%1\": use auto, utf-8 or gb18030.")
                   .arg(JsonDiagnostics::excerpt(m_parser.value(m_encoding)))
            << '\n';
        return false;
    }
    options.encoding = *encoding;
    const QString path = dataFile().isEmpty() ? CityDataset::builtInPath() : dataFile();
    QString error;
    QStringList skipped;
    if (!cities.loadFile(path, options, &error, &skipped)) {
        err << error << '\n';
        return false;
    }
    if (!skipped.isEmpty())
        err << tr("%1: left out %2 of its rows:").arg(path).arg(skipped.size())
            << QStringLiteral("\n  ") << skipped.join(QStringLiteral("\n  ")) << '\n';
    return true;
}

int CommandLine::runConvert(QTextStream &out, QTextStream &err)
{
    const QString output = m_parser.value(m_output);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty() || (suffix != u"json" && suffix != u"csv")) {
        err << tr("convert needs -o FILE.json or -o FILE.csv.") << '\n';
        return 2;
    }
    CityTableModel cities;
    if (!loadCities(cities, err))
        return 1;
    CityDataset dataset;
    dataset.title = cities.datasetTitle();
    dataset.source = cities.datasetSource();
    dataset.cities = cities.cities();
    const QByteArray bytes =
        suffix == u"csv" ? CityWriter::toCsv(dataset) : CityWriter::toJson(dataset);
    QString error;
    if (!OutputFile::write(output, bytes, m_parser.isSet(m_force), &error)) {
        err << error << '\n';
        return 1;
    }
    if (!OutputFile::isStandardOutput(output))
        out << tr("Wrote %1").arg(output) << '\n';
    return 0;
}

QString CommandLine::forceHint()
{
    return tr("Use --force to overwrite.");
}

int CommandLine::runExport(const QString &command, QTextStream &out, QTextStream &err)
{
    const std::optional<ExportSettings> settings = exportSettings(command, err);
    if (!settings)
        return 2;
    QString error;
    const QString output = m_parser.value(m_output);
    if (command != u"views" && output.isEmpty()) {
        err << tr("No output given: use -o FILE (or -o DIR with --all).") << '\n';
        return 2;
    }
    if (m_parser.isSet(m_all) && OutputFile::isStandardOutput(output)) {
        err << tr("--all writes a file per view and needs a folder, not standard output.") << '\n';
        return 2;
    }
    // Refused before the data are even read: nothing to do if the target cannot be written.
    bool exists = false;
    if (command != u"views" && !m_parser.isSet(m_all) &&
        !OutputFile::checkTarget(output, settings->overwrite, &error, &exists)) {
        err << error << (exists ? u' ' + forceHint() : QString()) << '\n';
        return 1;
    }

    CityTableModel cities;
    if (!loadCities(cities, err))
        return 1;
    cities.setLanguage(settings->language);
    const std::optional<geo::Basemap> basemap =
        basemapFile().isEmpty() ? geo::Basemap::loadBuiltIn(&error)
                                : geo::Basemap::loadProvinces(basemapFile(), &error);
    if (!basemap) {
        err << error << '\n';
        return 1;
    }
    std::optional<CaseStudies> caseStudies;
    if (!caseStudiesFile().isEmpty()) {
        caseStudies = CaseStudies::loadFile(caseStudiesFile(), &error);
        if (!caseStudies) {
            err << error << '\n';
            return 1;
        }
    }
    TierSummaryModel summary(&cities);
    ViewRegistry views;
    CoreViews::registerAll(views, cities, summary, *basemap,
                           caseStudies ? *caseStudies : CaseStudies::builtIn());
    if (m_extension)
        m_extension(views, cities, summary);

    if (command == u"views") {
        for (const ViewRegistry::View &v : views.views())
            out << v.id << '\t' << v.title() << '\n';
        return 0;
    }
    if (!m_parser.isSet(m_all) && !m_parser.isSet(m_handout) && !views.find(settings->viewId)) {
        err << tr("Unknown view \"%1\": use %2.")
                   .arg(settings->viewId, views.ids().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    const Exporter exporter(views);
    if (m_parser.isSet(m_all)) {
        QStringList written;
        bool refused = false;
        const bool ok = exporter.exportAll(*settings, output, &written, &error, &refused);
        for (const QString &path : written)
            out << tr("Wrote %1").arg(path) << '\n';
        if (!ok) {
            err << error << (refused ? u' ' + forceHint() : QString()) << '\n';
            return 1;
        }
        return 0;
    }
    const bool ok = m_parser.isSet(m_handout) ? exporter.exportHandout(*settings, output, &error)
                                              : exporter.exportView(*settings, output, &error);
    if (!ok) {
        err << error << '\n';
        return 1;
    }
    // Standard output carries the file itself; a word more would corrupt it.
    if (!OutputFile::isStandardOutput(output))
        out << tr("Wrote %1").arg(output) << '\n';
    return 0;
}

} // namespace atlas
