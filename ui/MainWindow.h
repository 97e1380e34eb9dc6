// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Navigator.h"
#include "export/ViewRegistry.h"
#include "model/City.h"

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QLabel;
class QStackedWidget;

namespace atlas {

class CaseStudiesView;
class PresentationWindow;
class EditMenu;
class CitiesView;
class MapView;
namespace geo {
class Basemap;
}
class CityTableModel;
class OverviewChartsView;
class ProvinceSummaryModel;
class TierSummaryModel;
class UiLanguage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CityTableModel *cities, UiLanguage *language, std::unique_ptr<geo::Basemap> basemap,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    OverviewChartsView *overview() const { return m_overview; }
    CitiesView *citiesView() const { return m_citiesView; }
    CaseStudiesView *caseStudiesView() const { return m_caseStudies; }
    MapView *mapView() const { return m_mapView; }
    const geo::Basemap *basemap() const { return m_basemap.get(); }
    // The case-study placeholder's heading: the city last opened there.
    QString caseStudyTitle() const;
    TierSummaryModel *tierSummary() const { return m_tiers; }
    Navigator *navigator() const { return m_navigator; }
    Navigator::Section currentSection() const;
    QString statusText() const;

    void showSection(Navigator::Section section);
    // "system", "zh" or "en"; remembered.
    void setLanguagePreference(const QString &preference);
    // Loads a dataset; on failure shows why and keeps the current data.
    bool openDataset(const QString &path);
    // Replaces the base map with a user's GeoJSON of provinces; on failure shows why and keeps
    // the current one.
    bool openBasemap(const QString &path);
    // The export view of what is on screen: the map as shown (zoom, filters), the current case
    // study, or the overview charts.
    QString currentViewId() const;
    QSizeF currentViewSize() const;
    const ViewRegistry &views() const { return m_views; }
    // Starts the presentation full screen (on a second screen if there is one), from the first
    // slide or from the slide of the current view. Returns the window (for tests).
    PresentationWindow *present(bool fromCurrentView);
    EditMenu *editMenu() const { return m_editMenu; }
    QStringList deck() const;
    QStringList defaultDeck() const;
    // Copies the current view to the clipboard as an image, drawn at twice its size for slides.
    void copyViewToClipboard();
    // Shows the case-study pane of a city.
    void openCaseStudy(const QString &cityId);

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
    void registerViews();
    void exportAllViews();
    void exportHandout();

    CityTableModel *m_cities;
    UiLanguage *m_language;
    std::unique_ptr<geo::Basemap> m_basemap;
    ViewRegistry m_views;
    TierSummaryModel *m_tiers;
    ProvinceSummaryModel *m_provinces;
    Navigator *m_navigator;
    QStackedWidget *m_stack;
    OverviewChartsView *m_overview;
    MapView *m_mapView;
    CitiesView *m_citiesView;
    CaseStudiesView *m_caseStudies;
    QLabel *m_status;

    QMenu *m_fileMenu = nullptr;
    EditMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QList<QAction *> m_caseActions; // one per case study, then the comparison
    QAction *m_nextCaseAction = nullptr;
    QAction *m_previousCaseAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openBasemapAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_handoutAction = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_presentHereAction = nullptr;
    QAction *m_slidesAction = nullptr;
    QAction *m_contrastAction = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
};

} // namespace atlas
