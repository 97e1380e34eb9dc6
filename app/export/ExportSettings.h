// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/City.h"

#include <QSizeF>
#include <QString>
#include <optional>

namespace atlas {

// Everything an export needs, as plain values: the GUI's dialog and the CLI both fill one in
// and hand it to Exporter.
struct ExportSettings
{
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

    static QString formatSuffix(Format format);
    static std::optional<Format> formatFromName(const QString &name); // png, jpg/jpeg, svg, pdf
};

} // namespace atlas
