// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "OutlineTextDevice.h"
#include "ViewRegistry.h"
#include "io/OutputFile.h"
#include "render/Palette.h"
#include "render/TextBlock.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace atlas {
namespace {

QPageSize pageSizeFor(const ExportSettings &s)
{
    switch (s.page) {
    case ExportSettings::Page::A4Landscape:
        return QPageSize(QPageSize::A4);
    case ExportSettings::Page::A3Landscape:
        return QPageSize(QPageSize::A3);
    case ExportSettings::Page::ViewSize:
        break;
    }
    // 96 logical pixels to the inch, as on screen: 72 points per inch.
    return QPageSize(s.size * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch);
}

// Paints the view into `page`, keeping its logical size and scaling it to fit, centred.
void paintFitted(QPainter &p, const ViewRegistry::View &view, const QRectF &page,
                 const ExportSettings &s)
{
    const double k = std::min(page.width() / s.size.width(), page.height() / s.size.height());
    p.save();
    p.translate(page.center() - QPointF(s.size.width() * k / 2, s.size.height() * k / 2));
    p.scale(k, k);
    view.paint(p, QRectF(QPointF(0, 0), s.size), s);
    p.restore();
}

} // namespace

QImage Exporter::renderImage(const ExportSettings &s) const
{
    const ViewRegistry::View *view = m_views.find(s.viewId);
    if (!view || !s.problem().isEmpty())
        return {};
    const QSize pixels = s.pixelSize().toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {}; // out of memory
    const bool alpha = s.transparent && s.format != ExportSettings::Format::Jpeg;
    image.fill(alpha ? QColor(Qt::transparent) : Palette::background());
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // Laid out at the logical size, drawn at the device size: sharp at any scale.
    p.scale(s.scale, s.scale);
    view->paint(p, QRectF(QPointF(0, 0), s.size), s);
    p.end();
    return image;
}

std::optional<QByteArray> Exporter::encodeView(const ExportSettings &s, QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const ViewRegistry::View *view = m_views.find(s.viewId);
    if (!view) {
        message = tr("Unknown view \"%1\".").arg(s.viewId);
        return std::nullopt;
    }
    if (const QString problem = s.problem(); !problem.isEmpty()) {
        message = problem;
        return std::nullopt;
    }
    // Encoded in memory first: the PDF and SVG writers do not report a failing device, and a
    // buffer in memory cannot fail half-way.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = true;
    switch (s.format) {
    case ExportSettings::Format::Png:
    case ExportSettings::Format::Jpeg: {
        const QImage image = renderImage(s);
        if (image.isNull()) {
            message = tr("Not enough memory for an image of %1×%2 pixels.")
                          .arg(s.pixelSize().width())
                          .arg(s.pixelSize().height());
            return std::nullopt;
        }
        QImageWriter writer(&buffer, s.format == ExportSettings::Format::Png ? "png" : "jpeg");
        if (s.format == ExportSettings::Format::Jpeg)
            writer.setQuality(s.jpegQuality);
        writer.setText(QStringLiteral("Title"), view->title());
        writer.setText(QStringLiteral("Software"), QStringLiteral("Smart City Atlas"));
        painted = writer.write(s.format == ExportSettings::Format::Jpeg
                                   ? image.convertToFormat(QImage::Format_RGB32)
                                   : image);
        break;
    }
    case ExportSettings::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(s.size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), s.size));
        svg.setResolution(96);
        svg.setTitle(view->title());
        svg.setDescription(tr("Made with Smart City Atlas"));
        OutlineTextDevice outlines(&svg);
        QPainter p;
        painted = s.textAsOutlines ? p.begin(&outlines) : p.begin(&svg);
        if (!s.transparent)
            p.fillRect(QRectF(QPointF(0, 0), s.size), Palette::background());
        view->paint(p, QRectF(QPointF(0, 0), s.size), s);
        painted = p.end() && painted;
        break;
    }
    case ExportSettings::Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(view->title());
        pdf.setCreator(QStringLiteral("Smart City Atlas"));
        pdf.setResolution(96);
        pdf.setPageSize(pageSizeFor(s));
        pdf.setPageOrientation(s.page == ExportSettings::Page::ViewSize ? QPageLayout::Portrait
                                                                        : QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        paintFitted(p, *view, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), s);
        painted = p.end();
        break;
    }
    }
    if (!painted || bytes.isEmpty()) {
        message = tr("The view \"%1\" could not be encoded as %2.")
                      .arg(s.viewId, ExportSettings::formatSuffix(s.format).toUpper());
        return std::nullopt;
    }
    return bytes;
}

bool Exporter::exportView(const ExportSettings &s, const QString &path, QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    // Refusals that need no work come first.
    if (!OutputFile::checkTarget(path, s.overwrite, &message))
        return false;
    const std::optional<QByteArray> bytes = encodeView(s, &message);
    return bytes && OutputFile::write(path, *bytes, s.overwrite, &message);
}

bool Exporter::exportAll(const ExportSettings &settings, const QString &directory,
                         QStringList *written, QString *error, bool *refused) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (refused)
        *refused = false;
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        message = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // Check every target first, so that a refusal does not leave half a set behind.
    QStringList paths;
    for (const ViewRegistry::View &v : m_views.views()) {
        const QString path =
            dir.filePath(v.id + u'.' + ExportSettings::formatSuffix(settings.format));
        if (!OutputFile::checkTarget(path, settings.overwrite, &message, refused))
            return false;
        paths.append(path);
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ExportSettings s = settings;
        s.viewId = m_views.views().at(i).id;
        if (!exportView(s, paths.at(i), &message))
            return false;
        if (written)
            written->append(paths.at(i));
    }
    return true;
}

bool Exporter::exportHandout(const ExportSettings &settings, const QString &path,
                             QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!OutputFile::checkTarget(path, settings.overwrite, &message))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(tr("Smart City Atlas: handout"));
    pdf.setCreator(QStringLiteral("Smart City Atlas"));
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(settings.page == ExportSettings::Page::A3Landscape ? QPageSize::A3
                                                                                 : QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QPainter p(&pdf);
    const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const QList<ViewRegistry::View> &views = m_views.views();
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        const ViewRegistry::View &v = views.at(i);
        const QFont headFont = TextBlock::font(15, true);
        const QRectF head =
            TextBlock::draw(&p, page.topLeft(), page.width(),
                            tr("%1 — page %2 of %3").arg(v.title()).arg(i + 1).arg(views.size()),
                            headFont, Palette::mutedText());
        ExportSettings s = settings;
        s.viewId = v.id;
        paintFitted(p, v, page.adjusted(0, head.height() + 8, 0, 0), s);
    }
    if (!p.end() || bytes.isEmpty()) {
        message = tr("The handout could not be encoded as PDF.");
        return false;
    }
    return OutputFile::write(path, bytes, settings.overwrite, &message);
}

} // namespace atlas
