// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace atlas {

class CityTableModel;
class TierSummaryModel;

// The opening slide: the study and its tier totals in large type, laid out on a 1280×720 design.
class TitleSlide
{
    Q_DECLARE_TR_FUNCTIONS(atlas::TitleSlide)

public:
    static QString title();
    static void paint(QPainter &painter, const QRectF &rect, const TierSummaryModel &summary,
                      const CityTableModel &cities);
};

} // namespace atlas
