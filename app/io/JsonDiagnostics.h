// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <optional>

class QJsonValue;

namespace atlas {

// The shared part of our JSON readers' error messages: syntax errors with file, line and column,
// and names of JSON types ("a string", "an array") for "must be X, not Y".
class JsonDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(atlas::JsonDiagnostics)

public:
    // Parses `json`; on a syntax error returns nothing and sets *error to
    // "<displayName>:<line>:<column>: invalid JSON: <reason>".
    static std::optional<QJsonDocument> parse(const QByteArray &json, const QString &displayName,
                                              QString *error);
    static QString typeName(const QJsonValue &value);
};

} // namespace atlas
