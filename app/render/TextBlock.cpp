// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace atlas {

QRectF TextBlock::draw(QPainter *painter, const QPointF &topLeft, double width, const QString &text,
                       const QFont &font, const QColor &colour, int flags)
{
    const QFontMetricsF fm(font);
    const int allFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop | flags;
    const QRectF bounds =
        fm.boundingRect(QRectF(topLeft, QSizeF(std::max(1.0, width), 1e6)), allFlags, text);
    const QRectF used(topLeft, QSizeF(width, bounds.height()));
    if (painter) {
        painter->save();
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(used, allFlags, text);
        painter->restore();
    }
    return used;
}

QFont TextBlock::font(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace atlas
