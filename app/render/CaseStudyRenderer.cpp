// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudyRenderer.h"

#include "Palette.h"
#include "SourceNote.h"
#include "TextBlock.h"
#include "geo/Basemap.h"
#include "model/CaseStudies.h"
#include "model/CityTableModel.h"
#include "model/TierSummaryModel.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

const QColor figureColour(0x00, 0x5A, 0x8C); // a darker Okabe–Ito blue, for large type
const QColor ruleColour(0xDD, 0xDD, 0xDD);
const QColor tagColour(0xE8, 0xF1, 0xF8);
const QColor absentColour(0xCC, 0xCC, 0xCC);

// The design is 1280×720; everything scales with the smaller of the two ratios.
double unitFor(const QSizeF &size)
{
    return std::min(size.width() / 1280.0, size.height() / 720.0);
}

// A rounded label; returns its rectangle.
QRectF chip(QPainter *p, const QPointF &at, const QString &text, double px, double u,
            const QColor &fill, const QColor &ink)
{
    const QFont f = TextBlock::font(px);
    const QFontMetricsF fm(f);
    const QRectF r(at, QSizeF(fm.horizontalAdvance(text) + 20 * u, fm.height() + 8 * u));
    if (p) {
        p->save();
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p->setFont(f);
        p->setPen(ink);
        p->drawText(r, Qt::AlignCenter, text);
        p->restore();
    }
    return r;
}

QString refText(const QString &ref)
{
    return QStringLiteral("[%1]").arg(ref);
}

} // namespace

CaseStudyRenderer::CaseStudyRenderer(const CaseStudies *studies, const CityTableModel *cities,
                                     const TierSummaryModel *summary, const geo::Basemap *basemap)
    : m_studies(studies), m_cities(cities), m_summary(summary), m_map(basemap, cities, summary)
{}

void CaseStudyRenderer::setBasemap(const geo::Basemap *basemap)
{
    m_map.setBasemap(basemap);
}

CaseStudyRenderer::Layout CaseStudyRenderer::layout(const QSizeF &size, const QString &cityId,
                                                    const Options &options) const
{
    // Shrink the type until everything fits, down to 60% of the design size.
    double scale = 1.0;
    Layout l = paint(nullptr, size, cityId, options, scale);
    while (!l.fits && scale > 0.6) {
        scale *= 0.92;
        l = paint(nullptr, size, cityId, options, scale);
    }
    return l;
}

CaseStudyRenderer::Layout CaseStudyRenderer::render(QPainter &painter, const QRectF &target,
                                                    const QString &cityId,
                                                    const Options &options) const
{
    const Layout l = layout(target.size(), cityId, options);
    painter.save();
    painter.translate(target.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), target.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), target.size()), Palette::background());
    const Layout drawn = paint(&painter, target.size(), cityId, options, l.scale);
    painter.restore();
    return drawn;
}

CaseStudyRenderer::Layout CaseStudyRenderer::paint(QPainter *p, const QSizeF &size,
                                                   const QString &cityId, const Options &o,
                                                   double scale) const
{
    if (cityId == comparisonId())
        return paintComparison(p, size, o, scale);
    if (const CaseStudy *cs = m_studies->find(cityId))
        return paintCity(p, size, *cs, o, scale);
    Layout none;
    none.fits = false;
    return none;
}

double CaseStudyRenderer::footer(QPainter *p, const QSizeF &size, const Options &o, double u,
                                 Layout &layout) const
{
    if (!o.sourceNote)
        return size.height();
    const double m = 36 * u;
    const QString text = m_studies->source()(o.language) + u' ' + SourceNote::forCities(*m_cities);
    const QFont f = TextBlock::font(11 * u);
    const QRectF measured = TextBlock::draw(nullptr, QPointF(m, 0), size.width() - 2 * m, text, f,
                                            Palette::mutedText());
    const QPointF at(m, size.height() - m * 0.6 - measured.height());
    const QRectF r = TextBlock::draw(p, at, size.width() - 2 * m, text, f, Palette::mutedText());
    layout.blocks.append(r);
    return r.top() - 10 * u;
}

CaseStudyRenderer::Layout CaseStudyRenderer::paintCity(QPainter *p, const QSizeF &size,
                                                       const CaseStudy &cs, const Options &o,
                                                       double scale) const
{
    Layout l;
    l.scale = scale;
    const Language lang = o.language;
    const double u = unitFor(size) * scale;
    const double m = 36 * unitFor(size);
    const int row = m_cities->rowOfId(cs.cityId);
    if (row < 0) {
        // A user's dataset without this city: say so rather than show a blank pane.
        const QRectF r = TextBlock::draw(
            p, QPointF(m, size.height() / 2 - 40 * u), size.width() - 2 * m,
            tr("The current dataset has no city with the code %1, so this case study cannot be "
               "shown. Open the built-in dataset to see it.")
                .arg(cs.cityId),
            TextBlock::font(20 * u), Palette::mutedText(), Qt::AlignHCenter);
        l.blocks << r;
        return l;
    }
    const City &city = m_cities->city(row);

    // Header: names, then the model's province, tier, status and evidence.
    double y = m * 0.8;
    const QRectF name = TextBlock::draw(p, QPointF(m, y), size.width() - 2 * m, city.name(lang),
                                        TextBlock::font(44 * u, true), Palette::text());
    const QFontMetricsF nameMetrics(TextBlock::font(44 * u, true));
    const double nameWidth = nameMetrics.horizontalAdvance(city.name(lang));
    const QString other = lang == Language::Chinese ? city.nameEn : city.nameZh;
    const QFont otherFont = TextBlock::font(24 * u);
    const QRectF otherRect = TextBlock::draw(
        p,
        QPointF(m + nameWidth + 16 * u,
                y + nameMetrics.ascent() - QFontMetricsF(otherFont).ascent()),
        size.width() - 2 * m - nameWidth - 16 * u, other, otherFont, Palette::mutedText());
    l.blocks << QRectF(name.topLeft(), QSizeF(nameWidth, name.height())) << otherRect;
    y = name.bottom() + 6 * u;
    double x = m;
    const QList<std::pair<QString, bool>> chips{
        {city.province(lang), false},
        {City::tierLabel(city.tier), false},
        {City::statusLabel(city.smart), city.smart},
        {tr("Evidence: %1").arg(City::evidenceLabel(city.evidence)), false}};
    double chipBottom = y;
    for (const auto &[text, strong] : chips) {
        const QRectF r =
            chip(p, QPointF(x, y), text, 15 * u, u, strong ? Palette::smart() : tagColour,
                 strong ? Palette::background() : Palette::text());
        l.blocks << r;
        l.chips << text;
        x = r.right() + 8 * u;
        chipBottom = r.bottom();
    }
    if (x > size.width() - m)
        l.fits = false;
    y = chipBottom + 16 * u;
    const QRectF positioning =
        TextBlock::draw(p, QPointF(m, y), size.width() - 2 * m, cs.positioning(lang),
                        TextBlock::font(24 * u), figureColour);
    l.blocks << positioning;
    y = positioning.bottom() + 14 * u;
    if (p) {
        p->setPen(QPen(ruleColour, 1.5 * u));
        p->drawLine(QPointF(m, y), QPointF(size.width() - m, y));
    }
    const double bodyTop = y + 16 * u;
    const double bodyBottom = footer(p, size, o, unitFor(size), l);

    const double gap = 28 * u;
    const double width = size.width() - 2 * m - 2 * gap;
    const double c1 = m, w1 = width * 0.33;
    const double c2 = c1 + w1 + gap, w2 = width * 0.35;
    const double c3 = c2 + w2 + gap, w3 = width * 0.32;
    const QFont heading = TextBlock::font(15 * u, true);
    const QFont body = TextBlock::font(16 * u);
    const QFont small = TextBlock::font(11 * u);
    const auto columnHeading = [&](double cx, double cy, double cw, const QString &text) {
        const QRectF r =
            TextBlock::draw(p, QPointF(cx, cy), cw, text, heading, Palette::mutedText());
        l.blocks << r;
        return r.bottom() + 8 * u;
    };

    // Column 1: the key figures, large.
    y = columnHeading(c1, bodyTop, w1, tr("Key figures"));
    const QFont valueFont = TextBlock::font(40 * u, true);
    const QFontMetricsF valueMetrics(valueFont);
    double valueWidth = 0;
    for (const CaseStudy::Figure &f : cs.figures)
        valueWidth = std::max(valueWidth, valueMetrics.horizontalAdvance(f.value));
    for (const CaseStudy::Figure &f : cs.figures) {
        const QRectF value = TextBlock::draw(p, QPointF(c1, y), valueWidth + 4 * u, f.value,
                                             valueFont, figureColour);
        const double lx = c1 + valueWidth + 14 * u;
        const QRectF label = TextBlock::draw(p, QPointF(lx, y + 8 * u), c1 + w1 - lx, f.label(lang),
                                             body, Palette::text());
        const QRectF ref = TextBlock::draw(p, QPointF(lx, label.bottom() + 2 * u), c1 + w1 - lx,
                                           refText(f.ref), small, Palette::mutedText());
        l.blocks << value << label << ref;
        y = std::max(value.bottom(), ref.bottom()) + 12 * u;
    }
    if (cs.figures.isEmpty()) {
        const QRectF r =
            TextBlock::draw(p, QPointF(c1, y), w1, tr("The report gives no figures for this city."),
                            body, Palette::mutedText());
        l.blocks << r;
        y = r.bottom();
    }
    if (y > bodyBottom)
        l.fits = false;

    // Column 2: plans and documents on a timeline, then the experience centres.
    y = columnHeading(c2, bodyTop, w2, tr("Plans and documents"));
    const double lineX = c2 + 6 * u;
    const double tx = c2 + 22 * u;
    const double timelineTop = y;
    QList<std::pair<QPointF, bool>> dots; // drawn over the line once its length is known
    for (const CaseStudy::Document &d : cs.documents) {
        const QString date = d.date ? d.date->format(lang) : tr("undated");
        const QRectF dateRect =
            TextBlock::draw(p, QPointF(tx, y), c2 + w2 - tx, date, TextBlock::font(15 * u, true),
                            d.date ? figureColour : Palette::mutedText());
        dots.append({QPointF(lineX, dateRect.center().y()), d.date.has_value()});
        const QRectF title = TextBlock::draw(p, QPointF(tx, dateRect.bottom() + 2 * u),
                                             c2 + w2 - tx, d.title(lang), body, Palette::text());
        const QRectF ref = TextBlock::draw(p, QPointF(tx, title.bottom() + 2 * u), c2 + w2 - tx,
                                           refText(d.ref), small, Palette::mutedText());
        l.blocks << dateRect << title << ref;
        y = ref.bottom() + 12 * u;
    }
    if (cs.documents.isEmpty()) {
        const QRectF r = TextBlock::draw(p, QPointF(c2, y), w2,
                                         tr("The report names no plan or document for this city."),
                                         body, Palette::mutedText());
        l.blocks << r;
        y = r.bottom() + 12 * u;
    } else if (p) {
        p->setPen(QPen(ruleColour, 2 * u));
        p->drawLine(QPointF(lineX, timelineTop + 8 * u), QPointF(lineX, dots.last().first.y()));
        p->setPen(QPen(Palette::background(), 1.5 * u));
        for (const auto &[at, dated] : dots) {
            p->setBrush(dated ? figureColour : absentColour);
            p->drawEllipse(at, 6 * u, 6 * u);
        }
    }
    if (!cs.centres.isEmpty()) {
        y = columnHeading(c2, y + 6 * u, w2, tr("Experience and showcase centres"));
        for (const CaseStudy::Centre &c : cs.centres) {
            const QRectF n = TextBlock::draw(p, QPointF(c2, y), w2, c.name(lang),
                                             TextBlock::font(16 * u, true), Palette::text());
            const QRectF note =
                TextBlock::draw(p, QPointF(c2, n.bottom() + 2 * u), w2, c.note(lang),
                                TextBlock::font(14 * u), Palette::mutedText());
            const QRectF ref = TextBlock::draw(p, QPointF(c2, note.bottom() + 2 * u), w2,
                                               refText(c.ref), small, Palette::mutedText());
            l.blocks << n << note << ref;
            y = ref.bottom() + 10 * u;
        }
    }
    if (y > bodyBottom)
        l.fits = false;

    // Column 3: where the city is, and its application domains as tags.
    const double mapHeight = std::max(60.0, (bodyBottom - bodyTop) * 0.52);
    const QRectF mapRect(c3, bodyTop, w3, mapHeight);
    if (p) {
        MapOptions mo = MapOptions::forPreset(MapOptions::Preset::AllTiers);
        mo.language = lang;
        mo.title = mo.legend = mo.scaleBar = mo.inset = mo.sourceNote = false;
        mo.selectedCityId = cs.cityId;
        mo.textScale = std::max(0.6, unitFor(size));
        // About 1,400 km across: the city among its neighbours and the coast.
        const QPointF centre = m_map.basemap()->projection().project(city.location);
        const MapViewport vp(mapRect.size(), centre, 1.4e6 / mapRect.width());
        if (p->paintEngine()->type() == QPaintEngine::Raster) {
            m_map.render(*p, mapRect, vp, mo);
        } else {
            // SVG output ignores clipping, and the map reaches beyond its frame: in vector
            // output the locator map goes in as a picture, at three times its size.
            constexpr double oversample = 3;
            QImage image((mapRect.size() * oversample).toSize(), QImage::Format_RGB32);
            image.setDevicePixelRatio(oversample);
            QPainter ip(&image);
            m_map.render(ip, QRectF(QPointF(0, 0), mapRect.size()), vp, mo);
            ip.end();
            p->drawImage(mapRect, image);
        }
        p->setPen(QPen(ruleColour, 1.5 * u));
        p->setBrush(Qt::NoBrush);
        p->drawRect(mapRect);
    }
    l.blocks << mapRect;
    y = columnHeading(c3, mapRect.bottom() + 14 * u, w3, tr("Application domains"));
    x = c3;
    double tagBottom = y;
    for (const CaseStudy::Domain &d : cs.domains) {
        QString label = d.id;
        for (const CaseStudies::DomainName &n : m_studies->domains()) {
            if (n.id == d.id)
                label = n.name(lang);
        }
        QRectF r = chip(nullptr, QPointF(x, y), label, 14 * u, u, tagColour, Palette::text());
        if (r.right() > c3 + w3 && x > c3) {
            x = c3;
            y = tagBottom + 6 * u;
            r.moveTopLeft(QPointF(x, y));
        }
        chip(p, r.topLeft(), label, 14 * u, u, tagColour, Palette::text());
        l.blocks << r;
        l.tags << label;
        x = r.right() + 6 * u;
        tagBottom = r.bottom();
        if (r.right() > c3 + w3)
            l.fits = false;
    }
    if (tagBottom > bodyBottom)
        l.fits = false;
    return l;
}

QStringList CaseStudyRenderer::comparisonDomains() const
{
    // Only the domains some city has: an empty row would claim a comparison the report lacks.
    QStringList ids;
    for (const CaseStudies::DomainName &d : m_studies->domains()) {
        for (const CaseStudy &cs : m_studies->cities()) {
            if (cs.hasDomain(d.id)) {
                ids.append(d.id);
                break;
            }
        }
    }
    return ids;
}

CaseStudyRenderer::Layout CaseStudyRenderer::paintComparison(QPainter *p, const QSizeF &size,
                                                             const Options &o, double scale) const
{
    Layout l;
    l.scale = scale;
    const Language lang = o.language;
    const double u = unitFor(size) * scale;
    const double m = 36 * unitFor(size);
    double y = m * 0.8;
    const QRectF title = TextBlock::draw(p, QPointF(m, y), size.width() - 2 * m,
                                         tr("The five case-study cities compared"),
                                         TextBlock::font(32 * u, true), Palette::text());
    const QRectF subtitle = TextBlock::draw(
        p, QPointF(m, title.bottom() + 2 * u), size.width() - 2 * m,
        tr("Application domains the report names for each city, and when their plans date from"),
        TextBlock::font(16 * u), Palette::mutedText());
    l.blocks << title << subtitle;
    const double top = subtitle.bottom() + 22 * u;
    const double bottom = footer(p, size, o, unitFor(size), l);

    const QList<CaseStudy> &cities = m_studies->cities();
    const QStringList domains = comparisonDomains();
    const double gap = 40 * u;
    const double matrixWidth = (size.width() - 2 * m - gap) * 0.56;
    const double labelWidth = matrixWidth * 0.36;
    const double colWidth = (matrixWidth - labelWidth) / std::max<qsizetype>(1, cities.size());
    const QFont headFont = TextBlock::font(16 * u, true);
    const QFont rowFont = TextBlock::font(15 * u);
    const QFontMetricsF headMetrics(headFont);

    // Matrix: domains down, cities across.
    const double headHeight = headMetrics.height() * 2 + 4 * u;
    for (qsizetype c = 0; c < cities.size(); ++c) {
        const int row = m_cities->rowOfId(cities[c].cityId);
        if (row < 0)
            continue;
        const City &city = m_cities->city(row);
        const double cx = m + labelWidth + c * colWidth;
        const QRectF n = TextBlock::draw(p, QPointF(cx, top), colWidth, city.name(lang), headFont,
                                         Palette::text(), Qt::AlignHCenter);
        const QRectF t =
            TextBlock::draw(p, QPointF(cx, n.bottom()), colWidth, City::tierLabel(city.tier),
                            TextBlock::font(12 * u), Palette::mutedText(), Qt::AlignHCenter);
        l.blocks << n << t;
    }
    const double rowsTop = top + headHeight + 6 * u;
    const double rowHeight =
        std::min(34 * u, (bottom - rowsTop - 30 * u) / std::max<qsizetype>(1, domains.size()));
    if (rowHeight < QFontMetricsF(rowFont).height())
        l.fits = false;
    for (qsizetype r = 0; r < domains.size(); ++r) {
        const double ry = rowsTop + r * rowHeight;
        if (p && r % 2 == 0)
            p->fillRect(QRectF(m, ry, matrixWidth, rowHeight), QColor(0xF5, 0xF7, 0xFA));
        QString label = domains[r];
        for (const CaseStudies::DomainName &n : m_studies->domains()) {
            if (n.id == domains[r])
                label = n.name(lang);
        }
        const QFontMetricsF fm(rowFont);
        const QRectF lr(m + 6 * u, ry + (rowHeight - fm.height()) / 2, labelWidth - 6 * u,
                        fm.height());
        if (fm.horizontalAdvance(label) > lr.width())
            l.fits = false;
        if (p) {
            p->setFont(rowFont);
            p->setPen(Palette::text());
            p->drawText(lr, Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        l.blocks << lr;
        for (qsizetype c = 0; c < cities.size(); ++c) {
            const QPointF centre(m + labelWidth + (c + 0.5) * colWidth, ry + rowHeight / 2);
            if (cities[c].hasDomain(domains[r]))
                l.marks.append({domains[r], cities[c].cityId});
            if (!p)
                continue;
            p->setPen(Qt::NoPen);
            if (cities[c].hasDomain(domains[r])) {
                p->setBrush(Palette::smart());
                p->drawEllipse(centre, 8 * u, 8 * u);
            } else {
                p->setBrush(absentColour);
                p->drawEllipse(centre, 2.5 * u, 2.5 * u);
            }
        }
    }
    const double countsY = rowsTop + domains.size() * rowHeight + 6 * u;
    for (qsizetype c = 0; c < cities.size(); ++c) {
        const QRectF r =
            TextBlock::draw(p, QPointF(m + labelWidth + c * colWidth, countsY), colWidth,
                            tr("%n domain(s)", nullptr, int(cities[c].domains.size())),
                            TextBlock::font(12 * u), Palette::mutedText(), Qt::AlignHCenter);
        l.blocks << r;
        if (r.bottom() > bottom)
            l.fits = false;
    }

    // Timeline: one row per city, plans placed by date; spans as bars.
    const double tx = m + matrixWidth + gap;
    const double tw = size.width() - m - tx;
    double y0 = top;
    const QRectF th = TextBlock::draw(p, QPointF(tx, y0), tw, tr("Plans and documents by year"),
                                      TextBlock::font(15 * u, true), Palette::mutedText());
    l.blocks << th;
    y0 = th.bottom() + 10 * u;
    int first = 9999;
    int last = 0;
    for (const CaseStudy &cs : cities) {
        for (const CaseStudy::Document &d : cs.documents) {
            if (!d.date)
                continue;
            first = std::min(first, d.date->year);
            last = std::max(last, std::max(d.date->year, d.date->endYear));
        }
    }
    if (last == 0) {
        first = 2010;
        last = 2015;
    }
    first -= 1;
    last += 1;
    const double nameWidth = tw * 0.24;
    const double ax = tx + nameWidth;
    const double aw = tw - nameWidth - 8 * u;
    const auto xOf = [&](double year) {
        return ax + (year - first) / (last + 1 - first) * aw;
    };
    const double laneHeight = 44 * u;
    for (qsizetype c = 0; c < cities.size(); ++c) {
        const int row = m_cities->rowOfId(cities[c].cityId);
        const double ly = y0 + c * laneHeight;
        const QRectF n = TextBlock::draw(p, QPointF(tx, ly + 6 * u), nameWidth,
                                         row >= 0 ? m_cities->city(row).name(lang) : QString(),
                                         TextBlock::font(15 * u, true), Palette::text());
        l.blocks << n;
        int undated = 0;
        for (const CaseStudy::Document &d : cities[c].documents) {
            if (!d.date) {
                ++undated;
                continue;
            }
            if (!p)
                continue;
            const double cy = ly + 16 * u;
            if (d.date->endYear > 0) {
                const QRectF bar(QPointF(xOf(d.date->year), cy - 4 * u),
                                 QPointF(xOf(d.date->endYear + 1), cy + 4 * u));
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(0x56, 0xB4, 0xE9));
                p->drawRoundedRect(bar, 4 * u, 4 * u);
            } else {
                p->setPen(QPen(Palette::background(), 1.5 * u));
                p->setBrush(figureColour);
                p->drawEllipse(QPointF(xOf(d.date->position()), cy), 6.5 * u, 6.5 * u);
            }
        }
        if (cities[c].documents.isEmpty()) {
            const QRectF r =
                TextBlock::draw(p, QPointF(ax, ly + 8 * u), aw, tr("no plan named in the report"),
                                TextBlock::font(12 * u), Palette::mutedText());
            l.blocks << r;
        } else if (undated > 0) {
            const QRectF r = TextBlock::draw(p, QPointF(ax, ly + 24 * u), aw,
                                             tr("+%n undated", nullptr, undated),
                                             TextBlock::font(11 * u), Palette::mutedText());
            l.blocks << r;
        }
    }
    // Year axis.
    const double axisY = y0 + cities.size() * laneHeight + 4 * u;
    if (p) {
        p->setPen(QPen(ruleColour, 1.2 * u));
        p->drawLine(QPointF(ax, axisY), QPointF(ax + aw, axisY));
        p->setFont(TextBlock::font(12 * u));
        for (int year = first; year <= last; ++year) {
            const double x = xOf(year + 0.5);
            p->setPen(QPen(ruleColour, 1 * u));
            p->drawLine(QPointF(xOf(year), y0), QPointF(xOf(year), axisY));
            p->setPen(Palette::mutedText());
            p->drawText(QRectF(x - 30 * u, axisY + 4 * u, 60 * u, 18 * u), Qt::AlignCenter,
                        QString::number(year));
        }
    }
    const QRectF key = TextBlock::draw(
        p, QPointF(tx, axisY + 30 * u), tw,
        tr("● a dated plan or document   ▬ the period a plan covers   undated ones are counted"),
        TextBlock::font(12 * u), Palette::mutedText());
    l.blocks << key;
    if (key.bottom() > bottom)
        l.fits = false;
    return l;
}

} // namespace atlas
