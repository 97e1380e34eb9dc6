// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeckDialog.h"

#include "export/ViewRegistry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas {

DeckDialog::DeckDialog(const ViewRegistry &views, const QStringList &deck,
                       const QStringList &defaultDeck, QWidget *parent)
    : QDialog(parent), m_views(views), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Slides"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setMinimumSize(360, 360);
    auto *up = new QPushButton(tr("Move up"), this);
    auto *down = new QPushButton(tr("Move down"), this);
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    auto *reset = new QPushButton(tr("Default slides"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    side->addWidget(reset);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the slides to show; drag or use the buttons to order "
                                    "them."),
                                 this));
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this, defaultDeck] { fill(defaultDeck); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill(deck);
}

void DeckDialog::fill(const QStringList &deck)
{
    m_list->clear();
    // The deck's slides first, in its order, then every other view, unticked.
    QStringList order = deck;
    for (const QString &id : m_views.ids()) {
        if (!order.contains(id))
            order.append(id);
    }
    for (const QString &id : order) {
        const ViewRegistry::View *view = m_views.find(id);
        if (!view)
            continue;
        auto *item = new QListWidgetItem(view->title(), m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(deck.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void DeckDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

QStringList DeckDialog::slides() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

} // namespace atlas
