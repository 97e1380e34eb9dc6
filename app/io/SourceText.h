// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace atlas {

// Bytes of a text file (CSV exported by Excel or WPS) as text. Files from China are often
// GBK/GB18030 without a byte-order mark, so the automatic choice is: a BOM (UTF-8, UTF-16), then
// strict UTF-8, then GB18030, which decodes any byte sequence GBK and GB2312 produce.
class SourceText
{
    Q_DECLARE_TR_FUNCTIONS(atlas::SourceText)

public:
    enum class Encoding
    {
        Automatic,
        Utf8,
        Gb18030,
        Utf16,
    };
    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8; // the one used, never Automatic
        bool byteOrderMark = false;
    };

    // The text, or nothing with *error naming the file and why (bytes that are not valid in the
    // chosen encoding, with the offset of the first one).
    static std::optional<Decoded> decode(const QByteArray &bytes, Encoding encoding,
                                         const QString &displayName, QString *error);
    static QString encodingName(Encoding encoding); // "UTF-8", "GB18030", ...
    static std::optional<Encoding> encodingFromName(const QString &name);
};

} // namespace atlas
