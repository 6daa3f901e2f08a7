// SPDX-License-Identifier: GPL-3.0-or-later
// Turns the bin-by-bin dump of `gmt coast … -M` into whole, named features.
//
//   node gmt-segments.mjs rivers IN.txt OUT.geojson
//   node gmt-segments.mjs lakes  IN.txt OUT.geojson
//
// `gmt coast -M` writes GSHHG/WDBII as it is stored: cut at the 1° bin edges, with two-point stubs at
// the cuts. This script drops the stubs, chains the pieces of one level end to start again (rivers into
// lines, lake shores into closed rings) and names the features it can identify from a few places each
// one is known to pass or hold. Coordinates are WGS84 lon/lat as GSHHG gives them; clipping to the
// study box is left to ogr2ogr.
import { readFileSync, writeFileSync } from 'node:fs';

function fail(message) {
    process.stderr.write(`gmt-segments: ${message}\n`);
    process.exit(1);
}

// Pieces closer than this at their ends are one line: GSHHG repeats the cut vertex exactly, but the
// Yellow River's river-lake (level 1) has one ~110 m gap between bins.
const joinTolerance = 0.002;

// A river is named when it is of `level` and passes within `km` of every place in `via`
// (WDBII levels: 1 double-lined river-lake, 2 permanent major river, 3 additional major river).
const riverNames = [
    { zh: '黄河', en: 'Yellow River', level: 1, km: 3,
      via: [[110.32, 34.60] /* 风陵渡 Fenglingdu */, [111.34, 34.83] /* 三门峡大坝 Sanmenxia Dam */] },
    { zh: '汾河', en: 'Fen River', level: 2, km: 4,
      via: [[111.22, 35.61] /* 新绛 Xinjiang */, [110.71, 35.59] /* 河津 Hejin */] },
    { zh: '渭河', en: 'Wei River', level: 2, km: 5,
      via: [[109.51, 34.52] /* 渭南 Weinan */, [110.09, 34.60] /* 华阴北 north of Huayin */] },
    { zh: '北洛河', en: 'Beiluo River', level: 2, km: 5,
      via: [[109.94, 34.79] /* 大荔 Dali */] },
];

// A lake is named when its shore encloses `at`.
const lakeNames = [
    { zh: '运城盐湖', en: 'Yuncheng Salt Lake', at: [111.00, 34.99] },
    { zh: '硝池', en: 'Xiaochi Lake', at: [110.81, 34.93] },
];

function readSegments(path) {
    const segments = [];
    let current = null;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.startsWith('>')) {
            const level = /Level (\d+)/.exec(line);
            if (!level)
                fail(`segment header without a level: ${line}`);
            current = { level: Number(level[1]), points: [] };
            segments.push(current);
        } else if (line.trim() !== '') {
            if (!current)
                fail('coordinates before the first segment header');
            const [x, y] = line.trim().split(/\s+/).map(Number);
            if (!Number.isFinite(x) || !Number.isFinite(y))
                fail(`bad coordinate line: ${line}`);
            current.points.push([x, y]);
        }
    }
    return segments;
}

const samePoint = (a, b) => Math.abs(a[0] - b[0]) <= joinTolerance && Math.abs(a[1] - b[1]) <= joinTolerance;
const isStub = (s) => s.points.every((p) => p[0] === s.points[0][0] && p[1] === s.points[0][1]);
const isClosed = (pts) => pts.length > 3 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1];

/// Joins pieces of the same level whose end meets exactly one other piece's start (or end, reversed).
function chain(segments) {
    const pieces = segments.filter((s) => !isStub(s)).map((s) => ({ level: s.level, points: [...s.points] }));
    let joined = true;
    while (joined) {
        joined = false;
        for (const a of pieces) {
            if (isClosed(a.points))
                continue;
            const end = a.points[a.points.length - 1];
            const candidates = pieces.filter((b) => b !== a && b.level === a.level && !isClosed(b.points)
                && (samePoint(end, b.points[0]) || samePoint(end, b.points[b.points.length - 1])));
            if (candidates.length !== 1)
                continue;
            const b = candidates[0];
            const next = samePoint(end, b.points[0]) ? b.points : [...b.points].reverse();
            a.points.push(...(next[0][0] === end[0] && next[0][1] === end[1] ? next.slice(1) : next));
            pieces.splice(pieces.indexOf(b), 1);
            joined = true;
            break;
        }
    }
    return pieces;
}

/// Distance in km from `p` to the polyline `pts` (local equirectangular approximation, fine at 10 km).
function distanceKm(p, pts) {
    const kx = 111.32 * Math.cos(p[1] * Math.PI / 180);
    const ky = 110.57;
    let best = Infinity;
    for (let i = 1; i < pts.length; ++i) {
        const ax = (pts[i - 1][0] - p[0]) * kx, ay = (pts[i - 1][1] - p[1]) * ky;
        const bx = (pts[i][0] - p[0]) * kx, by = (pts[i][1] - p[1]) * ky;
        const dx = bx - ax, dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
}

function encloses(ring, p) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if ((yi > p[1]) !== (yj > p[1]) && p[0] < (xj - xi) * (p[1] - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

function rivers(segments) {
    const lines = chain(segments);
    const features = [];
    for (const name of riverNames) {
        const parts = lines.filter((l) => l.level === name.level
            && name.via.every((p) => distanceKm(p, l.points) <= name.km));
        if (parts.length === 0)
            fail(`${name.en} not found in the WDBII data`);
        features.push({ name, level: name.level, parts: parts.map((l) => l.points) });
        for (const l of parts)
            lines.splice(lines.indexOf(l), 1);
    }
    for (const l of lines)
        features.push({ name: null, level: l.level, parts: [l.points] });
    return features.map((f) => ({
        type: 'Feature',
        properties: { name_zh: f.name?.zh ?? null, name_en: f.name?.en ?? null, level: f.level },
        geometry: { type: 'MultiLineString', coordinates: f.parts },
    }));
}

function lakes(segments) {
    const rings = chain(segments);
    for (const r of rings)
        if (!isClosed(r.points))
            fail(`lake shore of level ${r.level} does not close (starts at ${r.points[0]})`);
    for (const name of lakeNames)
        if (!rings.some((r) => encloses(r.points, name.at)))
            fail(`${name.en} not found in the GSHHG data`);
    return rings.map((r) => {
        const name = lakeNames.find((n) => encloses(r.points, n.at));
        return {
            type: 'Feature',
            properties: { name_zh: name?.zh ?? null, name_en: name?.en ?? null, level: r.level },
            geometry: { type: 'Polygon', coordinates: [r.points] },
        };
    });
}

const [mode, input, output] = process.argv.slice(2);
if (!output || (mode !== 'rivers' && mode !== 'lakes'))
    fail('usage: node gmt-segments.mjs rivers|lakes IN.txt OUT.geojson');
const segments = readSegments(input);
const features = mode === 'rivers' ? rivers(segments) : lakes(segments);
writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
const named = features.filter((f) => f.properties.name_zh).length;
process.stderr.write(`gmt-segments: ${features.length} ${mode} (${named} named) from ${segments.length} pieces\n`);
