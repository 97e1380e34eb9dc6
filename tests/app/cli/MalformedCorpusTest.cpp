// SPDX-License-Identifier: GPL-3.0-or-later
// Every file in tests/data/malformed/ through the real command line: refused with exit code 1 and
// the message expected.tsv gives, quickly, within bounded memory, and with an existing output
// file left byte for byte as it was even though --force allowed replacing it.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using atlas::test::ProcessRun;
using atlas::test::runAtlas;

namespace {

struct Malformed
{
    QString file;
    QString kind; // dataset, case-studies, basemap
    QString message;
};

QString malformedDir()
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/malformed/");
}

std::vector<Malformed> readExpectations()
{
    std::vector<Malformed> cases;
    QFile file(malformedDir() + QStringLiteral("expected.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 3)
            cases.push_back({QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1]),
                             QString::fromUtf8(fields[2])});
    }
    return cases;
}

void PrintTo(const Malformed &m, std::ostream *os)
{
    *os << m.file.toStdString();
}

class MalformedCorpus : public ::testing::TestWithParam<Malformed>
{
};

std::string testName(const ::testing::TestParamInfo<Malformed> &info)
{
    std::string name = info.param.file.toStdString();
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

} // namespace

TEST(MalformedCorpusList, HasEnoughCasesAndEveryFileIsListed)
{
    const std::vector<Malformed> cases = readExpectations();
    EXPECT_GE(cases.size(), 60u);
    QStringList listed;
    for (const Malformed &c : cases) {
        listed.append(c.file);
        EXPECT_TRUE(QFileInfo::exists(malformedDir() + c.file)) << c.file.toStdString();
        EXPECT_TRUE(c.kind == u"dataset" || c.kind == u"case-studies" || c.kind == u"basemap")
            << c.kind.toStdString();
    }
    for (const QString &file : QDir(malformedDir()).entryList(QDir::Files)) {
        if (file != u"expected.tsv") {
            EXPECT_TRUE(listed.contains(file)) << "not in expected.tsv: " << file.toStdString();
        }
    }
}

TEST_P(MalformedCorpus, IsRefusedClearlyAndChangesNothing)
{
    const Malformed &c = GetParam();
    const QString input = malformedDir() + c.file;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("existing.png"));
    const QByteArray precious("an earlier export, not to be touched");
    ASSERT_TRUE(atlas::test::writeFile(existing, precious));

    const QString option = c.kind == u"dataset"        ? QStringLiteral("--data")
                           : c.kind == u"case-studies" ? QStringLiteral("--case-studies")
                                                       : QStringLiteral("--basemap");
    QList<QStringList> commands{{QStringLiteral("export"), QStringLiteral("--view"),
                                 QStringLiteral("map-all"), option, input, QStringLiteral("-o"),
                                 existing, QStringLiteral("--force")}};
    if (c.kind == u"dataset")
        commands.append({QStringLiteral("summary"), QStringLiteral("--data"), input});
    for (const QStringList &args : commands) {
        const ProcessRun run = runAtlas(args);
        const std::string what =
            args.join(u' ').toStdString() + "\nstderr: " + run.err.left(1500).toStdString();
        EXPECT_EQ(run.exitCode, 1) << what;
        EXPECT_TRUE(run.err.contains(c.message)) << "expected: " << c.message.toStdString() << '\n'
                                                 << what;
        EXPECT_TRUE(run.err.startsWith(input)) << "the message names the file\n" << what;
        EXPECT_LT(run.err.size(), 1000) << "short: no huge value quoted\n" << what;
        EXPECT_EQ(run.out, QString()) << what;
        EXPECT_LT(run.elapsedMs, 2000 * atlas::test::timeFactor()) << what;
        EXPECT_LT(run.maxChildRssKb, 500 * 1024 * atlas::test::memoryFactor()) << what;
    }
    EXPECT_EQ(atlas::test::readFile(existing), precious);
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedCorpus, ::testing::ValuesIn(readExpectations()), testName);
