// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using atlas::CsvReader;

namespace {

QString fixture(const char *name)
{
    return QString::fromUtf8(
        atlas::test::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/csv/") + QLatin1String(name)));
}

} // namespace

TEST(CsvReader, ReadsQuotedFieldsSemicolonsAndLineBreaksAndDropsEmptyRows)
{
    QString error;
    const auto table =
        CsvReader::parse(fixture("quoted-semicolon.csv"), QStringLiteral("q.csv"), &error);
    ASSERT_TRUE(table) << error.toStdString();
    EXPECT_EQ(table->delimiter, u';');
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows.at(1),
              (QStringList{QStringLiteral("Wuxi"),
                           QStringLiteral("a \"quoted\" word; and\r\na line break")}));
    EXPECT_EQ(table->rows.at(2), (QStringList{QStringLiteral("Foshan"), QStringLiteral("plain")}));
    // Each row knows its line: the quoted line break moves Foshan to line 6.
    EXPECT_EQ(table->lines, (QList<int>{1, 2, 6}));
}

TEST(CsvReader, DetectsTabsAndCommas)
{
    EXPECT_EQ(CsvReader::detectDelimiter(fixture("tabs.csv")), u'\t');
    EXPECT_EQ(CsvReader::detectDelimiter(fixture("utf8-no-bom.csv")), u',');
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("\"a;b\",c\n")), u',');
    QString error;
    const auto table =
        CsvReader::parse(fixture("utf8-no-bom.csv"), QStringLiteral("u.csv"), &error);
    ASSERT_TRUE(table) << error.toStdString();
    ASSERT_EQ(table->rows.size(), 4);
    EXPECT_EQ(table->rows.at(2).at(1), QStringLiteral("安徽省"));
}

TEST(CsvReader, AnUnclosedQuoteIsReportedWhereItOpens)
{
    QString error;
    EXPECT_FALSE(CsvReader::parse(fixture("unclosed-quote.csv"), QStringLiteral("u.csv"), &error));
    EXPECT_EQ(error, QStringLiteral("u.csv:2: a quoted field is not closed (a \" is missing)"));
}

TEST(CsvReader, LimitsColumnsAndFieldLength)
{
    QString error;
    EXPECT_FALSE(CsvReader::parse(QString(300, u','), QStringLiteral("w.csv"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("more than 256 columns"))) << error.toStdString();
    EXPECT_FALSE(CsvReader::parse(QStringLiteral("a\n") + QString(20000, u'x'),
                                  QStringLiteral("l.csv"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("l.csv:2: a field is longer than 10000")))
        << error.toStdString();
    EXPECT_LT(error.size(), 200);
}
