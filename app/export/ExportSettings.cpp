// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSettings.h"

namespace atlas {

QString ExportSettings::formatSuffix(Format format)
{
    switch (format) {
    case Format::Jpeg:
        return QStringLiteral("jpg");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Png:
        break;
    }
    return QStringLiteral("png");
}

std::optional<ExportSettings::Format> ExportSettings::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"png")
        return Format::Png;
    if (n == u"jpg" || n == u"jpeg")
        return Format::Jpeg;
    if (n == u"svg")
        return Format::Svg;
    if (n == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

} // namespace atlas
