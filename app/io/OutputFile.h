// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace atlas {

// Where our files go, checked before any work and written so that nothing is ever lost: the bytes
// go to a temporary file beside the target, every byte written, flushed and synced, and only then
// renamed over it (QSaveFile). A full disk, a read-only folder or a kill mid-write leaves an
// existing file byte for byte as it was. "-" is standard output, for piping.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(atlas::OutputFile)

public:
    // "-", and /dev/stdout, which scripts name when they mean the same.
    static bool isStandardOutput(const QString &path)
    {
        return path == u"-" || path == u"/dev/stdout";
    }

    // Whether `path` may be written. A folder, device, FIFO or socket never may, not even with
    // `overwrite`; an existing file, or a symbolic link (dangling or not), only with it. On a
    // refusal *error says why and *exists tells whether overwriting would have allowed it.
    static bool checkTarget(const QString &path, bool overwrite, QString *error,
                            bool *exists = nullptr);
    // The file that writing `path` replaces: a symbolic link is followed to what it points to
    // (which need not exist yet), so that the link itself is kept.
    static QString resolveTarget(const QString &path);
    // Checks the target, then writes `bytes` to it; false with *error on any failure.
    static bool write(const QString &path, const QByteArray &bytes, bool overwrite, QString *error);
    // Writes all of `bytes` to an open device, looping over short writes; false on any error.
    static bool writeAll(QIODevice &device, const QByteArray &bytes);
};

} // namespace atlas
