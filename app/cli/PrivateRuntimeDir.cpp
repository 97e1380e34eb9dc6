// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateRuntimeDir.h"

#include <QDir>
#include <QFile>

namespace atlas {

PrivateRuntimeDir::PrivateRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/smartcity-atlas-runtime-XXXXXX"));
    if (!m_dir->isValid())
        return; // Qt then falls back to its own folder, with its warning
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
}

} // namespace atlas
