// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewChartsView.h"

#include "CoverageChart.h"
#include "ProvinceChart.h"
#include "TierStackChart.h"
#include "model/CityTableModel.h"
#include "model/ProvinceSummaryModel.h"
#include "model/TierSummaryModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QMap>
#include <QStackedBarSeries>
#include <gtest/gtest.h>

using namespace atlas;

namespace {

class OverviewChartsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(cities.loadFile(CityDataset::builtInPath(), &error));
        view = std::make_unique<OverviewChartsView>(&cities, &tiers, &provinces);
        view->resize(1280, 800);
        view->show();
    }

    CityTableModel cities;
    TierSummaryModel tiers{&cities};
    ProvinceSummaryModel provinces{&cities, Qt::AscendingOrder};
    std::unique_ptr<OverviewChartsView> view;
};

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

} // namespace

TEST_F(OverviewChartsViewTest, CoverageChartShowsTheReportFigures)
{
    CoverageChart *chart = view->coverageChart();
    ASSERT_EQ(chart->series()->barSets().size(), 1);
    const QList<qreal> v = values(chart->series()->barSets().first());
    ASSERT_EQ(v.size(), 3);
    EXPECT_DOUBLE_EQ(v[0], 100.0);
    EXPECT_NEAR(v[1], 74.19, 0.01);
    EXPECT_NEAR(v[2], 34.33, 0.01);
    EXPECT_EQ(chart->barLabels(0), (QStringList{QStringLiteral("100.0%"), QStringLiteral("3/3")}));
    EXPECT_EQ(chart->barLabels(1), (QStringList{QStringLiteral("74.2%"), QStringLiteral("23/31")}));
    EXPECT_EQ(chart->barLabels(2), (QStringList{QStringLiteral("34.3%"), QStringLiteral("23/67")}));
    EXPECT_EQ(chart->title(), QStringLiteral("Smart-city coverage by city tier"));
    EXPECT_TRUE(chart->sourceNote().contains(QStringLiteral("reconstruction")));
    const auto axes = chart->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    EXPECT_EQ(static_cast<QBarCategoryAxis *>(axes.first())->categories(),
              (QStringList{QStringLiteral("Tier 1"), QStringLiteral("Tier 2"),
                           QStringLiteral("Tier 3")}));
    EXPECT_EQ(axes.first()->titleText(), QStringLiteral("City tier"));
}

TEST_F(OverviewChartsViewTest, StackedChartSplitsSmartAndNotYetSmart)
{
    const QList<QBarSet *> sets = view->tierStackChart()->series()->barSets();
    ASSERT_EQ(sets.size(), 2);
    EXPECT_EQ(sets[0]->label(), QStringLiteral("Smart cities"));
    EXPECT_EQ(sets[1]->label(), QStringLiteral("Not yet smart"));
    EXPECT_EQ(values(sets[0]), (QList<qreal>{3, 23, 23}));
    EXPECT_EQ(values(sets[1]), (QList<qreal>{0, 8, 44}));
    EXPECT_NE(sets[0]->color(), sets[1]->color());
}

TEST_F(OverviewChartsViewTest, ProvinceChartIsSortedAndLabelled)
{
    ProvinceChart *chart = view->provinceChart();
    const QList<QBarSet *> sets = chart->series()->barSets();
    ASSERT_EQ(sets.size(), 1);
    const QList<qreal> v = values(sets.first());
    ASSERT_EQ(v.size(), provinces.rowCount());
    for (int i = 1; i < v.size(); ++i)
        EXPECT_LE(v[i - 1], v[i]); // drawn bottom-up: the most at the top
    qreal total = 0;
    for (qreal x : v)
        total += x;
    EXPECT_EQ(total, 49);
    const QStringList categories = chart->categoryAxis()->categories();
    ASSERT_EQ(categories.size(), v.size());
    EXPECT_EQ(categories.first(),
              provinces.index(0, ProvinceSummaryModel::ProvinceColumn).data().toString());
    // The top bar is the province with the most smart cities, counted here from the records.
    QMap<QString, int> smartPerProvince;
    for (const City &c : cities.cities())
        smartPerProvince[c.provinceEn] += c.smart ? 1 : 0;
    const int most = *std::max_element(smartPerProvince.cbegin(), smartPerProvince.cend());
    EXPECT_EQ(v.last(), most);
    EXPECT_EQ(smartPerProvince.value(categories.last()), most);
}

TEST_F(OverviewChartsViewTest, EditingACityUpdatesEveryChart)
{
    const int row = cities.rowOfId(QStringLiteral("131000")); // Langfang, tier 3, smart
    ASSERT_GE(row, 0);
    ASSERT_TRUE(cities.setData(cities.index(row, CityTableModel::StatusColumn), false));
    CoverageChart *coverage = view->coverageChart();
    EXPECT_NEAR(coverage->series()->barSets().first()->at(2), 100.0 * 22 / 67, 1e-9);
    EXPECT_EQ(coverage->barLabels(2),
              (QStringList{QStringLiteral("32.8%"), QStringLiteral("22/67")}));
    const QList<QBarSet *> stack = view->tierStackChart()->series()->barSets();
    EXPECT_EQ(values(stack[0]), (QList<qreal>{3, 23, 22}));
    EXPECT_EQ(values(stack[1]), (QList<qreal>{0, 8, 45}));
    qreal total = 0;
    for (qreal x : values(view->provinceChart()->series()->barSets().first()))
        total += x;
    EXPECT_EQ(total, 48);
}

TEST_F(OverviewChartsViewTest, RendersSomethingOnScreen)
{
    const QImage image = view->grab().toImage();
    ASSERT_FALSE(image.isNull());
    // The coverage bars are drawn in the palette's blue: find that colour in the left half.
    int blue = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width() / 2; x += 2)
            blue += image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2) ? 1 : 0;
    EXPECT_GT(blue, 500);
}
