// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudiesView.h"

#include "CaseStudyCanvas.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"

#include <QEvent>
#include <QTabBar>
#include <QVBoxLayout>

namespace atlas {

CaseStudiesView::CaseStudiesView(const CaseStudies *studies, CityTableModel *cities,
                                 TierSummaryModel *summary, const geo::Basemap *basemap,
                                 QWidget *parent)
    : QWidget(parent), m_studies(studies), m_cities(cities), m_tabs(new QTabBar(this)),
      m_canvas(new CaseStudyCanvas(studies, cities, summary, basemap, this))
{
    for (const CaseStudy &cs : studies->cities())
        m_tabs->setTabData(m_tabs->addTab(QString()), cs.cityId);
    m_tabs->setTabData(m_tabs->addTab(QString()), CaseStudyRenderer::comparisonId());
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    QFont f = m_tabs->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_tabs->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_tabs);
    layout->addWidget(m_canvas, 1);
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int index) { m_canvas->setPage(m_tabs->tabData(index).toString()); });
    connect(cities, &CityTableModel::languageChanged, this, &CaseStudiesView::retranslate);
    connect(cities, &CityTableModel::datasetReplaced, this, &CaseStudiesView::retranslate);
    m_canvas->setPage(m_tabs->tabData(0).toString());
    retranslate();
}

void CaseStudiesView::setBasemap(const geo::Basemap *basemap)
{
    m_canvas->setBasemap(basemap);
}

bool CaseStudiesView::showCity(const QString &cityId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == cityId) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void CaseStudiesView::showComparison()
{
    showCity(CaseStudyRenderer::comparisonId());
}

void CaseStudiesView::step(int delta)
{
    const int n = m_tabs->count();
    m_tabs->setCurrentIndex(((m_tabs->currentIndex() + delta) % n + n) % n);
}

QString CaseStudiesView::currentPage() const
{
    return m_canvas->page();
}

QString CaseStudiesView::currentTitle() const
{
    return m_tabs->tabText(m_tabs->currentIndex());
}

void CaseStudiesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseStudiesView::retranslate()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString id = m_tabs->tabData(i).toString();
        const int row = m_cities->rowOfId(id);
        if (id == CaseStudyRenderer::comparisonId())
            m_tabs->setTabText(i, tr("Comparison"));
        else
            m_tabs->setTabText(i, row >= 0 ? m_cities->city(row).name(m_cities->language()) : id);
    }
}

} // namespace atlas
