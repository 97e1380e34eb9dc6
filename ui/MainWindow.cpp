// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CaseStudiesView.h"
#include "CaseStudyCanvas.h"
#include "ChartViews.h"
#include "CitiesView.h"
#include "DeckDialog.h"
#include "EditMenu.h"
#include "ExportDialog.h"
#include "FileDropHandler.h"
#include "MapCanvas.h"
#include "MapView.h"
#include "OverviewChartsView.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "export/CoreViews.h"
#include "export/Exporter.h"
#include "geo/Basemap.h"
#include "i18n/UiLanguage.h"
#include "model/CaseStudies.h"
#include "model/CityDataset.h"
#include "model/CityTableModel.h"
#include "model/ProvinceSummaryModel.h"
#include "model/TierSummaryModel.h"
#include "present/Deck.h"
#include "render/SourceNote.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <utility>

namespace atlas {
namespace {

constexpr auto geometryKey = "mainWindow/geometry";
constexpr auto stateKey = "mainWindow/state";
constexpr auto sectionKey = "mainWindow/section";
constexpr auto languageKey = "ui/language";

} // namespace

MainWindow::MainWindow(CityTableModel *cities, UiLanguage *language,
                       std::unique_ptr<geo::Basemap> basemap, QWidget *parent)
    : QMainWindow(parent), m_cities(cities), m_language(language), m_basemap(std::move(basemap)),
      m_tiers(new TierSummaryModel(cities, this)),
      m_provinces(new ProvinceSummaryModel(cities, Qt::AscendingOrder, this)),
      m_navigator(new Navigator(this)), m_stack(new QStackedWidget(this)),
      m_overview(new OverviewChartsView(cities, m_tiers, m_provinces, this)),
      m_mapView(new MapView(m_basemap.get(), cities, m_tiers, this)),
      m_citiesView(new CitiesView(cities, this)),
      m_caseStudies(
          new CaseStudiesView(&CaseStudies::builtIn(), cities, m_tiers, m_basemap.get(), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Order must follow Navigator::Section.
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_mapView);
    m_stack->addWidget(m_citiesView);
    m_stack->addWidget(m_caseStudies);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    connect(m_navigator, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_tiers, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(cities, &CityTableModel::datasetReplaced, this, &MainWindow::updateStatus);
    connect(m_mapView, &MapView::citySelected, m_citiesView, &CitiesView::selectCity);
    connect(m_mapView, &MapView::cityClicked, this, [this](const QString &id) {
        if (CaseStudies::isCaseStudy(id))
            openCaseStudy(id);
    });
    connect(m_citiesView, &CitiesView::currentCityChanged, m_mapView->canvas(),
            &MapCanvas::setSelectedCity);
    connect(m_citiesView, &CitiesView::cityActivated, this, [this](const QString &id) {
        if (CaseStudies::isCaseStudy(id))
            openCaseStudy(id);
    });

    ChartViews::registerAll(m_views, *cities, *m_tiers);
    registerViews();
    createMenus();
    auto *drops = new FileDropHandler(this);
    connect(drops, &FileDropHandler::datasetDropped, this, &MainWindow::openDataset);
    connect(drops, &FileDropHandler::basemapDropped, this, &MainWindow::openBasemap);
    retranslate();
    resize(1366, 820);
    restoreSettings();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open city dataset"), QString(),
                                         tr("City lists (*.json *.csv);;All files (*)"));
        if (!path.isEmpty())
            openDataset(path);
    });
    m_openAction->setShortcut(QKeySequence::Open);
    m_openBasemapAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open base map"), QString(),
            tr("GeoJSON maps of provinces (*.geojson *.json);;All files (*)"));
        if (!path.isEmpty())
            openBasemap(path);
    });
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] {
        ExportDialog dialog(m_views, currentViewId(), currentViewSize(), m_cities->language(),
                            this);
        dialog.exec();
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyAction = m_fileMenu->addAction(QString(), this, &MainWindow::copyViewToClipboard);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportAllAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportAllViews);
    m_handoutAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportHandout);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = new EditMenu(m_cities->undoStack(), this);
    menuBar()->addMenu(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < Navigator::SectionCount; ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this,
                                                [this, i] { showSection(Navigator::Section(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_sectionActions.append(action);
    }
    m_viewMenu->addSeparator();
    m_presentAction = m_viewMenu->addAction(QString(), this, [this] { present(false); });
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentHereAction = m_viewMenu->addAction(QString(), this, [this] { present(true); });
    m_presentHereAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_contrastAction = m_viewMenu->addAction(QString());
    m_contrastAction->setCheckable(true);
    m_contrastAction->setChecked(
        QSettings().value(QStringLiteral("presentation/highContrast"), true).toBool());
    connect(m_contrastAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("presentation/highContrast"), on); });
    m_progressAction = m_viewMenu->addAction(QString());
    m_progressAction->setCheckable(true);
    m_progressAction->setChecked(
        QSettings().value(QStringLiteral("presentation/progress"), true).toBool());
    connect(m_progressAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("presentation/progress"), on); });
    m_slidesAction = m_viewMenu->addAction(QString(), this, [this] {
        DeckDialog dialog(m_views, deck(), defaultDeck(), this);
        if (dialog.exec() == QDialog::Accepted && !dialog.slides().isEmpty()) {
            QSettings settings;
            Deck::save(settings, dialog.slides());
        }
    });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QStringLiteral("system"));
    // Each language is named in itself, as language pickers do, so it is found whatever the
    // current interface language.
    QAction *zh = m_languageMenu->addAction(QStringLiteral("中文（简体）"));
    zh->setData(QStringLiteral("zh"));
    QAction *en = m_languageMenu->addAction(QStringLiteral("English"));
    en->setData(QStringLiteral("en"));
    for (QAction *a : {m_systemLanguageAction, zh, en}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    const QString preference = QSettings().value(languageKey, QStringLiteral("system")).toString();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == preference);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguagePreference(a->data().toString()); });

    m_caseMenu = menuBar()->addMenu(QString());
    for (const CaseStudy &cs : CaseStudies::builtIn().cities()) {
        QAction *a =
            m_caseMenu->addAction(QString(), this, [this, id = cs.cityId] { openCaseStudy(id); });
        a->setData(cs.cityId);
        m_caseActions.append(a);
    }
    QAction *comparison = m_caseMenu->addAction(QString(), this, [this] {
        m_caseStudies->showComparison();
        showSection(Navigator::CaseStudies);
    });
    m_caseActions.append(comparison);
    m_caseMenu->addSeparator();
    // As in browsers and office suites: Ctrl+PgDn / Ctrl+PgUp move between tabs.
    m_nextCaseAction = m_caseMenu->addAction(QString(), this, [this] {
        m_caseStudies->step(1);
        showSection(Navigator::CaseStudies);
    });
    m_nextCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousCaseAction = m_caseMenu->addAction(QString(), this, [this] {
        m_caseStudies->step(-1);
        showSection(Navigator::CaseStudies);
    });
    m_previousCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Smart City Atlas"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open dataset…"));
    m_openBasemapAction->setText(tr("Open &base map…"));
    m_exportAction->setText(tr("&Export…"));
    m_copyAction->setText(tr("&Copy view as image"));
    m_exportAllAction->setText(tr("Export &all views…"));
    m_handoutAction->setText(tr("Export &handout (PDF)…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    for (int i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions[i]->setText(Navigator::sectionName(Navigator::Section(i)));
    m_presentAction->setText(tr("&Present from the beginning"));
    m_presentHereAction->setText(tr("Present from the &current view"));
    m_slidesAction->setText(tr("&Slides…"));
    m_contrastAction->setText(tr("&High-contrast slides (for projectors)"));
    m_progressAction->setText(tr("Slide &counter and progress bar"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Smart City Atlas"));
    m_caseMenu->setTitle(tr("&Case studies"));
    for (QAction *a : m_caseActions) {
        const int row = m_cities->rowOfId(a->data().toString());
        a->setText(row >= 0 ? m_cities->city(row).name(m_cities->language())
                            : tr("Comparison of the five"));
    }
    m_nextCaseAction->setText(tr("Next case study"));
    m_previousCaseAction->setText(tr("Previous case study"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    QStringList parts;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        parts.append(tr("%1: %2/%3 (%4)")
                         .arg(City::tierLabel(tier))
                         .arg(m_tiers->smartCount(tier))
                         .arg(m_tiers->cityCount(tier))
                         .arg(TierSummaryModel::formatCoverage(m_tiers->coverage(tier))));
    }
    parts.append(tr("%n cities", nullptr, m_tiers->totalCities()));
    parts.append(tr("%n smart", nullptr, m_tiers->totalSmart()));
    parts.append(tr("City assignment reconstructed (see Cities › Evidence)"));
    parts.append(CityDataset::displayName(m_cities->datasetPath()));
    m_status->setText(parts.join(QStringLiteral("  ·  ")));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

Navigator::Section MainWindow::currentSection() const
{
    return Navigator::Section(m_stack->currentIndex());
}

void MainWindow::showSection(Navigator::Section section)
{
    m_navigator->setCurrentRow(section);
}

void MainWindow::setLanguagePreference(const QString &preference)
{
    QSettings().setValue(languageKey, preference);
    const Language language =
        UiLanguage::fromCode(preference).value_or(UiLanguage::systemDefault());
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == preference);
    m_language->apply(language);
    m_cities->setLanguage(language);
}

bool MainWindow::openDataset(const QString &path)
{
    QString error;
    if (!m_cities->loadFile(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open dataset"),
                             tr("The dataset was not loaded; the current data is unchanged.") +
                                 QStringLiteral("\n\n") + error);
        return false;
    }
    return true;
}

bool MainWindow::openBasemap(const QString &path)
{
    QString error;
    std::optional<geo::Basemap> loaded = geo::Basemap::loadProvinces(path, &error);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot open base map"),
                             tr("The base map was not loaded; the current map is unchanged.") +
                                 QStringLiteral("\n\n") + error);
        return false;
    }
    // The old map stays alive until everything that draws has the new one.
    const std::unique_ptr<geo::Basemap> old =
        std::exchange(m_basemap, std::make_unique<geo::Basemap>(std::move(*loaded)));
    m_mapView->setBasemap(m_basemap.get());
    m_caseStudies->setBasemap(m_basemap.get());
    // A presentation in progress draws the map too.
    for (PresentationWindow *slides : findChildren<PresentationWindow *>())
        slides->setBasemap(m_basemap.get());
    registerViews(); // the exportable views hold the map they draw
    return true;
}

void MainWindow::openCaseStudy(const QString &cityId)
{
    if (m_caseStudies->showCity(cityId))
        showSection(Navigator::CaseStudies);
}

QString MainWindow::caseStudyTitle() const
{
    return m_caseStudies->currentTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::registerViews()
{
    CoreViews::registerAll(m_views, *m_cities, *m_tiers, *m_basemap, CaseStudies::builtIn());
    // The map as the user has it: same area, filters and shading, at any export size.
    m_views.add(
        QStringLiteral("map-current"), [this] { return tr("Map as shown"); },
        [this](QPainter &p, const QRectF &rect, const ExportSettings &s) {
            const MapCanvas *canvas = m_mapView->canvas();
            MapOptions o = canvas->options();
            o.title = s.title;
            o.legend = s.legend;
            o.sourceNote = s.sourceNote;
            o.hoveredCityId.clear();
            o.hoveredProvince = -1;
            const MapViewport shown = canvas->viewport();
            // Keep the area shown: the same centre, the scale that fits the same width.
            const double mpp = shown.metresPerPixel() * shown.size().width() / rect.width();
            canvas->renderer().render(p, rect, MapViewport(rect.size(), shown.centre(), mpp), o);
        });
}

QString MainWindow::currentViewId() const
{
    switch (currentSection()) {
    case Navigator::Maps:
        return QStringLiteral("map-current");
    case Navigator::CaseStudies: {
        const QString page = m_caseStudies->currentPage();
        return page == CaseStudyRenderer::comparisonId()
                   ? page
                   : CoreViews::caseStudyViewId(*m_cities, page);
    }
    default:
        return QStringLiteral("overview");
    }
}

QSizeF MainWindow::currentViewSize() const
{
    switch (currentSection()) {
    case Navigator::Maps:
        return m_mapView->canvas()->size();
    case Navigator::CaseStudies:
        return m_caseStudies->canvas()->size();
    default:
        return m_overview->size();
    }
}

QStringList MainWindow::defaultDeck() const
{
    QStringList cases;
    for (const CaseStudy &cs : CaseStudies::builtIn().cities())
        cases.append(CoreViews::caseStudyViewId(*m_cities, cs.cityId));
    return Deck::defaultSlides(cases);
}

QStringList MainWindow::deck() const
{
    QSettings settings;
    return Deck::load(settings, defaultDeck());
}

PresentationWindow *MainWindow::present(bool fromCurrentView)
{
    const QStringList slides = deck();
    int start = 0;
    if (fromCurrentView) {
        QString id = currentViewId();
        if (id == u"map-current")
            id = MapOptions::presetId(m_mapView->preset());
        else if (id == u"overview")
            id = QStringLiteral("chart-coverage");
        start = std::max(0, int(slides.indexOf(id)));
    }
    // Owned by this window (a top-level child): the slides read our views, models and base map,
    // so they must not outlive them.
    auto *window =
        new PresentationWindow(m_views, slides, start, m_cities, m_tiers, m_basemap.get(), this);
    window->setWindowFlag(Qt::Window);
    window->setProgressVisible(m_progressAction->isChecked());
    window->setHighContrast(m_contrastAction->isChecked());
    // With two screens the slides go to the one the main window is not on.
    QScreen *target = screen();
    for (QScreen *s : QGuiApplication::screens()) {
        if (s != screen()) {
            target = s;
            break;
        }
    }
    window->setScreen(target);
    window->setGeometry(target->geometry());
    window->showFullScreen();
    if (target != screen()) {
        // Two screens: the presenter keeps notes of time and the next slide on this one.
        auto *presenter = new PresenterView(window);
        presenter->setGeometry(geometry());
        presenter->show();
    }
    window->activateWindow();
    window->setFocus();
    return window;
}

void MainWindow::copyViewToClipboard()
{
    ExportSettings s;
    s.viewId = currentViewId();
    s.size = currentViewSize();
    s.scale = 2;
    s.language = m_cities->language();
    const QImage image = Exporter(m_views).renderImage(s);
    if (image.isNull())
        return;
    QGuiApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Copied %1 (%2×%3 pixels) to the clipboard.")
                                 .arg(m_views.find(s.viewId)->title())
                                 .arg(image.width())
                                 .arg(image.height()),
                             4000);
}

void MainWindow::exportAllViews()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export all views to"));
    if (dir.isEmpty())
        return;
    ExportSettings s;
    s.language = m_cities->language();
    QStringList existing;
    for (const QString &id : m_views.ids()) {
        if (QFileInfo::exists(QDir(dir).filePath(id + QStringLiteral(".png"))))
            existing.append(id + QStringLiteral(".png"));
    }
    if (!existing.isEmpty()) {
        if (QMessageBox::question(this, tr("Replace files?"),
                                  tr("%n file(s) of this export exist in the folder. Replace "
                                     "them?",
                                     nullptr, int(existing.size()))) != QMessageBox::Yes)
            return;
        s.overwrite = true;
    }
    QStringList written;
    QString error;
    if (!Exporter(m_views).exportAll(s, dir, &written, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n view(s) to %1.", nullptr, int(written.size())).arg(dir), 6000);
}

void MainWindow::exportHandout()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export handout"),
                                                QStringLiteral("smartcity-atlas-handout.pdf"),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    ExportSettings s;
    s.language = m_cities->language();
    s.size = QSizeF(1600, 1131);
    s.page = ExportSettings::Page::A4Landscape;
    // The file dialog has already asked before replacing an existing file.
    s.overwrite = true;
    QString error;
    if (!Exporter(m_views).exportHandout(s, path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Wrote the handout %1.").arg(path), 6000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Smart City Atlas"),
        tr("<h3>Smart City Atlas %1</h3>"
           "<p>Smart-city coverage of China's tier 1, 2 and 3 cities, after the CCID report: "
           "tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 "
           "(34.3%).</p>"
           "<p><b>The city assignment is a reconstruction.</b> The report gives the tier totals "
           "only. Which city is in which tier, and which are smart, was rebuilt city by city "
           "from public pilot lists; each city shows its evidence and basis.</p>"
           "<p>%2</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later. Data keep "
           "their own licences.</p>")
            .arg(QApplication::applicationVersion(), SourceNote::dataCredits().toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    const int section = settings.value(sectionKey, int(Navigator::Overview)).toInt();
    showSection(section >= 0 && section < Navigator::SectionCount ? Navigator::Section(section)
                                                                  : Navigator::Overview);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(sectionKey, int(currentSection()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace atlas
