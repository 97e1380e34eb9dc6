// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudies.h"

#include "CityDataset.h"
#include "CityTableModel.h"
#include "io/InputFile.h"
#include "io/JsonDiagnostics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace atlas {
namespace {

// Reads {"zh": ..., "en": ...}; both languages are required.
QString readText(const QJsonValue &v, const QString &what, CaseStudy::Text &out)
{
    if (!v.isObject())
        return CaseStudies::tr("%1 must be an object with \"zh\" and \"en\", not %2")
            .arg(what, JsonDiagnostics::typeName(v));
    const QJsonObject o = v.toObject();
    out.zh = o.value(QLatin1String("zh")).toString().trimmed();
    out.en = o.value(QLatin1String("en")).toString().trimmed();
    if (out.zh.isEmpty())
        return CaseStudies::tr("%1 has no Chinese text (\"zh\")").arg(what);
    if (out.en.isEmpty())
        return CaseStudies::tr("%1 has no English text (\"en\")").arg(what);
    return {};
}

QString readRef(const QJsonObject &o, const QString &what, const char *key, QString &out)
{
    out = o.value(QLatin1String(key)).toString().trimmed();
    if (out.isEmpty())
        return CaseStudies::tr("%1 has no \"%2\" (where in the report it comes from)")
            .arg(what, QLatin1String(key));
    return {};
}

QString readCaseStudy(const QJsonObject &o, const QSet<QString> &domainIds, CaseStudy &cs)
{
    cs.cityId = o.value(QLatin1String("id")).toString().trimmed();
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
        const QJsonObject d = items.at(i).toObject();
        const QString what = CaseStudies::tr("document %1").arg(i + 1);
        CaseStudy::Document doc;
        const QJsonValue date = d.value(QLatin1String("date"));
        if (date.isUndefined())
            return CaseStudies::tr("%1 has no \"date\" (null for a plan the report gives no "
                                   "date for)")
                .arg(what);
        if (!date.isNull()) {
            doc.date = CaseStudy::Date::parse(date.toString());
            if (!doc.date)
                return CaseStudies::tr("%1: date \"%2\" is not YYYY, YYYY-MM, YYYY/YYYY or null")
                    .arg(what, JsonDiagnostics::excerpt(date.isString()
                                                            ? date.toString()
                                                            : JsonDiagnostics::typeName(date)));
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
        const QJsonObject f = items.at(i).toObject();
        const QString what = CaseStudies::tr("figure %1").arg(i + 1);
        CaseStudy::Figure fig;
        fig.value = f.value(QLatin1String("value")).toString().trimmed();
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
        const QJsonObject d = items.at(i).toObject();
        CaseStudy::Domain domain{d.value(QLatin1String("id")).toString(), {}};
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
        const QJsonObject c = items.at(i).toObject();
        const QString what = CaseStudies::tr("centre %1").arg(i + 1);
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
    const QJsonObject root = doc->object();
    if (const QString problem = JsonDiagnostics::versionProblem(root.value(QLatin1String("version")));
        !problem.isEmpty())
        return fail(tr("%1: %2").arg(displayName, problem));
    CaseStudies result;
    if (QString p =
            readText(root.value(QLatin1String("source")), tr("\"source\""), result.m_source);
        !p.isEmpty())
        return fail(tr("%1: %2").arg(displayName, p));

    QSet<QString> domainIds;
    const QJsonArray domains = root.value(QLatin1String("domains")).toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QJsonObject d = domains.at(i).toObject();
        DomainName name{
            d.value(QLatin1String("id")).toString(),
            {d.value(QLatin1String("zh")).toString(), d.value(QLatin1String("en")).toString()}};
        if (name.id.isEmpty() || name.name.zh.isEmpty() || name.name.en.isEmpty())
            return fail(
                tr("%1: domain %2 needs \"id\", \"zh\" and \"en\"").arg(displayName).arg(i + 1));
        if (domainIds.contains(name.id))
            return fail(
                tr("%1: domain %2: duplicate id \"%3\"")
                    .arg(displayName)
                    .arg(i + 1)
                    .arg(JsonDiagnostics::excerpt(name.id)));
        domainIds.insert(name.id);
        result.m_domains.append(name);
    }

    const QJsonValue cities = root.value(QLatin1String("cities"));
    if (!cities.isArray() || cities.toArray().isEmpty())
        return fail(tr("%1: no \"cities\" array").arg(displayName));
    QSet<QString> seen;
    const QJsonArray array = cities.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        CaseStudy cs;
        const QString problem = readCaseStudy(array.at(i).toObject(), domainIds, cs);
        const QString label = cs.cityId.isEmpty()
                                  ? tr("case study %1").arg(i + 1)
                                  : tr("case study %1 (id %2)")
                                        .arg(i + 1)
                                        .arg(JsonDiagnostics::excerpt(cs.cityId));
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
            problems.append(tr("case study %1 names no city of the dataset").arg(cs.cityId));
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
