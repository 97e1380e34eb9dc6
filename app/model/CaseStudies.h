// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseStudy.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace atlas {

class CityTableModel;

// The report's five typical smart cities (Beijing, Wuxi, Wuhan, Foshan, Langfang) with the
// application domains they are compared on, read from resources/data/case-studies.json.
class CaseStudies
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CaseStudies)

public:
    struct DomainName
    {
        QString id;
        CaseStudy::Text name;
    };

    static QString builtInPath();
    // All or nothing, with a message naming the file, the city and the problem.
    static std::optional<CaseStudies> loadFile(const QString &path, QString *error);
    static std::optional<CaseStudies> parse(const QByteArray &json, const QString &displayName,
                                            QString *error);
    // The built-in set, loaded once. An unreadable built-in file is a build error caught by the
    // tests, so this returns an empty set rather than failing at run time.
    static const CaseStudies &builtIn();

    // GB/T 2260 codes of the built-in case-study cities, in the report's order.
    static const QStringList &cityIds();
    static bool isCaseStudy(const QString &cityId) { return cityIds().contains(cityId); }

    // Every case study must name a city of the model; returns the problems, empty if none.
    QString checkAgainst(const CityTableModel &cities) const;

    const QList<CaseStudy> &cities() const { return m_cities; }
    const CaseStudy *find(const QString &cityId) const;
    const QList<DomainName> &domains() const { return m_domains; }
    CaseStudy::Text source() const { return m_source; }

private:
    QList<CaseStudy> m_cities;
    QList<DomainName> m_domains;
    CaseStudy::Text m_source;
};

} // namespace atlas
