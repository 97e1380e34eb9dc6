// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace atlas {

// Wrapped text that is measured and drawn by the same call, so a layout computed without a
// painter (to test that nothing is clipped, or to fit text by shrinking it) is exactly the one
// drawn. With a null painter it only measures.
class TextBlock
{
public:
    // Lays `text` out in `width` from `topLeft`; returns the rectangle it takes.
    static QRectF draw(QPainter *painter, const QPointF &topLeft, double width, const QString &text,
                       const QFont &font, const QColor &colour, int flags = 0);
    // The house font at a pixel size: "Noto Sans CJK SC", named so that output does not depend
    // on fontconfig's choice for shared ideographs.
    static QFont font(double pixelSize, bool bold = false);
};

} // namespace atlas
