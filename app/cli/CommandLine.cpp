// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"
#include "render/CaseStudyRenderer.h"
#include "render/MapRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTextStream>

namespace atlas {
namespace {

const QStringList &headlessCommands()
{
    static const QStringList commands{QStringLiteral("summary"), QStringLiteral("render")};
    return commands;
}

// Terminal columns: CJK ideographs take two.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const QChar c : s)
        width += (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFEF) ? 2 : 1;
    return width;
}

QString padLeft(const QString &s, int width)
{
    return QString(qMax(0, width - displayWidth(s)), u' ') + s;
}

QString padRight(const QString &s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), u' ');
}

QString percentNumber(std::optional<double> percent)
{
    return percent ? QString::number(*percent, 'f', 1) : QString();
}

} // namespace

CommandLine::CommandLine()
    : m_data(QStringList{QStringLiteral("data")},
             tr("Load the city dataset from FILE instead of the built-in data."), tr("FILE")),
      m_basemap(QStringList{QStringLiteral("basemap")},
                tr("Use FILE, a GeoJSON map of provinces (gb_code, name_zh, name_en), as the base "
                   "map instead of the built-in one."),
                tr("FILE")),
      m_view(QStringList{QStringLiteral("view")},
             tr("View to render: map-all, map-tier2, map-tier3, case-beijing, case-wuxi, "
                "case-wuhan, case-foshan, case-langfang or comparison."),
             tr("VIEW"), QStringLiteral("map-all")),
      m_output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
               tr("Write to FILE (PNG)."), tr("FILE")),
      m_size(QStringList{QStringLiteral("size")}, tr("Image size in pixels, e.g. 1920x1080."),
             tr("WxH"), QStringLiteral("1920x1080")),
      m_force(QStringList{QStringLiteral("force")}, tr("Overwrite an existing output file.")),
      m_format(QStringList{QStringLiteral("format")},
               tr("Output format of summary: text, csv or json."), tr("FORMAT"),
               QStringLiteral("text")),
      m_lang(QStringList{QStringLiteral("lang")},
             tr("Interface language: zh or en (default: the system's)."), tr("LANG")),
      m_exitAfterPaint(QStringList{QStringLiteral("exit-after-first-paint")},
                       QStringLiteral("Print the start-up time and quit (benchmark).")),
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
           "--size)."));
    m_parser.addOptions({m_data, m_basemap, m_format, m_view, m_output, m_size, m_force, m_lang,
                         m_exitAfterPaint, m_help, m_version});
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
    if (!positional.isEmpty() && positional.first() == u"render")
        return runRender(out, err);
    err << tr("No command given; see --help.") << '\n';
    return 2;
}

int CommandLine::runSummary(QTextStream &out, QTextStream &err)
{
    const QString format = m_parser.value(m_format).toLower();
    if (format != u"text" && format != u"csv" && format != u"json") {
        err << tr("Unknown format \"%1\": use text, csv or json.").arg(format) << '\n';
        return 2;
    }
    const QString path = dataFile().isEmpty() ? CityDataset::builtInPath() : dataFile();
    CityTableModel cities;
    QString error;
    if (!cities.loadFile(path, &error)) {
        err << error << '\n';
        return 1;
    }
    const TierSummaryModel summary(&cities);
    if (format == u"csv")
        out << formatSummaryCsv(summary);
    else if (format == u"json")
        out << formatSummaryJson(summary);
    else
        out << formatSummaryText(summary, cities.datasetSource());
    return 0;
}

int CommandLine::runRender(QTextStream &out, QTextStream &err)
{
    const QString view = m_parser.value(m_view);
    const std::optional<MapOptions::Preset> preset = MapOptions::presetFromId(view);
    const QString caseCity = caseStudyOfView(view);
    if (!preset && caseCity.isEmpty()) {
        err << tr("Unknown view \"%1\": use %2.")
                   .arg(view, renderViewIds().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    const QString output = m_parser.value(m_output);
    if (output.isEmpty()) {
        err << tr("No output file: give -o FILE.png.") << '\n';
        return 2;
    }
    const QStringList wh = m_parser.value(m_size).toLower().split(u'x');
    const int width = wh.size() == 2 ? wh[0].toInt() : 0;
    const int height = wh.size() == 2 ? wh[1].toInt() : 0;
    if (width < 200 || height < 150 || width > 16384 || height > 16384) {
        err << tr("Bad size \"%1\": give WIDTHxHEIGHT, from 200x150 to 16384x16384.")
                   .arg(m_parser.value(m_size))
            << '\n';
        return 2;
    }
    if (QFileInfo::exists(output) && !m_parser.isSet(m_force)) {
        err << tr("%1 exists; not overwritten (use --force).").arg(output) << '\n';
        return 1;
    }

    CityTableModel cities;
    QString error;
    const QString data = dataFile().isEmpty() ? CityDataset::builtInPath() : dataFile();
    if (!cities.loadFile(data, &error)) {
        err << error << '\n';
        return 1;
    }
    const std::optional<geo::Basemap> basemap =
        basemapFile().isEmpty() ? geo::Basemap::loadBuiltIn(&error)
                                : geo::Basemap::loadProvinces(basemapFile(), &error);
    if (!basemap) {
        err << error << '\n';
        return 1;
    }
    const TierSummaryModel summary(&cities);
    const Language lang = UiLanguage::fromCode(language()).value_or(UiLanguage::systemDefault());
    cities.setLanguage(lang);

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const QSizeF size(width, height);
        if (preset) {
            const MapRenderer renderer(&*basemap, &cities, &summary);
            MapOptions options = MapOptions::forPreset(*preset);
            options.language = lang;
            renderer.render(painter, QRectF(QPointF(0, 0), size),
                            renderer.fitViewport(size, options), options);
        } else {
            const CaseStudyRenderer renderer(&CaseStudies::builtIn(), &cities, &summary, &*basemap);
            renderer.render(painter, QRectF(QPointF(0, 0), size), caseCity, {lang, true});
        }
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        err << tr("Cannot write %1: %2").arg(output, file.errorString()) << '\n';
        return 1;
    }
    out << tr("Wrote %1 (%2×%3).").arg(output).arg(width).arg(height) << '\n';
    return 0;
}

QStringList CommandLine::renderViewIds()
{
    QStringList ids = MapOptions::presetIds();
    for (const QString &id : CaseStudies::cityIds())
        ids.append(caseStudyViewId(id));
    ids.append(CaseStudyRenderer::comparisonId());
    return ids;
}

QString CommandLine::caseStudyViewId(const QString &cityId)
{
    // Stable, readable ids from the built-in data's English names: case-wuxi, case-foshan...
    const std::optional<CityDataset> data =
        CityDataset::loadFile(CityDataset::builtInPath(), nullptr);
    if (data) {
        for (const City &c : data->cities) {
            if (c.id == cityId)
                return QStringLiteral("case-") + c.nameEn.toLower();
        }
    }
    return QStringLiteral("case-") + cityId;
}

QString CommandLine::caseStudyOfView(const QString &viewId)
{
    if (viewId == CaseStudyRenderer::comparisonId())
        return viewId;
    for (const QString &id : CaseStudies::cityIds()) {
        if (caseStudyViewId(id) == viewId)
            return id;
    }
    return {};
}

QString CommandLine::formatSummaryText(const TierSummaryModel &summary, const QString &source)
{
    const QStringList header{tr("Tier"), tr("Cities"), tr("Smart"), tr("Coverage")};
    QList<QStringList> rows;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        rows.append({City::tierLabel(tier), QString::number(summary.cityCount(tier)),
                     QString::number(summary.smartCount(tier)),
                     TierSummaryModel::formatCoverage(summary.coverage(tier))});
    }
    const int total = summary.totalCities();
    const std::optional<double> totalCoverage =
        total > 0 ? std::optional<double>(100.0 * summary.totalSmart() / total) : std::nullopt;
    rows.append({tr("All"), QString::number(total), QString::number(summary.totalSmart()),
                 TierSummaryModel::formatCoverage(totalCoverage)});

    QList<int> widths;
    for (const QString &h : header)
        widths.append(displayWidth(h));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row[i]));
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded{padRight(cells[0], widths[0])};
        for (int i = 1; i < cells.size(); ++i)
            padded.append(padLeft(cells[i], widths[i]));
        return padded.join(QStringLiteral("  ")) + u'\n';
    };
    QString text = tr("Smart-city coverage by city tier") + u'\n' + u'\n' + line(header);
    for (const QStringList &row : rows)
        text += line(row);
    text += u'\n' + tr("Tier totals: CCID report. Which city is in which tier, and which are "
                       "smart, is a reconstruction from public pilot lists (evidence per city).");
    text += u'\n';
    if (!source.isEmpty())
        text += tr("Data: %1").arg(source) + u'\n';
    return text;
}

QString CommandLine::formatSummaryCsv(const TierSummaryModel &summary)
{
    QString csv = QStringLiteral("tier,cities,smart,coverage\n");
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(tier)
                   .arg(summary.cityCount(tier))
                   .arg(summary.smartCount(tier))
                   .arg(percentNumber(summary.coverage(tier)));
    }
    return csv;
}

QString CommandLine::formatSummaryJson(const TierSummaryModel &summary)
{
    // Written by hand so that coverage keeps its one decimal (100.0, not 100) as documented.
    QStringList tiers;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        const std::optional<double> coverage = summary.coverage(tier);
        tiers.append(QStringLiteral("{\"tier\": %1, \"cities\": %2, \"smart\": %3, "
                                    "\"coverage\": %4}")
                         .arg(tier)
                         .arg(summary.cityCount(tier))
                         .arg(summary.smartCount(tier))
                         .arg(coverage ? percentNumber(coverage) : QStringLiteral("null")));
    }
    return QStringLiteral("{\"tiers\": [%1]}\n").arg(tiers.join(QStringLiteral(", ")));
}

} // namespace atlas
