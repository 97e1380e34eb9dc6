// SPDX-License-Identifier: GPL-3.0-or-later
// The views and export commands, run as the real executable with no display, as on a server or
// in CI. Unlike the in-process tests this has the chart views of the widgets layer too.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <optional>

using atlas::test::ProcessRun;
using atlas::test::runAtlas;

using atlas::test::writeFile;

namespace {

QStringList filesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

std::string describe(const ProcessRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

QStringList exportArgs(const QString &view, const QString &output, const QStringList &more = {})
{
    return QStringList{QStringLiteral("export"), QStringLiteral("--view"), view,
                       QStringLiteral("-o"), output} +
           more;
}

// What `views` lists, in its order: the ids every other check compares with. Run once.
const QStringList &listedViews()
{
    static const QStringList ids = [] {
        QStringList out;
        const ProcessRun run = runAtlas({QStringLiteral("views")});
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
            out.append(line.section(u'\t', 0, 0));
        return out;
    }();
    return ids;
}

// The PDF is read back by poppler, which CI installs with the other dependencies: a missing
// tool is a broken set-up, not a reason to skip.
std::optional<QString> pdfinfo(const QString &path)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (exe.isEmpty()) {
        ADD_FAILURE() << "pdfinfo is not installed: install poppler-utils "
                         "(scripts/install-deps.sh)";
        return std::nullopt;
    }
    QProcess process;
    process.start(exe, {path});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << "pdfinfo " << path
                      << " failed: " << QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const std::optional<QString> info = pdfinfo(path);
    if (!info)
        return -1;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)\\s*$"),
                                                         QRegularExpression::MultilineOption)
                                          .match(*info);
    EXPECT_TRUE(m.hasMatch()) << *info;
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The texts of an SVG's <text> elements; an empty list and a failure if it is not well-formed.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << path << ": " << file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    QString current;
    int depth = 0;
    bool root = true;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (root) {
                root = false;
                EXPECT_EQ(xml.name().toString(), QStringLiteral("svg"));
            }
            if (xml.name() == u"text" || depth > 0)
                ++depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0)
                current += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (depth > 0 && --depth == 0) {
                texts.append(current.simplified());
                current.clear();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        ADD_FAILURE() << path << " line " << xml.lineNumber() << ": " << xml.errorString();
        return {};
    }
    return texts;
}

TEST(ExportCommand, ViewsListsCoreAndChartViews)
{
    const ProcessRun run = runAtlas({QStringLiteral("views")});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QStringList ids;
    for (const QString &line : lines) {
        ids.append(line.section(u'\t', 0, 0));
        EXPECT_FALSE(line.section(u'\t', 1).trimmed().isEmpty()) << "no title: " << line;
    }
    for (const QString &id :
         {QStringLiteral("map-all"), QStringLiteral("map-tier2"), QStringLiteral("map-tier3"),
          QStringLiteral("case-wuxi"), QStringLiteral("comparison"),
          QStringLiteral("chart-coverage"), QStringLiteral("overview")})
        EXPECT_TRUE(ids.contains(id)) << id << " not in " << ids.join(u' ');
    // The title slide, maps three, cases five, the comparison, charts three and the overview.
    EXPECT_TRUE(ids.contains(QStringLiteral("title")));
    EXPECT_EQ(ids.size(), 14) << ids.join(u' ');
    EXPECT_EQ(ids.removeDuplicates(), 0);
}

TEST(ExportCommand, PngIsTheSizeTimesTheScale)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.png"));
    const ProcessRun run = runAtlas(exportArgs(QStringLiteral("map-tier2"), path,
                                               {QStringLiteral("--size"), QStringLiteral("800x600"),
                                                QStringLiteral("--scale"), QStringLiteral("2")}));
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    EXPECT_TRUE(run.out.contains(path)) << run.out;
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    EXPECT_EQ(reader.size(), QSize(1600, 1200));
}

TEST(ExportCommand, FormatFollowsTheSuffixUnlessGiven)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList small{QStringLiteral("--size"), QStringLiteral("400x300")};
    struct Case
    {
        QString file;
        QStringList more;
        QByteArray format;
    };
    const QList<Case> cases{
        {QStringLiteral("a.jpg"), {}, "jpeg"},
        {QStringLiteral("b.JPEG"), {}, "jpeg"},
        {QStringLiteral("c.out"), {QStringLiteral("--format"), QStringLiteral("jpg")}, "jpeg"},
        {QStringLiteral("d.jpg"), {QStringLiteral("--format"), QStringLiteral("png")}, "png"},
    };
    for (const Case &c : cases) {
        const QString path = dir.filePath(c.file);
        const ProcessRun run =
            runAtlas(exportArgs(QStringLiteral("case-wuxi"), path, small + c.more));
        ASSERT_EQ(run.exitCode, 0) << c.file << '\n' << describe(run);
        QImageReader reader(path);
        reader.setDecideFormatFromContent(true);
        EXPECT_EQ(reader.format(), c.format) << c.file;
        const QImage image = reader.read();
        EXPECT_EQ(image.size(), QSize(400, 300)) << c.file << ": " << reader.errorString();
    }
}

TEST(ExportCommand, OverviewSvgHasTheChartsAsText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("o.svg"));
    const ProcessRun run = runAtlas(exportArgs(
        QStringLiteral("overview"), path, {QStringLiteral("--size"), QStringLiteral("1200x800")}));
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QStringList texts = svgTexts(path);
    // The tier axis of the coverage and tier charts.
    EXPECT_TRUE(texts.contains(QStringLiteral("Tier 2")))
        << texts.size() << " texts: " << texts.mid(0, 40).join(u'|');
}

TEST(ExportCommand, ChineseSvgMapHasChineseNames)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("zh.svg"));
    const ProcessRun run =
        runAtlas(exportArgs(QStringLiteral("map-tier2"), path,
                            {QStringLiteral("--lang"), QStringLiteral("zh"),
                             QStringLiteral("--size"), QStringLiteral("1200x800")}));
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QStringList texts = svgTexts(path);
    EXPECT_TRUE(texts.contains(QStringLiteral("武汉"))) << texts.mid(0, 40).join(u'|');
    EXPECT_FALSE(texts.contains(QStringLiteral("Wuhan")));
}

TEST(ExportCommand, ChartPdfHasOnePage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    const ProcessRun run = runAtlas(exportArgs(QStringLiteral("chart-coverage"), path));
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    EXPECT_TRUE(atlas::test::readFile(path).startsWith("%PDF-"));
    EXPECT_EQ(pdfPages(path), 1);
}

TEST(ExportCommand, AllWritesEveryViewAndRefusesToOverwriteWithoutForce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("all"));
    const QStringList args{QStringLiteral("export"), QStringLiteral("--all"),
                           QStringLiteral("-o"),     folder,
                           QStringLiteral("--size"), QStringLiteral("640x360")};
    const ProcessRun run = runAtlas(args);
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    QStringList expected;
    for (const QString &id : listedViews())
        expected.append(id + QStringLiteral(".png"));
    expected.sort();
    ASSERT_EQ(expected.size(), 14);
    EXPECT_EQ(filesIn(folder), expected);
    for (const QString &name : expected)
        EXPECT_EQ(QImage(QDir(folder).filePath(name)).size(), QSize(640, 360)) << name;

    // An existing set stays as it is, with a hint how to replace it.
    const QString overview = QDir(folder).filePath(QStringLiteral("overview.png"));
    ASSERT_TRUE(writeFile(overview, "edited by hand"));
    const ProcessRun again = runAtlas(args);
    EXPECT_EQ(again.exitCode, 1) << describe(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force"))) << again.err;
    EXPECT_EQ(atlas::test::readFile(overview), QByteArray("edited by hand"));
    EXPECT_EQ(filesIn(folder), expected);

    const ProcessRun forced = runAtlas(args + QStringList{QStringLiteral("--force")});
    ASSERT_EQ(forced.exitCode, 0) << describe(forced);
    EXPECT_EQ(QImage(overview).size(), QSize(640, 360));
    EXPECT_EQ(filesIn(folder), expected);
}

TEST(ExportCommand, AllIntoAFolderThatCannotBeMadeFailsWithoutAForceHint)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("afile")), "a file, not a folder"));
    const QString folder = dir.filePath(QStringLiteral("afile/all"));
    const ProcessRun run =
        runAtlas({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), folder});
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.err.contains(folder)) << run.err;
    // --force would not help: suggesting it sends the user the wrong way.
    EXPECT_FALSE(run.err.contains(QStringLiteral("--force"))) << run.err;
}

TEST(ExportCommand, HandoutHasAPagePerListedView)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("h.pdf"));
    const ProcessRun run = runAtlas(
        {QStringLiteral("export"), QStringLiteral("--handout"), QStringLiteral("-o"), path});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    ASSERT_FALSE(listedViews().isEmpty());
    EXPECT_EQ(pdfPages(path), listedViews().size());
}

TEST(ExportCommand, UsageErrorsExitWithTwoAndWriteNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("x.png"));
    struct Case
    {
        QStringList args;
        QString mentioned; // what stderr must name
    };
    const QList<Case> cases{
        {exportArgs(QStringLiteral("map-tier4"), png), QStringLiteral("map-tier4")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--format"), QStringLiteral("tiff")}),
         QStringLiteral("tiff")},
        {exportArgs(QStringLiteral("map-all"), dir.filePath(QStringLiteral("x.tiff"))),
         QStringLiteral("tiff")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--size"), QStringLiteral("big")}),
         QStringLiteral("big")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--size"), QStringLiteral("10x100")}),
         QStringLiteral("10x100")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--scale"), QStringLiteral("nan")}),
         QStringLiteral("nan")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--scale"), QStringLiteral("inf")}),
         QStringLiteral("inf")},
        // 32768×32768 pixels: refused with the memory it would take, before any is taken.
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--size"), QStringLiteral("16384x16384"),
                     QStringLiteral("--scale"), QStringLiteral("2")}),
         QStringLiteral("4.3 GB")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--scale"), QStringLiteral("0")}),
         QStringLiteral("scale")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--scale"), QStringLiteral("20")}),
         QStringLiteral("20")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--scale"), QStringLiteral("two")}),
         QStringLiteral("two")},
        {exportArgs(QStringLiteral("map-all"), png,
                    {QStringLiteral("--page"), QStringLiteral("letter")}),
         QStringLiteral("letter")},
        {{QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("map-all")},
         QStringLiteral("-o")},
        {{QStringLiteral("export"), QStringLiteral("--all")}, QStringLiteral("-o")},
    };
    for (const Case &c : cases) {
        const ProcessRun run = runAtlas(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(u' ') << '\n' << describe(run);
        EXPECT_LT(run.err.size(), 1000) << "one clear line, not a flood of warnings";
        EXPECT_TRUE(run.err.contains(c.mentioned)) << c.args.join(u' ') << '\n' << run.err;
        EXPECT_EQ(filesIn(dir.path()), QStringList()) << c.args.join(u' ');
    }
}

TEST(ExportCommand, RefusesToOverwriteWithoutForce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray precious("precious, not a map");
    const QString png = dir.filePath(QStringLiteral("existing.png"));
    const QString pdf = dir.filePath(QStringLiteral("existing.pdf"));
    ASSERT_TRUE(writeFile(png, precious));
    ASSERT_TRUE(writeFile(pdf, precious));
    const QStringList small{QStringLiteral("--size"), QStringLiteral("400x300")};

    const ProcessRun refused = runAtlas(exportArgs(QStringLiteral("map-tier3"), png, small));
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err;
    EXPECT_TRUE(refused.err.contains(png)) << refused.err;
    EXPECT_EQ(atlas::test::readFile(png), precious);

    const ProcessRun handout = runAtlas(
        {QStringLiteral("export"), QStringLiteral("--handout"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(handout.exitCode, 1) << describe(handout);
    EXPECT_TRUE(handout.err.contains(QStringLiteral("--force"))) << handout.err;
    EXPECT_EQ(atlas::test::readFile(pdf), precious);
    EXPECT_EQ(filesIn(dir.path()),
              QStringList({QStringLiteral("existing.pdf"), QStringLiteral("existing.png")}));

    const ProcessRun forced = runAtlas(exportArgs(QStringLiteral("map-tier3"), png,
                                                  small + QStringList{QStringLiteral("--force")}));
    ASSERT_EQ(forced.exitCode, 0) << describe(forced);
    EXPECT_EQ(QImage(png).size(), QSize(400, 300));
}

TEST(ExportCommand, UnwritableTargetFailsWithoutAForceHint)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("afile")), "a file, not a folder"));
    const QString target = dir.filePath(QStringLiteral("afile/out.png"));
    const ProcessRun run =
        runAtlas(exportArgs(QStringLiteral("map-tier2"), target,
                            {QStringLiteral("--size"), QStringLiteral("400x300")}));
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.err.contains(target)) << run.err;
    EXPECT_FALSE(run.err.contains(QStringLiteral("--force"))) << run.err;
    EXPECT_EQ(atlas::test::readFile(dir.filePath(QStringLiteral("afile"))),
              QByteArray("a file, not a folder"));
}

} // namespace
