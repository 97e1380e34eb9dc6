// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "City.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace atlas {

// One of the report's typical smart cities, in both languages. Only what the report says: every
// fact carries `ref`, where in the report's part 2 it comes from ("2.3 ¶2": the third city's
// second paragraph). Names, province, tier and status are the city model's, not repeated here.
struct CaseStudy
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CaseStudy)

public:
    struct Text
    {
        QString zh;
        QString en;
        QString operator()(Language lang) const { return lang == Language::Chinese ? zh : en; }
    };
    // A month, a year, or a span of years; plans the report gives no date for have none.
    struct Date
    {
        int year = 0;
        int month = 0;                                         // 0: the year only
        int endYear = 0;                                       // 0: not a span
        static std::optional<Date> parse(const QString &text); // "2012-03", "2012", "2012/2014"
        QString format(Language lang) const;
        double position() const { return year + (month > 0 ? (month - 0.5) / 12.0 : 0.5); }
    };
    struct Document
    {
        std::optional<Date> date;
        Text title;
        QString ref;
    };
    struct Figure
    {
        QString value; // as the report gives it: "32", "30+", "4+4"
        Text label;
        QString ref;
    };
    struct Domain
    {
        QString id;
        QString ref;
    };
    struct Centre
    {
        Text name;
        Text note;
        QString ref;
    };

    QString cityId;
    Text positioning;
    QString positioningRef;
    QList<Document> documents;
    QList<Figure> figures;
    QList<Domain> domains;
    QList<Centre> centres;

    bool hasDomain(const QString &id) const;
};

} // namespace atlas
