// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>

class QGraphicsTextItem;

namespace atlas {

// A chart in the app's house style: large title, source note under the plot (part of the scene,
// so every rendering of the chart carries it), and a hook to re-read its texts when the
// interface language changes.
class AtlasChart : public QChart
{
    Q_OBJECT

public:
    explicit AtlasChart(QGraphicsItem *parent = nullptr);

    void setSourceNote(const QString &note);
    QString sourceNote() const;

    virtual void retranslate() = 0;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void layoutNote();

    QGraphicsTextItem *m_note;
};

} // namespace atlas
