// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "export/Exporter.h"
#include "export/ViewRegistry.h"
#include "io/OutputFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

namespace atlas {
namespace {

enum SizePreset
{
    ViewSize,
    FullHd,
    UltraHd,
    A4,
    A3,
    Custom
};

} // namespace

ExportDialog::ExportDialog(const ViewRegistry &views, const QString &viewId, const QSizeF &viewSize,
                           Language language, QWidget *parent)
    : QDialog(parent), m_views(views), m_viewSize(viewSize), m_language(language),
      m_view(new QComboBox(this)), m_format(new QComboBox(this)), m_size(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_scale(new QDoubleSpinBox(this)),
      m_background(new QComboBox(this)), m_title(new QCheckBox(tr("Title"), this)),
      m_legend(new QCheckBox(tr("Legend"), this)), m_note(new QCheckBox(tr("Source note"), this)),
      m_outlines(new QCheckBox(tr("Text as outlines (SVG, for viewers without the font)"), this)),
      m_path(new QLineEdit(this)), m_preview(new QLabel(this)), m_problem(new QLabel(this)),
      m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export"));
    for (const ViewRegistry::View &v : views.views())
        m_view->addItem(v.title(), v.id);
    m_view->setCurrentIndex(std::max(0, m_view->findData(viewId)));
    m_format->addItem(tr("PNG image"), int(ExportSettings::Format::Png));
    m_format->addItem(tr("JPEG image"), int(ExportSettings::Format::Jpeg));
    m_format->addItem(tr("SVG drawing (vector)"), int(ExportSettings::Format::Svg));
    m_format->addItem(tr("PDF document (vector)"), int(ExportSettings::Format::Pdf));
    m_size->addItem(
        tr("Current view size (%1×%2)").arg(int(viewSize.width())).arg(int(viewSize.height())),
        ViewSize);
    m_size->addItem(QStringLiteral("1920×1080"), FullHd);
    m_size->addItem(QStringLiteral("3840×2160"), UltraHd);
    m_size->addItem(tr("A4 landscape (PDF)"), A4);
    m_size->addItem(tr("A3 landscape (PDF)"), A3);
    m_size->addItem(tr("Custom"), Custom);
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(int(ExportSettings::minSide), int(ExportSettings::maxSide));
        s->setSuffix(tr(" px"));
    }
    m_scale->setRange(0.5, ExportSettings::maxScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setToolTip(tr("Pixels per layout pixel in PNG and JPEG: 2× is sharp on high-DPI "
                           "screens and projectors. The view is drawn again at that size, "
                           "never enlarged from the screen."));
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent (PNG, SVG)"), true);
    m_preview->setMinimumSize(360, 203);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto *browseButton = new QPushButton(tr("Browse…"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("View:"), m_view);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), m_size);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    form->addRow(QString(), custom);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Background:"), m_background);
    auto *include = new QHBoxLayout;
    include->addWidget(m_title);
    include->addWidget(m_legend);
    include->addWidget(m_note);
    form->addRow(tr("Include:"), include);
    form->addRow(QString(), m_outlines);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browseButton);
    form->addRow(tr("File:"), file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->button(QDialogButtonBox::Ok);
    m_exportButton->setText(tr("Export"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's suffix in step with the format.
        const QString path = m_path->text();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            m_path->setText(QDir(info.path())
                                .filePath(info.completeBaseName() + u'.' +
                                          ExportSettings::formatSuffix(settings().format)));
        }
        updateSizeControls();
    });
    for (QComboBox *box : {m_view, m_format, m_size, m_background})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_title, m_legend, m_note})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        if (m_path->text().isEmpty())
            return;
        const QFileInfo info(m_path->text());
        m_path->setText(
            QDir(info.path()).filePath(m_view->currentData().toString() + u'.' + info.suffix()));
    });
    restore();
    updateSizeControls();
    renderPreview();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.viewId = m_view->currentData().toString();
    s.format = ExportSettings::Format(m_format->currentData().toInt());
    s.scale = m_scale->value();
    s.transparent = m_background->currentData().toBool();
    s.title = m_title->isChecked();
    s.legend = m_legend->isChecked();
    s.sourceNote = m_note->isChecked();
    s.textAsOutlines = m_outlines->isChecked();
    s.language = m_language;
    switch (m_size->currentData().toInt()) {
    case ViewSize:
        s.size = m_viewSize;
        break;
    case FullHd:
        s.size = QSizeF(1920, 1080);
        break;
    case UltraHd:
        s.size = QSizeF(3840, 2160);
        break;
    case A4:
    case A3:
        // The layout of a large screen, fitted to the page.
        s.size = QSizeF(1600, 1131);
        s.page = m_size->currentData().toInt() == A4 ? ExportSettings::Page::A4Landscape
                                                     : ExportSettings::Page::A3Landscape;
        break;
    default:
        s.size = QSizeF(m_width->value(), m_height->value());
        break;
    }
    return s;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateSizeControls()
{
    const bool custom = m_size->currentData().toInt() == Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    const auto format = ExportSettings::Format(m_format->currentData().toInt());
    const bool raster =
        format == ExportSettings::Format::Png || format == ExportSettings::Format::Jpeg;
    m_scale->setEnabled(raster);
    m_background->setEnabled(format == ExportSettings::Format::Png ||
                             format == ExportSettings::Format::Svg);
    m_outlines->setEnabled(format == ExportSettings::Format::Svg);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::renderPreview()
{
    ExportSettings s = settings();
    // The same limits as the command line, said before the user presses Export.
    const QString problem = s.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_exportButton->setEnabled(problem.isEmpty());
    // The preview is the export itself, drawn small: same layout, lower resolution.
    s.scale = std::min(1.0, 480.0 / s.size.width());
    m_previewImage = Exporter(m_views).renderImage(s);
    const QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    m_preview->setPixmap(pixmap.scaled(m_preview->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation));
}

void ExportDialog::browse()
{
    const ExportSettings s = settings();
    const QString suffix = ExportSettings::formatSuffix(s.format);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path().isEmpty() ? QDir::homePath() : path(),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ExportDialog::exportNow()
{
    ExportSettings s = settings();
    const QString target = path();
    if (target.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose a file to export to."));
        return false;
    }
    QString error;
    // The dialog already shows why, in place of the disabled Export button's effect.
    if (!s.problem().isEmpty())
        return false;
    bool exists = false;
    if (!OutputFile::checkTarget(target, false, &error, &exists) && !exists) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    if (exists) {
        // Never overwrite silently.
        if (QMessageBox::question(
                this, tr("Replace file?"),
                tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(target))) !=
            QMessageBox::Yes)
            return false;
        s.overwrite = true;
    }
    if (!Exporter(m_views).exportView(s, target, &error)) {
        QMessageBox::warning(this, tr("Export failed"),
                             error + u'\n' + tr("Any existing file is unchanged."));
        return false;
    }
    remember();
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

void ExportDialog::restore()
{
    const QSettings settings;
    const auto index = [](QComboBox *box, const QVariant &data) {
        const int i = box->findData(data);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    index(m_format, settings.value(QStringLiteral("export/format"), 0));
    index(m_size, settings.value(QStringLiteral("export/size"), int(ViewSize)));
    index(m_background, settings.value(QStringLiteral("export/transparent"), false));
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1920).toInt());
    m_height->setValue(settings.value(QStringLiteral("export/height"), 1080).toInt());
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 1.0).toDouble());
    m_title->setChecked(settings.value(QStringLiteral("export/title"), true).toBool());
    m_legend->setChecked(settings.value(QStringLiteral("export/legend"), true).toBool());
    m_note->setChecked(settings.value(QStringLiteral("export/sourceNote"), true).toBool());
    m_outlines->setChecked(settings.value(QStringLiteral("export/textOutlines"), false).toBool());
    const QString dir =
        settings
            .value(QStringLiteral("export/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    m_path->setText(QDir(dir).filePath(m_view->currentData().toString() + u'.' +
                                       ExportSettings::formatSuffix(this->settings().format)));
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), m_format->currentData());
    settings.setValue(QStringLiteral("export/size"), m_size->currentData());
    settings.setValue(QStringLiteral("export/transparent"), m_background->currentData());
    settings.setValue(QStringLiteral("export/width"), m_width->value());
    settings.setValue(QStringLiteral("export/height"), m_height->value());
    settings.setValue(QStringLiteral("export/scale"), m_scale->value());
    settings.setValue(QStringLiteral("export/title"), m_title->isChecked());
    settings.setValue(QStringLiteral("export/legend"), m_legend->isChecked());
    settings.setValue(QStringLiteral("export/sourceNote"), m_note->isChecked());
    settings.setValue(QStringLiteral("export/textOutlines"), m_outlines->isChecked());
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
}

} // namespace atlas
