// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace atlas {

// The list of sections on the left of the main window.
class Navigator : public QListWidget
{
    Q_OBJECT

public:
    enum Section
    {
        Overview,
        Maps,
        Cities,
        CaseStudies,
        SectionCount
    };

    explicit Navigator(QWidget *parent = nullptr);

    static QString sectionName(Section section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace atlas
