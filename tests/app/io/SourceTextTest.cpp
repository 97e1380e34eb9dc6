// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SourceText.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using atlas::SourceText;

namespace {

QByteArray fixture(const char *name)
{
    return atlas::test::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/csv/") + QLatin1String(name));
}

} // namespace

TEST(SourceText, DetectsGbkUtf8AndTheirByteOrderMarks)
{
    QString error;
    const auto gbk = SourceText::decode(fixture("gbk-no-bom.csv"), SourceText::Encoding::Automatic,
                                        QStringLiteral("gbk.csv"), &error);
    ASSERT_TRUE(gbk) << error.toStdString();
    EXPECT_EQ(gbk->encoding, SourceText::Encoding::Gb18030);
    EXPECT_TRUE(gbk->text.startsWith(QStringLiteral("城市,省份,等级,是否智慧城市")));

    const auto bom = SourceText::decode(fixture("utf8-bom.csv"), SourceText::Encoding::Automatic,
                                        QStringLiteral("bom.csv"), &error);
    ASSERT_TRUE(bom) << error.toStdString();
    EXPECT_EQ(bom->encoding, SourceText::Encoding::Utf8);
    EXPECT_TRUE(bom->byteOrderMark);
    EXPECT_EQ(bom->text, gbk->text) << "the BOM is not part of the text";

    const auto plain =
        SourceText::decode(fixture("utf8-no-bom.csv"), SourceText::Encoding::Automatic,
                           QStringLiteral("plain.csv"), &error);
    ASSERT_TRUE(plain) << error.toStdString();
    EXPECT_EQ(plain->encoding, SourceText::Encoding::Utf8);
    EXPECT_EQ(plain->text, gbk->text);

    QByteArray utf16("\xff\xfe", 2);
    const QString text = QStringLiteral("城市\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto wide = SourceText::decode(utf16, SourceText::Encoding::Automatic,
                                         QStringLiteral("wide.csv"), &error);
    ASSERT_TRUE(wide) << error.toStdString();
    EXPECT_EQ(wide->text, text);
}

TEST(SourceText, TheUserCanInsistOnAnEncodingAndIsToldWhenItIsWrong)
{
    QString error;
    EXPECT_FALSE(SourceText::decode(fixture("gbk-no-bom.csv"), SourceText::Encoding::Utf8,
                                    QStringLiteral("gbk.csv"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("gbk.csv: the file is not valid UTF-8")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("GB18030"))) << error.toStdString();
    // The user's choice wins over detection, and is refused when the bytes say otherwise.
    EXPECT_FALSE(SourceText::decode(fixture("utf8-no-bom.csv"), SourceText::Encoding::Gb18030,
                                    QStringLiteral("u.csv"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid GB18030"))) << error.toStdString();
    const auto ascii = SourceText::decode("name,tier\nWuxi,2\n", SourceText::Encoding::Gb18030,
                                          QStringLiteral("a.csv"), &error);
    ASSERT_TRUE(ascii) << error.toStdString();
    EXPECT_EQ(ascii->encoding, SourceText::Encoding::Gb18030);
    EXPECT_EQ(SourceText::encodingFromName(QStringLiteral("gbk")), SourceText::Encoding::Gb18030);
    EXPECT_EQ(SourceText::encodingFromName(QStringLiteral("UTF-8")), SourceText::Encoding::Utf8);
    EXPECT_FALSE(SourceText::encodingFromName(QStringLiteral("latin1")));
}

TEST(SourceText, BytesValidInNeitherEncodingAreRefused)
{
    QString error;
    EXPECT_FALSE(SourceText::decode(QByteArray("ok\xff\xff\xff", 5),
                                    SourceText::Encoding::Automatic, QStringLiteral("bad.csv"),
                                    &error));
    EXPECT_TRUE(error.contains(QStringLiteral("neither UTF-8 nor GB18030"))) << error.toStdString();
}
