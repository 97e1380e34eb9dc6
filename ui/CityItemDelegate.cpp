// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityItemDelegate.h"

#include "model/CityTableModel.h"

#include <QComboBox>

namespace atlas {

QWidget *CityItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const int column = index.column();
    if (column != CityTableModel::TierColumn && column != CityTableModel::StatusColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    if (column == CityTableModel::TierColumn) {
        for (int tier = City::minTier; tier <= City::maxTier; ++tier)
            combo->addItem(City::tierLabel(tier), tier);
    } else {
        combo->addItem(City::statusLabel(true), true);
        combo->addItem(City::statusLabel(false), false);
    }
    // A choice is the whole edit: apply it at once, as a list picker should.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<CityItemDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void CityItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CityItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace atlas
