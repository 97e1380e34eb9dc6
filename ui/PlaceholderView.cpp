// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace atlas {

PlaceholderView::PlaceholderView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QLabel(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_body->setWordWrap(true);
    m_body->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_body, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void PlaceholderView::setTexts(const QString &title, const QString &body)
{
    m_title->setText(title);
    m_body->setText(body);
}

QString PlaceholderView::title() const
{
    return m_title->text();
}

} // namespace atlas
