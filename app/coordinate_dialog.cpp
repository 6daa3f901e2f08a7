// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinate_dialog.h"

#include "geo/coordinate_transform.h"
#include "plan/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace yc {

CoordinateDialog::CoordinateDialog(Project &project, const QString &featureId, VertexId vertex, QWidget *parent)
    : QDialog(parent), mProject(project), mFeatureId(featureId), mVertex(vertex), mFrame(new QComboBox(this)),
      mX(new QLineEdit(this)), mY(new QLineEdit(this)), mXLabel(new QLabel(this)), mYLabel(new QLabel(this)),
      mError(new QLabel(this))
{
    setObjectName(QStringLiteral("coordinateDialog"));
    const PlanFeature *f = project.feature(featureId);
    setWindowTitle(tr("Coordinates of %1").arg(f && !f->nameZh.isEmpty() ? f->nameZh : featureId));
    mFrame->setObjectName(QStringLiteral("coordinateFrame"));
    mFrame->addItem(tr("lon/lat (EPSG:4490)"));
    mFrame->addItem(tr("project CRS (%1)").arg(project.crs().authId().isEmpty() ? project.crs().name()
                                                                                 : project.crs().authId()));
    mX->setObjectName(QStringLiteral("coordinateX"));
    mY->setObjectName(QStringLiteral("coordinateY"));
    mError->setObjectName(QStringLiteral("coordinateError"));
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("color: #b00020"));
    mError->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Coordinates in:"), mFrame);
    form->addRow(mXLabel, mX);
    form->addRow(mYLabel, mY);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CoordinateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CoordinateDialog::reject);

    if (const auto stored = f ? vertexAt(f->geometry, vertex) : std::nullopt)
        showPosition(*stored);
    mXLabel->setText(tr("Longitude (x):"));
    mYLabel->setText(tr("Latitude (y):"));
    connect(mFrame, &QComboBox::currentIndexChanged, this, [this](int index) { setFrame(Frame(index)); });
}

CoordinateDialog::Frame CoordinateDialog::frame() const { return mShown; }

Crs CoordinateDialog::crsOf(Frame frame) const
{
    return frame == Frame::LonLat ? Project::storageCrs() : mProject.crs();
}

void CoordinateDialog::setFrame(Frame frame)
{
    if (frame == mShown)
        return;
    const std::optional<QPointF> typed = position();
    const Frame from = mShown;
    mShown = frame;
    mFrame->setCurrentIndex(int(frame));
    const bool lonLat = frame == Frame::LonLat;
    mXLabel->setText(lonLat ? tr("Longitude (x):") : tr("Easting (x):"));
    mYLabel->setText(lonLat ? tr("Latitude (y):") : tr("Northing (y):"));
    if (typed)
        if (const auto converted = CoordinateTransform(crsOf(from), crsOf(frame)).apply(*typed))
            showPosition(*converted);
}

std::optional<QPointF> CoordinateDialog::position() const
{
    bool okX = false;
    bool okY = false;
    const double x = QLocale::c().toDouble(mX->text().trimmed(), &okX);
    const double y = QLocale::c().toDouble(mY->text().trimmed(), &okY);
    if (!okX || !okY)
        return std::nullopt;
    return QPointF(x, y);
}

void CoordinateDialog::setPosition(QPointF position) { showPosition(position); }

void CoordinateDialog::showPosition(QPointF position)
{
    // Enough decimals for a millimetre in either frame.
    const int decimals = mShown == Frame::LonLat ? 9 : 3;
    mX->setText(QString::number(position.x(), 'f', decimals));
    mY->setText(QString::number(position.y(), 'f', decimals));
}

void CoordinateDialog::accept()
{
    const std::optional<QPointF> typed = position();
    QString error;
    std::unique_ptr<MoveVertexCommand> command;
    if (!typed)
        error = tr("Both coordinates must be numbers, with a dot for decimals.");
    else if (mShown == Frame::LonLat && (std::abs(typed->x()) > 180 || std::abs(typed->y()) > 90))
        error = tr("Longitude must lie within ±180° and latitude within ±90°.");
    else
        command = MoveVertexCommand::create(mProject, mFeatureId, mVertex, *typed, crsOf(mShown), &error);
    if (!command) {
        mError->setText(error);
        mError->show();
        return;
    }
    mProject.undoStack()->push(command.release());
    QDialog::accept();
}

} // namespace yc
