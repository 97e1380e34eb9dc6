// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStudies.h"

namespace atlas {

const QStringList &CaseStudies::cityIds()
{
    static const QStringList ids{QStringLiteral("110000"), QStringLiteral("320200"),
                                 QStringLiteral("420100"), QStringLiteral("440600"),
                                 QStringLiteral("131000")};
    return ids;
}

} // namespace atlas
