// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_properties_dialog.h"

#include "plan/layer_commands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace yc {

namespace {

QString crsText(const Crs &crs)
{
    if (crs.isEmpty())
        return {};
    const QString id = crs.authId();
    return id.isEmpty() ? crs.name() : QStringLiteral("%1 — %2").arg(id, crs.name());
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

LayerPropertiesDialog::LayerPropertiesDialog(const LayerRef &ref, const LoadedLayer *loaded, QWidget *parent)
    : QDialog(parent), mRef(ref), mName(new QLineEdit(ref.name, this))
{
    setObjectName(QStringLiteral("layerPropertiesDialog"));
    setWindowTitle(tr("Layer properties — %1").arg(ref.name));
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Source"), selectable(QDir::toNativeSeparators(loaded ? loaded->path : ref.source), this));
    if (!ref.layerName.isEmpty())
        form->addRow(tr("Layer in source"), selectable(ref.layerName, this));

    const VectorData *vector = loaded ? loaded->layer.data.get() : nullptr;
    const RasterSource *raster = loaded ? loaded->layer.raster.get() : nullptr;
    const QString noCrs = tr("none declared — drawn as WGS84 (EPSG:4326)");
    if (loaded && !loaded->isRead())
        form->addRow(tr("Error"), selectable(loaded->error, this));
    if (vector) {
        form->addRow(tr("Driver"), selectable(vector->driver, this));
        form->addRow(tr("CRS"), selectable(loaded->assumedWgs84 ? noCrs : crsText(vector->crs), this));
        form->addRow(tr("Features"), selectable(QLocale().toString(vector->features.size()), this));
        auto *fields = new QListWidget(this);
        fields->setObjectName(QStringLiteral("fieldList"));
        for (const FieldInfo &f : vector->fields)
            fields->addItem(QStringLiteral("%1 (%2)").arg(f.name, f.typeName));
        fields->setMaximumHeight(140);
        form->addRow(tr("Fields"), fields);
        form->addRow(tr("Encoding read"), selectable(vector->encoding, this));
        const VectorLayerWritability &w = loaded->writability;
        form->addRow(tr("Editing"), selectable(!w.writable     ? tr("Read-only: %1").arg(w.reason)
                                               : w.transactions ? tr("Editable; saved in one transaction")
                                                                : tr("Editable; saved by replacing the files"),
                                               this));
        if (!vector->warnings.isEmpty())
            form->addRow(tr("Warnings"), selectable(vector->warnings.join(QLatin1Char('\n')), this));
    }
    if (raster) {
        const RasterInfo &info = raster->info();
        form->addRow(tr("Driver"), selectable(info.driver, this));
        form->addRow(tr("CRS"), selectable(loaded->assumedWgs84 ? noCrs : crsText(info.crs), this));
        form->addRow(tr("Size"), selectable(tr("%1 × %2 pixels, %n band(s) of %3", nullptr, info.bandCount)
                                                .arg(info.size.width()).arg(info.size.height()).arg(info.dataType),
                                            this));
        form->addRow(tr("Bands"), selectable(info.bandColors.join(QStringLiteral(", ")), this));
        form->addRow(tr("Overviews"), selectable(QString::number(info.overviewCount), this));
        const Envelope &e = info.extent;
        form->addRow(tr("Extent"), selectable(info.georeferenced ? QStringLiteral("%1, %2 — %3, %4")
                                                                       .arg(e.xMin, 0, 'f', 6).arg(e.yMin, 0, 'f', 6)
                                                                       .arg(e.xMax, 0, 'f', 6).arg(e.yMax, 0, 'f', 6)
                                                                 : tr("not georeferenced (not drawn)"),
                                              this));
    } else {
        // Only vector layers are re-read with another encoding or shifted from GCJ-02.
        mEncoding = new QComboBox(this);
        mEncoding->setObjectName(QStringLiteral("encodingCombo"));
        mEncoding->addItem(tr("As declared or detected"), QString());
        for (const char *code : {"UTF-8", "CP936", "GB18030", "Big5"})
            mEncoding->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
        const int current = mEncoding->findData(layerEncoding(ref));
        mEncoding->setCurrentIndex(current >= 0 ? current : 0);
        form->addRow(tr("Attribute encoding"), mEncoding);
        mGcj02 = new QCheckBox(tr("Coordinates are GCJ-02 (from a Chinese web map); shift them to WGS84"), this);
        mGcj02->setObjectName(QStringLiteral("gcj02Check"));
        mGcj02->setChecked(layerIsGcj02(ref));
        form->addRow(QString(), mGcj02);
    }

    mCrs = new QLineEdit(layerCrs(ref).definition(), this);
    mCrs->setObjectName(QStringLiteral("layerCrsEdit"));
    mCrs->setPlaceholderText(loaded && loaded->assumedWgs84 ? tr("none declared: type e.g. EPSG:4546")
                                                            : tr("as declared by the file"));
    mCrs->setToolTip(tr("EPSG code, WKT or PROJ string. It replaces the CRS the file declares."));
    form->addRow(tr("Layer CRS"), mCrs);
    mCrsError = new QLabel(this);
    mCrsError->setStyleSheet(QStringLiteral("color: #b00020"));
    mCrsError->hide();
    form->addRow(QString(), mCrsError);
    if (loaded && loaded->assumedWgs84) {
        auto *warning = new QLabel(tr("This file declares no CRS. It is drawn as WGS84 longitude/latitude until you "
                                      "give its CRS here."), this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #9a5b00"));
        form->addRow(QString(), warning);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

LayerRef LayerPropertiesDialog::layer() const
{
    LayerRef out = mRef;
    if (!mName->text().trimmed().isEmpty())
        out.name = mName->text().trimmed();
    QJsonObject style = layerStyleObject(out);
    if (mEncoding) {
        const QString encoding = mEncoding->currentData().toString();
        if (encoding.isEmpty())
            style.remove(QLatin1String("encoding"));
        else
            style.insert(QLatin1String("encoding"), encoding);
    }
    if (mGcj02) {
        if (mGcj02->isChecked())
            style.insert(QLatin1String("gcj02"), true);
        else
            style.remove(QLatin1String("gcj02"));
    }
    const QString crs = mCrs->text().trimmed();
    if (crs.isEmpty())
        style.remove(QLatin1String("crs"));
    else
        style.insert(QLatin1String("crs"), crs);
    setLayerStyleObject(out, style);
    return out;
}

void LayerPropertiesDialog::accept()
{
    const QString crs = mCrs->text().trimmed();
    if (!crs.isEmpty() && !Crs::fromUserInput(crs).isValid()) {
        mCrsError->setText(tr("“%1” is not a CRS PROJ understands.").arg(crs));
        mCrsError->show();
        mCrs->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace yc
