// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deck.h"

#include <QSettings>

namespace atlas {

QStringList Deck::defaultSlides(const QStringList &caseStudyViewIds)
{
    QStringList slides{titleSlideId(), QStringLiteral("chart-coverage"), QStringLiteral("map-all"),
                       QStringLiteral("map-tier2"), QStringLiteral("map-tier3")};
    slides += caseStudyViewIds;
    slides.append(QStringLiteral("comparison"));
    return slides;
}

QStringList Deck::load(QSettings &settings, const QStringList &fallback)
{
    const QStringList saved = settings.value(QStringLiteral("presentation/slides")).toStringList();
    return saved.isEmpty() ? fallback : saved;
}

void Deck::save(QSettings &settings, const QStringList &slides)
{
    settings.setValue(QStringLiteral("presentation/slides"), slides);
}

} // namespace atlas
