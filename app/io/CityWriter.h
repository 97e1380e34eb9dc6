// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CityDataset.h"

#include <QByteArray>

namespace atlas {

// Writes city lists: our JSON (what CityDataset reads) and CSV for spreadsheets (UTF-8 with a
// byte-order mark, so that Excel opens Chinese text correctly; CRLF; RFC 4180 quoting). The CSV
// columns are ones the importer recognises, so a list survives JSON → CSV → JSON.
class CityWriter
{
public:
    static QByteArray toJson(const CityDataset &dataset);
    static QByteArray toCsv(const CityDataset &dataset);
};

} // namespace atlas
