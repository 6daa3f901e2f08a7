// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/geometry_commands.h"

#include <QDialog>
#include <QPointF>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace yc {

class Project;

/// Types exact coordinates for one vertex of a plan feature (a point's only vertex, or the vertex picked in the
/// vertex editor), as longitude/latitude (EPSG:4490, the storage CRS) or in the project's map CRS. OK applies
/// them as one undoable MoveVertexCommand; lon/lat values are stored exactly as typed.
class CoordinateDialog : public QDialog {
    Q_OBJECT
public:
    enum class Frame { LonLat, ProjectCrs };

    CoordinateDialog(Project &project, const QString &featureId, VertexId vertex, QWidget *parent = nullptr);

    Frame frame() const;
    /// Switches the frame, converting the values shown.
    void setFrame(Frame frame);
    /// The typed position, or nullopt when a field does not hold a number.
    std::optional<QPointF> position() const;
    void setPosition(QPointF position);

    void accept() override;

private:
    Crs crsOf(Frame frame) const;
    void showPosition(QPointF position);

    Project &mProject;
    QString mFeatureId;
    VertexId mVertex;
    Frame mShown = Frame::LonLat;
    QComboBox *mFrame;
    QLineEdit *mX;
    QLineEdit *mY;
    QLabel *mXLabel;
    QLabel *mYLabel;
    QLabel *mError;
};

} // namespace yc
