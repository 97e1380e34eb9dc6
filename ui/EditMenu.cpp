// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditMenu.h"

#include <QEvent>
#include <QUndoStack>

namespace atlas {

EditMenu::EditMenu(QUndoStack *stack, QWidget *parent)
    : QMenu(parent), m_stack(stack), m_undo(addAction(QString())), m_redo(addAction(QString()))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &EditMenu::retranslate);
    connect(stack, &QUndoStack::cleanChanged, this, &EditMenu::retranslate);
    retranslate();
}

void EditMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void EditMenu::retranslate()
{
    setTitle(tr("&Edit"));
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace atlas
