// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitiesView.h"

#include "CityItemDelegate.h"
#include "model/CityFilterProxyModel.h"
#include "model/CityTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

CitiesView::CitiesView(CityTableModel *cities, QWidget *parent)
    : QWidget(parent), m_cities(cities), m_proxy(new CityFilterProxyModel(this)),
      m_note(new QLabel(this)), m_search(new QLineEdit(this)), m_tier(new QComboBox(this)),
      m_status(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    m_proxy->setCityModel(cities);
    m_note->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("citySearch"));
    for (int i = 0; i < 4; ++i)
        m_tier->addItem(QString(), i); // texts set in retranslate()
    for (auto status : {CityFilterProxyModel::Status::Any, CityFilterProxyModel::Status::Smart,
                        CityFilterProxyModel::Status::NotSmart})
        m_status->addItem(QString(), int(status));

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CityItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CityTableModel::TierColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CityTableModel::BasisColumn,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_tier);
    filters->addWidget(m_status);
    filters->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CityFilterProxyModel::setSearchText);
    connect(m_tier, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTierFilter(m_tier->currentData().toInt()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(CityFilterProxyModel::Status(m_status->currentData().toInt()));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CitiesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CitiesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CitiesView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    emit currentCityChanged(current.data(CityTableModel::IdRole).toString());
            });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            emit cityActivated(index.data(CityTableModel::IdRole).toString());
    });
    retranslate();
}

void CitiesView::selectCity(const QString &id)
{
    const int row = m_cities->rowOfId(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_cities->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_tier->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_cities->index(row, 0));
    }
    m_selecting = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_selecting = false;
}

QString CitiesView::currentCity() const
{
    return m_table->currentIndex().data(CityTableModel::IdRole).toString();
}

void CitiesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CitiesView::retranslate()
{
    m_note->setText(tr("The report gives only the tier totals. Which city is in which tier, and "
                       "which are smart, is reconstructed from public pilot lists: the Evidence "
                       "and Basis columns say what each city rests on. Double-click a tier or "
                       "status to change it; every chart follows."));
    m_search->setPlaceholderText(tr("Search city or province, in Chinese or English"));
    m_tier->setItemText(0, tr("All tiers"));
    for (int tier = 1; tier <= 3; ++tier)
        m_tier->setItemText(tier, City::tierLabel(tier));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, City::statusLabel(true));
    m_status->setItemText(2, City::statusLabel(false));
    updateCount();
}

void CitiesView::updateCount()
{
    m_count->setText(
        tr("Showing %1 of %2 cities").arg(m_proxy->rowCount()).arg(m_cities->rowCount()));
}

} // namespace atlas
