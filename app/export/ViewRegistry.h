// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportSettings.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace atlas {

// The views that can be exported, by id: anything that paints itself into a rectangle of a
// QPainter. The core registers maps and case-study pages; the widgets layer adds the charts,
// which need Qt Widgets.
class ViewRegistry
{
public:
    using Paint = std::function<void(QPainter &, const QRectF &, const ExportSettings &)>;
    using Title = std::function<QString()>; // in the current interface language
    struct View
    {
        QString id;
        Title title;
        Paint paint;
    };

    void add(const QString &id, Title title, Paint paint);
    const View *find(const QString &id) const;
    QStringList ids() const;
    const QList<View> &views() const { return m_views; }

private:
    QList<View> m_views;
};

} // namespace atlas
