// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/City.h"

#include <QObject>

class QTranslator;

namespace atlas {

// Owns the installed translators. Switching language swaps them, which makes Qt send
// QEvent::LanguageChange to every widget.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(QObject *parent = nullptr);

    static Language systemDefault();
    // "zh" or "en" (also "zh_CN", "en_US"...); nullopt for anything else.
    static std::optional<Language> fromCode(const QString &code);
    static QString code(Language language);

    Language current() const { return m_current; }
    // Returns false if the app's catalogue for the language is missing from the resources.
    bool apply(Language language);

signals:
    void changed(atlas::Language language);

private:
    Language m_current = Language::English;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace atlas
