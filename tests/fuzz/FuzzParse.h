// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace atlas::fuzz {

// One fuzz input through a reader of ours: `parse(bytes, displayName, &error)` may refuse, but
// never without saying why. Returns what the reader returned, for targets that go further.
template <typename Parse> auto parseInput(const uint8_t *data, size_t size, Parse parse)
{
    QString error;
    auto result =
        parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
              QStringLiteral("fuzz-input"), &error);
    if (!result && error.isEmpty())
        __builtin_trap();
    return result;
}

} // namespace atlas::fuzz
