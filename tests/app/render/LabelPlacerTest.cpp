// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/LabelPlacer.h"

#include <QSet>
#include <gtest/gtest.h>
#include <random>

using atlas::LabelPlacer;

namespace {

LabelPlacer::Candidate candidate(const QString &key, QPointF anchor, int priority,
                                 QSizeF size = QSizeF(60, 14), double clearance = 5)
{
    return {key, anchor, clearance, size, priority, key};
}

// Overlap with positive area: rectangles that only touch are fine for labels.
bool overlaps(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.width() > 1e-9 && i.height() > 1e-9;
}

QStringList keysOf(const QList<LabelPlacer::Placed> &placed)
{
    QStringList keys;
    for (const LabelPlacer::Placed &p : placed)
        keys.append(p.key);
    return keys;
}

} // namespace

TEST(LabelPlacer, CrowdedLabelsNeverOverlapEachOtherObstaclesOrTheEdge)
{
    const QRectF bounds(0, 0, 800, 600);
    const QList<QRectF> obstacles{QRectF(0, 0, 800, 60), QRectF(600, 420, 200, 180),
                                  QRectF(300, 250, 120, 80)};
    LabelPlacer placer(bounds);
    for (const QRectF &o : obstacles)
        placer.addObstacle(o);

    // Far more labels than fit, many anchored near the edges and inside obstacles, so every
    // rule is exercised. A fixed seed keeps the test reproducible.
    std::mt19937 random(20240611);
    std::uniform_real_distribution<double> x(-20, 820), y(-20, 620), width(20, 120);
    QList<LabelPlacer::Candidate> candidates;
    for (int i = 0; i < 400; ++i) {
        candidates.append(candidate(QString::number(i), QPointF(x(random), y(random)), i % 7,
                                    QSizeF(width(random), 14), 4 + i % 5));
    }
    const QList<LabelPlacer::Placed> placed = placer.place(candidates);

    ASSERT_GT(placed.size(), 40); // the test means nothing if almost nothing is placed
    EXPECT_LT(placed.size(), candidates.size());
    QSet<QString> keys;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const LabelPlacer::Placed &p = placed.at(i);
        EXPECT_FALSE(keys.contains(p.key)) << "placed twice: " << p.key.toStdString();
        keys.insert(p.key);
        EXPECT_TRUE(bounds.contains(p.rect)) << p.key.toStdString();
        for (const QRectF &o : obstacles)
            EXPECT_FALSE(overlaps(p.rect, o)) << p.key.toStdString();
        for (qsizetype j = i + 1; j < placed.size(); ++j)
            EXPECT_FALSE(overlaps(p.rect, placed.at(j).rect))
                << p.key.toStdString() << " and " << placed.at(j).key.toStdString();

        // The label keeps the text's size and sits next to its own anchor, clear of it.
        const LabelPlacer::Candidate &c = candidates.at(p.key.toInt());
        EXPECT_EQ(p.text, c.text);
        EXPECT_EQ(p.rect.size(), c.size);
        const QRectF marker(c.anchor - QPointF(c.clearance, c.clearance),
                            QSizeF(2 * c.clearance, 2 * c.clearance));
        EXPECT_FALSE(overlaps(p.rect, marker)) << p.key.toStdString();
        // Priority 0 (case studies) may also take a second ring, one text height further out.
        const double ring = c.priority == 0 ? c.size.height() : 0;
        const QRectF near = marker.adjusted(-c.size.width() - 3 - ring, -c.size.height() - 3 - ring,
                                            c.size.width() + 3 + ring, c.size.height() + 3 + ring);
        EXPECT_TRUE(near.contains(p.rect)) << p.key.toStdString();
    }
}

TEST(LabelPlacer, PrefersTheRightOfTheAnchor)
{
    const LabelPlacer placer(QRectF(0, 0, 400, 300));
    const QList<LabelPlacer::Placed> placed =
        placer.place({candidate(QStringLiteral("a"), QPointF(100, 100), 1)});
    ASSERT_EQ(placed.size(), 1);
    EXPECT_GT(placed.first().rect.left(), 100);
    EXPECT_DOUBLE_EQ(placed.first().rect.center().y(), 100);
}

TEST(LabelPlacer, HigherPriorityWinsAContestedSpot)
{
    // A strip only as tall as a label and just wide enough for one label to the right of the
    // shared anchor: above, below and left are off the bounds, so there is exactly one spot.
    const QRectF bounds(100, 93, 80, 14);
    const LabelPlacer placer(bounds);
    // The important one comes last in the input: the placer must not go by input order.
    const QList<LabelPlacer::Placed> placed =
        placer.place({candidate(QStringLiteral("minor"), QPointF(100, 100), 5, QSizeF(60, 14), 3),
                      candidate(QStringLiteral("major"), QPointF(100, 100), 0, QSizeF(60, 14), 3)});
    EXPECT_EQ(keysOf(placed), QStringList{QStringLiteral("major")});
}

TEST(LabelPlacer, EqualPrioritiesKeepTheInputOrder)
{
    const LabelPlacer placer(QRectF(100, 93, 80, 14));
    const QList<LabelPlacer::Placed> placed = placer.place(
        {candidate(QStringLiteral("first"), QPointF(100, 100), 2, QSizeF(60, 14), 3),
         candidate(QStringLiteral("second"), QPointF(100, 100), 2, QSizeF(60, 14), 3)});
    EXPECT_EQ(keysOf(placed), QStringList{QStringLiteral("first")});
}

TEST(LabelPlacer, ALabelMovesAroundItsAnchorBeforeItIsDropped)
{
    // Two cities side by side: the second cannot go right (the first's label is there), so it
    // goes to another side instead of being dropped.
    const LabelPlacer placer(QRectF(0, 0, 400, 300));
    const QList<LabelPlacer::Placed> placed =
        placer.place({candidate(QStringLiteral("a"), QPointF(200, 150), 0),
                      candidate(QStringLiteral("b"), QPointF(200, 150), 1)});
    ASSERT_EQ(keysOf(placed), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_FALSE(overlaps(placed.at(0).rect, placed.at(1).rect));
}

TEST(LabelPlacer, DroppedWhenThereIsNoRoom)
{
    LabelPlacer placer(QRectF(0, 0, 400, 300));
    // Obstacles on all four sides of the anchor.
    placer.addObstacle(QRectF(0, 0, 400, 140));
    placer.addObstacle(QRectF(0, 160, 400, 140));
    placer.addObstacle(QRectF(0, 140, 190, 20));
    placer.addObstacle(QRectF(210, 140, 190, 20));
    EXPECT_TRUE(placer.place({candidate(QStringLiteral("boxed"), QPointF(200, 150), 0)}).isEmpty());

    // Too wide for the bounds in every position.
    const LabelPlacer narrow(QRectF(0, 0, 50, 300));
    EXPECT_TRUE(
        narrow.place({candidate(QStringLiteral("wide"), QPointF(25, 150), 0, QSizeF(120, 14))})
            .isEmpty());
    EXPECT_TRUE(narrow.place({}).isEmpty());
}
