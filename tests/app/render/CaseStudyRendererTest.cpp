// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/CaseStudyRenderer.h"

#include "TestSupport.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"
#include "render/Palette.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <optional>
#include <utility>

using namespace atlas;

namespace {

using Layout = CaseStudyRenderer::Layout;

const QList<QSize> targetSizes{{1280, 720}, {1920, 1080}, {3840, 2160}};

// Six pages: the five cities in the report's order, then the comparison.
QStringList pages()
{
    QStringList ids = CaseStudies::cityIds();
    ids.append(CaseStudyRenderer::comparisonId());
    return ids;
}

const char *languageName(Language lang)
{
    return lang == Language::Chinese ? "zh" : "en";
}

// Rectangles that share only an edge do not overlap; rounding in the renderer's sums (column
// x + width against the next column's x) must not count either.
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 0.01 && common.height() > 0.01;
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1);
}

class CaseStudyRendererTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error)) << error;
        ASSERT_EQ(studies().checkAgainst(cities), QString());
    }
    void TearDown() override { setLanguage(Language::English); }

    static const CaseStudies &studies() { return CaseStudies::builtIn(); }

    // The model's language and the interface's catalogue together, as the application switches
    // them: chips and headings are translated, names and JSON texts follow the model.
    void setLanguage(Language lang)
    {
        EXPECT_TRUE(ui.apply(lang));
        cities.setLanguage(lang);
    }
    static CaseStudyRenderer::Options options(Language lang)
    {
        CaseStudyRenderer::Options o;
        o.language = lang;
        return o;
    }

    // The page's layout must be usable at this size: everything fits, inside the target, with
    // no two pieces of text (or the map) on top of each other.
    void expectClean(const Layout &l, const QSize &size, const QString &page, Language lang) const
    {
        const std::string where = QStringLiteral("%1 %2 %3x%4")
                                      .arg(page, QLatin1String(languageName(lang)))
                                      .arg(size.width())
                                      .arg(size.height())
                                      .toStdString();
        EXPECT_TRUE(l.fits) << where << " scale " << l.scale;
        EXPECT_GT(l.blocks.size(), 5) << where;
        const QRectF target(QPointF(0, 0), QSizeF(size));
        const QRectF inside = target.adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
        for (qsizetype i = 0; i < l.blocks.size(); ++i) {
            const QRectF &b = l.blocks[i];
            EXPECT_TRUE(b.isValid()) << where << " block " << i << " " << describe(b);
            EXPECT_TRUE(inside.contains(b)) << where << " block " << i << " " << describe(b);
        }
        for (qsizetype i = 0; i < l.blocks.size(); ++i) {
            for (qsizetype j = i + 1; j < l.blocks.size(); ++j) {
                EXPECT_FALSE(overlap(l.blocks[i], l.blocks[j]))
                    << where << ": block " << i << " " << describe(l.blocks[i])
                    << " overlaps block " << j << " " << describe(l.blocks[j]);
            }
        }
    }

    QStringList expectedTags(const QString &cityId, Language lang) const
    {
        QStringList tags;
        const CaseStudy *cs = studies().find(cityId);
        EXPECT_NE(cs, nullptr) << cityId;
        if (!cs)
            return tags;
        for (const CaseStudy::Domain &d : cs->domains) {
            for (const CaseStudies::DomainName &n : studies().domains()) {
                if (n.id == d.id)
                    tags.append(n.name(lang));
            }
        }
        return tags;
    }

    CityTableModel cities;
    TierSummaryModel summary{&cities};
    UiLanguage ui;
    CaseStudyRenderer renderer{&CaseStudies::builtIn(), &cities, &summary,
                               &test::sharedBuiltInMap()};
};

// Where the renderer puts a comparison cell: columns split the matrix as paintComparison does;
// rows are centred on their label rectangles, the only blocks indented by 6 units from the
// margin.
struct MatrixGeometry
{
    QList<double> columns; // x of each city's column centre
    QList<double> rows;    // y of each domain's row centre
    QRectF area;
};

MatrixGeometry matrixOf(const Layout &l, const QSizeF &size, qsizetype cityCount)
{
    MatrixGeometry g;
    const double unit = std::min(size.width() / 1280.0, size.height() / 720.0);
    const double u = unit * l.scale;
    const double m = 36 * unit;
    const double matrixWidth = (size.width() - 2 * m - 40 * u) * 0.56;
    const double labelWidth = matrixWidth * 0.36;
    const double colWidth = (matrixWidth - labelWidth) / double(cityCount);
    for (qsizetype c = 0; c < cityCount; ++c)
        g.columns.append(m + labelWidth + (c + 0.5) * colWidth);
    for (const QRectF &b : l.blocks) {
        if (std::abs(b.left() - (m + 6 * u)) < 0.01)
            g.rows.append(b.center().y());
    }
    std::sort(g.rows.begin(), g.rows.end());
    if (!g.rows.isEmpty()) {
        const double half = g.rows.size() > 1 ? (g.rows[1] - g.rows[0]) / 2 : 10 * u;
        g.area = QRectF(QPointF(m + labelWidth, g.rows.first() - half),
                        QPointF(m + matrixWidth, g.rows.last() + half));
    }
    return g;
}

} // namespace

TEST_F(CaseStudyRendererTest, EveryPageFitsAtEverySizeInBothLanguages)
{
    for (const Language lang : {Language::English, Language::Chinese}) {
        setLanguage(lang);
        for (const QString &page : pages()) {
            for (const QSize &size : targetSizes)
                expectClean(renderer.layout(QSizeF(size), page, options(lang)), size, page, lang);
        }
    }
}

TEST_F(CaseStudyRendererTest, UnknownPageDoesNotFit)
{
    const Layout l =
        renderer.layout(QSizeF(1280, 720), QStringLiteral("310000"), options(Language::English));
    EXPECT_FALSE(l.fits);
    EXPECT_TRUE(l.blocks.isEmpty());
}

TEST_F(CaseStudyRendererTest, ChipsShowTheModelsProvinceTierAndStatus)
{
    const QString wuxi = QStringLiteral("320200");
    const int row = cities.rowOfId(wuxi);
    ASSERT_GE(row, 0);
    Layout l = renderer.layout(QSizeF(1280, 720), wuxi, options(Language::English));
    ASSERT_EQ(l.chips.size(), 4) << l.chips.join(QStringLiteral(", "));
    EXPECT_EQ(l.chips[0], QStringLiteral("Jiangsu"));
    EXPECT_EQ(l.chips[1], City::tierLabel(2));
    EXPECT_EQ(l.chips[2], City::statusLabel(true));
    EXPECT_TRUE(l.chips[3].contains(City::evidenceLabel(Evidence::Report))) << l.chips[3];

    // An edit in the table shows in the pane: the model is the one source.
    ASSERT_TRUE(cities.setSmart(row, false));
    ASSERT_TRUE(cities.setTier(row, 3));
    l = renderer.layout(QSizeF(1280, 720), wuxi, options(Language::English));
    EXPECT_TRUE(l.chips.contains(City::statusLabel(false))) << l.chips.join(QStringLiteral(", "));
    EXPECT_TRUE(l.chips.contains(City::tierLabel(3))) << l.chips.join(QStringLiteral(", "));
    EXPECT_FALSE(l.chips.contains(City::statusLabel(true))) << l.chips.join(QStringLiteral(", "));
    EXPECT_FALSE(l.chips.contains(City::tierLabel(2))) << l.chips.join(QStringLiteral(", "));
    expectClean(l, QSize(1280, 720), wuxi, Language::English);

    setLanguage(Language::Chinese);
    l = renderer.layout(QSizeF(1280, 720), wuxi, options(Language::Chinese));
    ASSERT_EQ(l.chips.size(), 4) << l.chips.join(QStringLiteral(", "));
    EXPECT_EQ(l.chips[0], QStringLiteral("江苏"));
    EXPECT_TRUE(l.chips.contains(City::statusLabel(false))) << l.chips.join(QStringLiteral(", "));
    EXPECT_TRUE(l.chips.contains(City::tierLabel(3))) << l.chips.join(QStringLiteral(", "));
    // The catalogue is really in use: the Chinese pane does not show English labels.
    EXPECT_NE(City::tierLabel(3), QStringLiteral("Tier 3"));
}

TEST_F(CaseStudyRendererTest, TagsAreTheCitysDomainsInOrder)
{
    for (const Language lang : {Language::English, Language::Chinese}) {
        setLanguage(lang);
        for (const QString &id : CaseStudies::cityIds()) {
            const Layout l = renderer.layout(QSizeF(1280, 720), id, options(lang));
            const QStringList expected = expectedTags(id, lang);
            EXPECT_FALSE(expected.isEmpty()) << id;
            EXPECT_EQ(l.tags, expected) << id << " " << languageName(lang);
            EXPECT_TRUE(l.marks.isEmpty()) << id; // marks belong to the comparison
        }
    }
    // Spot checks against the JSON as written, independent of the lookup above.
    EXPECT_EQ(
        renderer.layout(QSizeF(1280, 720), QStringLiteral("320200"), options(Language::English))
            .tags,
        (QStringList{QStringLiteral("IoT industry"), QStringLiteral("Cloud computing"),
                     QStringLiteral("Environment"), QStringLiteral("Water"),
                     QStringLiteral("Public safety")}));
    EXPECT_EQ(
        renderer.layout(QSizeF(1280, 720), QStringLiteral("131000"), options(Language::Chinese))
            .tags.first(),
        QStringLiteral("电子政务"));
}

TEST_F(CaseStudyRendererTest, ComparisonMarksAreExactlyTheJsonsPairs)
{
    QSet<std::pair<QString, QString>> expected;
    for (const CaseStudy &cs : studies().cities()) {
        for (const CaseStudy::Domain &d : cs.domains)
            expected.insert({d.id, cs.cityId});
    }
    ASSERT_EQ(expected.size(), 9 + 5 + 12 + 8 + 9);

    for (const Language lang : {Language::English, Language::Chinese}) {
        setLanguage(lang);
        const Layout l =
            renderer.layout(QSizeF(1280, 720), CaseStudyRenderer::comparisonId(), options(lang));
        const QSet<std::pair<QString, QString>> marks(l.marks.begin(), l.marks.end());
        EXPECT_EQ(marks.size(), l.marks.size()) << "a cell is marked twice";
        EXPECT_EQ(marks, expected);
        EXPECT_TRUE(l.chips.isEmpty());
        EXPECT_TRUE(l.tags.isEmpty());
    }
}

TEST_F(CaseStudyRendererTest, ComparisonRowsAreTheDomainsSomeCityHas)
{
    QStringList used;
    for (const CaseStudies::DomainName &d : studies().domains()) {
        if (std::any_of(studies().cities().begin(), studies().cities().end(),
                        [&](const CaseStudy &cs) { return cs.hasDomain(d.id); }))
            used.append(d.id);
    }
    EXPECT_EQ(renderer.comparisonDomains(), used);

    // A set that declares domains no city has: those rows must not be drawn.
    QString error;
    const std::optional<CaseStudies> fixture = CaseStudies::loadFile(
        QStringLiteral(ATLAS_TEST_DATA_DIR "/case-studies/unused-domain.json"), &error);
    ASSERT_TRUE(fixture) << error;
    ASSERT_EQ(fixture->domains().size(), 4);
    const CaseStudyRenderer small(&*fixture, &cities, &summary, &test::sharedBuiltInMap());
    EXPECT_EQ(small.comparisonDomains(),
              (QStringList{QStringLiteral("transport"), QStringLiteral("water")}));
    const Layout l = small.layout(QSizeF(1280, 720), CaseStudyRenderer::comparisonId(),
                                  options(Language::English));
    const QSet<std::pair<QString, QString>> marks(l.marks.begin(), l.marks.end());
    EXPECT_EQ(marks, (QSet<std::pair<QString, QString>>{
                         {QStringLiteral("water"), QStringLiteral("110000")},
                         {QStringLiteral("transport"), QStringLiteral("320200")},
                         {QStringLiteral("water"), QStringLiteral("320200")}}));
    expectClean(l, QSize(1280, 720), QStringLiteral("unused-domain comparison"), Language::English);
    EXPECT_EQ(matrixOf(l, QSizeF(1280, 720), fixture->cities().size()).rows.size(), 2);
}

TEST_F(CaseStudyRendererTest, ComparisonPaintsAFilledCellForEachMark)
{
    const QSize size(1280, 720);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black); // render() must paint its own background
    QPainter painter(&image);
    const Layout l = renderer.render(painter, QRectF(QPointF(0, 0), QSizeF(size)),
                                     CaseStudyRenderer::comparisonId(), options(Language::English));
    painter.end();
    EXPECT_EQ(colourDistance(image.pixelColor(2, 2), Palette::background()), 0);

    int nonWhite = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (colourDistance(image.pixelColor(x, y), Qt::white) > 40)
                ++nonWhite;
        }
    }
    EXPECT_GT(nonWhite, size.width() * size.height() / 100);

    const QList<CaseStudy> &cs = studies().cities();
    const QStringList domains = renderer.comparisonDomains();
    const MatrixGeometry g = matrixOf(l, QSizeF(size), cs.size());
    ASSERT_EQ(g.rows.size(), domains.size());
    const QSet<std::pair<QString, QString>> marks(l.marks.begin(), l.marks.end());
    for (qsizetype r = 0; r < domains.size(); ++r) {
        for (qsizetype c = 0; c < cs.size(); ++c) {
            const QColor at = image.pixelColor(QPointF(g.columns[c], g.rows[r]).toPoint());
            const bool filled = marks.contains({domains[r], cs[c].cityId});
            if (filled) {
                EXPECT_LE(colourDistance(at, Palette::smart()), 8)
                    << domains[r] << " " << cs[c].cityId << " " << at.name();
            } else {
                EXPECT_GT(colourDistance(at, Palette::smart()), 60)
                    << domains[r] << " " << cs[c].cityId << " " << at.name();
            }
        }
    }

    // The blue in the matrix is the marks' and nothing else: about one disc of radius 8 units
    // each.
    int blue = 0;
    const QRect area = g.area.toAlignedRect().intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (colourDistance(image.pixelColor(x, y), Palette::smart()) <= 8)
                ++blue;
        }
    }
    const double disc = std::numbers::pi * std::pow(8 * l.scale, 2);
    EXPECT_GT(blue, 0.6 * disc * l.marks.size()) << blue << " blue pixels";
    EXPECT_LT(blue, 1.2 * disc * l.marks.size()) << blue << " blue pixels";
}

TEST_F(CaseStudyRendererTest, CityPanePaintsTextAndMap)
{
    const QSize size(1280, 720);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    const Layout l = renderer.render(painter, QRectF(QPointF(0, 0), QSizeF(size)),
                                     QStringLiteral("440600"), options(Language::English));
    painter.end();
    EXPECT_TRUE(l.fits);
    EXPECT_EQ(l.blocks.size(),
              renderer.layout(QSizeF(size), QStringLiteral("440600"), options(Language::English))
                  .blocks.size());
    int nonWhite = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (colourDistance(image.pixelColor(x, y), Qt::white) > 40)
                ++nonWhite;
        }
    }
    EXPECT_GT(nonWhite, size.width() * size.height() / 100);
    // Nothing is left of the black fill: the whole target is painted.
    EXPECT_EQ(image.pixelColor(size.width() - 1, size.height() - 1), QColor(Qt::white));
    EXPECT_EQ(image.pixelColor(0, 0), QColor(Qt::white));
}

TEST_F(CaseStudyRendererTest, FourKIsTheDesignSizeScaledByThree)
{
    for (const Language lang : {Language::English, Language::Chinese}) {
        setLanguage(lang);
        for (const QString &page : pages()) {
            const Layout small = renderer.layout(QSizeF(1280, 720), page, options(lang));
            const Layout large = renderer.layout(QSizeF(3840, 2160), page, options(lang));
            const std::string where =
                (page + u' ' + QLatin1String(languageName(lang))).toStdString();
            ASSERT_EQ(large.blocks.size(), small.blocks.size()) << where;
            EXPECT_DOUBLE_EQ(large.scale, small.scale) << where;
            EXPECT_EQ(large.chips, small.chips) << where;
            EXPECT_EQ(large.tags, small.tags) << where;
            EXPECT_EQ(large.marks, small.marks) << where;
            // The header, set first, is proportional to within a couple of pixels; further down,
            // font sizes rounded to whole pixels add up, but to no more than 3 design pixels.
            for (qsizetype i = 0; i < small.blocks.size(); ++i) {
                const QRectF expected(small.blocks[i].topLeft() * 3, small.blocks[i].size() * 3);
                const QRectF &got = large.blocks[i];
                const double tolerance = i < 4 ? 3 : 9;
                EXPECT_NEAR(got.left(), expected.left(), tolerance) << where << " block " << i;
                EXPECT_NEAR(got.top(), expected.top(), tolerance) << where << " block " << i;
                EXPECT_NEAR(got.right(), expected.right(), tolerance) << where << " block " << i;
                EXPECT_NEAR(got.bottom(), expected.bottom(), tolerance) << where << " block " << i;
            }
        }
    }
}

TEST_F(CaseStudyRendererTest, APaneWhoseCityIsNotInTheDatasetSaysSo)
{
    QString error;
    ASSERT_TRUE(cities.loadFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid-small.json"), &error))
        << error;
    ASSERT_LT(cities.rowOfId(QStringLiteral("420100")), 0); // no Wuhan in this dataset
    const CaseStudyRenderer::Options o{Language::English, true};
    const CaseStudyRenderer::Layout l =
        renderer.layout(QSizeF(1280, 720), QStringLiteral("420100"), o);
    EXPECT_TRUE(l.fits);
    EXPECT_TRUE(l.chips.isEmpty());
    ASSERT_FALSE(l.blocks.isEmpty());

    QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, QRectF(0, 0, 1280, 720), QStringLiteral("420100"), o);
    painter.end();
    // The message is drawn: some dark text pixels in the middle band.
    int ink = 0;
    for (int y = 300; y < 420; ++y)
        for (int x = 0; x < 1280; ++x)
            ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
    EXPECT_GT(ink, 200);
}
