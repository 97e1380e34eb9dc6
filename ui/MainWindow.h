// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Navigator.h"
#include "model/City.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QStackedWidget;

namespace atlas {

class CitiesView;
class CityTableModel;
class OverviewChartsView;
class PlaceholderView;
class ProvinceSummaryModel;
class TierSummaryModel;
class UiLanguage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CityTableModel *cities, UiLanguage *language, QWidget *parent = nullptr);

    OverviewChartsView *overview() const { return m_overview; }
    CitiesView *citiesView() const { return m_citiesView; }
    TierSummaryModel *tierSummary() const { return m_tiers; }
    Navigator *navigator() const { return m_navigator; }
    Navigator::Section currentSection() const;
    QString statusText() const;

    void showSection(Navigator::Section section);
    // "system", "zh" or "en"; remembered.
    void setLanguagePreference(const QString &preference);
    // Loads a dataset; on failure shows why and keeps the current data.
    bool openDataset(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();

    CityTableModel *m_cities;
    UiLanguage *m_language;
    TierSummaryModel *m_tiers;
    ProvinceSummaryModel *m_provinces;
    Navigator *m_navigator;
    QStackedWidget *m_stack;
    OverviewChartsView *m_overview;
    PlaceholderView *m_maps;
    CitiesView *m_citiesView;
    PlaceholderView *m_caseStudies;
    QLabel *m_status;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
};

} // namespace atlas
