// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/CaseStudyRenderer.h"

#include <QWidget>

namespace atlas {

// Paints one case-study pane, or the comparison, with CaseStudyRenderer: the same drawing as
// exports and slides.
class CaseStudyCanvas : public QWidget
{
    Q_OBJECT

public:
    CaseStudyCanvas(const CaseStudies *studies, CityTableModel *cities, TierSummaryModel *summary,
                    const geo::Basemap *basemap, QWidget *parent = nullptr);

    void setBasemap(const geo::Basemap *basemap);
    // A case-study city id, or CaseStudyRenderer::comparisonId().
    void setPage(const QString &id);
    QString page() const { return m_page; }
    const CaseStudyRenderer &renderer() const { return m_renderer; }
    CaseStudyRenderer::Options options() const;

    QSize sizeHint() const override { return {1280, 720}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CityTableModel *m_cities;
    CaseStudyRenderer m_renderer;
    QString m_page;
};

} // namespace atlas
