// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace atlas {

UiLanguage::UiLanguage(QObject *parent) : QObject(parent)
{}

Language UiLanguage::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

std::optional<Language> UiLanguage::fromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"zh" || c.startsWith(u"zh_") || c.startsWith(u"zh-"))
        return Language::Chinese;
    if (c == u"en" || c.startsWith(u"en_") || c.startsWith(u"en-"))
        return Language::English;
    return std::nullopt;
}

QString UiLanguage::code(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool UiLanguage::apply(Language language)
{
    auto *app = new QTranslator(this);
    if (!app->load(QStringLiteral(":/i18n/smartcity-atlas_%1.qm").arg(code(language)))) {
        delete app;
        return false;
    }
    // Qt's own strings (standard buttons, dialogs); optional, as not every system ships them.
    auto *qt = new QTranslator(this);
    if (language != Language::Chinese ||
        !qt->load(QStringLiteral("qtbase_zh_CN"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    for (QTranslator *old : {m_app, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_app = app;
    m_qt = qt;
    QCoreApplication::installTranslator(m_app);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    m_current = language;
    emit changed(language);
    return true;
}

} // namespace atlas
