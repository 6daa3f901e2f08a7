// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;

namespace yc {

class Project;
class Selection;

/// A small panel describing the selected plan feature(s): name, category, status, county, location confidence.
class FeatureInfoDock : public QDockWidget {
    Q_OBJECT
public:
    FeatureInfoDock(Selection *selection, QWidget *parent = nullptr);
    void setProject(const Project *project);
    /// The text shown (for tests).
    QString text() const;

private:
    void refresh();

    Selection *mSelection;
    QPointer<const Project> mProject;
    QLabel *mLabel;
};

} // namespace yc
