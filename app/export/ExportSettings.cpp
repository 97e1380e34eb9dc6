// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSettings.h"

#include "io/InputFile.h"

#include <QLocale>
#include <cmath>

namespace atlas {

QSizeF ExportSettings::pixelSize() const
{
    const bool raster = format == Format::Png || format == Format::Jpeg;
    return raster ? QSizeF(std::round(size.width() * scale), std::round(size.height() * scale))
                  : size;
}

QString ExportSettings::problem() const
{
    const double w = size.width();
    const double h = size.height();
    if (!std::isfinite(w) || !std::isfinite(h) || w < minSide || h < minSide || w > maxSide ||
        h > maxSide)
        return tr("The size %1×%2 is not possible: each side must be from %3 to %4.")
            .arg(w)
            .arg(h)
            .arg(minSide)
            .arg(maxSide);
    if (!std::isfinite(scale) || scale <= 0 || scale > maxScale)
        return tr("The scale %1 is not possible: it must be above 0 and at most %2.")
            .arg(scale)
            .arg(maxScale);
    if (jpegQuality < 0 || jpegQuality > 100)
        return tr("The JPEG quality %1 is not possible: it must be from 0 to 100.")
            .arg(jpegQuality);
    const QSizeF pixels = pixelSize();
    if (pixels.width() < minSide || pixels.height() < minSide || pixels.width() > maxSide ||
        pixels.height() > maxSide)
        return tr("%1×%2 at scale %3 makes an image of %4×%5 pixels: each side must be from %6 "
                  "to %7.")
            .arg(w)
            .arg(h)
            .arg(scale)
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(minSide)
            .arg(maxSide);
    const qint64 count = qint64(pixels.width()) * qint64(pixels.height());
    if ((format == Format::Png || format == Format::Jpeg) && count > maxRasterPixels)
        return tr("An image of %1×%2 pixels would need %3 of memory; at most %4 pixels (%5) "
                  "can be exported. Choose a smaller size or scale, or PDF or SVG.")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(InputFile::formatBytes(count * 4), QLocale().toString(maxRasterPixels),
                 InputFile::formatBytes(maxRasterPixels * 4));
    return {};
}

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
