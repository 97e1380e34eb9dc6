// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gazetteer.h"

#include "CsvReader.h"
#include "InputFile.h"
#include "SourceText.h"

#include <QStringList>
#include <cmath>

namespace atlas {
namespace {

// The peoples named in autonomous prefectures and regions; the place name comes before them.
const QStringList &peoples()
{
    static const QStringList names{
        QStringLiteral("朝鲜"),   QStringLiteral("土家"),     QStringLiteral("布依"),
        QStringLiteral("哈尼"),   QStringLiteral("景颇"),     QStringLiteral("傈僳"),
        QStringLiteral("蒙古"),   QStringLiteral("柯尔克孜"), QStringLiteral("哈萨克"),
        QStringLiteral("维吾尔"), QStringLiteral("藏"),       QStringLiteral("彝"),
        QStringLiteral("苗"),     QStringLiteral("壮"),       QStringLiteral("傣"),
        QStringLiteral("白"),     QStringLiteral("回"),       QStringLiteral("侗"),
        QStringLiteral("羌")};
    return names;
}

QString beforePeoples(const QString &name)
{
    qsizetype cut = name.size();
    for (const QString &people : peoples()) {
        const qsizetype at = name.indexOf(people);
        if (at > 0)
            cut = std::min(cut, at);
    }
    return name.left(cut);
}

} // namespace

QString Gazetteer::shortChineseName(const QString &full)
{
    if (full.endsWith(u"自治州"))
        return beforePeoples(full.chopped(3));
    for (const QString &suffix :
         {QStringLiteral("地区"), QStringLiteral("市"), QStringLiteral("盟")}) {
        if (full.endsWith(suffix) && full.size() > suffix.size() + 1)
            return full.chopped(suffix.size());
    }
    return full;
}

QString Gazetteer::shortProvinceName(const QString &full)
{
    if (full.endsWith(u"特别行政区"))
        return full.chopped(5);
    if (full.endsWith(u"自治区"))
        return beforePeoples(full.chopped(3));
    if (full.endsWith(u"省") || full.endsWith(u"市"))
        return full.chopped(1);
    return full;
}

QString Gazetteer::key(const QString &name)
{
    QString k = name.trimmed().toCaseFolded();
    k.remove(u' ').remove(u'-').remove(u'\'').remove(u'’');
    return k;
}

std::optional<Gazetteer> Gazetteer::parse(const QByteArray &csv, const QString &displayName,
                                          QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Gazetteer> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto text = SourceText::decode(csv, SourceText::Encoding::Utf8, displayName, error);
    if (!text)
        return std::nullopt;
    const auto table = CsvReader::parse(text->text, displayName, error, u',');
    if (!table)
        return std::nullopt;
    if (table->rows.isEmpty())
        return fail(tr("%1: no header row").arg(displayName));
    const QStringList header = table->rows.first();
    const QStringList wanted{
        QStringLiteral("gb_code"),     QStringLiteral("name_zh"),     QStringLiteral("name_en"),
        QStringLiteral("name_pinyin"), QStringLiteral("province_gb"), QStringLiteral("province_zh"),
        QStringLiteral("province_en"), QStringLiteral("lat"),         QStringLiteral("lon")};
    QList<qsizetype> column;
    for (const QString &name : wanted) {
        column.append(header.indexOf(name));
        if (column.last() < 0)
            return fail(tr("%1: no column \"%2\"").arg(displayName, name));
    }
    Gazetteer g;
    for (qsizetype r = 1; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows.at(r);
        const auto cell = [&](int i) {
            return column[i] < row.size() ? row.at(column[i]) : QString();
        };
        GazetteerEntry e{cell(0), cell(1), Gazetteer::shortChineseName(cell(1)),
                         cell(2), cell(3), cell(4),
                         cell(5), cell(6)};
        bool latOk = false;
        bool lonOk = false;
        e.lat = cell(7).toDouble(&latOk);
        e.lon = cell(8).toDouble(&lonOk);
        if (e.code.isEmpty() || e.nameZh.isEmpty() || !latOk || !lonOk ||
            !(std::abs(e.lat) <= 90) || !(std::abs(e.lon) <= 180))
            return fail(tr("%1:%2: a row needs gb_code, name_zh and coordinates in range")
                            .arg(displayName)
                            .arg(table->lines.at(r)));
        if (g.m_byCode.contains(e.code))
            return fail(tr("%1:%2: duplicate gb_code %3")
                            .arg(displayName)
                            .arg(table->lines.at(r))
                            .arg(e.code));
        const qsizetype index = g.m_entries.size();
        g.m_byCode.insert(e.code, index);
        QStringList keys{key(e.nameZh), key(e.shortZh), key(e.nameEn), key(e.pinyin)};
        keys.removeDuplicates();
        for (const QString &k : keys)
            if (!k.isEmpty())
                g.m_byName.insert(k, index);
        g.m_entries.append(std::move(e));
    }
    return g;
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer gazetteer = [] {
        QString error;
        const auto bytes = InputFile::read(QStringLiteral(":/data/gazetteer.csv"),
                                           InputFile::Kind::Dataset, &error);
        std::optional<Gazetteer> parsed;
        if (bytes)
            parsed = parse(*bytes, QStringLiteral("gazetteer.csv"), &error);
        // A broken built-in file is a build error, caught by the tests.
        if (!parsed)
            qWarning("%s", qPrintable(error));
        return parsed.value_or(Gazetteer());
    }();
    return gazetteer;
}

const GazetteerEntry *Gazetteer::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed());
    return it == m_byCode.cend() ? nullptr : &m_entries.at(*it);
}

bool Gazetteer::inProvince(const GazetteerEntry &entry, const QString &province) const
{
    const QString p = key(province);
    return p == key(entry.provinceCode) || p == key(entry.provinceZh) ||
           p == key(shortProvinceName(entry.provinceZh)) || p == key(entry.provinceEn);
}

QList<const GazetteerEntry *> Gazetteer::find(const QString &name, const QString &province) const
{
    QList<const GazetteerEntry *> found;
    if (const GazetteerEntry *e = byCode(name))
        found.append(e);
    else {
        QList<qsizetype> indexes = m_byName.values(key(name));
        std::sort(indexes.begin(), indexes.end());
        indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
        for (const qsizetype i : indexes)
            found.append(&m_entries.at(i));
    }
    if (!province.trimmed().isEmpty())
        found.removeIf([&](const GazetteerEntry *e) { return !inProvince(*e, province); });
    return found;
}

} // namespace atlas
