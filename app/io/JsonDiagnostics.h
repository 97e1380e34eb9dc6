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
    // A value as messages quote it: at most `limit` characters, cut with an ellipsis and the
    // full length, so that a 10 MB string never lands in a dialog or a terminal.
    static QString excerpt(const QString &text, int limit = 40);
    // Our formats carry an optional "version" that must be the number 1; returns the problem
    // ("version must be the number 1, not a string"), or nothing.
    static QString versionProblem(const QJsonValue &version);
};

} // namespace atlas
