// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <optional>

namespace atlas {

// One prefecture-level unit or municipality (GB/T 2260, 2021) with its seat.
struct GazetteerEntry
{
    QString code;    // "320500"
    QString nameZh;  // "苏州市"
    QString shortZh; // "苏州"
    QString nameEn;  // "Suzhou"
    QString pinyin;  // "Suzhou"
    QString provinceCode;
    QString provinceZh; // "江苏省"
    QString provinceEn; // "Jiangsu"
    double lat = 0;
    double lon = 0;
};

// Finds cities without a network: by GB/T 2260 code, full or short Chinese name, English or
// pinyin name, narrowed by a province when a name occurs twice (Suzhou is 苏州 and 宿州).
// The built-in one holds all 337 prefecture-level units (resources/data/gazetteer.csv).
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Gazetteer)

public:
    static std::optional<Gazetteer> parse(const QByteArray &csv, const QString &displayName,
                                          QString *error);
    static const Gazetteer &builtIn();

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    const GazetteerEntry *byCode(const QString &code) const;
    // Every entry the name can mean; `province` (code, Chinese full or short, or English name)
    // narrows them when given. Empty when nothing matches.
    QList<const GazetteerEntry *> find(const QString &name, const QString &province = {}) const;

    // "苏州市" -> "苏州", "延边朝鲜族自治州" -> "延边", "兴安盟" -> "兴安"
    static QString shortChineseName(const QString &full);
    // "江苏省" -> "江苏", "广西壮族自治区" -> "广西", "北京市" -> "北京"
    static QString shortProvinceName(const QString &full);

private:
    static QString key(const QString &name); // case, spaces, hyphens and apostrophes folded
    bool inProvince(const GazetteerEntry &entry, const QString &province) const;

    QList<GazetteerEntry> m_entries;
    QHash<QString, qsizetype> m_byCode;
    QMultiHash<QString, qsizetype> m_byName;
};

} // namespace atlas
