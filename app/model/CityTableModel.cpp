// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityTableModel.h"

#include "CityEditCommand.h"

namespace atlas {

CityTableModel::CityTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_undo(new QUndoStack(this))
{}

int CityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.cities.size());
}

int CityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const City &c = m_dataset.cities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name(m_language);
        case ProvinceColumn:
            return c.province(m_language);
        case TierColumn:
            return c.tier;
        case StatusColumn:
            return City::statusLabel(c.smart);
        case EvidenceColumn:
            return City::evidenceLabel(c.evidence);
        case BasisColumn:
            return c.basis;
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == TierColumn)
            return c.tier;
        if (index.column() == StatusColumn)
            return c.smart;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return tr("%1 %2 (%3 %4)\n%5 · %6\nEvidence: %7\n%8")
            .arg(c.nameZh, c.nameEn, c.provinceZh, c.provinceEn, City::tierLabel(c.tier),
                 City::statusLabel(c.smart), City::evidenceLabel(c.evidence), c.basis);
    case Qt::TextAlignmentRole:
        if (index.column() == TierColumn)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return c.id;
    case NameZhRole:
        return c.nameZh;
    case NameEnRole:
        return c.nameEn;
    case ProvinceZhRole:
        return c.provinceZh;
    case ProvinceEnRole:
        return c.provinceEn;
    case TierRole:
        return c.tier;
    case SmartRole:
        return c.smart;
    case EvidenceRole:
        return int(c.evidence);
    case BasisRole:
        return c.basis;
    case CoordinateRole:
        return QVariant::fromValue(c.location);
    default:
        return {};
    }
}

bool CityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == TierRole || (role == Qt::EditRole && index.column() == TierColumn)) {
        bool ok = false;
        const int tier = value.toInt(&ok);
        return ok && setTier(index.row(), tier);
    }
    if (role == SmartRole || (role == Qt::EditRole && index.column() == StatusColumn))
        return setSmart(index.row(), value.toBool());
    return false;
}

bool CityTableModel::setTier(int row, int tier)
{
    if (row < 0 || row >= rowCount() || tier < City::minTier || tier > City::maxTier)
        return false;
    const City &c = m_dataset.cities.at(row);
    if (c.tier != tier)
        m_undo->push(CityEditCommand::setTier(this, c, tier));
    return true;
}

bool CityTableModel::setSmart(int row, bool smart)
{
    if (row < 0 || row >= rowCount())
        return false;
    const City &c = m_dataset.cities.at(row);
    if (c.smart != smart)
        m_undo->push(CityEditCommand::setSmart(this, c, smart));
    return true;
}

void CityTableModel::replaceCity(const City &city)
{
    const int row = rowOfId(city.id);
    if (row < 0)
        return;
    m_dataset.cities[row] = city;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Qt::ItemFlags CityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == TierColumn || index.column() == StatusColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("City");
    case ProvinceColumn:
        return tr("Province");
    case TierColumn:
        return tr("Tier");
    case StatusColumn:
        return tr("Status");
    case EvidenceColumn:
        return tr("Evidence");
    case BasisColumn:
        return tr("Basis");
    default:
        return {};
    }
}

QHash<int, QByteArray> CityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameZhRole, "nameZh"},
                  {NameEnRole, "nameEn"},
                  {ProvinceZhRole, "provinceZh"},
                  {ProvinceEnRole, "provinceEn"},
                  {TierRole, "tier"},
                  {SmartRole, "smart"},
                  {EvidenceRole, "evidence"},
                  {BasisRole, "basis"},
                  {CoordinateRole, "coordinate"}});
    return names;
}

void CityTableModel::setDataset(CityDataset dataset)
{
    beginResetModel();
    // Edits belong to the records they were made on.
    m_undo->clear();
    m_dataset = std::move(dataset);
    ++m_datasetRevision;
    endResetModel();
    emit datasetReplaced();
}

bool CityTableModel::loadFile(const QString &path, QString *error)
{
    return loadFile(path, ImportOptions(), error);
}

bool CityTableModel::loadFile(const QString &path, const ImportOptions &options, QString *error,
                              QStringList *skipped)
{
    std::optional<CityDataset> dataset = CityImport::loadFile(path, options, error, skipped);
    if (!dataset)
        return false;
    setDataset(std::move(*dataset));
    return true;
}

int CityTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_dataset.cities.at(row).id == id)
            return row;
    }
    return -1;
}

void CityTableModel::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    // Names and translated labels change in every row; a reset would lose views' selections.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit languageChanged(language);
}

} // namespace atlas
