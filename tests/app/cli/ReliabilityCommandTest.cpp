// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as an attacker or a careless user meets it: odd files in, odd places out, a
// full disk, no runtime folder, no network.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/stat.h>

using atlas::test::ProcessRun;
using atlas::test::readFile;
using atlas::test::runAtlas;
using atlas::test::RunOptions;
using atlas::test::writeFile;

namespace {

QStringList exportArgs(const QString &output, const QStringList &more = {})
{
    return QStringList{QStringLiteral("export"),
                       QStringLiteral("--view"),
                       QStringLiteral("map-all"),
                       QStringLiteral("--size"),
                       QStringLiteral("400x300"),
                       QStringLiteral("-o"),
                       output} +
           more;
}

std::string describe(const ProcessRun &run)
{
    return QStringLiteral("exit %1, %2 ms\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.elapsedMs)
        .arg(run.err.left(2000))
        .toStdString();
}

// A small tmpfs of our own, to fill up or make read-only; unmounted on the way out.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        if (!m_dir.isValid())
            return;
        const QByteArray options = "size=" + size.toLatin1();
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }
    bool fill() const
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        return true;
    }
    bool remountReadOnly() const
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST(Reliability, DashWritesTheFileToStandardOutput)
{
    const ProcessRun png = runAtlas(exportArgs(QStringLiteral("-")));
    ASSERT_EQ(png.exitCode, 0) << describe(png);
    const QImage image = QImage::fromData(png.rawOut, "PNG");
    EXPECT_EQ(image.size(), QSize(400, 300));
    EXPECT_TRUE(png.err.isEmpty()) << describe(png);

    const ProcessRun pdf = runAtlas(
        exportArgs(QStringLiteral("-"), {QStringLiteral("--format"), QStringLiteral("pdf")}));
    ASSERT_EQ(pdf.exitCode, 0) << describe(pdf);
    EXPECT_TRUE(pdf.rawOut.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.rawOut.trimmed().endsWith("%%EOF"));

    const ProcessRun named = runAtlas(exportArgs(QStringLiteral("/dev/stdout")));
    ASSERT_EQ(named.exitCode, 0) << describe(named);
    EXPECT_EQ(QImage::fromData(named.rawOut, "PNG").size(), QSize(400, 300));

    const ProcessRun all = runAtlas({QStringLiteral("export"), QStringLiteral("--all"),
                                     QStringLiteral("-o"), QStringLiteral("-")});
    EXPECT_EQ(all.exitCode, 2) << describe(all);
}

TEST(Reliability, HeadlessCommandsPrintNothingButTheirOwnMessages)
{
    QTemporaryDir dir;
    const RunOptions noRuntimeDir{{}, {QStringLiteral("XDG_RUNTIME_DIR")}};
    for (const QStringList &args :
         {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("views")},
          exportArgs(dir.filePath(QStringLiteral("a.pdf"))),
          QStringList{QStringLiteral("export"), QStringLiteral("--handout"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("h.pdf"))}}) {
        const ProcessRun run = runAtlas(args, noRuntimeDir);
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        EXPECT_EQ(run.err, QString()) << args.join(u' ').toStdString();
    }
}

TEST(Reliability, InputsThatAreNotFilesAreRefusedAtOnce)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("cities.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QStringList &args :
         {QStringList{QStringLiteral("summary"), QStringLiteral("--data"),
                      QStringLiteral("/dev/zero")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--data"), fifo},
          QStringList{QStringLiteral("summary"), QStringLiteral("--data"), dir.path()},
          exportArgs(dir.filePath(QStringLiteral("x.png")),
                     {QStringLiteral("--basemap"), QStringLiteral("/dev/urandom")})}) {
        const ProcessRun run = runAtlas(args, RunOptions{{}, {}, 10000});
        EXPECT_EQ(run.exitCode, 1) << args.join(u' ').toStdString() << '\n' << describe(run);
        EXPECT_TRUE(run.err.contains(QStringLiteral("not a regular file"))) << describe(run);
        EXPECT_LT(run.elapsedMs, 2000 * atlas::test::timeFactor()) << describe(run);
    }
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
}

TEST(Reliability, DevicesAndLinksAtTheOutput)
{
    // A device is never replaced by a file, not even with --force.
    const ProcessRun device =
        runAtlas(exportArgs(QStringLiteral("/dev/null"), {QStringLiteral("--force")}));
    EXPECT_EQ(device.exitCode, 1) << describe(device);
    EXPECT_TRUE(device.err.contains(QStringLiteral("a device"))) << describe(device);
    EXPECT_FALSE(device.err.contains(QStringLiteral("--force"))) << "forcing would not help";
    struct stat info = {};
    ASSERT_EQ(::stat("/dev/null", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode));

    // A dangling link is an existing file: not followed without --force.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.png"));
    const QString link = dir.filePath(QStringLiteral("link.png"));
    ASSERT_TRUE(QFile::link(target, link));
    const ProcessRun refused = runAtlas(exportArgs(link));
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << describe(refused);
    EXPECT_FALSE(QFileInfo::exists(target));
    // With --force the file it points to is written, and the link stays a link.
    const ProcessRun forced = runAtlas(exportArgs(link, {QStringLiteral("--force")}));
    EXPECT_EQ(forced.exitCode, 0) << describe(forced);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(QImage(target).size(), QSize(400, 300));
}

TEST(Reliability, AFullOrReadOnlyDiskLeavesTheOldFileByteForByte)
{
    SmallDisk disk(QStringLiteral("256k"));
    if (!disk.mounted())
        GTEST_SKIP() << "mounting a tmpfs needs root (CI runs as root)";
    const QByteArray old(20000, 'o');
    const QStringList names{QStringLiteral("old.png"), QStringLiteral("old.jpg"),
                            QStringLiteral("old.svg"), QStringLiteral("old.pdf"),
                            QStringLiteral("handout.pdf")};
    for (const QString &name : names)
        ASSERT_TRUE(writeFile(disk.filePath(name), old));
    ASSERT_TRUE(disk.fill());
    const auto check = [&](const QString &why) {
        for (const QString &name : names) {
            const QString path = disk.filePath(name);
            const QStringList args =
                name.startsWith(u'h')
                    ? QStringList{QStringLiteral("export"), QStringLiteral("--handout"),
                                  QStringLiteral("-o"), path, QStringLiteral("--force")}
                    : exportArgs(path, {QStringLiteral("--force")});
            const ProcessRun run = runAtlas(args);
            EXPECT_EQ(run.exitCode, 1) << why.toStdString() << ' ' << name.toStdString() << '\n'
                                       << describe(run);
            EXPECT_TRUE(run.err.contains(why)) << describe(run);
            EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed"))) << describe(run);
            EXPECT_EQ(readFile(path), old) << name.toStdString();
        }
        // No temporary files left behind either.
        EXPECT_EQ(QDir(disk.path()).entryList(QDir::Files).size(), names.size() + 1);
    };
    check(QStringLiteral("No space left on device"));
    ASSERT_TRUE(disk.remountReadOnly());
    check(QStringLiteral("not writable"));
}

TEST(Reliability, AHugeBaseMapIsRefusedByTheLimitsQuickly)
{
    // Ten million positions, about 200 MB of GeoJSON: under the file-size limit, so the
    // position limit must stop it before parsing takes gigabytes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.geojson"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[)");
        const int features = 10;
        const int perRing = 1'000'000;
        for (int f = 0; f < features; ++f) {
            QByteArray chunk =
                (f ? "," : "") + QByteArray(R"({"type":"Feature","properties":{"gb_code":")") +
                QByteArray::number(110000 + f * 10000) +
                R"(","name_zh":"x","name_en":"x"},"geometry":{"type":"Polygon","coordinates":[[)";
            chunk.reserve(perRing * 20);
            for (int i = 0; i < perRing; ++i) {
                const int k = i % (perRing - 1);
                chunk += '[' + QByteArray::number(100 + k * 1e-5, 'f', 5) + ',' +
                         QByteArray::number(30 + (k % 2) * 0.5, 'f', 1) + "],";
            }
            chunk.chop(1);
            chunk += "]]}}";
            ASSERT_EQ(file.write(chunk), chunk.size());
        }
        file.write("]}");
    }
    const ProcessRun run = runAtlas(
        exportArgs(dir.filePath(QStringLiteral("x.png")), {QStringLiteral("--basemap"), path}),
        RunOptions{{}, {}, 60000});
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("about 10000000 positions, more than the limit")))
        << describe(run);
    EXPECT_LT(run.elapsedMs, 30000) << describe(run);
    EXPECT_LT(run.maxChildRssKb, 2500 * 1024 * atlas::test::memoryFactor()) << describe(run);
}

// The app never opens a network connection: a headless export and a scripted GUI session (the
// widget tests: windows, views, export dialog, presentation) run under strace, and every socket
// they open must be a local (AF_UNIX) one.
TEST(Reliability, OpensNoNetworkConnection)
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
        GTEST_FAIL() << "strace is missing: scripts/install-deps.sh installs it";
    // LeakSanitizer cannot run under ptrace; the other sanitizers still do.
    qputenv("ASAN_OPTIONS", qgetenv("ASAN_OPTIONS") + ":detect_leaks=0");
    QTemporaryDir dir;
    const auto sockets = [&](const QString &log) {
        QStringList foreign;
        for (const QByteArray &line : readFile(log).split('\n')) {
            if ((line.contains("socket(") || line.contains("connect(")) &&
                !line.contains("AF_UNIX") && !line.contains("AF_LOCAL") &&
                !line.contains("= -1") /* a call that did nothing */)
                foreign.append(QString::fromUtf8(line));
        }
        return foreign;
    };
    const QString cliLog = dir.filePath(QStringLiteral("cli.log"));
    const RunOptions traced{{QStringLiteral("strace"), QStringLiteral("-f"), QStringLiteral("-qq"),
                             QStringLiteral("-e"), QStringLiteral("trace=network"),
                             QStringLiteral("-o"), cliLog},
                            {},
                            120000};
    const ProcessRun cli = runAtlas(exportArgs(dir.filePath(QStringLiteral("m.pdf"))), traced);
    ASSERT_EQ(cli.exitCode, 0) << describe(cli);
    ASSERT_TRUE(QFileInfo::exists(cliLog));
    EXPECT_EQ(sockets(cliLog), QStringList());

    const QString guiLog = dir.filePath(QStringLiteral("gui.log"));
    QProcess gui;
    gui.setProcessChannelMode(QProcess::MergedChannels);
    gui.start(QStringLiteral("strace"),
              {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
               QStringLiteral("trace=network"), QStringLiteral("-o"), guiLog,
               QStringLiteral(ATLAS_UI_TESTS_EXECUTABLE),
               QStringLiteral("--gtest_filter=MainWindowTest.*:MapViewTest.*:ExportDialogTest.*:"
                              "PresentationTest.*:CaseStudiesViewTest.*")});
    ASSERT_TRUE(gui.waitForFinished(600000));
    EXPECT_EQ(gui.exitCode(), 0) << gui.readAll().right(3000).toStdString();
    EXPECT_EQ(sockets(guiLog), QStringList());
}
