// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabBar;

namespace atlas {

class CaseStudies;
class CaseStudyCanvas;
class CityTableModel;
class TierSummaryModel;
namespace geo {
class Basemap;
}

// The Case studies section: a tab per case-study city and one for their comparison.
class CaseStudiesView : public QWidget
{
    Q_OBJECT

public:
    CaseStudiesView(const CaseStudies *studies, CityTableModel *cities, TierSummaryModel *summary,
                    const geo::Basemap *basemap, QWidget *parent = nullptr);

    CaseStudyCanvas *canvas() const { return m_canvas; }
    QTabBar *tabs() const { return m_tabs; }
    void setBasemap(const geo::Basemap *basemap);

    // Shows a case-study city (false if it is none) or the comparison.
    bool showCity(const QString &cityId);
    void showComparison();
    // Moves to the next or previous page, wrapping round.
    void step(int delta);
    // The current page: a city id or "comparison".
    QString currentPage() const;
    // The current page's heading (the city's name, or the comparison's title).
    QString currentTitle() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const CaseStudies *m_studies;
    CityTableModel *m_cities;
    QTabBar *m_tabs;
    CaseStudyCanvas *m_canvas;
};

} // namespace atlas
