// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

class CityTableModel;
class TierSummaryModel;
class ViewRegistry;

// Registers the overview charts as exportable views. They live here, not in the core, because
// Qt Charts is built on QGraphicsScene and needs Qt Widgets.
class ChartViews
{
public:
    static void registerAll(ViewRegistry &registry, CityTableModel &cities,
                            TierSummaryModel &summary);
};

} // namespace atlas
