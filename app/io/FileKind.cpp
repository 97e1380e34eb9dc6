// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileKind.h"

#include <sys/stat.h>

namespace atlas {

QString FileKind::describe(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISFIFO(mode))
        return tr("a pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("not a regular file");
}

} // namespace atlas
