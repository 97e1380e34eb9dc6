// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapOptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace atlas {

class CityTableModel;
class MapCanvas;
class TierSummaryModel;
namespace geo {
class Basemap;
}

// The Maps section: view presets (all tiers, the report's tier-2 and tier-3 maps), filters,
// province shading, city search, and the interactive map.
class MapView : public QWidget
{
    Q_OBJECT

public:
    MapView(const geo::Basemap *basemap, CityTableModel *cities, TierSummaryModel *summary,
            QWidget *parent = nullptr);

    MapCanvas *canvas() const { return m_canvas; }
    void setBasemap(const geo::Basemap *basemap);
    void setPreset(MapOptions::Preset preset);
    MapOptions::Preset preset() const;
    // Finds a city by Chinese or English name; centres and selects it. False if none matches.
    bool findCity(const QString &text);

    QComboBox *presetBox() const { return m_preset; }
    QCheckBox *tierBox(int tier) const { return m_tierBoxes.at(tier - 1); }
    QCheckBox *smartBox() const { return m_smart; }
    QCheckBox *notSmartBox() const { return m_notSmart; }
    QCheckBox *shadingBox() const { return m_shading; }
    QLineEdit *searchField() const { return m_search; }

signals:
    // A click on a city on the map.
    void cityClicked(const QString &id);
    // A city selected by a click or by the search.
    void citySelected(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void rebuildCompleter();
    void retranslate();

    CityTableModel *m_cities;
    MapCanvas *m_canvas;
    QComboBox *m_preset;
    QList<QCheckBox *> m_tierBoxes;
    QCheckBox *m_smart;
    QCheckBox *m_notSmart;
    QCheckBox *m_shading;
    QLineEdit *m_search;
    QCompleter *m_completer;
    QStringListModel *m_names;
};

} // namespace atlas
