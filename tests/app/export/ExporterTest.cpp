// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter in-process: real files written into temporary folders and read back, PDFs checked
// with poppler's tools as a reader other than Qt.
#include "export/Exporter.h"

#include "TestSupport.h"
#include "export/CoreViews.h"
#include "export/ExportSettings.h"
#include "export/ViewRegistry.h"
#include "geo/Basemap.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cmath>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <string>

using namespace atlas;
using Format = ExportSettings::Format;
using Page = ExportSettings::Page;

using atlas::test::meanChannelDifference;
using atlas::test::writeFile;

namespace {

int distinctColours(const QImage &image, int step)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Poppler is the reader: a PDF that only Qt can read back proves little. CI installs it with
// the other dependencies, so a missing tool is a broken set-up, not a reason to skip.
std::optional<QString> runTool(const QString &program, const QStringList &arguments)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        ADD_FAILURE() << program
                      << " is not installed: install poppler-utils (scripts/install-deps.sh)";
        return std::nullopt;
    }
    QProcess process;
    process.start(exe, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program << ' ' << arguments.join(u' ')
                      << " failed: " << QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct PdfInfo
{
    int pages = -1;
    QSizeF pageSize; // points, as pdfinfo reports the first page
};

std::optional<PdfInfo> pdfInfo(const QString &path)
{
    const std::optional<QString> out = runTool(QStringLiteral("pdfinfo"), {path});
    if (!out)
        return std::nullopt;
    PdfInfo info;
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)\\s*$"),
                           QRegularExpression::MultilineOption)
            .match(*out);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                           QRegularExpression::MultilineOption)
            .match(*out);
    if (!pages.hasMatch() || !size.hasMatch()) {
        ADD_FAILURE() << "unexpected pdfinfo output: " << *out;
        return std::nullopt;
    }
    info.pages = pages.captured(1).toInt();
    info.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

struct PdfFont
{
    QString name;
    bool embedded = false;
};

// pdffonts prints a table whose columns are marked by the dashes under the header; the type
// column holds spaces ("CID Type 0C"), so the dashes, not whitespace, delimit the fields.
std::optional<QList<PdfFont>> pdfFonts(const QString &path)
{
    const std::optional<QString> out = runTool(QStringLiteral("pdffonts"), {path});
    if (!out)
        return std::nullopt;
    const QStringList lines = out->split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2 || !lines.at(1).startsWith(u'-')) {
        ADD_FAILURE() << "unexpected pdffonts output: " << *out;
        return std::nullopt;
    }
    QList<std::pair<qsizetype, qsizetype>> columns; // start, length
    const QString &dashes = lines.at(1);
    for (qsizetype i = 0; i < dashes.size();) {
        if (dashes.at(i) != u'-') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < dashes.size() && dashes.at(end) == u'-')
            ++end;
        columns.append({i, end - i});
        i = end;
    }
    if (columns.size() < 4) {
        ADD_FAILURE() << "unexpected pdffonts columns: " << *out;
        return std::nullopt;
    }
    QList<PdfFont> fonts;
    for (const QString &line : lines.mid(2)) {
        fonts.append({line.mid(columns[0].first, columns[0].second).trimmed(),
                      line.mid(columns[3].first, columns[3].second).trimmed() == u"yes"});
    }
    return fonts;
}

// Length of an SVG width or height attribute in CSS pixels (96 to the inch).
double svgLengthInPixels(const QString &value)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^\\s*([\\d.]+)\\s*(px|mm|cm|in|pt)?\\s*$")).match(value);
    if (!m.hasMatch())
        return -1;
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == u"mm")
        return number * 96 / 25.4;
    if (unit == u"cm")
        return number * 96 / 2.54;
    if (unit == u"in")
        return number * 96;
    if (unit == u"pt")
        return number * 96 / 72;
    return number;
}

struct SvgContent
{
    QString error;
    QString width;
    QString height;
    QString viewBox;
    QStringList texts; // the contents of every <text> element
};

SvgContent readSvg(const QString &path)
{
    SvgContent svg;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        svg.error = file.errorString();
        return svg;
    }
    QXmlStreamReader xml(&file);
    bool root = true;
    int textDepth = 0;
    QString current;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (root) {
                root = false;
                if (xml.name() != u"svg")
                    svg.error = QStringLiteral("root element is <%1>").arg(xml.name());
                svg.width = xml.attributes().value(QStringLiteral("width")).toString();
                svg.height = xml.attributes().value(QStringLiteral("height")).toString();
                svg.viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
            }
            if (xml.name() == u"text" || textDepth > 0)
                ++textDepth;
            break;
        case QXmlStreamReader::Characters:
            if (textDepth > 0)
                current += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (textDepth > 0 && --textDepth == 0) {
                svg.texts.append(current.simplified());
                current.clear();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        svg.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return svg;
}

class ExporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error)) << error;
        // After the load, as the application does: the summary reads the loaded cities.
        summary = std::make_unique<TierSummaryModel>(&cities);
        CoreViews::registerAll(registry, cities, *summary, test::sharedBuiltInMap(),
                               CaseStudies::builtIn());
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    static ExportSettings settings(const QString &viewId, Format format, QSizeF size = {1280, 720},
                                   double scale = 1)
    {
        ExportSettings s;
        s.viewId = viewId;
        s.format = format;
        s.size = size;
        s.scale = scale;
        return s;
    }

    // Exports and fails the test, with the exporter's message, if that does not work.
    bool exportTo(const ExportSettings &s, const QString &file)
    {
        QString error;
        const bool ok = exporter.exportView(s, file, &error);
        EXPECT_TRUE(ok) << s.viewId << " to " << file << ": " << error;
        EXPECT_TRUE(ok || !error.isEmpty());
        return ok;
    }

    QStringList filesIn(const QString &folder) const
    {
        QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        names.sort();
        return names;
    }

    QTemporaryDir dir;
    CityTableModel cities;
    std::unique_ptr<TierSummaryModel> summary;
    ViewRegistry registry;
    Exporter exporter{registry};
};

TEST_F(ExporterTest, RegistersTheCoreViews)
{
    EXPECT_EQ(registry.ids(),
              QStringList({QStringLiteral("title"), QStringLiteral("map-all"),
                           QStringLiteral("map-tier2"), QStringLiteral("map-tier3"),
                           QStringLiteral("case-beijing"), QStringLiteral("case-wuxi"),
                           QStringLiteral("case-wuhan"), QStringLiteral("case-foshan"),
                           QStringLiteral("case-langfang"), QStringLiteral("comparison")}));
    for (const ViewRegistry::View &v : registry.views())
        EXPECT_FALSE(v.title().isEmpty()) << v.id;
}

TEST_F(ExporterTest, PngAndJpegHaveTheSizeTimesTheScale)
{
    for (const double scale : {1.0, 2.0}) {
        for (const Format format : {Format::Png, Format::Jpeg}) {
            const QByteArray expectedFormat = format == Format::Png ? "png" : "jpeg";
            const QString file = path(
                QStringLiteral("tier2-%1.%2").arg(scale).arg(ExportSettings::formatSuffix(format)));
            SCOPED_TRACE(file.toStdString());
            ASSERT_TRUE(
                exportTo(settings(QStringLiteral("map-tier2"), format, {1280, 720}, scale), file));
            // Sniffed from the bytes, not taken from the suffix.
            QImageReader reader(file, nullptr);
            reader.setDecideFormatFromContent(true);
            EXPECT_EQ(reader.format(), expectedFormat);
            const QImage image = reader.read();
            ASSERT_FALSE(image.isNull()) << reader.errorString();
            EXPECT_EQ(image.size(), QSize(1280, 720) * scale);
            EXPECT_GT(distinctColours(image, 11), 20); // a map, not an empty canvas
        }
    }
}

TEST_F(ExporterTest, TransparencyOnlyWhereTheFormatHasIt)
{
    ExportSettings s = settings(QStringLiteral("case-wuxi"), Format::Png);
    s.transparent = true;
    ASSERT_TRUE(exportTo(s, path(QStringLiteral("clear.png"))));
    const QImage clear(path(QStringLiteral("clear.png")));
    ASSERT_FALSE(clear.isNull());
    EXPECT_TRUE(clear.hasAlphaChannel());

    s.transparent = false;
    ASSERT_TRUE(exportTo(s, path(QStringLiteral("opaque.png"))));
    const QImage opaque(path(QStringLiteral("opaque.png")));
    ASSERT_FALSE(opaque.isNull());
    for (const QPoint corner : {QPoint(0, 0), QPoint(opaque.width() - 1, opaque.height() - 1)})
        EXPECT_EQ(qAlpha(opaque.pixel(corner)), 255);

    // JPEG has no alpha: a transparent request still gives a solid page.
    s.transparent = true;
    s.format = Format::Jpeg;
    ASSERT_TRUE(exportTo(s, path(QStringLiteral("clear.jpg"))));
    const QImage jpeg(path(QStringLiteral("clear.jpg")));
    ASSERT_FALSE(jpeg.isNull());
    EXPECT_FALSE(jpeg.hasAlphaChannel());
    EXPECT_GT(qGray(jpeg.pixel(0, 0)), 200)
        << "the corner is not light but " << QColor(jpeg.pixel(0, 0)).name();
}

TEST_F(ExporterTest, DoubleScaleIsRenderedAgainNotUpscaled)
{
    const QString one = path(QStringLiteral("one.png"));
    const QString two = path(QStringLiteral("two.png"));
    ASSERT_TRUE(exportTo(settings(QStringLiteral("map-tier2"), Format::Png, {1280, 720}, 1), one));
    ASSERT_TRUE(exportTo(settings(QStringLiteral("map-tier2"), Format::Png, {1280, 720}, 2), two));
    const QImage a(one);
    const QImage b(two);
    ASSERT_EQ(a.size(), QSize(1280, 720));
    ASSERT_EQ(b.size(), QSize(2560, 1440));

    // The same layout: the sharp image, brought down to 1×, is the 1× image.
    const QImage down = b.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    EXPECT_LT(meanChannelDifference(down, a), 3);
    // ...but with detail that blowing up the 1× image cannot invent.
    const QImage up = a.scaled(b.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    EXPECT_GT(meanChannelDifference(up, b), 0.5);
}

TEST_F(ExporterTest, SvgIsValidXmlWithTheSizeAndTheNamesAsText)
{
    const QString file = path(QStringLiteral("tier2.svg"));
    ASSERT_TRUE(exportTo(settings(QStringLiteral("map-tier2"), Format::Svg, {1200, 800}), file));
    const SvgContent svg = readSvg(file);
    ASSERT_EQ(svg.error, QString());
    EXPECT_NEAR(svgLengthInPixels(svg.width), 1200, 0.5) << svg.width;
    EXPECT_NEAR(svgLengthInPixels(svg.height), 800, 0.5) << svg.height;
    EXPECT_EQ(svg.viewBox.simplified(), QStringLiteral("0 0 1200 800"));
    // Names stay text: searchable and editable in an illustration program.
    for (const QString &name : {QStringLiteral("Wuhan"), QStringLiteral("Wuxi")})
        EXPECT_TRUE(svg.texts.contains(name)) << name << " not among " << svg.texts.size()
                                              << " texts: " << svg.texts.mid(0, 30).join(u'|');
    EXPECT_FALSE(svg.texts.contains(QStringLiteral("武汉")));
}

TEST_F(ExporterTest, ChineseSvgHasChineseNames)
{
    cities.setLanguage(Language::Chinese);
    ExportSettings s = settings(QStringLiteral("map-tier2"), Format::Svg, {1200, 800});
    s.language = Language::Chinese;
    const QString file = path(QStringLiteral("tier2-zh.svg"));
    ASSERT_TRUE(exportTo(s, file));
    const SvgContent svg = readSvg(file);
    ASSERT_EQ(svg.error, QString());
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("武汉"))) << svg.texts.mid(0, 30).join(u'|');
    EXPECT_FALSE(svg.texts.contains(QStringLiteral("Wuhan")));
}

TEST_F(ExporterTest, PdfPageIsTheViewSizeInPoints)
{
    const QString file = path(QStringLiteral("tier2.pdf"));
    ASSERT_TRUE(exportTo(settings(QStringLiteral("map-tier2"), Format::Pdf, {1920, 1080}), file));
    EXPECT_TRUE(atlas::test::readFile(file).startsWith("%PDF-"));
    const std::optional<PdfInfo> info = pdfInfo(file);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->pages, 1);
    // 96 logical pixels to the inch, 72 points: 1920×1080 is 1440×810 pt, landscape.
    EXPECT_NEAR(info->pageSize.width(), 1440, 1) << info->pageSize.width();
    EXPECT_NEAR(info->pageSize.height(), 810, 1) << info->pageSize.height();
}

TEST_F(ExporterTest, PdfOnA4IsLandscape)
{
    ExportSettings s = settings(QStringLiteral("case-wuhan"), Format::Pdf, {1920, 1080});
    s.page = Page::A4Landscape;
    const QString file = path(QStringLiteral("wuhan-a4.pdf"));
    ASSERT_TRUE(exportTo(s, file));
    const std::optional<PdfInfo> info = pdfInfo(file);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->pages, 1);
    EXPECT_NEAR(info->pageSize.width(), 842, 1);
    EXPECT_NEAR(info->pageSize.height(), 595, 1);
}

TEST_F(ExporterTest, ChinesePdfEmbedsTheCjkFont)
{
    cities.setLanguage(Language::Chinese);
    ExportSettings s = settings(QStringLiteral("map-tier2"), Format::Pdf, {1920, 1080});
    s.language = Language::Chinese;
    const QString file = path(QStringLiteral("tier2-zh.pdf"));
    ASSERT_TRUE(exportTo(s, file));
    const std::optional<QList<PdfFont>> fonts = pdfFonts(file);
    ASSERT_TRUE(fonts);
    bool found = false;
    for (const PdfFont &f : *fonts) {
        if (f.name.contains(QStringLiteral("NotoSansCJKsc"))) {
            found = true;
            // Not embedded, the page shows boxes or another font on a machine without Noto.
            EXPECT_TRUE(f.embedded) << f.name;
        }
    }
    QStringList names;
    for (const PdfFont &f : *fonts)
        names.append(f.name);
    EXPECT_TRUE(found) << "fonts: " << names.join(QStringLiteral(", "));
}

TEST_F(ExporterTest, HandoutHasAnA4LandscapePagePerView)
{
    const QString file = path(QStringLiteral("handout.pdf"));
    ExportSettings s;
    s.format = Format::Pdf;
    QString error;
    ASSERT_TRUE(exporter.exportHandout(s, file, &error)) << error;
    const std::optional<PdfInfo> info = pdfInfo(file);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->pages, registry.views().size());
    EXPECT_NEAR(info->pageSize.width(), 842, 1);
    EXPECT_NEAR(info->pageSize.height(), 595, 1);

    // Poppler draws the first page: something is on it.
    const QString prefix = path(QStringLiteral("first"));
    ASSERT_TRUE(runTool(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                         QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("60"),
                         QStringLiteral("-singlefile"), QStringLiteral("-png"), file, prefix}));
    const QImage page(prefix + QStringLiteral(".png"));
    ASSERT_FALSE(page.isNull());
    EXPECT_GT(page.width(), page.height());
    EXPECT_GT(distinctColours(page, 3), 20);
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 200;
    }
    EXPECT_GT(dark, page.width() * page.height() / 100) << "hardly anything drawn";
}

TEST_F(ExporterTest, HandoutRefusesAnExistingFile)
{
    const QString file = path(QStringLiteral("handout.pdf"));
    ASSERT_TRUE(writeFile(file, "not a handout"));
    ExportSettings s;
    QString error;
    EXPECT_FALSE(exporter.exportHandout(s, file, &error));
    EXPECT_TRUE(error.contains(file)) << error;
    EXPECT_EQ(atlas::test::readFile(file), QByteArray("not a handout"));
}

TEST_F(ExporterTest, ExportAllWritesOneFilePerViewIntoANewFolder)
{
    const QString folder = path(QStringLiteral("new/inner"));
    ASSERT_FALSE(QFileInfo::exists(folder));
    ExportSettings s = settings(QString(), Format::Svg, {800, 450});
    QStringList written;
    QString error;
    ASSERT_TRUE(exporter.exportAll(s, folder, &written, &error)) << error;

    QStringList expected;
    for (const QString &id : registry.ids())
        expected.append(id + QStringLiteral(".svg"));
    expected.sort();
    EXPECT_EQ(filesIn(folder), expected);
    ASSERT_EQ(written.size(), expected.size());
    for (const QString &file : written) {
        EXPECT_EQ(QFileInfo(file).absolutePath(), QFileInfo(folder).absoluteFilePath());
        EXPECT_EQ(readSvg(file).error, QString()) << file;
    }
    // One view per file, not the same picture nine times.
    EXPECT_NE(atlas::test::readFile(QDir(folder).filePath(QStringLiteral("map-all.svg"))),
              atlas::test::readFile(QDir(folder).filePath(QStringLiteral("map-tier2.svg"))));
}

TEST_F(ExporterTest, ExportAllWithPngUsesTheSuffixAndTheSize)
{
    ExportSettings s = settings(QString(), Format::Jpeg, {400, 300});
    QStringList written;
    QString error;
    ASSERT_TRUE(exporter.exportAll(s, path(QStringLiteral("jpegs")), &written, &error)) << error;
    ASSERT_EQ(written.size(), registry.views().size());
    for (const QString &file : written) {
        EXPECT_TRUE(file.endsWith(QStringLiteral(".jpg"))) << file;
        QImageReader reader(file);
        reader.setDecideFormatFromContent(true);
        EXPECT_EQ(reader.format(), QByteArray("jpeg")) << file;
        EXPECT_EQ(reader.size(), QSize(400, 300)) << file;
    }
}

TEST_F(ExporterTest, ExportAllRefusesBeforeWritingAnything)
{
    const QString folder = path(QStringLiteral("set"));
    ASSERT_TRUE(QDir().mkpath(folder));
    // The last view's file: an exporter that checked as it went would write the others first.
    const QString existing = QDir(folder).filePath(QStringLiteral("comparison.png"));
    ASSERT_TRUE(writeFile(existing, "keep me"));
    ExportSettings s = settings(QString(), Format::Png, {400, 300});
    QStringList written;
    QString error;
    EXPECT_FALSE(exporter.exportAll(s, folder, &written, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("comparison.png"))) << error;
    EXPECT_TRUE(written.isEmpty()) << written.join(u' ');
    EXPECT_EQ(filesIn(folder), QStringList{QStringLiteral("comparison.png")});
    EXPECT_EQ(atlas::test::readFile(existing), QByteArray("keep me"));

    s.overwrite = true;
    ASSERT_TRUE(exporter.exportAll(s, folder, &written, &error)) << error;
    EXPECT_EQ(filesIn(folder).size(), registry.views().size());
    EXPECT_EQ(QImage(existing).size(), QSize(400, 300));
}

TEST_F(ExporterTest, ExportAllRefusalWithoutAnErrorStringDoesNotCrash)
{
    // exportView and exportHandout take a null error pointer, and exportAll checks it when the
    // folder cannot be made: a refusal must not dereference it either.
    const QString folder = path(QStringLiteral("set"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(writeFile(QDir(folder).filePath(QStringLiteral("map-all.png")), "keep me"));
    const ExportSettings s = settings(QString(), Format::Png, {400, 300});
    // The application has threads of its own: the child runs the test again from the start.
    const std::string style = GTEST_FLAG_GET(death_test_style);
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            const bool ok = exporter.exportAll(s, folder, nullptr, nullptr);
            std::_Exit(ok ? 1 : 0);
        },
        ::testing::ExitedWithCode(0), "");
    GTEST_FLAG_SET(death_test_style, style);
    EXPECT_EQ(atlas::test::readFile(QDir(folder).filePath(QStringLiteral("map-all.png"))),
              QByteArray("keep me"));
}

TEST_F(ExporterTest, ExportAllIntoAFolderThatCannotBeMadeFails)
{
    ASSERT_TRUE(writeFile(path(QStringLiteral("afile")), "a file, not a folder"));
    const QString folder = path(QStringLiteral("afile/set"));
    QStringList written;
    QString error;
    EXPECT_FALSE(exporter.exportAll(settings(QString(), Format::Png), folder, &written, &error));
    EXPECT_TRUE(error.contains(folder)) << error;
    EXPECT_TRUE(written.isEmpty());
    EXPECT_EQ(atlas::test::readFile(path(QStringLiteral("afile"))),
              QByteArray("a file, not a folder"));
}

TEST_F(ExporterTest, NeverOverwritesSilently)
{
    const QString file = path(QStringLiteral("map.png"));
    const QByteArray precious("precious, not a map");
    ASSERT_TRUE(writeFile(file, precious));
    ExportSettings s = settings(QStringLiteral("map-tier3"), Format::Png, {640, 480});
    QString error;
    EXPECT_FALSE(exporter.exportView(s, file, &error));
    EXPECT_TRUE(error.contains(file)) << error;
    EXPECT_EQ(atlas::test::readFile(file), precious);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("map.png")}); // no stray temp file

    s.overwrite = true;
    error.clear();
    ASSERT_TRUE(exporter.exportView(s, file, &error)) << error;
    const QImage image(file);
    EXPECT_EQ(image.size(), QSize(640, 480));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("map.png")});
}

TEST_F(ExporterTest, UnwritableTargetsFailCleanly)
{
    ASSERT_TRUE(writeFile(path(QStringLiteral("afile")), "a file, not a folder"));
    // A read-only folder stops nobody running as root (CI does), but a missing folder inside it
    // does, and so does a file where a folder should be.
    const QString readOnly = path(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkdir(readOnly));
    ASSERT_TRUE(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    const QStringList targets{QDir(readOnly).filePath(QStringLiteral("missing/out.png")),
                              path(QStringLiteral("afile/out.png")),
                              path(QStringLiteral("afile/out.pdf"))};
    for (const QString &target : targets) {
        ExportSettings s = settings(QStringLiteral("map-tier2"), Format::Png, {400, 300});
        if (target.endsWith(QStringLiteral(".pdf")))
            s.format = Format::Pdf;
        s.overwrite = true;
        QString error;
        EXPECT_FALSE(exporter.exportView(s, target, &error)) << target;
        EXPECT_TRUE(error.contains(target)) << error;
        EXPECT_FALSE(QFileInfo::exists(target)) << target;
        error.clear();
        EXPECT_FALSE(exporter.exportHandout(s, target, &error)) << target;
        EXPECT_TRUE(error.contains(target)) << error;
    }
    EXPECT_EQ(atlas::test::readFile(path(QStringLiteral("afile"))),
              QByteArray("a file, not a folder"));
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(ExporterTest, AFailedWriteLeavesTheExistingFileAsItWas)
{
    // The save goes through a temporary file beside the target, whose name is the target's plus
    // a suffix: with the target's name at the file system's limit that temporary file cannot be
    // made, even by root. The target itself exists and must survive untouched.
    const QString name = QString(250, u'n') + QStringLiteral(".png");
    const QString file = path(name);
    const QByteArray precious("precious, not a map");
    ASSERT_TRUE(writeFile(file, precious)) << "the file system does not take 254-byte names";
    ExportSettings s = settings(QStringLiteral("map-tier2"), Format::Png, {400, 300});
    s.overwrite = true;
    QString error;
    ASSERT_FALSE(exporter.exportView(s, file, &error));
    EXPECT_TRUE(error.contains(file)) << error;
    EXPECT_EQ(atlas::test::readFile(file), precious);
    EXPECT_EQ(filesIn(dir.path()), QStringList{name});

    // Settings that cannot be exported fail before anything is touched.
    for (const ExportSettings &bad :
         {settings(QStringLiteral("map-tier2"), Format::Png, {400, 300}, 0),
          settings(QStringLiteral("map-tier2"), Format::Png, {400, 300}, 9),
          settings(QStringLiteral("map-tier2"), Format::Png, {10, 300}, 1)}) {
        ExportSettings b = bad;
        b.overwrite = true;
        error.clear();
        EXPECT_FALSE(exporter.exportView(b, file, &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_EQ(atlas::test::readFile(file), precious);
    }
}

TEST_F(ExporterTest, UnknownViewIsNamed)
{
    ExportSettings s = settings(QStringLiteral("map-tier4"), Format::Png);
    EXPECT_TRUE(exporter.renderImage(s).isNull());
    const QString file = path(QStringLiteral("x.png"));
    QString error;
    EXPECT_FALSE(exporter.exportView(s, file, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("map-tier4"))) << error;
    EXPECT_FALSE(QFileInfo::exists(file));
    // Without an error string it fails all the same.
    EXPECT_FALSE(exporter.exportView(s, file, nullptr));

    s.viewId = QStringLiteral("case-wuxi");
    const QImage image = exporter.renderImage(s);
    EXPECT_EQ(image.size(), QSize(1280, 720));
}

} // namespace

TEST_F(ExporterTest, ScaleBelowOneIsTheSamePictureSmaller)
{
    // Previews render at a fraction of the size: the whole map must still be in them, not its
    // top-left corner.
    const Exporter exporter(registry);
    const QImage full =
        exporter.renderImage(settings(QStringLiteral("map-all"), Format::Png, {1200, 800}, 1.0));
    const QImage small =
        exporter.renderImage(settings(QStringLiteral("map-all"), Format::Png, {1200, 800}, 0.4));
    ASSERT_EQ(small.size(), QSize(480, 320));
    const QImage reference =
        full.scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    EXPECT_LT(atlas::test::meanChannelDifference(small, reference), 8.0);
}
