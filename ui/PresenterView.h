// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;

namespace atlas {

class PresentationWindow;

// What the presenter sees on the laptop while the slides are on the projector: the current and
// the next slide, the slide number, the time of day and the time elapsed since the start.
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(PresentationWindow *presentation, QWidget *parent = nullptr);

    QString clockText() const;
    QString elapsedText() const;
    QString positionText() const;
    // The previews as last drawn (for tests).
    QImage currentPreview() const { return m_currentImage; }
    QImage nextPreview() const { return m_nextImage; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void tick();

    PresentationWindow *m_presentation;
    QLabel *m_current;
    QLabel *m_next;
    QLabel *m_position;
    QLabel *m_clock;
    QLabel *m_elapsed;
    QTimer *m_timer;
    QElapsedTimer m_started;
    QImage m_currentImage;
    QImage m_nextImage;
};

} // namespace atlas
