// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterView.h"

#include "PresentationWindow.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTime>
#include <QTimer>

namespace atlas {

PresenterView::PresenterView(PresentationWindow *presentation, QWidget *parent)
    : QWidget(parent), m_presentation(presentation), m_current(new QLabel(this)),
      m_next(new QLabel(this)), m_position(new QLabel(this)), m_clock(new QLabel(this)),
      m_elapsed(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Presenter view"));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(QStringLiteral("background: #1a1a1a; color: #f0f0f0;"));
    for (QLabel *preview : {m_current, m_next}) {
        preview->setAlignment(Qt::AlignCenter);
        preview->setMinimumSize(320, 180);
    }
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    for (QLabel *text : {m_position, m_clock, m_elapsed})
        text->setFont(big);
    auto *nextCaption = new QLabel(tr("Next"), this);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_current, 0, 0, 3, 1);
    layout->addWidget(nextCaption, 0, 1);
    layout->addWidget(m_next, 1, 1);
    auto *times = new QVBoxLayout;
    times->addWidget(m_position);
    times->addWidget(m_clock);
    times->addWidget(m_elapsed);
    times->addStretch(1);
    layout->addLayout(times, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    m_started.start();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenterView::tick);
    m_timer->start();
    connect(presentation, &PresentationWindow::currentChanged, this, &PresenterView::refresh);
    connect(presentation, &PresentationWindow::finished, this, &QWidget::close);
    refresh();
    tick();
}

QString PresenterView::clockText() const
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm"));
}

QString PresenterView::elapsedText() const
{
    const qint64 s = m_started.elapsed() / 1000;
    return tr("Elapsed %1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString PresenterView::positionText() const
{
    return tr("Slide %1 of %2").arg(m_presentation->current() + 1).arg(m_presentation->count());
}

void PresenterView::refresh()
{
    const int current = m_presentation->current();
    const QSize big = m_current->size().isEmpty() ? QSize(640, 360) : m_current->size();
    const QSize small = m_next->size().isEmpty() ? QSize(320, 180) : m_next->size();
    // Slides are 16:9 designs; previews keep that shape inside the label.
    const auto fit = [](const QSize &box) {
        return QSize(box.width(), box.width() * 9 / 16)
            .boundedTo(QSize(box.height() * 16 / 9, box.height()));
    };
    m_currentImage = m_presentation->renderSlide(current, fit(big));
    m_current->setPixmap(QPixmap::fromImage(m_currentImage));
    if (current + 1 < m_presentation->count()) {
        m_nextImage = m_presentation->renderSlide(current + 1, fit(small));
        m_next->setPixmap(QPixmap::fromImage(m_nextImage));
    } else {
        m_nextImage = QImage();
        m_next->setText(tr("End of the presentation"));
    }
    m_position->setText(positionText());
}

void PresenterView::tick()
{
    m_clock->setText(clockText());
    m_elapsed->setText(elapsedText());
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    // The presenter drives the slides from the laptop too.
    QApplication::sendEvent(m_presentation, event);
}

} // namespace atlas
