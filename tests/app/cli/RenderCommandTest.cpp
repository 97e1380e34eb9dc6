// SPDX-License-Identifier: GPL-3.0-or-later
// The render command, run as the real executable with no display, as on a server or in CI.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using atlas::test::ProcessRun;
using atlas::test::runAtlas;

using atlas::test::meanChannelDifference;

namespace {

QStringList renderArgs(const QString &view, const QString &output, const QString &size)
{
    return {QStringLiteral("render"),
            QStringLiteral("--view"),
            view,
            QStringLiteral("-o"),
            output,
            QStringLiteral("--size"),
            size};
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Share of pixels in `rect` whose colour differs between the images.
double differingShare(const QImage &a, const QImage &b, const QRect &rect)
{
    qint64 differ = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                ++differ;
        }
    }
    return double(differ) / (double(rect.width()) * rect.height());
}

} // namespace

TEST(RenderCommand, WritesAPngOfTheRequestedSize)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tier3.png"));
    const ProcessRun run =
        runAtlas(renderArgs(QStringLiteral("map-tier3"), path, QStringLiteral("640x480")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(path)) << run.out.toStdString();
    QImage image;
    ASSERT_TRUE(image.load(path, "PNG"));
    EXPECT_EQ(image.size(), QSize(640, 480));
    // A map, not a blank page: more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 20);

    // Uppercase size separator too.
    const QString wide = dir.filePath(QStringLiteral("all.png"));
    const ProcessRun second =
        runAtlas(renderArgs(QStringLiteral("map-all"), wide, QStringLiteral("1000X300")));
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(QImage(wide).size(), QSize(1000, 300));
}

TEST(RenderCommand, MatchesTheRendererReferenceImage)
{
    // The command draws what the map renderer draws: its tier-2 map is the reference picture
    // that MapRendererTest checks the renderer against.
    const QString reference =
        QStringLiteral(ATLAS_TEST_DATA_DIR "/reference/map-tier2-1200x800.png");
    ASSERT_TRUE(QFileInfo::exists(reference)) << reference.toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tier2.png"));
    QStringList args = renderArgs(QStringLiteral("map-tier2"), path, QStringLiteral("1200x800"));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const ProcessRun run = runAtlas(args);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(path);
    ASSERT_EQ(image.size(), QSize(1200, 800));
    EXPECT_LT(meanChannelDifference(image, QImage(reference)), 1.5);
}

TEST(RenderCommand, RefusesToOverwriteWithoutForce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.png"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("precious, not a map");
    }
    const QByteArray before = hashOf(path);

    const ProcessRun refused =
        runAtlas(renderArgs(QStringLiteral("map-tier2"), path, QStringLiteral("400x300")));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_GE(refused.exitCode, 1); // a clean refusal, not a crash
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    EXPECT_EQ(hashOf(path), before);

    QStringList forced = renderArgs(QStringLiteral("map-tier2"), path, QStringLiteral("400x300"));
    forced << QStringLiteral("--force");
    const ProcessRun run = runAtlas(forced);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_NE(hashOf(path), before);
    QImage image;
    ASSERT_TRUE(image.load(path, "PNG"));
    EXPECT_EQ(image.size(), QSize(400, 300));
}

TEST(RenderCommand, UnknownViewIsAUsageError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.png"));
    const ProcessRun run =
        runAtlas(renderArgs(QStringLiteral("map-tier4"), path, QStringLiteral("400x300")));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("map-tier4"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("map-tier2"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(RenderCommand, BadSizeIsAUsageError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.png"));
    for (const QString &size :
         {QStringLiteral("big"), QStringLiteral("800"), QStringLiteral("800x"),
          QStringLiteral("10x100"), QStringLiteral("40000x800"), QStringLiteral("-800x600"),
          QStringLiteral("800x600x2")}) {
        const ProcessRun run = runAtlas(renderArgs(QStringLiteral("map-all"), path, size));
        EXPECT_EQ(run.exitCode, 2) << size.toStdString();
        EXPECT_TRUE(run.err.contains(size)) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path)) << size.toStdString();
    }
}

TEST(RenderCommand, MissingOutputIsAUsageError)
{
    const ProcessRun run =
        runAtlas({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("map-all")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("-o"))) << run.err.toStdString();
}

TEST(RenderCommand, ChineseMapDiffersOnlyInItsWords)
{
    QTemporaryDir dir;
    const QString en = dir.filePath(QStringLiteral("en.png"));
    const QString zh = dir.filePath(QStringLiteral("zh.png"));
    QStringList enArgs = renderArgs(QStringLiteral("map-tier2"), en, QStringLiteral("1200x800"));
    enArgs << QStringLiteral("--lang") << QStringLiteral("en");
    QStringList zhArgs = renderArgs(QStringLiteral("map-tier2"), zh, QStringLiteral("1200x800"));
    zhArgs << QStringLiteral("--lang") << QStringLiteral("zh");
    const ProcessRun enRun = runAtlas(enArgs);
    const ProcessRun zhRun = runAtlas(zhArgs);
    ASSERT_EQ(enRun.exitCode, 0) << enRun.err.toStdString();
    ASSERT_EQ(zhRun.exitCode, 0) << zhRun.err.toStdString();
    const QImage a(en);
    const QImage b(zh);
    ASSERT_EQ(b.size(), QSize(1200, 800));
    ASSERT_EQ(a.size(), b.size());
    // The title (top left) is in another language...
    EXPECT_GT(differingShare(a, b, QRect(10, 10, 500, 40)), 0.02);
    // ...over the same map: the colours of land, sea and markers are the same overall.
    EXPECT_LT(meanChannelDifference(a, b), 8);
}
