// SPDX-License-Identifier: GPL-3.0-or-later
#include "Navigator.h"

#include <QEvent>

namespace atlas {

Navigator::Navigator(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    for (int i = 0; i < SectionCount; ++i)
        addItem(QString());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    setSpacing(4);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    setFixedWidth(qMax(150, sizeHintForColumn(0) + 40));
}

QString Navigator::sectionName(Section section)
{
    switch (section) {
    case Overview:
        return tr("Overview");
    case Maps:
        return tr("Maps");
    case Cities:
        return tr("Cities");
    case CaseStudies:
        return tr("Case studies");
    case SectionCount:
        break;
    }
    return {};
}

void Navigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void Navigator::retranslate()
{
    for (int i = 0; i < SectionCount; ++i)
        item(i)->setText(sectionName(Section(i)));
}

} // namespace atlas
