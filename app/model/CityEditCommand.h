// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "City.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace atlas {

class CityTableModel;

// One edit of one city, as the user makes it (a tier or the smart-city status), undoable. The
// city is found by its id, not its row, so that sorting or filtering never sends an undo to the
// wrong city. A changed status is the user's claim, not the report's: the evidence becomes
// "edited by the user" with the date, and undo restores what it was.
class CityEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CityEditCommand)

public:
    static CityEditCommand *setTier(CityTableModel *model, const City &city, int tier);
    static CityEditCommand *setSmart(CityTableModel *model, const City &city, bool smart);

    void undo() override;
    void redo() override;

private:
    CityEditCommand(CityTableModel *model, City before, City after, const QString &text);

    CityTableModel *m_model;
    City m_before;
    City m_after;
};

} // namespace atlas
