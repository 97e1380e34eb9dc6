// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace atlas {

// Lets files be dropped onto a window: city lists (.json, .csv) and base maps (.geojson). Kept
// out of the window so that the window only says what to do with each.
class FileDropHandler : public QObject
{
    Q_OBJECT

public:
    // Installs itself on `target` and accepts drops there; owned by it.
    explicit FileDropHandler(QWidget *target);

signals:
    void datasetDropped(const QString &path);
    void basemapDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QString droppablePath(const QEvent *event);
};

} // namespace atlas
