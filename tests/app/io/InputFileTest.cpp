// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/InputFile.h"

#include "TestSupport.h"
#include "geo/Basemap.h"
#include "model/CityDataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using atlas::InputFile;

TEST(InputFile, ReadsARegularFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(atlas::test::writeFile(path, "{\"x\": 1}"));
    QString error;
    const auto bytes = InputFile::read(path, InputFile::Kind::Dataset, &error);
    ASSERT_TRUE(bytes) << error.toStdString();
    EXPECT_EQ(*bytes, QByteArray("{\"x\": 1}"));
}

TEST(InputFile, RefusesAFifoAtOnceInsteadOfWaitingForAWriter)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QElapsedTimer clock;
    clock.start();
    QString error;
    EXPECT_FALSE(InputFile::read(path, InputFile::Kind::Dataset, &error));
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_TRUE(error.contains(QStringLiteral("pipe (FIFO)"))) << error.toStdString();
    EXPECT_TRUE(error.startsWith(path)) << error.toStdString();
}

TEST(InputFile, RefusesDevicesAndFolders)
{
    QString error;
    EXPECT_FALSE(InputFile::read(QStringLiteral("/dev/zero"), InputFile::Kind::Dataset, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("a device"))) << error.toStdString();
    QTemporaryDir dir;
    EXPECT_FALSE(InputFile::read(dir.path(), InputFile::Kind::Basemap, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("a folder"))) << error.toStdString();
    EXPECT_FALSE(InputFile::read(dir.filePath(QStringLiteral("none.json")),
                                 InputFile::Kind::Dataset, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot open"))) << error.toStdString();
}

TEST(InputFile, RefusesAFileOverTheLimitWithoutReadingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Sparse: 300 MB that take no disk and, if they were read, a lot of memory.
    ASSERT_TRUE(file.resize(300LL * 1000 * 1000));
    file.close();
    QString error;
    EXPECT_FALSE(InputFile::read(path, InputFile::Kind::Dataset, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("300 MB"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("256 MB"))) << error.toStdString();
    // The base-map limit is larger: the same file is within it (and then not valid JSON).
    EXPECT_EQ(InputFile::sizeLimit(InputFile::Kind::Basemap), 512LL * 1000 * 1000);
    EXPECT_EQ(InputFile::sizeLimit(InputFile::Kind::CaseStudies), 16LL * 1000 * 1000);
}

TEST(InputFile, EveryLoaderGoesThroughIt)
{
    QString error;
    EXPECT_FALSE(atlas::CityDataset::loadFile(QStringLiteral("/dev/zero"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("a device"))) << error.toStdString();
    EXPECT_FALSE(atlas::geo::Basemap::loadProvinces(QStringLiteral("/dev/zero"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("a device"))) << error.toStdString();
}

TEST(InputFile, FormatsSizesInDecimalUnits)
{
    EXPECT_EQ(InputFile::formatBytes(999), QStringLiteral("999 bytes"));
    EXPECT_EQ(InputFile::formatBytes(1500), QStringLiteral("1.5 kB"));
    EXPECT_EQ(InputFile::formatBytes(256LL * 1000 * 1000), QStringLiteral("256 MB"));
    EXPECT_EQ(InputFile::formatBytes(4294967296LL), QStringLiteral("4.3 GB"));
}
