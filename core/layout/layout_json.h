// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/page_layout.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace yc {

/// A layout template as compact JSON, for storing in a project: page ("A3" or "WIDTHxHEIGHT" mm),
/// orientation, margins, layout, title, subtitle, section, extent, scale, crs, dpi and targetChart. The print
/// date is not part of a template.
QByteArray layoutToJson(const LayoutSettings &settings);
/// The settings back; keys that are missing keep their defaults. nullopt with `error` for JSON that is not
/// an object or holds an unknown page size, orientation, layout or CRS.
std::optional<LayoutSettings> layoutFromJson(const QByteArray &json, QString *error = nullptr);

} // namespace yc
