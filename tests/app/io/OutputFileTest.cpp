// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/OutputFile.h"

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using atlas::OutputFile;
using atlas::test::readFile;
using atlas::test::writeFile;

namespace {

// A device that takes `capacity` bytes and then fails, as a full disk does.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        const qint64 n = qMin(len, m_capacity - m_written);
        if (n <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += n;
        return n;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

} // namespace

TEST(OutputFile, WriteAllReportsADeviceThatFillsUp)
{
    FullDevice device(100);
    ASSERT_TRUE(device.open(QIODevice::WriteOnly));
    EXPECT_FALSE(OutputFile::writeAll(device, QByteArray(1000, 'x')));
    FullDevice roomy(2000);
    ASSERT_TRUE(roomy.open(QIODevice::WriteOnly));
    EXPECT_TRUE(OutputFile::writeAll(roomy, QByteArray(1000, 'x')));
}

TEST(OutputFile, WritesAndReplacesOnlyWhenAllowed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    QString error;
    ASSERT_TRUE(OutputFile::write(path, "first", false, &error)) << error.toStdString();
    EXPECT_FALSE(OutputFile::write(path, "second", false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("exists"))) << error.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("first"));
    ASSERT_TRUE(OutputFile::write(path, "second", true, &error)) << error.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("second"));
}

TEST(OutputFile, NeverWritesToDevicesPipesOrFoldersEvenWhenForced)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {QStringLiteral("/dev/null"), fifo, dir.path()}) {
        QString error;
        bool exists = true;
        EXPECT_FALSE(OutputFile::checkTarget(path, true, &error, &exists)) << path.toStdString();
        EXPECT_FALSE(exists) << "--force would not help, so it is not suggested";
        EXPECT_TRUE(error.contains(QStringLiteral("never written"))) << error.toStdString();
        EXPECT_FALSE(OutputFile::write(path, "x", true, &error));
    }
    struct stat info = {};
    ASSERT_EQ(::stat("/dev/null", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode)) << "/dev/null is still a device";
    EXPECT_TRUE(QFileInfo(fifo).isSymLink() == false && QFileInfo::exists(fifo));
}

TEST(OutputFile, ASymbolicLinkCountsAsAFileAndOnlyItsTargetIsReplaced)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.png"));
    const QString link = dir.filePath(QStringLiteral("link.png"));
    ASSERT_TRUE(QFile::link(target, link)); // dangling for now
    QString error;
    bool exists = false;
    EXPECT_FALSE(OutputFile::checkTarget(link, false, &error, &exists));
    EXPECT_TRUE(exists);
    EXPECT_FALSE(OutputFile::write(link, "data", false, &error));
    EXPECT_FALSE(QFileInfo::exists(target)) << "without --force the link is not followed";

    ASSERT_TRUE(OutputFile::write(link, "data", true, &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "the link itself is kept";
    EXPECT_EQ(readFile(target), QByteArray("data"));
    ASSERT_TRUE(OutputFile::write(link, "more", true, &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(readFile(target), QByteArray("more"));
}
