<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>yc::AboutDialog</name>
    <message>
        <source>About Yuncheng Planner</source>
        <translation>About Yuncheng Planner</translation>
    </message>
    <message>
        <source>Yuncheng Planner</source>
        <translation>Yuncheng Planner</translation>
    </message>
    <message>
        <source>Puts the projects of Yuncheng's 2024 government work report on a map, sentence by sentence.</source>
        <translation>Puts the projects of Yuncheng's 2024 government work report on a map, sentence by sentence.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>Built with Qt %1, GDAL and PROJ.</source>
        <translation>Built with Qt %1, GDAL and PROJ.</translation>
    </message>
</context>
<context>
    <name>yc::FeatureInfoDock</name>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Click a plan feature on the map or a marked sentence in the report.</source>
        <translation>Click a plan feature on the map or a marked sentence in the report.</translation>
    </message>
    <message>
        <source>Dashed, hollow symbols: not yet sited.</source>
        <translation>Dashed, hollow symbols: not yet sited.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>%n feature selected</numerusform>
            <numerusform>%n features selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>city-wide</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>yc::LayerLoader</name>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Layer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <source>The bundled project was not found at %1.</source>
        <translation>The bundled project was not found at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n base layer(s)</source>
        <translation>
            <numerusform>%n base layer</numerusform>
            <numerusform>%n base layers</numerusform>
        </translation>
    </message>
    <message>
        <source>Some base layers could not be read: %1</source>
        <translation>Some base layers could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Yuncheng Planner</source>
        <translation>&amp;About Yuncheng Planner</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>The project %1 could not be opened.</source>
        <translation>The project %1 could not be opened.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Loading base layers…</source>
        <translation>Loading base layers…</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <source>Yuncheng Planner</source>
        <translation>Yuncheng Planner</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Yuncheng Planner projects (*.gpkg)</source>
        <translation>Yuncheng Planner projects (*.gpkg)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language will be used the next time Yuncheng Planner starts.</source>
        <translation>The new language will be used the next time Yuncheng Planner starts.</translation>
    </message>
</context>
<context>
    <name>yc::MapCanvas</name>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
</context>
<context>
    <name>yc::Plan</name>
    <message>
        <source>Tourism road</source>
        <translation>Tourism road</translation>
    </message>
    <message>
        <source>Scenic site</source>
        <translation>Scenic site</translation>
    </message>
    <message>
        <source>Tourism resort</source>
        <translation>Tourism resort</translation>
    </message>
    <message>
        <source>Self-drive camp</source>
        <translation>Self-drive camp</translation>
    </message>
    <message>
        <source>Tourism service facility</source>
        <translation>Tourism service facility</translation>
    </message>
    <message>
        <source>Cultural enterprise</source>
        <translation>Cultural enterprise</translation>
    </message>
    <message>
        <source>Pumped-storage power station</source>
        <translation>Pumped-storage power station</translation>
    </message>
    <message>
        <source>Energy facility</source>
        <translation>Energy facility</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Airport</translation>
    </message>
    <message>
        <source>Museum or heritage site</source>
        <translation>Museum or heritage site</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Innovation platform</source>
        <translation>Innovation platform</translation>
    </message>
    <message>
        <source>Industrial or logistics zone</source>
        <translation>Industrial or logistics zone</translation>
    </message>
    <message>
        <source>Urban facility</source>
        <translation>Urban facility</translation>
    </message>
    <message>
        <source>Urban structure area</source>
        <translation>Urban structure area</translation>
    </message>
    <message>
        <source>Rural development</source>
        <translation>Rural development</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <source>Sports facility</source>
        <translation>Sports facility</translation>
    </message>
    <message>
        <source>Ecology project</source>
        <translation>Ecology project</translation>
    </message>
    <message>
        <source>Water project</source>
        <translation>Water project</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Preliminary work</source>
        <translation>Preliminary work</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximate</translation>
    </message>
    <message>
        <source>Placeholder (not yet sited)</source>
        <translation>Placeholder (not yet sited)</translation>
    </message>
</context>
<context>
    <name>yc::PlanSeed</name>
    <message>
        <source>unknown category "%1"</source>
        <translation>unknown category "%1"</translation>
    </message>
    <message>
        <source>unknown confidence "%1"</source>
        <translation>unknown confidence "%1"</translation>
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation>unknown status "%1"</translation>
    </message>
    <message>
        <source>status_date "%1" is not a date like 2024-01-31</source>
        <translation>status_date "%1" is not a date like 2024-01-31</translation>
    </message>
    <message>
        <source>bad geometry WKT (%1)</source>
        <translation>bad geometry WKT (%1)</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>the geometry is empty</translation>
    </message>
    <message>
        <source>the geometry lies outside China; WKT wants longitude first, then latitude</source>
        <translation>the geometry lies outside China; WKT wants longitude first, then latitude</translation>
    </message>
    <message>
        <source>the geometry is not valid (%1)</source>
        <translation>the geometry is not valid (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>not valid JSON at byte %1 (%2)</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>the top level is not a JSON object</translation>
    </message>
    <message>
        <source>format is "%1", expected "%2"</source>
        <translation>format is "%1", expected "%2"</translation>
    </message>
    <message>
        <source>crs must be "EPSG:4490" (lon/lat CGCS2000)</source>
        <translation>crs must be "EPSG:4490" (lon/lat CGCS2000)</translation>
    </message>
    <message>
        <source>"features" is missing or not a list</source>
        <translation>"features" is missing or not a list</translation>
    </message>
    <message>
        <source>feature #%1 is not a JSON object</source>
        <translation>feature #%1 is not a JSON object</translation>
    </message>
    <message>
        <source>feature #%1</source>
        <translation>feature #%1</translation>
    </message>
    <message>
        <source>feature "%1"</source>
        <translation>feature "%1"</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" is missing</translation>
    </message>
    <message>
        <source>"%1" is not a string</source>
        <translation>"%1" is not a string</translation>
    </message>
    <message>
        <source>"%1" is empty</source>
        <translation>"%1" is empty</translation>
    </message>
    <message>
        <source>"%1" is not a list</source>
        <translation>"%1" is not a list</translation>
    </message>
    <message>
        <source>"%1" holds something other than a non-empty string</source>
        <translation>"%1" holds something other than a non-empty string</translation>
    </message>
    <message>
        <source>"%1" lists "%2" twice</source>
        <translation>"%1" lists "%2" twice</translation>
    </message>
</context>
<context>
    <name>yc::ReportDock</name>
    <message>
        <source>Work report</source>
        <translation>Work report</translation>
    </message>
    <message>
        <source>This project has no report text.</source>
        <translation>This project has no report text.</translation>
    </message>
</context>
<context>
    <name>yc::Storage</name>
    <message>
        <source>%1: the id is used by an earlier feature</source>
        <translation>%1: the id is used by an earlier feature</translation>
    </message>
    <message>
        <source>no report section heading found</source>
        <translation>no report section heading found</translation>
    </message>
    <message>
        <source>feature "%1": the report has no sentence %2</source>
        <translation>feature "%1": the report has no sentence %2</translation>
    </message>
    <message>
        <source>feature "%1": the report has no target %2</source>
        <translation>feature "%1": the report has no target %2</translation>
    </message>
    <message>
        <source>unknown GDAL error</source>
        <translation>unknown GDAL error</translation>
    </message>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation>Cannot create table %1: %2</translation>
    </message>
    <message>
        <source>Cannot create column %1.%2: %3</source>
        <translation>Cannot create column %1.%2: %3</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>the project settings</translation>
    </message>
    <message>
        <source>layer "%1"</source>
        <translation>layer "%1"</translation>
    </message>
    <message>
        <source>the report text</source>
        <translation>the report text</translation>
    </message>
    <message>
        <source>target "%1"</source>
        <translation>target "%1"</translation>
    </message>
    <message>
        <source>Cannot commit the project: %1</source>
        <translation>Cannot commit the project: %1</translation>
    </message>
    <message>
        <source>the table %1 has no column %2</source>
        <translation>the table %1 has no column %2</translation>
    </message>
    <message>
        <source>Cannot save: a feature ("%1") has no id</source>
        <translation>Cannot save: a feature ("%1") has no id</translation>
    </message>
    <message>
        <source>Cannot save: the feature id "%1" is used twice</source>
        <translation>Cannot save: the feature id "%1" is used twice</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist</source>
        <translation>Cannot save %1: the folder does not exist</translation>
    </message>
    <message>
        <source>Cannot save: GDAL has no GeoPackage driver</source>
        <translation>Cannot save: GDAL has no GeoPackage driver</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>Cannot finish writing %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: a folder of that name is in the way</source>
        <translation>Cannot save %1: a folder of that name is in the way</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist</source>
        <translation>Cannot open %1: the file does not exist</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file</source>
        <translation>Cannot open %1: it is a folder, not a project file</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a GeoPackage</source>
        <translation>Cannot open %1: it is not a GeoPackage</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>it is not a Yuncheng Planner project (no %1 table)</source>
        <translation>it is not a Yuncheng Planner project (no %1 table)</translation>
    </message>
    <message>
        <source>the map CRS "%1" is not understood</source>
        <translation>the map CRS "%1" is not understood</translation>
    </message>
    <message>
        <source>it is not a Yuncheng Planner project (no format setting)</source>
        <translation>it is not a Yuncheng Planner project (no format setting)</translation>
    </message>
    <message>
        <source>it is not a Yuncheng Planner project (format "%1")</source>
        <translation>it is not a Yuncheng Planner project (format "%1")</translation>
    </message>
    <message>
        <source>it was saved by a newer Yuncheng Planner (format "%1"); please update</source>
        <translation>it was saved by a newer Yuncheng Planner (format "%1"); please update</translation>
    </message>
    <message>
        <source>the project file is damaged: the table %1 is missing</source>
        <translation>the project file is damaged: the table %1 is missing</translation>
    </message>
    <message>
        <source>a row of %1 has no feature_id</source>
        <translation>a row of %1 has no feature_id</translation>
    </message>
    <message>
        <source>the feature id "%1" is used twice</source>
        <translation>the feature id "%1" is used twice</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown category "%2"</source>
        <translation>feature "%1" has an unknown category "%2"</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown confidence "%2"</source>
        <translation>feature "%1" has an unknown confidence "%2"</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown status "%2"</source>
        <translation>feature "%1" has an unknown status "%2"</translation>
    </message>
    <message>
        <source>the table %1 names an unknown feature "%2"</source>
        <translation>the table %1 names an unknown feature "%2"</translation>
    </message>
    <message>
        <source>feature "%1" has an empty link in %2</source>
        <translation>feature "%1" has an empty link in %2</translation>
    </message>
    <message>
        <source>the status history names an unknown feature "%1"</source>
        <translation>the status history names an unknown feature "%1"</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown status "%2" in its history</source>
        <translation>feature "%1" has an unknown status "%2" in its history</translation>
    </message>
    <message>
        <source>the map layer "%1" has no source</source>
        <translation>the map layer "%1" has no source</translation>
    </message>
</context>
<context>
    <name>yc::cli</name>
    <message>
        <source>Usage: yuncheng-planner [PROJECT.gpkg]
       yuncheng-planner COMMAND [OPTIONS]

With no arguments, opens the bundled Yuncheng project in the desktop app.

Options:
  --help       show this help and exit
  --version    show the version and exit
  --lang L     user-interface language (zh_CN or en); default: the system's

Commands (no display needed; `yuncheng-planner COMMAND --help` for details):
</source>
        <translation>Usage: yuncheng-planner [PROJECT.gpkg]
       yuncheng-planner COMMAND [OPTIONS]

With no arguments, opens the bundled Yuncheng project in the desktop app.

Options:
  --help       show this help and exit
  --version    show the version and exit
  --lang L     user-interface language (zh_CN or en); default: the system's

Commands (no display needed; `yuncheng-planner COMMAND --help` for details):
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Usage: yuncheng-planner convert IN OUT [--layer NAME] [--out-layer NAME]
                                [--from-gcj02 | --to-gcj02] [--make-valid] [--format GPKG|GeoJSON]

Copies one vector layer of IN (any format GDAL reads) into OUT.

  --layer NAME      layer of IN to read (default: the first)
  --out-layer NAME  name of the layer written (default: the input layer's name)
  --from-gcj02      IN is in GCJ-02 (Amap, Tencent and other Chinese web maps): convert to WGS84
  --to-gcj02        IN is in WGS84 lon/lat: convert to GCJ-02
  --make-valid      repair invalid geometries (the count goes to stderr)
  --format F        GPKG or GeoJSON (default: from OUT's extension, else GPKG);
                    a GeoPackage OUT may already exist: the layer is added to it

GCJ-02 conversions need lon/lat coordinates; outside mainland China they change nothing.</source>
        <translation>Usage: yuncheng-planner convert IN OUT [--layer NAME] [--out-layer NAME]
                                [--from-gcj02 | --to-gcj02] [--make-valid] [--format GPKG|GeoJSON]

Copies one vector layer of IN (any format GDAL reads) into OUT.

  --layer NAME      layer of IN to read (default: the first)
  --out-layer NAME  name of the layer written (default: the input layer's name)
  --from-gcj02      IN is in GCJ-02 (Amap, Tencent and other Chinese web maps): convert to WGS84
  --to-gcj02        IN is in WGS84 lon/lat: convert to GCJ-02
  --make-valid      repair invalid geometries (the count goes to stderr)
  --format F        GPKG or GeoJSON (default: from OUT's extension, else GPKG);
                    a GeoPackage OUT may already exist: the layer is added to it

GCJ-02 conversions need lon/lat coordinates; outside mainland China they change nothing.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--from-gcj02 and --to-gcj02 exclude each other</source>
        <translation>--from-gcj02 and --to-gcj02 exclude each other</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>expected IN and OUT, got %1 file argument(s)</source>
        <translation>expected IN and OUT, got %1 file argument(s)</translation>
    </message>
    <message>
        <source>unknown format %1 (GPKG or GeoJSON)</source>
        <translation>unknown format %1 (GPKG or GeoJSON)</translation>
    </message>
    <message>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</source>
        <translation>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</translation>
    </message>
    <message>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</source>
        <translation>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</translation>
    </message>
    <message>
        <source>convert: %1 (see `yuncheng-planner convert --help`)</source>
        <translation>convert: %1 (see `yuncheng-planner convert --help`)</translation>
    </message>
    <message>
        <source>convert: %1</source>
        <translation>convert: %1</translation>
    </message>
    <message>
        <source>cannot repair the geometry of feature %1</source>
        <translation>cannot repair the geometry of feature %1</translation>
    </message>
    <message>
        <source>convert: repaired %1 invalid geometries</source>
        <translation>convert: repaired %1 invalid geometries</translation>
    </message>
    <message>
        <source>convert: kept %1 invalid geometries; --make-valid repairs them</source>
        <translation>convert: kept %1 invalid geometries; --make-valid repairs them</translation>
    </message>
    <message>
        <source>, GCJ-02 → WGS84</source>
        <translation>, GCJ-02 → WGS84</translation>
    </message>
    <message>
        <source>, WGS84 → GCJ-02</source>
        <translation>, WGS84 → GCJ-02</translation>
    </message>
    <message>
        <source>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</source>
        <translation>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</translation>
    </message>
    <message>
        <source>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</source>
        <translation>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</translation>
    </message>
    <message>
        <source>%1 has no vector layers</source>
        <translation>%1 has no vector layers</translation>
    </message>
    <message>
        <source>Builds a project file from the report text, a plan seed and base maps.</source>
        <translation>Builds a project file from the report text, a plan seed and base maps.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The report text (UTF-8).</source>
        <translation>The report text (UTF-8).</translation>
    </message>
    <message>
        <source>REPORT.txt</source>
        <translation>REPORT.txt</translation>
    </message>
    <message>
        <source>The plan seed (yuncheng-plan-seed/1 JSON).</source>
        <translation>The plan seed (yuncheng-plan-seed/1 JSON).</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>The project file to write.</translation>
    </message>
    <message>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <source>A GeoPackage whose vector layers become base layers (repeatable).</source>
        <translation>A GeoPackage whose vector layers become base layers (repeatable).</translation>
    </message>
    <message>
        <source>BASE.gpkg</source>
        <translation>BASE.gpkg</translation>
    </message>
    <message>
        <source>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</source>
        <translation>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Missing --%1</source>
        <translation>Missing --%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>  features: %1 (%2 points, %3 lines, %4 areas)</source>
        <translation>  features: %1 (%2 points, %3 lines, %4 areas)</translation>
    </message>
    <message>
        <source>  sentences linked: %1 of %2</source>
        <translation>  sentences linked: %1 of %2</translation>
    </message>
    <message>
        <source>  targets linked: %1 of %2</source>
        <translation>  targets linked: %1 of %2</translation>
    </message>
    <message>
        <source>  base layers: %1</source>
        <translation>  base layers: %1</translation>
    </message>
    <message>
        <source>build a project file from the report, a plan seed and base maps</source>
        <translation>build a project file from the report, a plan seed and base maps</translation>
    </message>
</context>
</TS>
