// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CaseStudies.h"

#include "model/CityDataset.h"
#include "model/CityTableModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>
#include <optional>

using atlas::CaseStudies;
using atlas::CaseStudy;
using atlas::CityDataset;
using atlas::CityTableModel;
using atlas::Language;

namespace {

// The report's order of part 2: its sections 2.1 to 2.5.
const QStringList reportOrder{QStringLiteral("110000"), QStringLiteral("320200"),
                              QStringLiteral("420100"), QStringLiteral("440600"),
                              QStringLiteral("131000")};

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/case-studies/") + QLatin1String(name);
}

// Loads a fixture that must be refused and returns the message.
QString refusal(const char *name)
{
    QString error;
    const std::optional<CaseStudies> loaded = CaseStudies::loadFile(fixture(name), &error);
    EXPECT_FALSE(loaded.has_value()) << name << " was accepted";
    EXPECT_FALSE(error.isEmpty()) << name;
    return error;
}

// Every piece of text of a case study, named for failure messages.
QList<std::pair<QString, CaseStudy::Text>> textsOf(const CaseStudy &cs)
{
    QList<std::pair<QString, CaseStudy::Text>> texts{
        {QStringLiteral("positioning"), cs.positioning}};
    for (qsizetype i = 0; i < cs.documents.size(); ++i)
        texts.append({QStringLiteral("document %1").arg(i + 1), cs.documents[i].title});
    for (qsizetype i = 0; i < cs.figures.size(); ++i)
        texts.append({QStringLiteral("figure %1").arg(i + 1), cs.figures[i].label});
    for (qsizetype i = 0; i < cs.centres.size(); ++i) {
        texts.append({QStringLiteral("centre %1 name").arg(i + 1), cs.centres[i].name});
        texts.append({QStringLiteral("centre %1 note").arg(i + 1), cs.centres[i].note});
    }
    return texts;
}

QStringList refsOf(const CaseStudy &cs)
{
    QStringList refs{cs.positioningRef};
    for (const CaseStudy::Document &d : cs.documents)
        refs.append(d.ref);
    for (const CaseStudy::Figure &f : cs.figures)
        refs.append(f.ref);
    for (const CaseStudy::Domain &d : cs.domains)
        refs.append(d.ref);
    for (const CaseStudy::Centre &c : cs.centres)
        refs.append(c.ref);
    return refs;
}

const CaseStudies &builtIn()
{
    return CaseStudies::builtIn();
}

} // namespace

TEST(CaseStudies, BuiltInFileLoads)
{
    QString error;
    const std::optional<CaseStudies> loaded =
        CaseStudies::loadFile(CaseStudies::builtInPath(), &error);
    ASSERT_TRUE(loaded) << error;
    EXPECT_EQ(loaded->cities().size(), 5);
    EXPECT_EQ(builtIn().cities().size(), 5);
    EXPECT_FALSE(builtIn().domains().isEmpty());
    EXPECT_FALSE(builtIn().source().zh.isEmpty());
    EXPECT_FALSE(builtIn().source().en.isEmpty());
}

TEST(CaseStudies, TheFiveCitiesInTheReportsOrder)
{
    EXPECT_EQ(CaseStudies::cityIds(), reportOrder);
    QStringList ids;
    for (const CaseStudy &cs : builtIn().cities())
        ids.append(cs.cityId);
    EXPECT_EQ(ids, reportOrder);
    for (const QString &id : reportOrder) {
        EXPECT_TRUE(CaseStudies::isCaseStudy(id)) << id;
        const CaseStudy *cs = builtIn().find(id);
        ASSERT_NE(cs, nullptr) << id;
        EXPECT_EQ(cs->cityId, id);
    }
    EXPECT_FALSE(CaseStudies::isCaseStudy(QStringLiteral("310000"))); // Shanghai: not profiled
    EXPECT_EQ(builtIn().find(QStringLiteral("310000")), nullptr);
}

TEST(CaseStudies, EveryCityIsInTheBuiltInDataset)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error)) << error;
    EXPECT_EQ(builtIn().checkAgainst(cities), QString());
}

TEST(CaseStudies, CheckAgainstNamesTheCitiesADatasetLacks)
{
    CityTableModel cities;
    QString error;
    ASSERT_TRUE(cities.loadFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid-small.json"), &error))
        << error;
    const QString problems = builtIn().checkAgainst(cities);
    ASSERT_FALSE(problems.isEmpty());
    // valid-small.json has Beijing and Wuxi, none of the other three.
    for (const char *missing : {"420100", "440600", "131000"})
        EXPECT_TRUE(problems.contains(QLatin1String(missing))) << missing << ": " << problems;
    for (const char *present : {"110000", "320200"})
        EXPECT_FALSE(problems.contains(QLatin1String(present))) << present << ": " << problems;
}

TEST(CaseStudies, EveryTextHasBothLanguages)
{
    const CaseStudy::Text source = builtIn().source();
    EXPECT_FALSE(source.zh.trimmed().isEmpty());
    EXPECT_FALSE(source.en.trimmed().isEmpty());
    for (const CaseStudies::DomainName &d : builtIn().domains()) {
        EXPECT_FALSE(d.id.isEmpty());
        EXPECT_FALSE(d.name.zh.trimmed().isEmpty()) << d.id;
        EXPECT_FALSE(d.name.en.trimmed().isEmpty()) << d.id;
        EXPECT_EQ(d.name(Language::Chinese), d.name.zh);
        EXPECT_EQ(d.name(Language::English), d.name.en);
    }
    for (const CaseStudy &cs : builtIn().cities()) {
        for (const auto &[what, text] : textsOf(cs)) {
            EXPECT_FALSE(text.zh.trimmed().isEmpty()) << cs.cityId << " " << what;
            EXPECT_FALSE(text.en.trimmed().isEmpty()) << cs.cityId << " " << what;
            // A Chinese text copied into the English slot (or the reverse) is a missing
            // translation in disguise.
            EXPECT_NE(text.zh, text.en) << cs.cityId << " " << what;
        }
    }
}

TEST(CaseStudies, EveryDomainOfACityIsADeclaredDomain)
{
    QSet<QString> declared;
    for (const CaseStudies::DomainName &d : builtIn().domains())
        declared.insert(d.id);
    for (const CaseStudy &cs : builtIn().cities()) {
        QSet<QString> seen;
        for (const CaseStudy::Domain &d : cs.domains) {
            EXPECT_TRUE(declared.contains(d.id)) << cs.cityId << " " << d.id;
            EXPECT_FALSE(seen.contains(d.id)) << cs.cityId << " lists " << d.id << " twice";
            seen.insert(d.id);
            EXPECT_TRUE(cs.hasDomain(d.id));
        }
        EXPECT_FALSE(cs.hasDomain(QStringLiteral("no-such-domain")));
    }
}

TEST(CaseStudies, EveryDocumentDateIsNullOrParses)
{
    int dated = 0;
    for (const CaseStudy &cs : builtIn().cities()) {
        for (const CaseStudy::Document &d : cs.documents) {
            if (!d.date)
                continue;
            ++dated;
            EXPECT_GE(d.date->year, 2000) << cs.cityId;
            EXPECT_LE(d.date->year, 2015) << cs.cityId;
            EXPECT_FALSE(d.date->format(Language::English).isEmpty());
        }
    }
    EXPECT_EQ(dated, 4); // Beijing 2012-03, Wuxi 2012-08 and 2012/2014, Wuhan 2011/2015
}

TEST(CaseStudies, DateParsesAndFormatsMonthsYearsAndSpans)
{
    const std::optional<CaseStudy::Date> march = CaseStudy::Date::parse(QStringLiteral("2012-03"));
    ASSERT_TRUE(march);
    EXPECT_EQ(march->year, 2012);
    EXPECT_EQ(march->month, 3);
    EXPECT_EQ(march->endYear, 0);
    EXPECT_EQ(march->format(Language::English), QStringLiteral("March 2012"));
    EXPECT_EQ(march->format(Language::Chinese), QStringLiteral("2012年3月"));

    const std::optional<CaseStudy::Date> august = CaseStudy::Date::parse(QStringLiteral("2012-08"));
    ASSERT_TRUE(august);
    EXPECT_EQ(august->format(Language::English), QStringLiteral("August 2012"));
    EXPECT_EQ(august->format(Language::Chinese), QStringLiteral("2012年8月"));
    EXPECT_LT(march->position(), august->position());

    const std::optional<CaseStudy::Date> span = CaseStudy::Date::parse(QStringLiteral("2012/2014"));
    ASSERT_TRUE(span);
    EXPECT_EQ(span->year, 2012);
    EXPECT_EQ(span->month, 0);
    EXPECT_EQ(span->endYear, 2014);
    EXPECT_EQ(span->format(Language::English), QStringLiteral("2012–2014"));

    const std::optional<CaseStudy::Date> year = CaseStudy::Date::parse(QStringLiteral("2013"));
    ASSERT_TRUE(year);
    EXPECT_EQ(year->year, 2013);
    EXPECT_EQ(year->month, 0);
    EXPECT_EQ(year->endYear, 0);
    EXPECT_EQ(year->format(Language::English), QStringLiteral("2013"));
}

TEST(CaseStudies, DateRejectsWhatIsNoDate)
{
    for (const char *bad : {"2012-13", "2012-00", "12-2012", "2014/2012", "2012/2012", "2012-3",
                            "March 2012", "", " 2012-03", "2012-03-01", "1850"}) {
        EXPECT_FALSE(CaseStudy::Date::parse(QString::fromUtf8(bad)).has_value())
            << '"' << bad << '"';
    }
}

TEST(CaseStudies, EveryFactPointsToItsCitysSectionOfTheReport)
{
    static const QRegularExpression pattern(
        QStringLiteral("^2\\.([1-9]) (?:¶[1-9][0-9]*|heading)$"));
    const QList<CaseStudy> &studies = builtIn().cities();
    for (qsizetype i = 0; i < studies.size(); ++i) {
        const QStringList refs = refsOf(studies[i]);
        EXPECT_EQ(studies[i].positioningRef, QStringLiteral("2.%1 heading").arg(i + 1));
        for (const QString &ref : refs) {
            const QRegularExpressionMatch m = pattern.match(ref);
            ASSERT_TRUE(m.hasMatch()) << studies[i].cityId << ": \"" << ref << '"';
            EXPECT_EQ(m.captured(1).toInt(), i + 1) << studies[i].cityId << ": \"" << ref << '"';
        }
    }
}

TEST(CaseStudies, FiguresAndDatesAreTheReviewedOnes)
{
    // The numbers of the report's part 2 as reviewed: a figure or date outside these lists is
    // an invented fact until someone checks it against the report and adds it here.
    const QSet<QString> reviewedFigures{
        QStringLiteral("4+4"), QStringLiteral("8"),  QStringLiteral("5"),   QStringLiteral("32"),
        QStringLiteral("30+"), QStringLiteral("9"),  QStringLiteral("1/5"), QStringLiteral("3"),
        QStringLiteral("10"),  QStringLiteral("15"), QStringLiteral("16"),  QStringLiteral("300+"),
        QStringLiteral("1st")};
    const QSet<QString> reviewedDates{QStringLiteral("2012-03"), QStringLiteral("2012-08"),
                                      QStringLiteral("2012/2014"), QStringLiteral("2011/2015")};

    // Read the raw file: the parsed dates no longer show how they were written.
    QFile file(CaseStudies::builtInPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    ASSERT_TRUE(doc.isObject());
    int figures = 0;
    for (const QJsonValue &city : doc.object().value(QLatin1String("cities")).toArray()) {
        const QString id = city.toObject().value(QLatin1String("id")).toString();
        for (const QJsonValue &f : city.toObject().value(QLatin1String("figures")).toArray()) {
            const QJsonValue value = f.toObject().value(QLatin1String("value"));
            EXPECT_TRUE(value.isString()) << id;
            EXPECT_TRUE(reviewedFigures.contains(value.toString()))
                << id << ": figure \"" << value.toString() << "\" is not among the report's";
            ++figures;
        }
        for (const QJsonValue &d : city.toObject().value(QLatin1String("documents")).toArray()) {
            const QJsonValue date = d.toObject().value(QLatin1String("date"));
            ASSERT_TRUE(date.isNull() || date.isString()) << id;
            if (date.isString()) {
                EXPECT_TRUE(reviewedDates.contains(date.toString()))
                    << id << ": date \"" << date.toString() << "\" is not among the report's";
                EXPECT_TRUE(CaseStudy::Date::parse(date.toString()))
                    << id << " " << date.toString();
            }
        }
    }
    EXPECT_EQ(figures, 14);
    // And the parsed model carries the same values as the file.
    int parsed = 0;
    for (const CaseStudy &cs : builtIn().cities()) {
        for (const CaseStudy::Figure &f : cs.figures) {
            EXPECT_TRUE(reviewedFigures.contains(f.value)) << cs.cityId << " " << f.value;
            ++parsed;
        }
    }
    EXPECT_EQ(parsed, figures);
}

TEST(CaseStudies, MissingEnglishTextIsRefused)
{
    const QString error = refusal("missing-english.json");
    EXPECT_TRUE(error.startsWith(fixture("missing-english.json") + u':')) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("case study 2 (id 320200)"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("figure 1"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("English"))) << error;
}

TEST(CaseStudies, BadDateIsRefused)
{
    const QString error = refusal("bad-date.json");
    EXPECT_TRUE(error.startsWith(fixture("bad-date.json") + u':')) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("case study 2 (id 320200)"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("document 2"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("\"2012-13\""))) << error;
}

TEST(CaseStudies, UnknownDomainIsRefused)
{
    const QString error = refusal("unknown-domain.json");
    EXPECT_TRUE(error.startsWith(fixture("unknown-domain.json") + u':')) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("case study 2 (id 320200)"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("domain 2"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("\"space-travel\""))) << error;
}

TEST(CaseStudies, MissingRefIsRefused)
{
    const QString error = refusal("missing-ref.json");
    EXPECT_TRUE(error.startsWith(fixture("missing-ref.json") + u':')) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("case study 2 (id 320200)"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("figure 2"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("\"ref\""))) << error;
}

TEST(CaseStudies, DuplicateCityIsRefused)
{
    const QString error = refusal("duplicate-id.json");
    EXPECT_TRUE(error.startsWith(fixture("duplicate-id.json") + u':')) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("case study 2 (id 110000)"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("duplicate"))) << error;
}

TEST(CaseStudies, SyntaxErrorGivesLineAndColumn)
{
    const QString error = refusal("syntax-error.json");
    // The comma missing after "id": "110000" (line 10) shows where the next member starts, at
    // line 11, column 7; Qt reports the offset just inside that member's opening quote.
    static const QRegularExpression place(QStringLiteral("^(.*):(\\d+):(\\d+): "));
    const QRegularExpressionMatch m = place.match(error);
    ASSERT_TRUE(m.hasMatch()) << error;
    EXPECT_EQ(m.captured(1), fixture("syntax-error.json")) << error;
    EXPECT_EQ(m.captured(2).toInt(), 11) << error;
    EXPECT_GE(m.captured(3).toInt(), 7) << error;
    EXPECT_LE(m.captured(3).toInt(), 8) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("invalid JSON"))) << error;
}

TEST(CaseStudies, UnreadableFileIsRefusedWithItsName)
{
    QString error;
    EXPECT_FALSE(CaseStudies::loadFile(fixture("no-such-file.json"), &error));
    EXPECT_TRUE(error.startsWith(fixture("no-such-file.json"))) << error;
}

TEST(CaseStudies, ParseNamesTheDisplayName)
{
    // Not a file at all: the name the caller gives is what the message names.
    QString error;
    EXPECT_FALSE(CaseStudies::parse(QByteArrayLiteral("{\"cities\": 3}"),
                                    QStringLiteral("pasted.json"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("pasted.json:"))) << error;
}

TEST(CaseStudies, MissingDateIsRefusedAndNullIsTheWayToSayUndated)
{
    const QString error = refusal("missing-date.json");
    EXPECT_TRUE(error.startsWith(fixture("missing-date.json") + u':')) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("case study 1 (id 110000)"))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("document 1 has no \"date\""))) << error;
    EXPECT_TRUE(error.contains(QStringLiteral("null"))) << error;
}

TEST(CaseStudies, AnotherFormatVersionIsRefused)
{
    const QString error = refusal("future-version.json");
    EXPECT_TRUE(error.contains(QStringLiteral("unsupported version 2"))) << error;
}
