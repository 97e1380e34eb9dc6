// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudyCanvas.h"

#include "model/CityTableModel.h"

#include <QPainter>

namespace atlas {

CaseStudyCanvas::CaseStudyCanvas(const CaseStudies *studies, CityTableModel *cities,
                                 TierSummaryModel *summary, const geo::Basemap *basemap,
                                 QWidget *parent)
    : QWidget(parent), m_cities(cities), m_renderer(studies, cities, summary, basemap)
{
    setObjectName(QStringLiteral("caseStudyCanvas"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(480, 270);
    // Tier and status come from the model: any edit shows at once.
    const auto repaint = [this] {
        update();
    };
    connect(cities, &QAbstractItemModel::dataChanged, this, repaint);
    connect(cities, &QAbstractItemModel::modelReset, this, repaint);
    connect(cities, &CityTableModel::languageChanged, this, repaint);
}

void CaseStudyCanvas::setBasemap(const geo::Basemap *basemap)
{
    m_renderer.setBasemap(basemap);
    update();
}

void CaseStudyCanvas::setPage(const QString &id)
{
    m_page = id;
    update();
}

CaseStudyRenderer::Options CaseStudyCanvas::options() const
{
    return {m_cities->language(), true};
}

void CaseStudyCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.render(painter, rect(), m_page, options());
}

} // namespace atlas
