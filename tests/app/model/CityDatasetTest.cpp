// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CityDataset.h"

#include <QString>
#include <gtest/gtest.h>
#include <map>

using atlas::City;
using atlas::CityDataset;
using atlas::Evidence;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/") + QLatin1String(name);
}

std::string loadError(const char *name)
{
    QString error;
    const auto dataset = CityDataset::loadFile(fixture(name), &error);
    EXPECT_FALSE(dataset.has_value()) << name << " was accepted";
    return error.toStdString();
}

} // namespace

TEST(CityDataset, BuiltInDataLoadsAllReportCities)
{
    QString error;
    const auto dataset = CityDataset::loadFile(CityDataset::builtInPath(), &error);
    ASSERT_TRUE(dataset) << error.toStdString();
    EXPECT_EQ(dataset->cities.size(), 101);
    EXPECT_FALSE(dataset->source.isEmpty());

    std::map<QString, City> byId;
    for (const City &c : dataset->cities)
        byId[c.id] = c;
    // The report's tier 1 and its five profiled cities.
    for (const char *id : {"110000", "310000", "440100"})
        EXPECT_EQ(byId.at(QLatin1String(id)).tier, 1) << id;
    for (const char *id : {"110000", "320200", "420100", "440600", "131000"}) {
        const City &c = byId.at(QLatin1String(id));
        EXPECT_TRUE(c.smart) << id;
        EXPECT_EQ(c.evidence, Evidence::Report) << id;
    }
    const City &langfang = byId.at(QStringLiteral("131000"));
    EXPECT_EQ(langfang.nameZh, QStringLiteral("廊坊"));
    EXPECT_EQ(langfang.nameEn, QStringLiteral("Langfang"));
    EXPECT_EQ(langfang.provinceEn, QStringLiteral("Hebei"));
    EXPECT_EQ(langfang.tier, 3);
    EXPECT_NEAR(langfang.location.latitude(), 39.52079, 1e-9);
    EXPECT_NEAR(langfang.location.longitude(), 116.71471, 1e-9);
    EXPECT_FALSE(langfang.basis.isEmpty());
}

TEST(CityDataset, KeysCitiesByCodeNotByRepeatedEnglishName)
{
    QString error;
    const auto dataset = CityDataset::loadFile(fixture("valid-small.json"), &error);
    ASSERT_TRUE(dataset) << error.toStdString();
    ASSERT_EQ(dataset->cities.size(), 4);
    EXPECT_EQ(dataset->cities[2].nameEn, dataset->cities[3].nameEn); // two Suzhous
    EXPECT_NE(dataset->cities[2].id, dataset->cities[3].id);
    EXPECT_EQ(dataset->title, QStringLiteral("Test cities"));
    EXPECT_EQ(dataset->path, fixture("valid-small.json"));
}

TEST(CityDataset, MissingFileNamesTheFile)
{
    const std::string error = loadError("does-not-exist.json");
    EXPECT_NE(error.find("does-not-exist.json"), std::string::npos) << error;
    EXPECT_NE(error.find("cannot open"), std::string::npos) << error;
}

TEST(CityDataset, InvalidJsonGivesLineAndColumn)
{
    const std::string error = loadError("bad-json.json");
    EXPECT_NE(error.find("bad-json.json:4:"), std::string::npos) << error;
    EXPECT_NE(error.find("invalid JSON"), std::string::npos) << error;
}

TEST(CityDataset, NoCitiesArrayIsRefused)
{
    const std::string error = loadError("no-cities.json");
    EXPECT_NE(error.find("no-cities.json"), std::string::npos) << error;
    EXPECT_NE(error.find("no \"cities\" array"), std::string::npos) << error;
}

struct BadRecordCase
{
    const char *file;
    const char *where;   // file:line
    const char *record;  // which record
    const char *problem; // what is wrong

    friend void PrintTo(const BadRecordCase &c, std::ostream *os) { *os << c.file; }
};

class CityDatasetBadRecord : public ::testing::TestWithParam<BadRecordCase>
{
};

TEST_P(CityDatasetBadRecord, NamesFileLineRecordAndProblem)
{
    const BadRecordCase &c = GetParam();
    const std::string error = loadError(c.file);
    EXPECT_NE(error.find(c.where), std::string::npos) << error;
    EXPECT_NE(error.find(c.record), std::string::npos) << error;
    EXPECT_NE(error.find(c.problem), std::string::npos) << error;
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, CityDatasetBadRecord,
    ::testing::Values(
        BadRecordCase{"missing-field.json", "missing-field.json:8:", "city record 3 (id 320500)",
                      "missing field \"lat\""},
        BadRecordCase{"unknown-tier.json", "unknown-tier.json:7:", "city record 2 (id 320200)",
                      "unknown tier 4"},
        BadRecordCase{"latitude-out-of-range.json", "latitude-out-of-range.json:9:",
                      "city record 4 (id 341300)", "latitude 95.5 is out of range"},
        BadRecordCase{"longitude-out-of-range.json", "longitude-out-of-range.json:6:",
                      "city record 1 (id 110000)", "longitude -200 is out of range"},
        BadRecordCase{"duplicate-id.json", "duplicate-id.json:9:", "city record 4 (id 320200)",
                      "duplicate id, already used by city record 2"},
        BadRecordCase{"wrong-type.json", "wrong-type.json:8:", "city record 3 (id 320500)",
                      "field \"tier\" must be a number, not a string"},
        BadRecordCase{"unknown-evidence.json", "unknown-evidence.json:7:",
                      "city record 2 (id 320200)", "unknown evidence \"rumour\""}),
    [](const auto &info) {
        std::string name = info.param.file;
        name = name.substr(0, name.find('.'));
        for (char &ch : name)
            if (ch == '-')
                ch = '_';
        return name;
    });

TEST(CityDataset, ParseReportsRecordLinesInCompactFiles)
{
    // All on one line: the line is still right, and the record number tells them apart.
    const QByteArray json = R"({"cities": [{"id": "1", "name_zh": "a", "name_en": "a",
 "province_zh": "p", "province_en": "p", "lat": 30, "lon": 110, "tier": 2, "smart": true,
 "evidence": "documented", "basis": "b"}, {"id": "2"}]})";
    QString error;
    EXPECT_FALSE(CityDataset::parse(json, QStringLiteral("inline.json"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("inline.json:3: city record 2 (id 2): missing")))
        << error.toStdString();
}
