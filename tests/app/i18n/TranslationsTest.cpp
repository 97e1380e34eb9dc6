// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/UiLanguage.h"
#include "model/City.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using atlas::Language;
using atlas::UiLanguage;

namespace {

struct Catalogue
{
    int messages = 0;
    QStringList unfinished; // source texts without a finished translation
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++c.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || type == u"vanished" || type == u"obsolete" ||
                text.trimmed().isEmpty())
                c.unfinished.append(source);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return c;
}

} // namespace

class Translations : public ::testing::TestWithParam<const char *>
{
};

TEST_P(Translations, CatalogueIsComplete)
{
    const QString path =
        QStringLiteral(ATLAS_SOURCE_DIR "/resources/translations/smartcity-atlas_") +
        QLatin1String(GetParam()) + QStringLiteral(".ts");
    const Catalogue c = readCatalogue(path);
    EXPECT_GT(c.messages, 50) << path.toStdString();
    EXPECT_TRUE(c.unfinished.isEmpty())
        << c.unfinished.size() << " unfinished in " << path.toStdString()
        << ", first: " << c.unfinished.value(0).toStdString();
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Translations, ::testing::Values("zh_CN", "en"));

TEST(UiLanguage, SwitchesTheStringsOfTheCore)
{
    UiLanguage language;
    ASSERT_TRUE(language.apply(Language::Chinese));
    EXPECT_EQ(atlas::City::statusLabel(true), QStringLiteral("智慧城市"));
    EXPECT_EQ(atlas::City::tierLabel(2), QStringLiteral("二级城市"));
    ASSERT_TRUE(language.apply(Language::English));
    EXPECT_EQ(atlas::City::statusLabel(true), QStringLiteral("Smart city"));
    EXPECT_EQ(atlas::City::tierLabel(2), QStringLiteral("Tier 2"));
}

TEST(UiLanguage, ParsesLanguageCodes)
{
    EXPECT_EQ(UiLanguage::fromCode(QStringLiteral("zh")), Language::Chinese);
    EXPECT_EQ(UiLanguage::fromCode(QStringLiteral("zh_CN.UTF-8")), Language::Chinese);
    EXPECT_EQ(UiLanguage::fromCode(QStringLiteral("EN")), Language::English);
    EXPECT_FALSE(UiLanguage::fromCode(QStringLiteral("fr")).has_value());
}
