// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDropHandler.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace atlas {

FileDropHandler::FileDropHandler(QWidget *target) : QObject(target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QString FileDropHandler::droppablePath(const QEvent *event)
{
    const QMimeData *mime = static_cast<const QDropEvent *>(event)->mimeData();
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    for (const char *suffix : {".json", ".csv", ".geojson"}) {
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return path;
    }
    return {};
}

bool FileDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppablePath(event).isEmpty())
            drag->ignore();
        else
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppablePath(event);
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        if (path.endsWith(QStringLiteral(".geojson"), Qt::CaseInsensitive))
            emit basemapDropped(path);
        else
            emit datasetDropped(path);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace atlas
