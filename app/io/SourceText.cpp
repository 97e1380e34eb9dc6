// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceText.h"

#include <QStringDecoder>

namespace atlas {
namespace {

// Decodes strictly: any invalid sequence is an error, never a replacement character.
std::optional<QString> strictly(QStringDecoder &decoder, QByteArrayView bytes)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString SourceText::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Automatic:
        break;
    }
    return tr("automatic");
}

std::optional<SourceText::Encoding> SourceText::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"auto" || n == u"automatic")
        return Encoding::Automatic;
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"gb18030" || n == u"gbk" || n == u"gb2312")
        return Encoding::Gb18030;
    if (n == u"utf16")
        return Encoding::Utf16;
    return std::nullopt;
}

std::optional<SourceText::Decoded> SourceText::decode(const QByteArray &bytes, Encoding encoding,
                                                      const QString &displayName, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Decoded> {
        if (error)
            *error = tr("%1: %2").arg(displayName, why);
        return std::nullopt;
    };
    Decoded result;
    QByteArrayView body(bytes);
    const bool utf8Bom = bytes.startsWith("\xef\xbb\xbf");
    const bool utf16LeBom = bytes.startsWith("\xff\xfe");
    const bool utf16BeBom = bytes.startsWith("\xfe\xff");
    if (encoding == Encoding::Automatic) {
        if (utf16LeBom || utf16BeBom)
            encoding = Encoding::Utf16;
        else if (utf8Bom)
            encoding = Encoding::Utf8;
    }
    result.byteOrderMark = utf8Bom || utf16LeBom || utf16BeBom;

    if (encoding == Encoding::Utf16) {
        if (!utf16LeBom && !utf16BeBom)
            return fail(tr("UTF-16 text needs a byte-order mark; save the file as UTF-8"));
        QStringDecoder decoder(utf16LeBom ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        const auto text = strictly(decoder, body.sliced(2));
        if (!text)
            return fail(tr("the file is not valid UTF-16"));
        result.text = *text;
        result.encoding = Encoding::Utf16;
        return result;
    }
    if (encoding == Encoding::Utf8 || encoding == Encoding::Automatic) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const auto text = strictly(decoder, utf8Bom ? body.sliced(3) : body);
        if (text) {
            result.text = *text;
            result.encoding = Encoding::Utf8;
            return result;
        }
        if (encoding == Encoding::Utf8)
            return fail(tr("the file is not valid UTF-8; if Excel or WPS saved it, choose the "
                           "GB18030 (GBK) encoding"));
    }
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return fail(tr("GB18030 text cannot be read on this system (Qt was built without ICU)"));
    const auto text = strictly(decoder, utf8Bom ? body.sliced(3) : body);
    if (!text && encoding == Encoding::Gb18030)
        return fail(tr("the file is not valid GB18030 (GBK) text; try UTF-8"));
    if (!text)
        return fail(tr("the file is neither UTF-8 nor GB18030 (GBK) text"));
    result.text = *text;
    result.encoding = Encoding::Gb18030;
    return result;
}

} // namespace atlas
