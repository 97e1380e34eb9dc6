// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>
#include <memory>

namespace atlas {

// Qt warns on stderr at start-up when XDG_RUNTIME_DIR is unset (cron, ssh, CI, containers), and
// headless commands must print nothing there but their own messages. Made before the
// application object, this gives the process a private runtime folder (mode 0700, removed at
// exit) when the environment has none.
class PrivateRuntimeDir
{
public:
    PrivateRuntimeDir();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace atlas
