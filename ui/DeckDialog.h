// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace atlas {

class ViewRegistry;

// View › Slides: which views the presentation shows and in what order (drag to reorder).
class DeckDialog : public QDialog
{
    Q_OBJECT

public:
    DeckDialog(const ViewRegistry &views, const QStringList &deck, const QStringList &defaultDeck,
               QWidget *parent = nullptr);

    // The checked views, in list order.
    QStringList slides() const;
    QListWidget *list() const { return m_list; }

private:
    void fill(const QStringList &deck);
    void move(int delta);

    const ViewRegistry &m_views;
    QListWidget *m_list;
};

} // namespace atlas
