// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudies.h"

#include "CityDataset.h"
#include "CityTableModel.h"
#include "io/InputFile.h"
#include "io/JsonDiagnostics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <tuple>

namespace atlas {
namespace {

// Paragraphs are shown on slides; ids and references are short. Longer is a broken file.
constexpr qsizetype maxTextLength = 4000;
constexpr qsizetype maxIdLength = 200;

// Reads a string field: empty out and no problem when absent, a problem when present but not
// a string or too long.
QString readString(const QJsonObject &o, const char *key, const QString &what, qsizetype limit,
                   QString &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    out.clear();
    if (v.isUndefined())
        return {};
    const QString prefix = what.isEmpty() ? QString() : what + QStringLiteral(": ");
    if (!v.isString())
        return prefix + CaseStudies::tr("\"%1\" must be a string, not %2")
                            .arg(QLatin1String(key), JsonDiagnostics::typeName(v));
    out = v.toString().trimmed();
    if (out.size() > limit)
        return prefix + CaseStudies::tr("\"%1\" is too long (%2 characters, at most %3)")
                            .arg(QLatin1String(key))
                            .arg(out.size())
                            .arg(limit);
    return {};
}

// Reads {"zh": ..., "en": ...}; both languages are required.
QString readText(const QJsonValue &v, const QString &what, CaseStudy::Text &out)
{
    if (!v.isObject())
        return CaseStudies::tr("%1 must be an object with \"zh\" and \"en\", not %2")
            .arg(what, JsonDiagnostics::typeName(v));
    const QJsonObject o = v.toObject();
    for (auto [key, target] : {std::pair{"zh", &out.zh}, {"en", &out.en}}) {
        if (QString p = readString(o, key, what, maxTextLength, *target); !p.isEmpty())
            return p;
    }
    if (out.zh.isEmpty())
        return CaseStudies::tr("%1 has no Chinese text (\"zh\")").arg(what);
    if (out.en.isEmpty())
        return CaseStudies::tr("%1 has no English text (\"en\")").arg(what);
    return {};
}

QString readRef(const QJsonObject &o, const QString &what, const char *key, QString &out)
{
    if (QString p = readString(o, key, what, maxIdLength, out); !p.isEmpty())
        return p;
    if (out.isEmpty())
        return CaseStudies::tr("%1 has no \"%2\" (where in the report it comes from)")
            .arg(what, QLatin1String(key));
    return {};
}

// The i-th element of an array of objects, or the problem.
QString objectAt(const QJsonArray &items, qsizetype i, const QString &what, QJsonObject &out)
{
    const QJsonValue v = items.at(i);
    if (!v.isObject())
        return CaseStudies::tr("%1 must be an object, not %2")
            .arg(what, JsonDiagnostics::typeName(v));
    out = v.toObject();
    return {};
}

QString readCaseStudy(const QJsonObject &o, const QSet<QString> &domainIds, CaseStudy &cs)
{
    if (QString p = readString(o, "id", QString(), maxIdLength, cs.cityId); !p.isEmpty())
        return p;
    if (cs.cityId.isEmpty())
        return CaseStudies::tr("missing \"id\"");
    if (QString p = readText(o.value(QLatin1String("positioning")),
                             CaseStudies::tr("\"positioning\""), cs.positioning);
        !p.isEmpty())
        return p;
    if (QString p =
            readRef(o, CaseStudies::tr("the positioning"), "positioning_ref", cs.positioningRef);
        !p.isEmpty())
        return p;

    const auto array = [&](const char *key, QJsonArray &out) -> QString {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return CaseStudies::tr("\"%1\" must be an array, not %2")
                .arg(QLatin1String(key), JsonDiagnostics::typeName(v));
        out = v.toArray();
        return {};
    };
    QJsonArray items;
    if (QString p = array("documents", items); !p.isEmpty())
        return p;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString what = CaseStudies::tr("document %1").arg(i + 1);
        QJsonObject d;
        if (QString p = objectAt(items, i, what, d); !p.isEmpty())
            return p;
        CaseStudy::Document doc;
        const QJsonValue date = d.value(QLatin1String("date"));
        if (date.isUndefined())
            return CaseStudies::tr("%1 has no \"date\" (null for a plan the report gives no "
                                   "date for)")
                .arg(what);
        if (!date.isNull() && !date.isString())
            return CaseStudies::tr("%1: \"date\" must be a string (YYYY, YYYY-MM or YYYY/YYYY) "
                                   "or null, not %2")
                .arg(what, JsonDiagnostics::typeName(date));
        if (!date.isNull()) {
            doc.date = CaseStudy::Date::parse(date.toString());
            if (!doc.date)
                return CaseStudies::tr("%1: date \"%2\" is not YYYY, YYYY-MM, YYYY/YYYY or null")
                    .arg(what, JsonDiagnostics::excerpt(date.toString()));
        }
        if (QString p = readText(d.value(QLatin1String("title")), what, doc.title); !p.isEmpty())
            return p;
        if (QString p = readRef(d, what, "ref", doc.ref); !p.isEmpty())
            return p;
        cs.documents.append(doc);
    }
    if (QString p = array("figures", items); !p.isEmpty())
        return p;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString what = CaseStudies::tr("figure %1").arg(i + 1);
        QJsonObject f;
        if (QString p = objectAt(items, i, what, f); !p.isEmpty())
            return p;
        CaseStudy::Figure fig;
        if (QString p = readString(f, "value", what, maxIdLength, fig.value); !p.isEmpty())
            return p;
        if (fig.value.isEmpty())
            return CaseStudies::tr("%1 has no \"value\"").arg(what);
        if (QString p = readText(f.value(QLatin1String("label")), what, fig.label); !p.isEmpty())
            return p;
        if (QString p = readRef(f, what, "ref", fig.ref); !p.isEmpty())
            return p;
        cs.figures.append(fig);
    }
    if (QString p = array("domains", items); !p.isEmpty())
        return p;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject d;
        if (QString p = objectAt(items, i, CaseStudies::tr("domain %1").arg(i + 1), d);
            !p.isEmpty())
            return p;
        CaseStudy::Domain domain;
        if (QString p = readString(d, "id", CaseStudies::tr("domain %1").arg(i + 1), maxIdLength,
                                   domain.id);
            !p.isEmpty())
            return p;
        if (!domainIds.contains(domain.id))
            return CaseStudies::tr("domain %1: unknown id \"%2\"")
                .arg(i + 1)
                .arg(JsonDiagnostics::excerpt(domain.id));
        if (QString p = readRef(d, CaseStudies::tr("domain %1").arg(i + 1), "ref", domain.ref);
            !p.isEmpty())
            return p;
        cs.domains.append(domain);
    }
    if (QString p = array("centres", items); !p.isEmpty())
        return p;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString what = CaseStudies::tr("centre %1").arg(i + 1);
        QJsonObject c;
        if (QString p = objectAt(items, i, what, c); !p.isEmpty())
            return p;
        CaseStudy::Centre centre;
        if (QString p = readText(c.value(QLatin1String("name")), what, centre.name); !p.isEmpty())
            return p;
        if (QString p = readText(c.value(QLatin1String("note")), what, centre.note); !p.isEmpty())
            return p;
        if (QString p = readRef(c, what, "ref", centre.ref); !p.isEmpty())
            return p;
        cs.centres.append(centre);
    }
    return {};
}

} // namespace

QString CaseStudies::builtInPath()
{
    return QStringLiteral(":/data/case-studies.json");
}

std::optional<CaseStudies> CaseStudies::loadFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes =
        InputFile::read(path, InputFile::Kind::CaseStudies, error);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, CityDataset::displayName(path), error);
}

std::optional<CaseStudies> CaseStudies::parse(const QByteArray &json, const QString &displayName,
                                              QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<CaseStudies> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString syntaxError;
    const std::optional<QJsonDocument> doc =
        JsonDiagnostics::parse(json, displayName, &syntaxError);
    if (!doc)
        return fail(syntaxError);
    if (!doc->isObject())
        return fail(tr("%1: the top level must be an object with \"source\", \"domains\" and "
                       "\"cities\"")
                        .arg(displayName));
    const QJsonObject root = doc->object();
    if (const QString problem =
            JsonDiagnostics::versionProblem(root.value(QLatin1String("version")));
        !problem.isEmpty())
        return fail(tr("%1: %2").arg(displayName, problem));
    CaseStudies result;
    if (QString p =
            readText(root.value(QLatin1String("source")), tr("\"source\""), result.m_source);
        !p.isEmpty())
        return fail(tr("%1: %2").arg(displayName, p));

    QSet<QString> domainIds;
    const QJsonValue domainsValue = root.value(QLatin1String("domains"));
    if (!domainsValue.isArray())
        return fail(tr("%1: \"domains\" must be an array, not %2")
                        .arg(displayName, JsonDiagnostics::typeName(domainsValue)));
    const QJsonArray domains = domainsValue.toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QString what = tr("domain %1").arg(i + 1);
        QJsonObject d;
        DomainName name;
        QString p = objectAt(domains, i, what, d);
        for (auto [key, target, limit] : {std::tuple{"id", &name.id, maxIdLength},
                                          {"zh", &name.name.zh, maxTextLength},
                                          {"en", &name.name.en, maxTextLength}}) {
            if (p.isEmpty())
                p = readString(d, key, what, limit, *target);
        }
        if (!p.isEmpty())
            return fail(tr("%1: %2").arg(displayName, p));
        if (name.id.isEmpty() || name.name.zh.isEmpty() || name.name.en.isEmpty())
            return fail(
                tr("%1: domain %2 needs \"id\", \"zh\" and \"en\"").arg(displayName).arg(i + 1));
        if (domainIds.contains(name.id))
            return fail(tr("%1: domain %2: duplicate id \"%3\"")
                            .arg(displayName)
                            .arg(i + 1)
                            .arg(JsonDiagnostics::excerpt(name.id)));
        domainIds.insert(name.id);
        result.m_domains.append(name);
    }

    const QJsonValue cities = root.value(QLatin1String("cities"));
    if (!cities.isArray())
        return fail(tr("%1: no \"cities\" array").arg(displayName));
    if (cities.toArray().isEmpty())
        return fail(tr("%1: the \"cities\" array is empty").arg(displayName));
    QSet<QString> seen;
    const QJsonArray array = cities.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        CaseStudy cs;
        QString problem;
        if (array.at(i).isObject())
            problem = readCaseStudy(array.at(i).toObject(), domainIds, cs);
        else
            problem = tr("must be an object, not %1").arg(JsonDiagnostics::typeName(array.at(i)));
        const QString label =
            cs.cityId.isEmpty()
                ? tr("case study %1").arg(i + 1)
                : tr("case study %1 (id %2)").arg(i + 1).arg(JsonDiagnostics::excerpt(cs.cityId));
        if (!problem.isEmpty())
            return fail(tr("%1: %2: %3").arg(displayName, label, problem));
        if (seen.contains(cs.cityId))
            return fail(tr("%1: %2: duplicate id").arg(displayName, label));
        seen.insert(cs.cityId);
        result.m_cities.append(cs);
    }
    return result;
}

const CaseStudies &CaseStudies::builtIn()
{
    static const CaseStudies studies = [] {
        QString error;
        std::optional<CaseStudies> loaded = loadFile(builtInPath(), &error);
        if (!loaded)
            qWarning("%s", qPrintable(error));
        return loaded.value_or(CaseStudies());
    }();
    return studies;
}

const QStringList &CaseStudies::cityIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const CaseStudy &cs : builtIn().cities())
            out.append(cs.cityId);
        return out;
    }();
    return ids;
}

QString CaseStudies::checkAgainst(const CityTableModel &cities) const
{
    QStringList problems;
    for (const CaseStudy &cs : m_cities) {
        if (cities.rowOfId(cs.cityId) < 0)
            problems.append(tr("case study %1 names no city of the dataset")
                                .arg(JsonDiagnostics::excerpt(cs.cityId)));
    }
    return problems.join(u'\n');
}

const CaseStudy *CaseStudies::find(const QString &cityId) const
{
    for (const CaseStudy &cs : m_cities) {
        if (cs.cityId == cityId)
            return &cs;
    }
    return nullptr;
}

} // namespace atlas
