// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include "FileKind.h"
#include "model/CityDataset.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {

qint64 InputFile::sizeLimit(Kind kind)
{
    switch (kind) {
    case Kind::Dataset:
        return 256LL * 1000 * 1000;
    case Kind::CaseStudies:
        return 16LL * 1000 * 1000;
    case Kind::Basemap:
        break;
    }
    return 512LL * 1000 * 1000;
}

QString InputFile::formatBytes(qint64 bytes)
{
    if (bytes < 1000)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1000 * 1000)
        return tr("%1 kB").arg(QString::number(double(bytes) / 1e3, 'f', 1));
    if (bytes < 1000LL * 1000 * 1000)
        return tr("%1 MB").arg(QString::number(double(bytes) / 1e6, 'f', bytes < 1e7 ? 1 : 0));
    return tr("%1 GB").arg(QString::number(double(bytes) / 1e9, 'f', 1));
}

std::optional<QByteArray> InputFile::read(const QString &path, Kind kind, QString *error)
{
    const QString name = CityDataset::displayName(path);
    const auto fail = [&](const QString &problem) -> std::optional<QByteArray> {
        if (error)
            *error = tr("%1: %2").arg(name, problem);
        return std::nullopt;
    };
    const qint64 limit = sizeLimit(kind);
    if (path.startsWith(u':')) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return fail(tr("cannot open: %1").arg(resource.errorString()));
        return resource.readAll();
    }
    if (path.isEmpty())
        return fail(tr("no file name given"));

    // Opened without blocking, so that a FIFO cannot stall us before fstat() sees what it is;
    // fstat() on the open descriptor then judges the very file that will be read.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(tr("cannot open: %1").arg(file.errorString()));
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return fail(tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(info.st_mode))
        return fail(tr("%1, not a regular file; only files can be read")
                        .arg(FileKind::describe(info.st_mode)));
    if (info.st_size > limit)
        return fail(tr("the file is %1, larger than the limit of %2 for this kind of file")
                        .arg(formatBytes(info.st_size), formatBytes(limit)));
    // A file that grows while it is read must not get past the limit either.
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read: %1").arg(file.errorString()));
    if (bytes.size() > limit)
        return fail(tr("the file is larger than the limit of %1 for this kind of file")
                        .arg(formatBytes(limit)));
    return bytes;
}

} // namespace atlas
