// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <sys/types.h>

namespace atlas {

// What a path is, in words, for messages that refuse anything but a regular file.
class FileKind
{
    Q_DECLARE_TR_FUNCTIONS(atlas::FileKind)

public:
    // "a folder", "a pipe (FIFO)", "a device", "a socket", from a stat() mode.
    static QString describe(mode_t mode);
};

} // namespace atlas
