// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapRenderer.h"
#include "model/City.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <utility>

class QPainter;

namespace atlas {

class CaseStudies;
struct CaseStudy;
class CityTableModel;
class TierSummaryModel;
namespace geo {
class Basemap;
}

// Paints a case-study pane (one city) or the comparison of all five, for screen, export and
// slides alike. Sizes are relative to a 1280×720 design and scale with the target; if text would
// not fit, everything is set smaller until it does.
class CaseStudyRenderer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CaseStudyRenderer)

public:
    struct Options
    {
        Language language = Language::English;
        bool sourceNote = true;
    };
    // Where each piece of text went, for tests: everything inside the target, nothing
    // overlapping.
    struct Layout
    {
        QList<QRectF> blocks;
        double scale = 1;
        bool fits = true;
        QStringList chips;                        // a pane's province, tier, status, evidence
        QStringList tags;                         // a pane's application domains, as shown
        QList<std::pair<QString, QString>> marks; // the comparison's filled (domain, city) cells
    };

    CaseStudyRenderer(const CaseStudies *studies, const CityTableModel *cities,
                      const TierSummaryModel *summary, const geo::Basemap *basemap);

    void setBasemap(const geo::Basemap *basemap);

    // `cityId` a case-study city; comparisonId() for the comparison.
    Layout render(QPainter &painter, const QRectF &target, const QString &cityId,
                  const Options &options) const;
    Layout layout(const QSizeF &size, const QString &cityId, const Options &options) const;
    static QString comparisonId() { return QStringLiteral("comparison"); }

    // The comparison matrix as drawn: rows are domain ids, columns city ids.
    QStringList comparisonDomains() const;

private:
    Layout paint(QPainter *p, const QSizeF &size, const QString &cityId, const Options &o,
                 double scale) const;
    Layout paintCity(QPainter *p, const QSizeF &size, const CaseStudy &cs, const Options &o,
                     double scale) const;
    Layout paintComparison(QPainter *p, const QSizeF &size, const Options &o, double scale) const;
    double footer(QPainter *p, const QSizeF &size, const Options &o, double u,
                  Layout &layout) const;

    const CaseStudies *m_studies;
    const CityTableModel *m_cities;
    const TierSummaryModel *m_summary;
    MapRenderer m_map;
};

} // namespace atlas
