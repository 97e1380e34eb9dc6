// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace atlas {

// Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008): distinguishable with every
// common colour-vision deficiency. Pairs that must be told apart (smart / not yet) also differ
// clearly in lightness, so they survive greyscale printing.
class Palette
{
public:
    static QColor smart() { return QColor(0x00, 0x72, 0xB2); }    // blue, dark in grey
    static QColor notSmart() { return QColor(0xE6, 0x9F, 0x00); } // orange, light in grey
    static QColor tier(int tier)
    {
        switch (tier) {
        case 1:
            return QColor(0xD5, 0x5E, 0x00); // vermillion
        case 2:
            return QColor(0x00, 0x72, 0xB2); // blue
        default:
            return QColor(0x00, 0x9E, 0x73); // bluish green
        }
    }
    static QColor accent() { return QColor(0xCC, 0x79, 0xA7); } // reddish purple
    static QColor text() { return QColor(0x1A, 0x1A, 0x1A); }
    static QColor mutedText() { return QColor(0x55, 0x55, 0x55); }
    static QColor grid() { return QColor(0xDD, 0xDD, 0xDD); }
    static QColor background() { return QColor(0xFF, 0xFF, 0xFF); }
};

} // namespace atlas
