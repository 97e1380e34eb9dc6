// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "TestSupport.h"
#include "cli/SummaryFormat.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using atlas::CityDataset;
using atlas::CityTableModel;
using atlas::CommandLine;
using atlas::SummaryFormat;
using atlas::TierSummaryModel;

using atlas::test::ProcessRun;
using atlas::test::runAtlas;

namespace {

const QString reportJson =
    QStringLiteral("{\"tiers\": [{\"tier\": 1, \"cities\": 3, \"smart\": 3, \"coverage\": 100.0}, "
                   "{\"tier\": 2, \"cities\": 31, \"smart\": 23, \"coverage\": 74.2}, "
                   "{\"tier\": 3, \"cities\": 67, \"smart\": 23, \"coverage\": 34.3}]}\n");

const QString reportCsv = QStringLiteral("tier,cities,smart,coverage\n"
                                         "1,3,3,100.0\n"
                                         "2,31,23,74.2\n"
                                         "3,67,23,34.3\n");

} // namespace

TEST(CommandLine, FormatsTheSummaryInThreeFormats)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error));
    const TierSummaryModel summary(&cities);
    EXPECT_EQ(SummaryFormat::json(summary), reportJson);
    EXPECT_EQ(SummaryFormat::csv(summary), reportCsv);
    const QString text = SummaryFormat::text(summary, cities.datasetSource(), true);
    EXPECT_TRUE(text.contains(QStringLiteral("Tier 1       3      3    100.0%")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tier 2      31     23     74.2%")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tier 3      67     23     34.3%")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("All        101     49     48.5%")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("reconstruction")));
}

TEST(CommandLine, IsHeadlessOnlyForCommands)
{
    const QString exe = QStringLiteral("smartcity-atlas");
    EXPECT_TRUE(CommandLine::isHeadless({exe, QStringLiteral("summary")}));
    EXPECT_TRUE(CommandLine::isHeadless({exe, QStringLiteral("--version")}));
    EXPECT_TRUE(CommandLine::isHeadless({exe, QStringLiteral("--help")}));
    EXPECT_FALSE(CommandLine::isHeadless({exe}));
    EXPECT_FALSE(CommandLine::isHeadless({exe, QStringLiteral("--data"), QStringLiteral("x")}));
}

TEST(CommandLineProcess, SummaryJsonWithoutADisplay)
{
    const ProcessRun run =
        runAtlas({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, reportJson);
}

TEST(CommandLineProcess, SummaryCsvAndText)
{
    ProcessRun run = runAtlas({QStringLiteral("summary"), QStringLiteral("--format=csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, reportCsv);
    run = runAtlas({QStringLiteral("summary")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("74.2%"))) << run.out.toStdString();
}

TEST(CommandLineProcess, SummaryOfAnotherDataFile)
{
    const ProcessRun run = runAtlas({QStringLiteral("summary"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--data"),
                                     QStringLiteral(ATLAS_TEST_DATA_DIR "/valid-small.json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("tier,cities,smart,coverage\n1,1,1,100.0\n2,2,1,50.0\n"
                                      "3,1,0,0.0\n"));
}

TEST(CommandLineProcess, BadDataFileFailsWithTheMessage)
{
    const ProcessRun run = runAtlas({QStringLiteral("summary"), QStringLiteral("--data"),
                                     QStringLiteral(ATLAS_TEST_DATA_DIR "/unknown-tier.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown-tier.json:7: city record 2 (id 320200): "
                                                "unknown tier 4")))
        << run.err.toStdString();
}

TEST(CommandLineProcess, UsageErrorsExitWithTwo)
{
    ProcessRun run =
        runAtlas({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("xml"))) << run.err.toStdString();
    run = runAtlas({QStringLiteral("summary"), QStringLiteral("extra")});
    EXPECT_EQ(run.exitCode, 2);
    run = runAtlas({QStringLiteral("summary"), QStringLiteral("--no-such-option")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-option"))) << run.err.toStdString();
}

TEST(CommandLineProcess, HelpAndVersion)
{
    ProcessRun run = runAtlas({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("smartcity-atlas 0."))) << run.out.toStdString();
    run = runAtlas({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("summary"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--format"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("exit-after-first-paint")));
}

// The CCID report is credited for its own totals only: a user's file is credited with the
// source line it gives, in the summary and under every map and chart.
TEST(CommandLine, AUsersDataAreNeverCreditedToTheReport)
{
    const QString data = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid-small.json");
    const ProcessRun summary =
        runAtlas({QStringLiteral("summary"), QStringLiteral("--data"), data});
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_FALSE(summary.out.contains(QStringLiteral("CCID"))) << summary.out.toStdString();
    EXPECT_TRUE(summary.out.contains(QStringLiteral("Data: Test fixture")))
        << summary.out.toStdString();

    QTemporaryDir dir;
    for (const char *view : {"map-all", "chart-coverage"}) {
        const QString svg = dir.filePath(QLatin1String(view) + QStringLiteral(".svg"));
        const ProcessRun run =
            runAtlas({QStringLiteral("export"), QStringLiteral("--view"), QLatin1String(view),
                      QStringLiteral("--data"), data, QStringLiteral("-o"), svg});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString text = QString::fromUtf8(atlas::test::readFile(svg));
        EXPECT_FALSE(text.contains(QStringLiteral("CCID"))) << view;
        EXPECT_TRUE(
            text.contains(QStringLiteral("Source: Test fixture. Data file: valid-small.json.")))
            << view;
    }
    // The built-in data keep their credit.
    const ProcessRun builtIn = runAtlas({QStringLiteral("summary")});
    EXPECT_TRUE(builtIn.out.contains(QStringLiteral("Tier totals: CCID report")))
        << builtIn.out.toStdString();
}

TEST(CommandLine, HelpIsInTheChosenLanguage)
{
    const ProcessRun zh =
        runAtlas({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--help")});
    ASSERT_EQ(zh.exitCode, 0);
    EXPECT_TRUE(zh.out.contains(QStringLiteral("不带命令时打开主窗口"))) << zh.out.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("从 FILE 读取案例"))) << zh.out.toStdString();
    const ProcessRun en = runAtlas({QStringLiteral("--lang=en"), QStringLiteral("--help")});
    EXPECT_TRUE(en.out.contains(QStringLiteral("Without a command, opens the main window")));
    EXPECT_EQ(CommandLine::languageArgument({QStringLiteral("x"), QStringLiteral("--lang")}),
              QString());
}
