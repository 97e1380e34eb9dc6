// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include "FileKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeToStandardOutput(const QByteArray &bytes, QString *error)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = OutputFile::tr("Cannot write to standard output: %1").arg(lastError());
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

} // namespace

QString OutputFile::resolveTarget(const QString &path)
{
    QFileInfo info(path);
    // A loop of links resolves to nothing writable; the depth bound ends it.
    for (int depth = 0; depth < 40 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.filePath();
}

bool OutputFile::checkTarget(const QString &path, bool overwrite, QString *error, bool *exists)
{
    if (exists)
        *exists = false;
    if (path.isEmpty()) {
        *error = tr("No file name given.");
        return false;
    }
    if (isStandardOutput(path))
        return true;
    const QByteArray encoded = QFile::encodeName(path);
    struct stat link = {};
    if (::lstat(encoded.constData(), &link) != 0)
        return true; // nothing there yet
    struct stat target = {};
    const bool targetExists = ::stat(encoded.constData(), &target) == 0;
    const mode_t mode = targetExists ? target.st_mode : link.st_mode;
    if (targetExists && !S_ISREG(mode)) {
        *error = tr("%1 is %2, not a file; it is never written to.")
                     .arg(native(path), FileKind::describe(mode));
        return false;
    }
    if (!overwrite) {
        if (exists)
            *exists = true;
        *error = S_ISLNK(link.st_mode)
                     ? tr("%1 exists (a symbolic link) and was not overwritten.").arg(native(path))
                     : tr("%1 exists and was not overwritten.").arg(native(path));
        return false;
    }
    return true;
}

bool OutputFile::writeAll(QIODevice &device, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, bool overwrite, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!checkTarget(path, overwrite, &message))
        return false;
    if (isStandardOutput(path))
        return writeToStandardOutput(bytes, &message);

    QSaveFile file(resolveTarget(path));
    const auto fail = [&](const QString &reason) {
        file.cancelWriting();
        message = tr("Cannot write %1: %2; nothing was changed.").arg(native(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!writeAll(file, bytes))
        return fail(file.errorString());
    // QSaveFile::commit() does not see an error from the flush it makes while closing, so the
    // buffer is flushed here, and synced: a full disk may only say so then.
    if (!file.flush())
        return fail(file.errorString());
    if (::fsync(file.handle()) != 0)
        return fail(lastError());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace atlas
