// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonDiagnostics.h"

#include <QJsonParseError>
#include <QJsonValue>
#include <climits>

namespace atlas {

std::optional<QJsonDocument> JsonDiagnostics::parse(const QByteArray &json,
                                                    const QString &displayName, QString *error)
{
    // Qt's parser names neither of these common mistakes: it sees an "illegal value".
    if (json.trimmed().isEmpty()) {
        if (error)
            *error = tr("%1: the file is empty").arg(displayName);
        return std::nullopt;
    }
    if (json.startsWith("\xff\xfe") || json.startsWith("\xfe\xff") ||
        (json.size() >= 2 && (json.at(0) == 0 || json.at(1) == 0))) {
        if (error)
            *error = tr("%1: the file is in UTF-16 or UTF-32; save it as UTF-8").arg(displayName);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return doc;
    // Qt gives a byte offset; people want the line and column their editor shows.
    const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
    const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
    if (error) {
        *error = tr("%1:%2:%3: invalid JSON: %4")
                     .arg(displayName)
                     .arg(json.left(offset).count('\n') + 1)
                     .arg(offset - lineStart + 1)
                     .arg(parseError.errorString());
        const qsizetype near = qMax(qsizetype(0), offset - 1);
        if (json.mid(near, 2).contains('\''))
            *error += tr(" (strings need double quotes)");
    }
    return std::nullopt;
}

QString JsonDiagnostics::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

QString JsonDiagnostics::excerpt(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    // Never cut a surrogate pair in half.
    qsizetype cut = limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return tr("%1… (%n characters)", nullptr, int(qMin(text.size(), qsizetype(INT_MAX))))
        .arg(text.left(cut));
}

QString JsonDiagnostics::versionProblem(const QJsonValue &version)
{
    if (version.isUndefined())
        return {};
    if (!version.isDouble())
        return tr("\"version\" must be the number 1, not %1").arg(typeName(version));
    if (version.toDouble() != 1)
        return tr("unsupported version %1 (this program reads version 1)")
            .arg(excerpt(QString::number(version.toDouble(), 'g', 17)));
    return {};
}

} // namespace atlas
