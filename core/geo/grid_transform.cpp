// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/grid_transform.h"

#include "geo/coordinate_transform.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace yc {

GridTransform::GridTransform(const Crs &from, const Crs &to, const Envelope &extent, double tolerance)
    : mFrom(from), mTo(to), mExtent(extent)
{
    if (!(extent.width() > 0) || !(extent.height() > 0) || !(tolerance > 0)
        || !CoordinateTransform::forThread(from, to).isValid())
        return;
    const double longer = std::max(extent.width(), extent.height());
    for (int cells = 16; cells <= kMaxCells; cells *= 2) {
        const int columns = std::max(1, int(std::lround(cells * extent.width() / longer)));
        const int rows = std::max(1, int(std::lround(cells * extent.height() / longer)));
        if (build(columns, rows, tolerance))
            return;
    }
}

bool GridTransform::build(int columns, int rows, double tolerance)
{
    const CoordinateTransform &exact = CoordinateTransform::forThread(mFrom, mTo);
    const double cellWidth = mExtent.width() / columns, cellHeight = mExtent.height() / rows;
    const auto nodeX = [&](int i) { return i == columns ? mExtent.xMax : mExtent.xMin + i * cellWidth; };
    const auto nodeY = [&](int j) { return j == rows ? mExtent.yMax : mExtent.yMin + j * cellHeight; };
    std::vector<double> nodes;
    nodes.reserve(2 * std::size_t(columns + 1) * std::size_t(rows + 1));
    for (int j = 0; j <= rows; ++j)
        for (int i = 0; i <= columns; ++i) {
            nodes.push_back(nodeX(i));
            nodes.push_back(nodeY(j));
        }
    std::vector<double> centres;
    centres.reserve(2 * std::size_t(columns) * std::size_t(rows));
    for (int j = 0; j < rows; ++j)
        for (int i = 0; i < columns; ++i) {
            centres.push_back(mExtent.xMin + (i + 0.5) * cellWidth);
            centres.push_back(mExtent.yMin + (j + 0.5) * cellHeight);
        }
    exact.applyInPlace(nodes.data(), nodes.size() / 2);
    exact.applyInPlace(centres.data(), centres.size() / 2);

    std::vector<std::uint8_t> exactCell(std::size_t(columns) * std::size_t(rows), 0);
    double maxError = 0;
    for (int j = 0; j < rows; ++j)
        for (int i = 0; i < columns; ++i) {
            const std::size_t cell = std::size_t(j) * std::size_t(columns) + std::size_t(i);
            const double *n00 = &nodes[2 * (std::size_t(j) * std::size_t(columns + 1) + std::size_t(i))];
            const double *n10 = n00 + 2;
            const double *n01 = n00 + 2 * std::size_t(columns + 1);
            const double *n11 = n01 + 2;
            const double *c = &centres[2 * cell];
            double error = 0;
            for (int k = 0; k < 2; ++k)
                error = std::max(error, std::abs((n00[k] + n10[k] + n01[k] + n11[k]) / 4 - c[k]));
            if (std::isnan(error)) {   // a corner or the centre failed: leave the cell to PROJ
                exactCell[cell] = 1;
                continue;
            }
            maxError = std::max(maxError, error);
        }
    if (maxError > tolerance)
        return false;
    mColumns = columns;
    mRows = rows;
    mCellWidth = cellWidth;
    mCellHeight = cellHeight;
    mNodes = std::move(nodes);
    mExactCell = std::move(exactCell);
    mMaxError = maxError;
    return true;
}

void GridTransform::applyInPlace(double *xy, std::size_t count) const
{
    std::vector<std::size_t> misses;   // points PROJ does here
    const std::size_t stride = 2 * std::size_t(mColumns + 1);
    for (std::size_t p = 0; p < count; ++p) {
        double &x = xy[2 * p];
        double &y = xy[2 * p + 1];
        const double u = (x - mExtent.xMin) / mCellWidth, v = (y - mExtent.yMin) / mCellHeight;
        if (!isValid() || !(u >= 0 && u <= mColumns && v >= 0 && v <= mRows)) {
            misses.push_back(p);
            continue;
        }
        const int i = std::min(int(u), mColumns - 1), j = std::min(int(v), mRows - 1);
        if (mExactCell[std::size_t(j) * std::size_t(mColumns) + std::size_t(i)]) {
            misses.push_back(p);
            continue;
        }
        const double fu = u - i, fv = v - j;
        const double *n00 = &mNodes[std::size_t(j) * stride + 2 * std::size_t(i)];
        const double *n01 = n00 + stride;
        const double w00 = (1 - fu) * (1 - fv), w10 = fu * (1 - fv), w01 = (1 - fu) * fv, w11 = fu * fv;
        x = w00 * n00[0] + w10 * n00[2] + w01 * n01[0] + w11 * n01[2];
        y = w00 * n00[1] + w10 * n00[3] + w01 * n01[1] + w11 * n01[3];
    }
    if (misses.empty())
        return;
    std::vector<double> rest;
    rest.reserve(2 * misses.size());
    for (const std::size_t p : misses) {
        rest.push_back(xy[2 * p]);
        rest.push_back(xy[2 * p + 1]);
    }
    if (!CoordinateTransform::forThread(mFrom, mTo).applyInPlace(rest.data(), misses.size()))
        std::fill(rest.begin(), rest.end(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t k = 0; k < misses.size(); ++k) {
        xy[2 * misses[k]] = rest[2 * k];
        xy[2 * misses[k] + 1] = rest[2 * k + 1];
    }
}

} // namespace yc
