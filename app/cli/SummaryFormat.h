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
    // builtInData: the figures are the built-in reconstruction of the CCID report's, and are
    // credited so; a user's file is credited with its own source line only.
    static QString text(const TierSummaryModel &summary, const QString &source, bool builtInData);
    static QString csv(const TierSummaryModel &summary);
    static QString json(const TierSummaryModel &summary);
};

} // namespace atlas
