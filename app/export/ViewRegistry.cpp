// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewRegistry.h"

namespace atlas {

void ViewRegistry::add(const QString &id, Title title, Paint paint)
{
    for (View &v : m_views) {
        if (v.id == id) {
            v = {id, std::move(title), std::move(paint)};
            return;
        }
    }
    m_views.append({id, std::move(title), std::move(paint)});
}

const ViewRegistry::View *ViewRegistry::find(const QString &id) const
{
    for (const View &v : m_views) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

QStringList ViewRegistry::ids() const
{
    QStringList out;
    for (const View &v : m_views)
        out.append(v.id);
    return out;
}

} // namespace atlas
