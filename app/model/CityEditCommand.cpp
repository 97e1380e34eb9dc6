// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityEditCommand.h"

#include "CityTableModel.h"

#include <QDate>

namespace atlas {

CityEditCommand::CityEditCommand(CityTableModel *model, City before, City after,
                                 const QString &text)
    : m_model(model), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

CityEditCommand *CityEditCommand::setTier(CityTableModel *model, const City &city, int tier)
{
    City after = city;
    after.tier = tier;
    return new CityEditCommand(
        model, city, after,
        tr("Set %1 to %2").arg(city.name(model->language()), City::tierLabel(tier)));
}

CityEditCommand *CityEditCommand::setSmart(CityTableModel *model, const City &city, bool smart)
{
    City after = city;
    after.smart = smart;
    after.evidence = Evidence::Edited;
    after.basis = tr("Edited by the user on %1 (before: %2)")
                      .arg(QDate::currentDate().toString(Qt::ISODate), city.basis);
    const QString name = city.name(model->language());
    return new CityEditCommand(model, city, after,
                               smart ? tr("Set %1 to smart city").arg(name)
                                     : tr("Set %1 to not yet smart").arg(name));
}

void CityEditCommand::undo()
{
    m_model->replaceCity(m_before);
}

void CityEditCommand::redo()
{
    m_model->replaceCity(m_after);
}

} // namespace atlas
