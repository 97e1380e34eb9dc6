// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CityImport.h"

#include "TestSupport.h"
#include "io/CityWriter.h"
#include "io/Gazetteer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using atlas::CityDataset;
using atlas::CityImport;
using atlas::ImportOptions;
using atlas::test::ProcessRun;
using atlas::test::runAtlas;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

std::optional<CityDataset> load(const char *name, QString *error, ImportOptions options = {},
                                QStringList *skipped = nullptr)
{
    return CityImport::loadFile(fixture(name), options, error, skipped);
}

const atlas::City *cityWithId(const CityDataset &d, const char *id)
{
    for (const atlas::City &c : d.cities)
        if (c.id == QLatin1String(id))
            return &c;
    return nullptr;
}

} // namespace

TEST(CityImport, ReadsTiersAndSmartValuesAsSpreadsheetsWriteThem)
{
    for (const char *v : {"1", "一级", "一线", "一级城市", "Tier 1", "tier1", "1级"})
        EXPECT_EQ(CityImport::parseTier(QString::fromUtf8(v)), 1) << v;
    for (const char *v : {"3", "三级", "三线", "Tier 3"})
        EXPECT_EQ(CityImport::parseTier(QString::fromUtf8(v)), 3) << v;
    for (const char *v : {"", "4", "x", "tier", "0"})
        EXPECT_FALSE(CityImport::parseTier(QString::fromUtf8(v))) << v;
    for (const char *v : {"是", "Y", "yes", "TRUE", "1", "✓"})
        EXPECT_EQ(CityImport::parseSmart(QString::fromUtf8(v)), true) << v;
    for (const char *v : {"否", "n", "No", "false", "0", "✗"})
        EXPECT_EQ(CityImport::parseSmart(QString::fromUtf8(v)), false) << v;
    EXPECT_FALSE(CityImport::parseSmart(QStringLiteral("maybe")));
}

TEST(CityImport, GbkAndUtf8WithChineseHeadersGiveTheSameCities)
{
    QString error;
    const auto gbk = load("cities-gbk.csv", &error);
    ASSERT_TRUE(gbk) << error.toStdString();
    for (const char *other : {"cities-utf8-bom.csv", "cities-utf8.csv"}) {
        const auto same = load(other, &error);
        ASSERT_TRUE(same) << error.toStdString();
        ASSERT_EQ(same->cities.size(), gbk->cities.size()) << other;
        for (qsizetype i = 0; i < gbk->cities.size(); ++i) {
            atlas::City a = same->cities.at(i);
            a.basis = gbk->cities.at(i).basis; // names its own file
            EXPECT_EQ(a, gbk->cities.at(i)) << other;
        }
    }
    ASSERT_EQ(gbk->cities.size(), 4) << "the empty row is dropped";
    // Names found in the gazetteer take their GB/T 2260 code and seat; 苏州 and 宿州 apart.
    const atlas::City *suzhou = cityWithId(*gbk, "320500");
    ASSERT_NE(suzhou, nullptr);
    EXPECT_EQ(suzhou->nameZh, QStringLiteral("苏州"));
    EXPECT_EQ(suzhou->nameEn, QStringLiteral("Suzhou"));
    EXPECT_EQ(suzhou->tier, 2);
    EXPECT_TRUE(suzhou->smart);
    EXPECT_NEAR(suzhou->location.latitude(), 31.3, 0.1);
    const atlas::City *suzhouAnhui = cityWithId(*gbk, "341300");
    ASSERT_NE(suzhouAnhui, nullptr);
    EXPECT_FALSE(suzhouAnhui->smart);
    EXPECT_EQ(suzhouAnhui->tier, 3);
    EXPECT_NE(cityWithId(*gbk, "331000"), nullptr) << "台州, Zhejiang";
    EXPECT_NE(cityWithId(*gbk, "320200"), nullptr) << "无锡市";
    EXPECT_TRUE(gbk->source.isEmpty()) << "a CSV names no source, and none is made up";
}

TEST(CityImport, EnglishSemicolonsCoordinatesAndCountyLevelCities)
{
    QString error;
    const auto d = load("english.csv", &error);
    ASSERT_TRUE(d) << error.toStdString();
    ASSERT_EQ(d->cities.size(), 3);
    const atlas::City *kunshan = cityWithId(*d, "Kunshan");
    ASSERT_NE(kunshan, nullptr) << "not in the gazetteer, placed by its own coordinates";
    EXPECT_DOUBLE_EQ(kunshan->location.latitude(), 31.385);
    EXPECT_EQ(kunshan->tier, 3);
    const atlas::City *wuxi = cityWithId(*d, "320200");
    ASSERT_NE(wuxi, nullptr);
    EXPECT_EQ(wuxi->basis, QStringLiteral("MOHURD pilot, batch 1"));
    // Filled in from the gazetteer in the built-in list's short form.
    EXPECT_EQ(wuxi->nameZh, QStringLiteral("无锡"));
    EXPECT_EQ(wuxi->provinceZh, QStringLiteral("江苏"));
    EXPECT_EQ(cityWithId(*d, "440600")->basis, QStringLiteral("From english.csv, line 4"));
}

TEST(CityImport, NamesThatOccurTwiceNeedAProvince)
{
    QString error;
    EXPECT_FALSE(load("ambiguous-no-province.csv", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot use 2 of its rows"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("line 2: Suzhou: more than one city has this name: "
                                              "苏州市 (320500, 江苏省), 宿州市 (341300, 安徽省)")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("line 3: Taizhou"))) << error.toStdString();
}

TEST(CityImport, UnknownRowsAreListedOrSkippedWhenAsked)
{
    QString error;
    EXPECT_FALSE(load("unknown-names.csv", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 3: 亚特兰蒂斯: no such city")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("--skip-unmatched"))) << error.toStdString();
    ImportOptions skip;
    skip.skipUnmatched = true;
    QStringList skipped;
    const auto d = load("unknown-names.csv", &error, skip, &skipped);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_EQ(d->cities.size(), 2);
    EXPECT_EQ(skipped.size(), 1);
}

TEST(CityImport, TheBuiltInListSurvivesJsonCsvJson)
{
    QString error;
    const auto original = CityDataset::loadFile(CityDataset::builtInPath(), &error);
    ASSERT_TRUE(original) << error.toStdString();
    const auto fromCsv = CityImport::fromCsv(atlas::CityWriter::toCsv(*original),
                                             QStringLiteral("x.csv"), {}, &error);
    ASSERT_TRUE(fromCsv) << error.toStdString();
    EXPECT_EQ(fromCsv->cities, original->cities);
    const auto fromJson =
        CityDataset::parse(atlas::CityWriter::toJson(*original), QStringLiteral("x.json"), &error);
    ASSERT_TRUE(fromJson) << error.toStdString();
    EXPECT_EQ(fromJson->cities, original->cities);
    EXPECT_EQ(fromJson->source, original->source);
}

TEST(CityImport, TenThousandRowsThroughTheCommandLine)
{
    QTemporaryDir dir;
    QByteArray csv("code,name,province,tier,smart,lat,lon\n");
    for (int i = 0; i < 10000; ++i)
        csv += "C" + QByteArray::number(i) + ",Town " + QByteArray::number(i) + ",Test," +
               QByteArray::number(i % 3 + 1) + "," + (i % 2 ? "yes" : "no") + "," +
               QByteArray::number(20 + (i % 200) * 0.1) + "," +
               QByteArray::number(100 + (i / 200) * 0.3) + "\n";
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    ASSERT_TRUE(atlas::test::writeFile(path, csv));
    const ProcessRun run = runAtlas({QStringLiteral("summary"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--data"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1,3334,1667,"))) << run.out.toStdString();
}

TEST(CityImport, CommandLineConvertsAndRefusesClearly)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    ProcessRun run = runAtlas({QStringLiteral("convert"), QStringLiteral("--data"),
                               fixture("cities-gbk.csv"), QStringLiteral("-o"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(atlas::test::readFile(csv).startsWith("\xef\xbb\xbf"
                                                      "code,name_zh"));
    run = runAtlas(
        {QStringLiteral("convert"), QStringLiteral("--data"), csv, QStringLiteral("-o"), json});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QString error;
    const auto back = CityDataset::loadFile(json, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->cities.size(), 4);

    // Unmatched rows: exit 1, listed, nothing written; --skip-unmatched says what it left out.
    const QString out = dir.filePath(QStringLiteral("u.json"));
    run = runAtlas({QStringLiteral("convert"), QStringLiteral("--data"),
                    fixture("unknown-names.csv"), QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("亚特兰蒂斯"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    run =
        runAtlas({QStringLiteral("convert"), QStringLiteral("--data"), fixture("unknown-names.csv"),
                  QStringLiteral("--skip-unmatched"), QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("left out 1 of its rows")))
        << run.err.toStdString();

    // The user's encoding wins, and is refused when wrong.
    run = runAtlas({QStringLiteral("summary"), QStringLiteral("--encoding"),
                    QStringLiteral("utf-8"), QStringLiteral("--data"), fixture("cities-gbk.csv")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not valid UTF-8"))) << run.err.toStdString();
    run = runAtlas(
        {QStringLiteral("convert"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.xlsx"))});
    EXPECT_EQ(run.exitCode, 2);
}

TEST(CityImport, WorkbooksFromLibreOfficeAndExcelLayouts)
{
    QString error;
    const auto english = load("english.xlsx", &error);
    ASSERT_TRUE(english) << error.toStdString();
    const auto fromCsv = load("english.csv", &error);
    ASSERT_TRUE(fromCsv) << error.toStdString();
    ASSERT_EQ(english->cities.size(), fromCsv->cities.size());
    for (qsizetype i = 0; i < english->cities.size(); ++i) {
        atlas::City a = english->cities.at(i);
        a.basis = fromCsv->cities.at(i).basis;
        EXPECT_EQ(a, fromCsv->cities.at(i)) << i;
    }
    EXPECT_EQ(load("chinese-libreoffice.xlsx", &error)->cities.size(), 4) << error.toStdString();

    // Two sheets: the first is a note; the list is chosen by name. Rich text, inline strings,
    // formula results, booleans and a float that is really 3.
    ImportOptions second;
    second.sheet = QStringLiteral("名单");
    const auto list = load("two-sheets.xlsx", &error, second);
    ASSERT_TRUE(list) << error.toStdString();
    ASSERT_EQ(list->cities.size(), 3);
    EXPECT_EQ(cityWithId(*list, "320200")->nameZh, QStringLiteral("无锡")) << "no phonetic guide";
    EXPECT_EQ(cityWithId(*list, "440600")->tier, 2);
    EXPECT_EQ(cityWithId(*list, "131000")->tier, 3);
    EXPECT_TRUE(cityWithId(*list, "131000")->smart);
    EXPECT_FALSE(load("two-sheets.xlsx", &error)) << "the first sheet has no list";
    EXPECT_TRUE(error.contains(QStringLiteral("no cities"))) << error.toStdString();
    ImportOptions missing;
    missing.sheet = QStringLiteral("Sheet9");
    EXPECT_FALSE(load("two-sheets.xlsx", &error, missing));
    EXPECT_TRUE(error.contains(QStringLiteral("no sheet \"Sheet9\"; the sheets are: 说明, 名单")))
        << error.toStdString();
}

TEST(CityImport, WorkbookRowsAreNamedByTheirSheetRow)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.json"));
    const ProcessRun run =
        runAtlas({QStringLiteral("summary"), QStringLiteral("--data"), fixture("two-sheets.xlsx"),
                  QStringLiteral("--sheet"), QStringLiteral("名单"), QStringLiteral("--format"),
                  QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("{\"tier\": 3, \"cities\": 1, \"smart\": 1")))
        << run.out.toStdString();
}
