// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QUndoStack;

namespace atlas {

// Edit › Undo and Redo over the document's undo stack, named after the step they undo or redo
// ("Undo Set Changchun to smart city"), in the current language.
class EditMenu : public QMenu
{
    Q_OBJECT

public:
    EditMenu(QUndoStack *stack, QWidget *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace atlas
