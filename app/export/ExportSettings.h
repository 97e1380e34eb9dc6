// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/City.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <optional>

namespace atlas {

// Everything an export needs, as plain values: the GUI's dialog and the CLI both fill one in
// and hand it to Exporter.
struct ExportSettings
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ExportSettings)

public:
    enum class Format
    {
        Png,
        Jpeg,
        Svg,
        Pdf
    };
    enum class Page
    {
        ViewSize,    // the page is the view's size (96 logical pixels per inch)
        A4Landscape, // the view scaled to fit the page, centred
        A3Landscape
    };

    QString viewId = QStringLiteral("map-all");
    Format format = Format::Png;
    QSizeF size{1920, 1080};  // logical pixels: the layout's size
    double scale = 1;         // device pixels per logical pixel for PNG and JPEG
    bool transparent = false; // PNG and SVG only; JPEG and PDF get white
    bool title = true;
    bool legend = true;
    bool sourceNote = true;
    bool textAsOutlines = false; // SVG: glyphs as paths, for machines without the font
    bool highContrast = false;   // maps in the projector colours (slides)
    Language language = Language::English;
    Page page = Page::ViewSize;
    int jpegQuality = 92;
    bool overwrite = false;

    // Limits that keep any export within this machine's means: each side of the image 16 to
    // 32768 pixels, and at most 2^28 pixels (1 GiB at 4 bytes a pixel) for PNG and JPEG.
    static constexpr double minSide = 16;
    static constexpr double maxSide = 32768;
    static constexpr double maxScale = 8;
    static constexpr qint64 maxRasterPixels = 268'435'456;

    // The size in device pixels: the logical size times the scale for PNG and JPEG.
    QSizeF pixelSize() const;
    // Empty if these settings can be exported, else why not, with the memory an image would
    // take when that is the reason. The dialog and the command line both ask this.
    QString problem() const;

    static QString formatSuffix(Format format);
    static std::optional<Format> formatFromName(const QString &name); // png, jpg/jpeg, svg, pdf
};

} // namespace atlas
