// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "MapCanvas.h"
#include "model/CityTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

namespace atlas {

MapView::MapView(const geo::Basemap *basemap, CityTableModel *cities, TierSummaryModel *summary,
                 QWidget *parent)
    : QWidget(parent), m_cities(cities), m_canvas(new MapCanvas(basemap, cities, summary, this)),
      m_preset(new QComboBox(this)), m_smart(new QCheckBox(this)), m_notSmart(new QCheckBox(this)),
      m_shading(new QCheckBox(this)), m_search(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_names(new QStringListModel(this))
{
    for (auto preset :
         {MapOptions::Preset::AllTiers, MapOptions::Preset::Tier2, MapOptions::Preset::Tier3})
        m_preset->addItem(QString(), int(preset));
    for (int tier = 1; tier <= 3; ++tier)
        m_tierBoxes.append(new QCheckBox(this));
    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("mapSearch"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_preset);
    bar->addSpacing(12);
    for (QCheckBox *box : m_tierBoxes)
        bar->addWidget(box);
    bar->addSpacing(12);
    bar->addWidget(m_smart);
    bar->addWidget(m_notSmart);
    bar->addSpacing(12);
    bar->addWidget(m_shading);
    bar->addStretch(1);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    for (QCheckBox *box : m_tierBoxes)
        box->setChecked(true);
    m_smart->setChecked(true);
    m_notSmart->setChecked(true);
    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this] { setPreset(MapOptions::Preset(m_preset->currentData().toInt())); });
    for (QCheckBox *box : m_tierBoxes + QList<QCheckBox *>{m_smart, m_notSmart, m_shading})
        connect(box, &QCheckBox::toggled, this, &MapView::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findCity(m_search->text()); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findCity(text); });
    connect(m_canvas, &MapCanvas::cityClicked, this, [this](const QString &id) {
        emit citySelected(id);
        emit cityClicked(id);
    });
    connect(cities, &CityTableModel::datasetReplaced, this, &MapView::rebuildCompleter);
    rebuildCompleter();
    retranslate();
}

void MapView::setBasemap(const geo::Basemap *basemap)
{
    m_canvas->setBasemap(basemap);
}

MapOptions::Preset MapView::preset() const
{
    return MapOptions::Preset(m_preset->currentData().toInt());
}

void MapView::setPreset(MapOptions::Preset preset)
{
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    }
    const MapOptions defaults = MapOptions::forPreset(preset);
    for (int tier = 1; tier <= 3; ++tier) {
        const QSignalBlocker blocker(m_tierBoxes[tier - 1]);
        m_tierBoxes[tier - 1]->setChecked(defaults.tierShown(tier));
    }
    applyFilters();
}

void MapView::applyFilters()
{
    MapOptions o = m_canvas->options();
    o.preset = preset();
    for (int tier = 1; tier <= 3; ++tier)
        o.tiers[tier - 1] = m_tierBoxes[tier - 1]->isChecked();
    o.showSmart = m_smart->isChecked();
    o.showNotSmart = m_notSmart->isChecked();
    o.choropleth = m_shading->isChecked();
    m_canvas->setOptions(o);
}

void MapView::rebuildCompleter()
{
    QStringList names;
    for (const City &c : m_cities->cities())
        names << c.nameZh << c.nameEn;
    names.removeDuplicates();
    m_names->setStringList(names);
}

bool MapView::findCity(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    // An exact name wins over a partial one (Suzhou before Suzhou Industrial Park...).
    int partial = -1;
    for (int row = 0; row < m_cities->rowCount(); ++row) {
        const City &c = m_cities->city(row);
        if (c.nameZh == needle || c.nameEn.compare(needle, Qt::CaseInsensitive) == 0) {
            partial = row;
            break;
        }
        if (partial < 0 &&
            (c.nameZh.contains(needle) || c.nameEn.contains(needle, Qt::CaseInsensitive)))
            partial = row;
    }
    if (partial < 0)
        return false;
    const QString id = m_cities->city(partial).id;
    // A city hidden by the filters is still found: show its tier and status.
    const City &c = m_cities->city(partial);
    MapOptions o = m_canvas->options();
    if (!o.showsCity(c.tier, c.smart)) {
        m_tierBoxes[c.tier - 1]->setChecked(true);
        (c.smart ? m_smart : m_notSmart)->setChecked(true);
    }
    m_canvas->centreOn(id);
    emit citySelected(id);
    return true;
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapView::retranslate()
{
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(
            i, MapOptions::presetName(MapOptions::Preset(m_preset->itemData(i).toInt())));
    for (int tier = 1; tier <= 3; ++tier)
        m_tierBoxes[tier - 1]->setText(City::tierLabel(tier));
    m_smart->setText(City::statusLabel(true));
    m_notSmart->setText(City::statusLabel(false));
    m_shading->setText(tr("Shade provinces"));
    m_shading->setToolTip(tr("Shade each province by its number of smart cities"));
    m_search->setPlaceholderText(tr("Find a city (中文 or English)"));
}

} // namespace atlas
