// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CityDataset.h"
#include "io/CityImport.h"

#include <QAbstractTableModel>
#include <QUndoStack>

namespace atlas {

// The one owner of the city records. Every chart, table, map and export reads this model (or a
// model derived from it), so an edit here is seen everywhere at once.
class CityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ProvinceColumn,
        TierColumn,
        StatusColumn,
        EvidenceColumn,
        BasisColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameZhRole,
        NameEnRole,
        ProvinceZhRole,
        ProvinceEnRole,
        TierRole,
        SmartRole,
        EvidenceRole, // Evidence as int
        BasisRole,
        CoordinateRole, // QGeoCoordinate
    };

    explicit CityTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces all records; the caller has validated them (CityDataset::loadFile).
    void setDataset(CityDataset dataset);
    // Loads a file; on failure the current data stays as it was and *error says why.
    bool loadFile(const QString &path, QString *error);
    // The same for any list the program reads (JSON, CSV), with the user's import options; rows
    // left out by them are listed in *skipped.
    bool loadFile(const QString &path, const ImportOptions &options, QString *error,
                  QStringList *skipped = nullptr);

    const QList<City> &cities() const { return m_dataset.cities; }
    const City &city(int row) const { return m_dataset.cities.at(row); }
    int rowOfId(const QString &id) const;
    QString datasetPath() const { return m_dataset.path; }
    QString datasetTitle() const { return m_dataset.title; }
    QString datasetSource() const { return m_dataset.source; }

    // Edits as the user makes them: each one an undoable step on undoStack().
    bool setTier(int row, int tier);
    bool setSmart(int row, bool smart);
    QUndoStack *undoStack() const { return m_undo; }
    // Edits in force since the records were loaded (undone ones do not count).
    int editCount() const { return m_undo->index(); }
    // For the edit commands: puts a city back by its id, as it was or as it will be.
    void replaceCity(const City &city);

    // Changes whenever the records are replaced (not on edits of tier or status), so caches of
    // per-city geometry know when to rebuild.
    quint64 datasetRevision() const { return m_datasetRevision; }

    Language language() const { return m_language; }
    void setLanguage(Language language);

signals:
    void languageChanged(atlas::Language language);
    void datasetReplaced();

private:
    CityDataset m_dataset;
    QUndoStack *m_undo;
    Language m_language = Language::English;
    quint64 m_datasetRevision = 0;
};

} // namespace atlas
