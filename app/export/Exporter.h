// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportSettings.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>
#include <optional>

namespace atlas {

class ViewRegistry;

// Writes views to PNG, JPEG, SVG and PDF by re-rendering them at the requested size (never by
// scaling a screen grab). Files go through OutputFile: a failed export leaves an existing file as
// it was, nothing is overwritten unless the settings allow it, and "-" is standard output.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Exporter)

public:
    explicit Exporter(const ViewRegistry &views) : m_views(views) {}

    bool exportView(const ExportSettings &settings, const QString &path, QString *error) const;
    // Every view into `directory`, one file each named after its id; the paths written go to
    // *written.
    // *refused: it failed because a file exists and overwriting is off.
    bool exportAll(const ExportSettings &settings, const QString &directory, QStringList *written,
                   QString *error, bool *refused = nullptr) const;
    // One PDF, a view a page, each page headed with its title and page number.
    bool exportHandout(const ExportSettings &settings, const QString &path, QString *error) const;
    // The view as an image, for the clipboard and previews; null if the id is unknown.
    QImage renderImage(const ExportSettings &settings) const;

    // The file's bytes as they would be written, made in memory; nothing and *error on failure.
    std::optional<QByteArray> encodeView(const ExportSettings &settings, QString *error) const;

private:
    const ViewRegistry &m_views;
};

} // namespace atlas
