// SPDX-License-Identifier: GPL-3.0-or-later
#include "City.h"

#include <QCoreApplication>

namespace atlas {

std::optional<Evidence> City::evidenceFromKey(const QString &key)
{
    if (key == u"report")
        return Evidence::Report;
    if (key == u"documented")
        return Evidence::Documented;
    if (key == u"unverified")
        return Evidence::Unverified;
    if (key == u"none")
        return Evidence::None;
    if (key == u"edited")
        return Evidence::Edited;
    return std::nullopt;
}

QString City::evidenceKey(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Report:
        return QStringLiteral("report");
    case Evidence::Documented:
        return QStringLiteral("documented");
    case Evidence::Unverified:
        return QStringLiteral("unverified");
    case Evidence::Edited:
        return QStringLiteral("edited");
    case Evidence::None:
        break;
    }
    return QStringLiteral("none");
}

QString City::evidenceLabel(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Report:
        return QCoreApplication::translate("atlas::City", "Named in the report");
    case Evidence::Documented:
        return QCoreApplication::translate("atlas::City", "Documented pilot list");
    case Evidence::Unverified:
        return QCoreApplication::translate("atlas::City", "Unverified");
    case Evidence::Edited:
        return QCoreApplication::translate("atlas::City", "Edited by the user");
    case Evidence::None:
        break;
    }
    return QCoreApplication::translate("atlas::City", "None");
}

QString City::statusLabel(bool smart)
{
    return smart ? QCoreApplication::translate("atlas::City", "Smart city")
                 : QCoreApplication::translate("atlas::City", "Not yet smart");
}

QString City::tierLabel(int tier)
{
    // Whole phrases, not "Tier %1": Chinese writes the tier as a word (二级城市).
    switch (tier) {
    case 1:
        return QCoreApplication::translate("atlas::City", "Tier 1");
    case 2:
        return QCoreApplication::translate("atlas::City", "Tier 2");
    case 3:
        return QCoreApplication::translate("atlas::City", "Tier 3");
    default:
        return QCoreApplication::translate("atlas::City", "Tier %1").arg(tier);
    }
}

} // namespace atlas
