// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace atlas {

class ViewRegistry;

// File › Export: view, format, size, scale, background and what to include, with a preview.
// It only fills in ExportSettings; the core's Exporter writes the file. Remembers its settings.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const ViewRegistry &views, const QString &viewId, const QSizeF &viewSize,
                 Language language, QWidget *parent = nullptr);

    ExportSettings settings() const;
    QString path() const;
    void setPath(const QString &path);
    // The preview as last rendered (for tests).
    QImage preview() const { return m_previewImage; }

    // Writes the file; on failure shows why and returns false (the dialog stays open).
    bool exportNow();

    void accept() override;

private:
    void updateSizeControls();
    void schedulePreview();
    void renderPreview();
    void browse();
    void restore();
    void remember() const;

    const ViewRegistry &m_views;
    QSizeF m_viewSize;
    Language m_language;
    QComboBox *m_view;
    QComboBox *m_format;
    QComboBox *m_size;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QComboBox *m_background;
    QCheckBox *m_title;
    QCheckBox *m_legend;
    QCheckBox *m_note;
    QCheckBox *m_outlines;
    QLineEdit *m_path;
    QLabel *m_preview;
    QLabel *m_problem; // why these settings cannot be exported, when they cannot
    QPushButton *m_exportButton = nullptr;
    QImage m_previewImage;
    QTimer *m_previewTimer;
};

} // namespace atlas
