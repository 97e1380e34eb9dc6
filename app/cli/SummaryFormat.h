// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace atlas {

class TierSummaryModel;

// The summary command's three outputs: a table for people, CSV and JSON for scripts.
class SummaryFormat
{
    Q_DECLARE_TR_FUNCTIONS(atlas::SummaryFormat)

public:
    static QString text(const TierSummaryModel &summary, const QString &source);
    static QString csv(const TierSummaryModel &summary);
    static QString json(const TierSummaryModel &summary);
};

} // namespace atlas
