// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>
#include <memory>

class QPaintEngine;

namespace atlas {

// A paint device that passes everything on to another device, except text, which it turns
// into filled outlines. Used for SVG files that must look right where the font is missing.
class OutlineTextDevice : public QPaintDevice
{
public:
    explicit OutlineTextDevice(QPaintDevice *target);
    ~OutlineTextDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice *m_target;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace atlas
