// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace atlas {

class CityFilterProxyModel;
class CityTableModel;

// The table of all cities with search and filters; tier and status can be edited in place.
class CitiesView : public QWidget
{
    Q_OBJECT

public:
    explicit CitiesView(CityTableModel *cities, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    CityFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *statusFilter() const { return m_status; }

    // Selects the city's row (clearing filters that hide it); does not emit currentCityChanged.
    void selectCity(const QString &id);
    QString currentCity() const;

signals:
    void currentCityChanged(const QString &id);
    // A double-click on a row, outside the editable tier and status cells.
    void cityActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    CityTableModel *m_cities;
    CityFilterProxyModel *m_proxy;
    QLabel *m_note;
    QLineEdit *m_search;
    QComboBox *m_tier;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_table;
    bool m_selecting = false;
};

} // namespace atlas
