<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>yc::AboutDialog</name>
    <message>
        <source>About Yuncheng Planner</source>
        <translation>关于运城规划</translation>
    </message>
    <message>
        <source>Yuncheng Planner</source>
        <translation>运城规划</translation>
    </message>
    <message>
        <source>Puts the projects of Yuncheng's 2024 government work report on a map, sentence by sentence.</source>
        <translation>将运城市 2024 年政府工作报告中的项目逐句落到地图上。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>Built with Qt %1, GDAL and PROJ.</source>
        <translation>基于 Qt %1、GDAL 和 PROJ 构建。</translation>
    </message>
</context>
<context>
    <name>yc::FeatureInfoDock</name>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Click a plan feature on the map or a marked sentence in the report.</source>
        <translation>请在地图上点击规划要素，或在报告中点击带标记的句子。</translation>
    </message>
    <message>
        <source>Dashed, hollow symbols: not yet sited.</source>
        <translation>虚线空心符号：尚未选址。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>yc::LayerLoader</name>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>图层“%1”：%2</translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <source>The bundled project was not found at %1.</source>
        <translation>在 %1 未找到随附的项目文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n base layer(s)</source>
        <translation>
            <numerusform>%n 个底图图层</numerusform>
        </translation>
    </message>
    <message>
        <source>Some base layers could not be read: %1</source>
        <translation>部分底图图层无法读取：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yuncheng Planner</source>
        <translation>关于运城规划(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>The project %1 could not be opened.</source>
        <translation>无法打开项目 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Loading base layers…</source>
        <translation>正在加载底图…</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Yuncheng Planner</source>
        <translation>运城规划</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Yuncheng Planner projects (*.gpkg)</source>
        <translation>运城规划项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language will be used the next time Yuncheng Planner starts.</source>
        <translation>新的界面语言将在下次启动运城规划时生效。</translation>
    </message>
</context>
<context>
    <name>yc::MapCanvas</name>
    <message>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>yc::Plan</name>
    <message>
        <source>Tourism road</source>
        <translation>旅游公路</translation>
    </message>
    <message>
        <source>Scenic site</source>
        <translation>景区景点</translation>
    </message>
    <message>
        <source>Tourism resort</source>
        <translation>旅游度假区</translation>
    </message>
    <message>
        <source>Self-drive camp</source>
        <translation>自驾车营地</translation>
    </message>
    <message>
        <source>Tourism service facility</source>
        <translation>旅游服务设施</translation>
    </message>
    <message>
        <source>Cultural enterprise</source>
        <translation>文创企业</translation>
    </message>
    <message>
        <source>Pumped-storage power station</source>
        <translation>抽水蓄能电站</translation>
    </message>
    <message>
        <source>Energy facility</source>
        <translation>能源设施</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>Museum or heritage site</source>
        <translation>博物馆与文物古迹</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Innovation platform</source>
        <translation>创新平台</translation>
    </message>
    <message>
        <source>Industrial or logistics zone</source>
        <translation>产业园区与物流区</translation>
    </message>
    <message>
        <source>Urban facility</source>
        <translation>城市设施</translation>
    </message>
    <message>
        <source>Urban structure area</source>
        <translation>城市空间结构区域</translation>
    </message>
    <message>
        <source>Rural development</source>
        <translation>乡村振兴</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>医疗卫生设施</translation>
    </message>
    <message>
        <source>Sports facility</source>
        <translation>体育设施</translation>
    </message>
    <message>
        <source>Ecology project</source>
        <translation>生态工程</translation>
    </message>
    <message>
        <source>Water project</source>
        <translation>水利工程</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>谋划中</translation>
    </message>
    <message>
        <source>Preliminary work</source>
        <translation>前期工作</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>大致位置</translation>
    </message>
    <message>
        <source>Placeholder (not yet sited)</source>
        <translation>占位（尚未选址）</translation>
    </message>
</context>
<context>
    <name>yc::PlanSeed</name>
    <message>
        <source>unknown category "%1"</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <source>unknown confidence "%1"</source>
        <translation>未知位置可信度“%1”</translation>
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <source>status_date "%1" is not a date like 2024-01-31</source>
        <translation>status_date“%1”不是形如 2024-01-31 的日期</translation>
    </message>
    <message>
        <source>bad geometry WKT (%1)</source>
        <translation>几何 WKT 有误（%1）</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <source>the geometry lies outside China; WKT wants longitude first, then latitude</source>
        <translation>几何位于中国境外；WKT 应先写经度、后写纬度</translation>
    </message>
    <message>
        <source>the geometry is not valid (%1)</source>
        <translation>几何无效（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>format is "%1", expected "%2"</source>
        <translation>格式为“%1”，应为“%2”</translation>
    </message>
    <message>
        <source>crs must be "EPSG:4490" (lon/lat CGCS2000)</source>
        <translation>crs 必须为“EPSG:4490”（CGCS2000 经纬度）</translation>
    </message>
    <message>
        <source>"features" is missing or not a list</source>
        <translation>缺少“features”或其不是列表</translation>
    </message>
    <message>
        <source>feature #%1 is not a JSON object</source>
        <translation>第 %1 个要素不是 JSON 对象</translation>
    </message>
    <message>
        <source>feature #%1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>feature "%1"</source>
        <translation>要素“%1”</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a string</source>
        <translation>“%1”不是字符串</translation>
    </message>
    <message>
        <source>"%1" is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <source>"%1" is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <source>"%1" holds something other than a non-empty string</source>
        <translation>“%1”含有非空字符串以外的内容</translation>
    </message>
    <message>
        <source>"%1" lists "%2" twice</source>
        <translation>“%1”两次列出“%2”</translation>
    </message>
</context>
<context>
    <name>yc::ReportDock</name>
    <message>
        <source>Work report</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <source>This project has no report text.</source>
        <translation>本项目没有报告文本。</translation>
    </message>
</context>
<context>
    <name>yc::Storage</name>
    <message>
        <source>%1: the id is used by an earlier feature</source>
        <translation>%1：该编号已被前面的要素使用</translation>
    </message>
    <message>
        <source>no report section heading found</source>
        <translation>未找到报告的章节标题</translation>
    </message>
    <message>
        <source>feature "%1": the report has no sentence %2</source>
        <translation>要素“%1”：报告中没有句子 %2</translation>
    </message>
    <message>
        <source>feature "%1": the report has no target %2</source>
        <translation>要素“%1”：报告中没有目标 %2</translation>
    </message>
    <message>
        <source>unknown GDAL error</source>
        <translation>未知的 GDAL 错误</translation>
    </message>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create column %1.%2: %3</source>
        <translation>无法创建字段 %1.%2：%3</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <source>layer "%1"</source>
        <translation>图层“%1”</translation>
    </message>
    <message>
        <source>the report text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <source>target "%1"</source>
        <translation>目标“%1”</translation>
    </message>
    <message>
        <source>Cannot commit the project: %1</source>
        <translation>无法提交项目：%1</translation>
    </message>
    <message>
        <source>the table %1 has no column %2</source>
        <translation>表 %1 没有字段 %2</translation>
    </message>
    <message>
        <source>Cannot save: a feature ("%1") has no id</source>
        <translation>无法保存：有要素（“%1”）没有编号</translation>
    </message>
    <message>
        <source>Cannot save: the feature id "%1" is used twice</source>
        <translation>无法保存：要素编号“%1”重复使用</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist</source>
        <translation>无法保存 %1：文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot save: GDAL has no GeoPackage driver</source>
        <translation>无法保存：GDAL 没有 GeoPackage 驱动</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>无法完成写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: a folder of that name is in the way</source>
        <translation>无法保存 %1：已有同名文件夹</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist</source>
        <translation>无法打开 %1：文件不存在</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file</source>
        <translation>无法打开 %1：这是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a GeoPackage</source>
        <translation>无法打开 %1：不是 GeoPackage 文件</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is not a Yuncheng Planner project (no %1 table)</source>
        <translation>不是运城规划项目文件（没有 %1 表）</translation>
    </message>
    <message>
        <source>the map CRS "%1" is not understood</source>
        <translation>无法识别地图坐标系“%1”</translation>
    </message>
    <message>
        <source>it is not a Yuncheng Planner project (no format setting)</source>
        <translation>不是运城规划项目文件（没有格式设置）</translation>
    </message>
    <message>
        <source>it is not a Yuncheng Planner project (format "%1")</source>
        <translation>不是运城规划项目文件（格式为“%1”）</translation>
    </message>
    <message>
        <source>it was saved by a newer Yuncheng Planner (format "%1"); please update</source>
        <translation>该文件由较新版本的运城规划保存（格式“%1”），请升级软件</translation>
    </message>
    <message>
        <source>the project file is damaged: the table %1 is missing</source>
        <translation>项目文件已损坏：缺少表 %1</translation>
    </message>
    <message>
        <source>a row of %1 has no feature_id</source>
        <translation>%1 中有一行没有 feature_id</translation>
    </message>
    <message>
        <source>the feature id "%1" is used twice</source>
        <translation>要素编号“%1”重复使用</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown category "%2"</source>
        <translation>要素“%1”的类别“%2”未知</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown confidence "%2"</source>
        <translation>要素“%1”的位置可信度“%2”未知</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown status "%2"</source>
        <translation>要素“%1”的状态“%2”未知</translation>
    </message>
    <message>
        <source>the table %1 names an unknown feature "%2"</source>
        <translation>表 %1 引用了未知要素“%2”</translation>
    </message>
    <message>
        <source>feature "%1" has an empty link in %2</source>
        <translation>要素“%1”在 %2 中有空链接</translation>
    </message>
    <message>
        <source>the status history names an unknown feature "%1"</source>
        <translation>状态历史引用了未知要素“%1”</translation>
    </message>
    <message>
        <source>feature "%1" has an unknown status "%2" in its history</source>
        <translation>要素“%1”的状态历史中有未知状态“%2”</translation>
    </message>
    <message>
        <source>the map layer "%1" has no source</source>
        <translation>地图图层“%1”没有数据源</translation>
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
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
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
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--from-gcj02 and --to-gcj02 exclude each other</source>
        <translation>--from-gcj02 与 --to-gcj02 不能同时使用</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>expected IN and OUT, got %1 file argument(s)</source>
        <translation>需要 IN 和 OUT 两个文件参数，实际为 %1 个</translation>
    </message>
    <message>
        <source>unknown format %1 (GPKG or GeoJSON)</source>
        <translation>未知格式 %1（应为 GPKG 或 GeoJSON）</translation>
    </message>
    <message>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 is in %2</source>
        <translation>GCJ-02 转换需要经纬度坐标，但 %1 的坐标系为 %2</translation>
    </message>
    <message>
        <source>GCJ-02 conversion needs lon/lat coordinates, but %1 reaches beyond ±180/±90</source>
        <translation>GCJ-02 转换需要经纬度坐标，但 %1 的范围超出 ±180/±90</translation>
    </message>
    <message>
        <source>convert: %1 (see `yuncheng-planner convert --help`)</source>
        <translation>convert：%1（参见 `yuncheng-planner convert --help`）</translation>
    </message>
    <message>
        <source>convert: %1</source>
        <translation>convert：%1</translation>
    </message>
    <message>
        <source>cannot repair the geometry of feature %1</source>
        <translation>无法修复要素 %1 的几何</translation>
    </message>
    <message>
        <source>convert: repaired %1 invalid geometries</source>
        <translation>convert：已修复 %1 个无效几何</translation>
    </message>
    <message>
        <source>convert: kept %1 invalid geometries; --make-valid repairs them</source>
        <translation>convert：保留了 %1 个无效几何；使用 --make-valid 可修复</translation>
    </message>
    <message>
        <source>, GCJ-02 → WGS84</source>
        <translation>，GCJ-02 → WGS84</translation>
    </message>
    <message>
        <source>, WGS84 → GCJ-02</source>
        <translation>，WGS84 → GCJ-02</translation>
    </message>
    <message>
        <source>convert: %1 features from %2 (%3) to %4 (%5, %6)%7</source>
        <translation>convert：%1 个要素，从 %2（%3）到 %4（%5，%6）%7</translation>
    </message>
    <message>
        <source>copy a vector layer, optionally GCJ-02 ⇄ WGS84 and repairing geometries</source>
        <translation>复制矢量图层，可选 GCJ-02 ⇄ WGS84 转换与几何修复</translation>
    </message>
    <message>
        <source>%1 has no vector layers</source>
        <translation>%1 中没有矢量图层</translation>
    </message>
    <message>
        <source>Builds a project file from the report text, a plan seed and base maps.</source>
        <translation>根据报告文本、规划种子数据和底图生成项目文件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The report text (UTF-8).</source>
        <translation>报告文本（UTF-8）。</translation>
    </message>
    <message>
        <source>REPORT.txt</source>
        <translation>REPORT.txt</translation>
    </message>
    <message>
        <source>The plan seed (yuncheng-plan-seed/1 JSON).</source>
        <translation>规划种子数据（yuncheng-plan-seed/1 JSON）。</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>要写出的项目文件。</translation>
    </message>
    <message>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <source>A GeoPackage whose vector layers become base layers (repeatable).</source>
        <translation>其矢量图层将作为底图的 GeoPackage（可重复指定）。</translation>
    </message>
    <message>
        <source>BASE.gpkg</source>
        <translation>BASE.gpkg</translation>
    </message>
    <message>
        <source>Usage: yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</source>
        <translation>用法：yuncheng-planner new --report REPORT.txt --plan PLAN.json --out PROJECT.gpkg [--base BASE.gpkg]...</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>  features: %1 (%2 points, %3 lines, %4 areas)</source>
        <translation>  要素：%1 个（点 %2，线 %3，面 %4）</translation>
    </message>
    <message>
        <source>  sentences linked: %1 of %2</source>
        <translation>  已关联句子：%1 / %2</translation>
    </message>
    <message>
        <source>  targets linked: %1 of %2</source>
        <translation>  已关联目标：%1 / %2</translation>
    </message>
    <message>
        <source>  base layers: %1</source>
        <translation>  底图图层：%1</translation>
    </message>
    <message>
        <source>build a project file from the report, a plan seed and base maps</source>
        <translation>根据报告、规划种子数据和底图生成项目文件</translation>
    </message>
</context>
</TS>
