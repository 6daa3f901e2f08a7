// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_style.h"

#include <QDockWidget>
#include <QIcon>
#include <QPointer>

class QTreeWidget;

namespace yc {

class LayerLoader;
class Project;

/// What the map's symbols mean: the plan's categories (one marker shape each) and statuses (one colour each),
/// then each visible base layer, top first, with its symbol or its categories or classes.
class LegendDock : public QDockWidget {
    Q_OBJECT
public:
    LegendDock(const LayerLoader *loader, QWidget *parent = nullptr);
    void setProject(Project *project);
    QTreeWidget *tree() const { return mTree; }

    /// A swatch of `symbol` as drawn for a geometry dimension (0 points, 1 lines, 2 areas).
    static QIcon symbolIcon(const Symbol &symbol, int dimension);

private:
    void rebuild();

    const LayerLoader *mLoader;
    QPointer<Project> mProject;
    QTreeWidget *mTree;
};

} // namespace yc
