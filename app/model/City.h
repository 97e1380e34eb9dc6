// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QString>
#include <optional>

namespace atlas {

// How far a city's tier and smart status rest on evidence. The report gives only tier totals, so
// most assignments are reconstructed; the UI and every export must say which kind each one is.
enum class Evidence
{
    Report,     // named in the CCID report itself
    Documented, // on a documented 2013 pilot list
    Unverified, // on a pilot list as far as known, not yet verified
    None,       // no evidence of smart-city work (the not-yet-smart cities)
    Edited,     // set by the user in this program; the basis says when
};

enum class Language
{
    Chinese,
    English,
};

struct City
{
    QString id; // GB/T 2260 code; English names repeat (Suzhou, Taizhou...), so never key by name
    QString nameZh;
    QString nameEn;
    QString provinceZh;
    QString provinceEn;
    QGeoCoordinate location;
    int tier = 0;
    bool smart = false;
    Evidence evidence = Evidence::None;
    QString basis;

    QString name(Language lang) const { return lang == Language::Chinese ? nameZh : nameEn; }
    QString province(Language lang) const
    {
        return lang == Language::Chinese ? provinceZh : provinceEn;
    }

    static constexpr int minTier = 1;
    static constexpr int maxTier = 3;

    static std::optional<Evidence> evidenceFromKey(const QString &key);
    static QString evidenceKey(Evidence evidence);
    // Translated, for display.
    static QString evidenceLabel(Evidence evidence);
    static QString statusLabel(bool smart);
    static QString tierLabel(int tier);

    friend bool operator==(const City &, const City &) = default;
};

} // namespace atlas
