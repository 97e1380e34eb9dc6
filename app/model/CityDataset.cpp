// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityDataset.h"

#include "io/InputFile.h"
#include "io/JsonDiagnostics.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <tuple>

namespace atlas {
namespace {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// QJsonDocument keeps no positions, so find where each element of the top-level array `key`
// starts by a light scan that only tracks strings and nesting. The text is already known to parse.
QList<qsizetype> arrayElementOffsets(const QByteArray &text, QByteArrayView key)
{
    QList<qsizetype> offsets;
    int depth = 0;
    int arrayDepth = -1; // nesting depth just inside the target array, once entered
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    QByteArrayView lastString;
    bool expectElement = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                lastString = QByteArrayView(text).sliced(stringStart, i - stringStart);
            }
            continue;
        }
        const bool whitespace = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (arrayDepth >= 0 && depth == arrayDepth && expectElement && !whitespace && c != ']') {
            offsets.append(i);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '[':
        case '{':
            ++depth;
            if (c == '[' && depth == 2 && arrayDepth < 0 && offsets.isEmpty() &&
                lastString == key) {
                arrayDepth = depth;
                expectElement = true;
            }
            break;
        case ']':
        case '}':
            --depth;
            if (arrayDepth >= 0 && depth < arrayDepth)
                return offsets;
            break;
        case ',':
            if (arrayDepth >= 0 && depth == arrayDepth)
                expectElement = true;
            break;
        default:
            break;
        }
    }
    return offsets;
}

// Reads one record; returns an empty string on success, else the problem.
QString readCity(const QJsonObject &o, City &city)
{
    const auto text = [&](const char *field, QString &out) -> QString {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            return CityDataset::tr("missing field \"%1\"").arg(QLatin1String(field));
        if (!v.isString())
            return CityDataset::tr("field \"%1\" must be a string, not %2")
                .arg(QLatin1String(field), JsonDiagnostics::typeName(v));
        out = v.toString().trimmed();
        if (out.isEmpty())
            return CityDataset::tr("field \"%1\" is empty").arg(QLatin1String(field));
        // Names and notes are shown in tables, labels and slides; nothing real is this long.
        const qsizetype limit = qstrcmp(field, "basis") == 0 ? 2000 : 200;
        if (out.size() > limit)
            return CityDataset::tr("field \"%1\" is too long (%2 characters, at most %3): %4")
                .arg(QLatin1String(field))
                .arg(out.size())
                .arg(limit)
                .arg(JsonDiagnostics::excerpt(out));
        return {};
    };
    const auto number = [&](const char *field, double &out) -> QString {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            return CityDataset::tr("missing field \"%1\"").arg(QLatin1String(field));
        if (!v.isDouble())
            return CityDataset::tr("field \"%1\" must be a number, not %2")
                .arg(QLatin1String(field), JsonDiagnostics::typeName(v));
        out = v.toDouble();
        if (!std::isfinite(out))
            return CityDataset::tr("field \"%1\" must be a finite number")
                .arg(QLatin1String(field));
        return {};
    };

    for (auto [field, target] : {std::pair{"id", &city.id},
                                 {"name_zh", &city.nameZh},
                                 {"name_en", &city.nameEn},
                                 {"province_zh", &city.provinceZh},
                                 {"province_en", &city.provinceEn},
                                 {"basis", &city.basis}}) {
        if (QString problem = text(field, *target); !problem.isEmpty())
            return problem;
    }

    double lat = 0;
    double lon = 0;
    double tier = 0;
    for (auto [field, target] : {std::pair{"lat", &lat}, {"lon", &lon}, {"tier", &tier}}) {
        if (QString problem = number(field, *target); !problem.isEmpty())
            return problem;
    }
    if (!(lat >= -90 && lat <= 90))
        return CityDataset::tr("latitude %1 is out of range (-90 to 90)").arg(lat);
    if (!(lon >= -180 && lon <= 180))
        return CityDataset::tr("longitude %1 is out of range (-180 to 180)").arg(lon);
    if (tier != std::floor(tier) || tier < City::minTier || tier > City::maxTier)
        return CityDataset::tr("unknown tier %1 (must be 1, 2 or 3)")
            .arg(JsonDiagnostics::excerpt(QString::number(tier, 'g', 17)));

    const QJsonValue smart = o.value(QLatin1String("smart"));
    if (smart.isUndefined())
        return CityDataset::tr("missing field \"smart\"");
    if (!smart.isBool())
        return CityDataset::tr("field \"smart\" must be true or false, not %1")
            .arg(JsonDiagnostics::typeName(smart));

    QString evidenceKey;
    if (QString problem = text("evidence", evidenceKey); !problem.isEmpty())
        return problem;
    const std::optional<Evidence> evidence = City::evidenceFromKey(evidenceKey);
    if (!evidence)
        return CityDataset::
            tr("unknown evidence \"%1\" (must be report, documented, unverified, edited or none)")
                .arg(JsonDiagnostics::excerpt(evidenceKey));

    city.location = QGeoCoordinate(lat, lon);
    city.tier = int(tier);
    city.smart = smart.toBool();
    city.evidence = *evidence;
    return {};
}

} // namespace

QString CityDataset::builtInPath()
{
    return QStringLiteral(":/data/cities.json");
}

QString CityDataset::displayName(const QString &path)
{
    if (path.startsWith(u':'))
        return tr("built-in %1").arg(QFileInfo(path).fileName());
    return path;
}

std::optional<CityDataset> CityDataset::loadFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = InputFile::read(path, InputFile::Kind::Dataset, error);
    if (!bytes)
        return std::nullopt;
    std::optional<CityDataset> dataset = parse(*bytes, displayName(path), error);
    if (dataset)
        dataset->path = path;
    return dataset;
}

std::optional<CityDataset> CityDataset::parse(const QByteArray &json, const QString &displayName,
                                              QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<CityDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QString syntaxError;
    const std::optional<QJsonDocument> parsed =
        JsonDiagnostics::parse(json, displayName, &syntaxError);
    if (!parsed)
        return fail(syntaxError);
    const QJsonDocument &doc = *parsed;
    if (!doc.isObject())
        return fail(
            tr("%1: the top level must be an object with a \"cities\" array").arg(displayName));
    const QJsonObject root = doc.object();
    if (const QString problem =
            JsonDiagnostics::versionProblem(root.value(QLatin1String("version")));
        !problem.isEmpty())
        return fail(tr("%1: %2").arg(displayName, problem));
    const QJsonValue citiesValue = root.value(QLatin1String("cities"));
    if (!citiesValue.isArray())
        return fail(tr("%1: no \"cities\" array").arg(displayName));
    const QJsonArray array = citiesValue.toArray();
    if (array.isEmpty())
        return fail(tr("%1: the \"cities\" array is empty").arg(displayName));

    const QList<qsizetype> offsets = arrayElementOffsets(json, "cities");
    const auto where = [&](qsizetype index) {
        const QString line = index < offsets.size()
                                 ? QStringLiteral(":%1").arg(lineAt(json, offsets.at(index)))
                                 : QString();
        return displayName + line;
    };

    CityDataset dataset;
    for (auto [key, target, limit] :
         {std::tuple{"title", &dataset.title, 300}, {"source", &dataset.source, 2000}}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return fail(tr("%1: \"%2\" must be a string, not %3")
                            .arg(displayName, QLatin1String(key), JsonDiagnostics::typeName(v)));
        *target = v.toString().trimmed();
        if (target->size() > limit)
            return fail(tr("%1: \"%2\" is too long (%3 characters, at most %4): %5")
                            .arg(displayName, QLatin1String(key))
                            .arg(target->size())
                            .arg(limit)
                            .arg(JsonDiagnostics::excerpt(*target)));
    }
    dataset.cities.reserve(array.size());
    QHash<QString, qsizetype> firstIndexOfId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const QString recordLabel = tr("city record %1").arg(i + 1);
        if (!value.isObject())
            return fail(tr("%1: %2: must be an object, not %3")
                            .arg(where(i), recordLabel, JsonDiagnostics::typeName(value)));
        City city;
        const QString problem = readCity(value.toObject(), city);
        const QString idText =
            JsonDiagnostics::excerpt(value.toObject().value(QLatin1String("id")).toString());
        const QString label =
            idText.isEmpty() ? recordLabel : tr("%1 (id %2)").arg(recordLabel, idText);
        if (!problem.isEmpty())
            return fail(tr("%1: %2: %3").arg(where(i), label, problem));
        if (const auto it = firstIndexOfId.constFind(city.id); it != firstIndexOfId.cend())
            return fail(tr("%1: %2: duplicate id, already used by city record %3 (%4)")
                            .arg(where(i), label)
                            .arg(*it + 1)
                            .arg(where(*it)));
        firstIndexOfId.insert(city.id, i);
        dataset.cities.append(std::move(city));
    }
    return dataset;
}

} // namespace atlas
