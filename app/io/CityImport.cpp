// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityImport.h"

#include "CsvReader.h"
#include "Gazetteer.h"
#include "InputFile.h"
#include "JsonDiagnostics.h"
#include "XlsxReader.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <array>

namespace atlas {
namespace {

QString folded(const QString &s)
{
    QString k = s.trimmed().toCaseFolded();
    k.remove(u' ').remove(u'_').remove(u'-');
    return k;
}

bool hasChinese(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

constexpr int maxListed = 20;

} // namespace

std::optional<CityImport::Field> CityImport::fieldOfHeader(const QString &header)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("城市"), Field::Name},
        {QStringLiteral("城市名称"), Field::Name},
        {QStringLiteral("城市名"), Field::Name},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("city"), Field::Name},
        {QStringLiteral("namezh"), Field::NameZh},
        {QStringLiteral("中文名"), Field::NameZh},
        {QStringLiteral("nameen"), Field::NameEn},
        {QStringLiteral("英文名"), Field::NameEn},
        {QStringLiteral("省份"), Field::Province},
        {QStringLiteral("省"), Field::Province},
        {QStringLiteral("provincezh"), Field::Province},
        {QStringLiteral("provinceen"), Field::ProvinceEn},
        {QStringLiteral("province"), Field::Province},
        {QStringLiteral("等级"), Field::Tier},
        {QStringLiteral("城市等级"), Field::Tier},
        {QStringLiteral("tier"), Field::Tier},
        {QStringLiteral("level"), Field::Tier},
        {QStringLiteral("是否智慧城市"), Field::Smart},
        {QStringLiteral("智慧城市"), Field::Smart},
        {QStringLiteral("smart"), Field::Smart},
        {QStringLiteral("纬度"), Field::Latitude},
        {QStringLiteral("lat"), Field::Latitude},
        {QStringLiteral("latitude"), Field::Latitude},
        {QStringLiteral("经度"), Field::Longitude},
        {QStringLiteral("lon"), Field::Longitude},
        {QStringLiteral("lng"), Field::Longitude},
        {QStringLiteral("longitude"), Field::Longitude},
        {QStringLiteral("code"), Field::Code},
        {QStringLiteral("gbcode"), Field::Code},
        {QStringLiteral("id"), Field::Code},
        {QStringLiteral("行政区划代码"), Field::Code},
        {QStringLiteral("代码"), Field::Code},
        {QStringLiteral("evidence"), Field::Evidence},
        {QStringLiteral("依据"), Field::Evidence},
        {QStringLiteral("basis"), Field::Basis},
        {QStringLiteral("说明"), Field::Basis},
    };
    const auto it = fields.constFind(folded(header));
    return it == fields.cend() ? std::nullopt : std::optional<Field>(*it);
}

std::optional<int> CityImport::parseTier(const QString &value)
{
    static const QStringList digits{QStringLiteral("一"), QStringLiteral("二"),
                                    QStringLiteral("三")};
    QString v = folded(value);
    for (const QString &suffix :
         {QStringLiteral("城市"), QStringLiteral("级"), QStringLiteral("线")}) {
        if (v.endsWith(suffix))
            v.chop(suffix.size());
    }
    if (v.startsWith(u"tier"))
        v.remove(0, 4);
    if (const qsizetype i = digits.indexOf(v); i >= 0)
        return int(i) + 1;
    bool ok = false;
    const int tier = v.toInt(&ok);
    if (ok && tier >= City::minTier && tier <= City::maxTier)
        return tier;
    return std::nullopt;
}

std::optional<bool> CityImport::parseSmart(const QString &value)
{
    const QString v = folded(value);
    static const QStringList yes{QStringLiteral("是"),   QStringLiteral("y"), QStringLiteral("yes"),
                                 QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("✓"),
                                 QStringLiteral("✔"),    QStringLiteral("√")};
    static const QStringList no{QStringLiteral("否"),    QStringLiteral("n"), QStringLiteral("no"),
                                QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("✗"),
                                QStringLiteral("✘"),     QStringLiteral("×")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

std::optional<CityDataset> CityImport::fromRows(const CsvTable &table, const QString &displayName,
                                                const Gazetteer &gazetteer,
                                                const ImportOptions &options, QString *error,
                                                QStringList *skipped)
{
    const auto fail = [&](const QString &why) -> std::optional<CityDataset> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QList<QStringList> &rows = table.rows;
    const QList<int> &lines = table.lines;
    if (rows.size() < 2)
        return fail(tr("%1: no cities (a header row and at least one row of data are needed)")
                        .arg(displayName));
    std::array<qsizetype, 12> column;
    column.fill(-1);
    for (qsizetype c = 0; c < rows.first().size(); ++c) {
        if (const auto field = fieldOfHeader(rows.first().at(c)); field && column[int(*field)] < 0)
            column[int(*field)] = c;
    }
    const auto has = [&](Field f) {
        return column[int(f)] >= 0;
    };
    if (!has(Field::Name) && !has(Field::NameZh) && !has(Field::NameEn) && !has(Field::Code))
        return fail(tr("%1:%2: no column names the city (城市, name, city or code)")
                        .arg(displayName)
                        .arg(lines.first()));
    if (!has(Field::Tier))
        return fail(tr("%1:%2: no tier column (等级, 城市等级, tier or level)")
                        .arg(displayName)
                        .arg(lines.first()));
    if (!has(Field::Smart))
        return fail(tr("%1:%2: no smart-city column (是否智慧城市, 智慧城市 or smart)")
                        .arg(displayName)
                        .arg(lines.first()));

    CityDataset dataset;
    dataset.title = displayName;
    QStringList problems;
    QHash<QString, int> lineOfId;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = lines.at(r);
        const auto cell = [&](Field f) {
            const qsizetype c = column[int(f)];
            return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
        };
        const QString name = !cell(Field::Name).isEmpty()     ? cell(Field::Name)
                             : !cell(Field::NameZh).isEmpty() ? cell(Field::NameZh)
                             : !cell(Field::NameEn).isEmpty() ? cell(Field::NameEn)
                                                              : cell(Field::Code);
        const auto problem = [&](const QString &why) {
            problems.append(table.spreadsheetRows ? tr("row %1: %2").arg(line).arg(why)
                                                  : tr("line %1: %2").arg(line).arg(why));
        };
        const QString shown = JsonDiagnostics::excerpt(name);
        const std::optional<int> tier = parseTier(cell(Field::Tier));
        const std::optional<bool> smart = parseSmart(cell(Field::Smart));
        if (!tier) {
            problem(tr("%1: tier \"%2\" is not 1, 2 or 3 (一级, 二线, Tier 2 …)")
                        .arg(shown, JsonDiagnostics::excerpt(cell(Field::Tier))));
            continue;
        }
        if (!smart) {
            problem(tr("%1: \"%2\" does not say whether it is a smart city (是/否, yes/no, 1/0)")
                        .arg(shown, JsonDiagnostics::excerpt(cell(Field::Smart))));
            continue;
        }
        QList<const GazetteerEntry *> found;
        if (!cell(Field::Code).isEmpty())
            found = gazetteer.find(cell(Field::Code));
        if (found.isEmpty())
            found = gazetteer.find(name, cell(Field::Province));
        if (found.size() > 1) {
            QStringList candidates;
            for (const GazetteerEntry *e : found)
                candidates.append(tr("%1 (%2, %3)").arg(e->nameZh, e->code, e->provinceZh));
            problem(tr("%1: more than one city has this name: %2; add a province column")
                        .arg(shown, candidates.join(tr(", ", "between items of a list"))));
            continue;
        }
        City city;
        bool latOk = false;
        bool lonOk = false;
        const double lat = cell(Field::Latitude).toDouble(&latOk);
        const double lon = cell(Field::Longitude).toDouble(&lonOk);
        const bool placed = latOk && lonOk && std::abs(lat) <= 90 && std::abs(lon) <= 180;
        if (found.size() == 1) {
            // The row's own names win (a list may say 北京 where the gazetteer says 北京市);
            // the gazetteer fills in what the row leaves out.
            const GazetteerEntry &e = *found.first();
            const QString province = cell(Field::Province);
            const auto first = [](std::initializer_list<QString> candidates) {
                for (const QString &s : candidates)
                    if (!s.isEmpty())
                        return s;
                return QString();
            };
            city.id = e.code;
            city.nameZh =
                first({cell(Field::NameZh), hasChinese(name) ? name : QString(), e.shortZh});
            city.nameEn = first({cell(Field::NameEn),
                                 hasChinese(name) || name == e.code ? QString() : name, e.nameEn});
            // Short names, as the built-in list has them (无锡, 江苏), so that lists agree.
            city.provinceZh = first({hasChinese(province) ? province : QString(),
                                     Gazetteer::shortProvinceName(e.provinceZh)});
            city.provinceEn = first({cell(Field::ProvinceEn),
                                     hasChinese(province) ? QString() : province, e.provinceEn});
            city.location = QGeoCoordinate(e.lat, e.lon);
        } else if (placed && !name.isEmpty()) {
            // Not a prefecture-level unit (a county-level city, say), placed by the row itself.
            city.id = cell(Field::Code).isEmpty() ? name : cell(Field::Code);
            city.nameZh = hasChinese(name) ? name : cell(Field::NameZh);
            city.nameEn = hasChinese(name) ? cell(Field::NameEn) : name;
            city.provinceZh = city.provinceEn = cell(Field::Province);
            if (city.nameZh.isEmpty())
                city.nameZh = name;
            if (city.nameEn.isEmpty())
                city.nameEn = name;
        } else {
            problem(name.isEmpty() ? tr("the row names no city")
                                   : tr("%1: no such city in the gazetteer of prefecture-level "
                                        "cities; give its latitude and longitude")
                                         .arg(shown));
            continue;
        }
        if (placed)
            city.location = QGeoCoordinate(lat, lon);
        city.tier = *tier;
        city.smart = *smart;
        city.evidence = City::evidenceFromKey(cell(Field::Evidence)).value_or(Evidence::Unverified);
        city.basis = cell(Field::Basis).isEmpty()
                         ? tr("From %1, line %2").arg(QFileInfo(displayName).fileName()).arg(line)
                         : cell(Field::Basis).left(2000);
        if (const auto it = lineOfId.constFind(city.id); it != lineOfId.cend()) {
            problem(tr("%1 (%2) is already on line %3").arg(city.nameZh, city.id).arg(*it));
            continue;
        }
        lineOfId.insert(city.id, line);
        dataset.cities.append(std::move(city));
    }
    if (!problems.isEmpty() && !options.skipUnmatched) {
        QStringList listed = problems.mid(0, maxListed);
        if (problems.size() > maxListed)
            listed.append(tr("… and %1 more").arg(problems.size() - maxListed));
        return fail(tr("%1: cannot use %2 of its rows:").arg(displayName).arg(problems.size()) +
                    QStringLiteral("\n  ") + listed.join(QStringLiteral("\n  ")) + u'\n' +
                    tr("Correct them in the file, or leave them out (on the command line: "
                       "--skip-unmatched)."));
    }
    if (skipped)
        *skipped = problems;
    if (dataset.cities.isEmpty())
        return fail(tr("%1: no row could be used").arg(displayName));
    return dataset;
}

std::optional<CityDataset> CityImport::fromCsv(const QByteArray &bytes, const QString &displayName,
                                               const ImportOptions &options, QString *error,
                                               QStringList *skipped)
{
    const auto text = SourceText::decode(bytes, options.encoding, displayName, error);
    if (!text)
        return std::nullopt;
    const auto table = CsvReader::parse(text->text, displayName, error);
    if (!table)
        return std::nullopt;
    return fromRows(*table, displayName, Gazetteer::builtIn(), options, error, skipped);
}

std::optional<CityDataset> CityImport::fromXlsx(const QByteArray &bytes, const QString &displayName,
                                                const ImportOptions &options, QString *error,
                                                QStringList *skipped)
{
    const auto table = XlsxReader::readSheet(bytes, displayName, options.sheet, error);
    if (!table)
        return std::nullopt;
    return fromRows(*table, displayName, Gazetteer::builtIn(), options, error, skipped);
}

std::optional<CityDataset> CityImport::loadFile(const QString &path, const ImportOptions &options,
                                                QString *error, QStringList *skipped)
{
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const bool xlsx = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (!csv && !xlsx)
        return CityDataset::loadFile(path, error);
    const auto bytes = InputFile::read(path, InputFile::Kind::Dataset, error);
    if (!bytes)
        return std::nullopt;
    const QString name = CityDataset::displayName(path);
    std::optional<CityDataset> dataset = csv ? fromCsv(*bytes, name, options, error, skipped)
                                             : fromXlsx(*bytes, name, options, error, skipped);
    if (dataset)
        dataset->path = path;
    return dataset;
}

} // namespace atlas
