// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasChart.h"

#include "render/Palette.h"

#include <QFont>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsTextItem>
#include <QTextDocument>

namespace atlas {

AtlasChart::AtlasChart(QGraphicsItem *parent) : QChart(parent), m_note(new QGraphicsTextItem(this))
{
    setTheme(QChart::ChartThemeLight);
    setBackgroundRoundness(0);
    setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    setTitleFont(titleFont);
    setTitleBrush(Palette::text());
    legend()->setAlignment(Qt::AlignTop);

    QFont noteFont = font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.85);
    m_note->setFont(noteFont);
    m_note->setDefaultTextColor(Palette::mutedText());
    m_note->document()->setDocumentMargin(0);
}

void AtlasChart::setSourceNote(const QString &note)
{
    m_note->setPlainText(note);
    layoutNote();
}

QString AtlasChart::sourceNote() const
{
    return m_note->toPlainText();
}

void AtlasChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    layoutNote();
}

void AtlasChart::layoutNote()
{
    // The note wraps to the chart's width and the bottom margin grows to hold it, so a narrow
    // chart never clips it.
    constexpr qreal side = 12;
    // Before the first resize there is no width to wrap to; a note wrapped to nothing would set
    // a huge margin, and with it a minimum height the chart could not shrink below.
    if (size().width() < 4 * side)
        return;
    const qreal width = size().width() - 2 * side;
    m_note->setTextWidth(width);
    const qreal noteHeight = m_note->boundingRect().height();
    m_note->setPos(side, size().height() - noteHeight - 8);
    QMargins m = margins();
    const int bottom = int(std::ceil(noteHeight)) + 12;
    if (m.bottom() != bottom) {
        m.setBottom(bottom);
        setMargins(m);
    }
}

} // namespace atlas
