// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace atlas {
namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r') && value.trimmed() == value)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray CityWriter::toJson(const CityDataset &dataset)
{
    QJsonArray cities;
    for (const City &c : dataset.cities) {
        cities.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("name_zh"), c.nameZh},
            {QStringLiteral("name_en"), c.nameEn},
            {QStringLiteral("province_zh"), c.provinceZh},
            {QStringLiteral("province_en"), c.provinceEn},
            {QStringLiteral("lat"), c.location.latitude()},
            {QStringLiteral("lon"), c.location.longitude()},
            {QStringLiteral("tier"), c.tier},
            {QStringLiteral("smart"), c.smart},
            {QStringLiteral("evidence"), City::evidenceKey(c.evidence)},
            {QStringLiteral("basis"), c.basis},
        });
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("smartcity-atlas-cities")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("cities"), cities}};
    if (!dataset.title.isEmpty())
        root.insert(QStringLiteral("title"), dataset.title);
    if (!dataset.source.isEmpty())
        root.insert(QStringLiteral("source"), dataset.source);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CityWriter::toCsv(const CityDataset &dataset)
{
    QString csv = QStringLiteral("code,name_zh,name_en,province_zh,province_en,lat,lon,tier,smart,"
                                 "evidence,basis\r\n");
    for (const City &c : dataset.cities) {
        const QStringList fields{c.id,
                                 c.nameZh,
                                 c.nameEn,
                                 c.provinceZh,
                                 c.provinceEn,
                                 QString::number(c.location.latitude(), 'g', 10),
                                 QString::number(c.location.longitude(), 'g', 10),
                                 QString::number(c.tier),
                                 c.smart ? QStringLiteral("yes") : QStringLiteral("no"),
                                 City::evidenceKey(c.evidence),
                                 c.basis};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        csv += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xef\xbb\xbf") + csv.toUtf8();
}

} // namespace atlas
