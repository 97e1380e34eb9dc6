// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryFormat.h"

#include "model/City.h"
#include "model/TierSummaryModel.h"

#include <QStringList>

namespace atlas {
namespace {

// Terminal columns: CJK ideographs take two.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const QChar c : s)
        width += (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFEF) ? 2 : 1;
    return width;
}

QString padLeft(const QString &s, int width)
{
    return QString(qMax(0, width - displayWidth(s)), u' ') + s;
}

QString padRight(const QString &s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), u' ');
}

QString percentNumber(std::optional<double> percent)
{
    return percent ? QString::number(*percent, 'f', 1) : QString();
}

} // namespace

QString SummaryFormat::text(const TierSummaryModel &summary, const QString &source,
                            bool builtInData)
{
    const QStringList header{tr("Tier"), tr("Cities"), tr("Smart"), tr("Coverage")};
    QList<QStringList> rows;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        rows.append({City::tierLabel(tier), QString::number(summary.cityCount(tier)),
                     QString::number(summary.smartCount(tier)),
                     TierSummaryModel::formatCoverage(summary.coverage(tier))});
    }
    const int total = summary.totalCities();
    const std::optional<double> totalCoverage =
        total > 0 ? std::optional<double>(100.0 * summary.totalSmart() / total) : std::nullopt;
    rows.append({tr("All"), QString::number(total), QString::number(summary.totalSmart()),
                 TierSummaryModel::formatCoverage(totalCoverage)});

    QList<int> widths;
    for (const QString &h : header)
        widths.append(displayWidth(h));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row[i]));
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded{padRight(cells[0], widths[0])};
        for (int i = 1; i < cells.size(); ++i)
            padded.append(padLeft(cells[i], widths[i]));
        return padded.join(QStringLiteral("  ")) + u'\n';
    };
    QString text = tr("Smart-city coverage by city tier") + u'\n' + u'\n' + line(header);
    for (const QStringList &row : rows)
        text += line(row);
    text += u'\n';
    // Only the built-in data are the report's totals; a user's file speaks for itself.
    if (builtInData)
        text += tr("Tier totals: CCID report. Which city is in which tier, and which are "
                   "smart, is a reconstruction from public pilot lists (evidence per city).") +
                u'\n';
    if (!source.isEmpty())
        text += tr("Data: %1").arg(source) + u'\n';
    else if (!builtInData)
        text += tr("Data: the user's file, which names no source.") + u'\n';
    return text;
}

QString SummaryFormat::csv(const TierSummaryModel &summary)
{
    QString csv = QStringLiteral("tier,cities,smart,coverage\n");
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(tier)
                   .arg(summary.cityCount(tier))
                   .arg(summary.smartCount(tier))
                   .arg(percentNumber(summary.coverage(tier)));
    }
    return csv;
}

QString SummaryFormat::json(const TierSummaryModel &summary)
{
    // Written by hand so that coverage keeps its one decimal (100.0, not 100) as documented.
    QStringList tiers;
    for (int tier = City::minTier; tier <= City::maxTier; ++tier) {
        const std::optional<double> coverage = summary.coverage(tier);
        tiers.append(QStringLiteral("{\"tier\": %1, \"cities\": %2, \"smart\": %3, "
                                    "\"coverage\": %4}")
                         .arg(tier)
                         .arg(summary.cityCount(tier))
                         .arg(summary.smartCount(tier))
                         .arg(coverage ? percentNumber(coverage) : QStringLiteral("null")));
    }
    return QStringLiteral("{\"tiers\": [%1]}\n").arg(tiers.join(QStringLiteral(", ")));
}

} // namespace atlas
