// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace atlas {

// Which slides a presentation shows, in order, by view id ("title" for the title slide).
// Remembered between sessions.
class Deck
{
public:
    static QString titleSlideId() { return QStringLiteral("title"); }
    // The study's story: title, coverage, the three maps, the five cities, the comparison.
    static QStringList defaultSlides(const QStringList &caseStudyViewIds);

    static QStringList load(QSettings &settings, const QStringList &fallback);
    static void save(QSettings &settings, const QStringList &slides);
};

} // namespace atlas
