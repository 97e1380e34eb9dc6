// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace atlas {

// Stands in for a view that a later release brings, and says what it will show.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderView(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &body);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_body;
};

} // namespace atlas
