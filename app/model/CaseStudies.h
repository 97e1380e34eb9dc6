// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace atlas {

// The five typical smart cities the report profiles: Beijing, Wuxi, Wuhan, Foshan, Langfang.
class CaseStudies
{
public:
    // GB/T 2260 codes, in the report's order.
    static const QStringList &cityIds();
    static bool isCaseStudy(const QString &cityId) { return cityIds().contains(cityId); }
};

} // namespace atlas
