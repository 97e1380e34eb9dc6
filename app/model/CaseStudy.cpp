// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudy.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace atlas {

std::optional<CaseStudy::Date> CaseStudy::Date::parse(const QString &text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression span(QStringLiteral("^(\\d{4})/(\\d{4})$"));
    Date d;
    if (const auto m = month.match(text); m.hasMatch()) {
        d.year = m.captured(1).toInt();
        d.month = m.captured(2).toInt();
        if (d.month < 1 || d.month > 12)
            return std::nullopt;
    } else if (const auto y = year.match(text); y.hasMatch()) {
        d.year = y.captured(1).toInt();
    } else if (const auto s = span.match(text); s.hasMatch()) {
        d.year = s.captured(1).toInt();
        d.endYear = s.captured(2).toInt();
        if (d.endYear <= d.year)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (d.year < 1900 || d.year > 2100)
        return std::nullopt;
    return d;
}

QString CaseStudy::Date::format(Language lang) const
{
    if (endYear > 0)
        return tr("%1–%2", "span of years").arg(year).arg(endYear);
    if (month > 0) {
        const QLocale locale(lang == Language::Chinese ? QLocale::Chinese : QLocale::English);
        return locale.toString(QDate(year, month, 1), lang == Language::Chinese
                                                          ? QStringLiteral("yyyy年M月")
                                                          : QStringLiteral("MMMM yyyy"));
    }
    return QString::number(year);
}

bool CaseStudy::hasDomain(const QString &id) const
{
    for (const Domain &d : domains) {
        if (d.id == id)
            return true;
    }
    return false;
}

} // namespace atlas
