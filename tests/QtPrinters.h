// SPDX-License-Identifier: GPL-3.0-or-later
// Readable GoogleTest failure output for Qt types (force-included in every test source).
#pragma once

#include <QString>
#include <QStringList>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

// For messages streamed into assertions: EXPECT_TRUE(...) << someQString.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
