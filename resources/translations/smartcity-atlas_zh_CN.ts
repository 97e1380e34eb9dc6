<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Smart City Atlas</source>
        <translation>智慧城市分布图谱</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>The dataset was not loaded; showing the built-in data instead.</source>
        <translation>数据集未能载入，改为显示内置数据。</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudies</name>
    <message>
        <source>%1 must be an object with "zh" and "en", not %2</source>
        <translation>%1 必须是包含 "zh" 和 "en" 的对象，而不是%2</translation>
    </message>
    <message>
        <source>%1 has no Chinese text ("zh")</source>
        <translation>%1 缺少中文文本（"zh"）</translation>
    </message>
    <message>
        <source>%1 has no English text ("en")</source>
        <translation>%1 缺少英文文本（"en"）</translation>
    </message>
    <message>
        <source>%1 has no "%2" (where in the report it comes from)</source>
        <translation>%1 缺少 "%2"（在报告中的出处）</translation>
    </message>
    <message>
        <source>missing "id"</source>
        <translation>缺少 "id"</translation>
    </message>
    <message>
        <source>"positioning"</source>
        <translation>"positioning"</translation>
    </message>
    <message>
        <source>the positioning</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>"%1" must be an array, not %2</source>
        <translation>"%1" 必须是数组，而不是%2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>第 %1 份文件</translation>
    </message>
    <message>
        <source>%1: date "%2" is not YYYY, YYYY-MM, YYYY/YYYY or null</source>
        <translation>%1：日期 "%2" 不是 YYYY、YYYY-MM、YYYY/YYYY 或 null</translation>
    </message>
    <message>
        <source>figure %1</source>
        <translation>第 %1 个数字</translation>
    </message>
    <message>
        <source>%1 has no "value"</source>
        <translation>%1 缺少 "value"</translation>
    </message>
    <message>
        <source>domain %1: unknown id "%2"</source>
        <translation>第 %1 个领域：未知 id "%2"</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>第 %1 个领域</translation>
    </message>
    <message>
        <source>centre %1</source>
        <translation>第 %1 个中心</translation>
    </message>
    <message>
        <source>"source"</source>
        <translation>"source"</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: domain %2 needs "id", "zh" and "en"</source>
        <translation>%1：第 %2 个领域需要 "id"、"zh" 和 "en"</translation>
    </message>
    <message>
        <source>%1: domain %2: duplicate id "%3"</source>
        <translation>%1：第 %2 个领域：id "%3" 重复</translation>
    </message>
    <message>
        <source>%1: no "cities" array</source>
        <translation>%1：缺少 "cities" 数组</translation>
    </message>
    <message>
        <source>case study %1</source>
        <translation>第 %1 个案例</translation>
    </message>
    <message>
        <source>case study %1 (id %2)</source>
        <translation>第 %1 个案例（id %2）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1: %2: duplicate id</source>
        <translation>%1：%2：id 重复</translation>
    </message>
    <message>
        <source>case study %1 names no city of the dataset</source>
        <translation>案例 %1 不对应数据集中的任何城市</translation>
    </message>
    <message>
        <source>%1 has no "date" (null for a plan the report gives no date for)</source>
        <translation>%1 缺少 "date"（报告未给出日期的规划请写 null）</translation>
    </message>
    <message>
        <source>"%1" must be a string, not %2</source>
        <translation>“%1”必须是字符串，而不是%2</translation>
    </message>
    <message>
        <source>"%1" is too long (%2 characters, at most %3)</source>
        <translation>“%1”过长（%2 个字符，最多 %3 个）</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1必须是对象，而不是%2</translation>
    </message>
    <message>
        <source>%1: "date" must be a string (YYYY, YYYY-MM or YYYY/YYYY) or null, not %2</source>
        <translation>%1：“date”必须是字符串（YYYY、YYYY-MM 或 YYYY/YYYY）或 null，而不是%2</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with "source", "domains" and "cities"</source>
        <translation>%1：顶层必须是含有“source”“domains”和“cities”的对象</translation>
    </message>
    <message>
        <source>%1: "domains" must be an array, not %2</source>
        <translation>%1：“domains”必须是数组，而不是%2</translation>
    </message>
    <message>
        <source>%1: the "cities" array is empty</source>
        <translation>%1：“cities”数组为空</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudiesView</name>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudy</name>
    <message>
        <source>%1–%2</source>
        <comment>span of years</comment>
        <translation>%1—%2年</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudyRenderer</name>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <source>The report gives no figures for this city.</source>
        <translation>报告未给出该城市的数字。</translation>
    </message>
    <message>
        <source>Plans and documents</source>
        <translation>规划与文件</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>The report names no plan or document for this city.</source>
        <translation>报告未提及该城市的规划或文件。</translation>
    </message>
    <message>
        <source>Experience and showcase centres</source>
        <translation>体验与展示中心</translation>
    </message>
    <message>
        <source>Application domains</source>
        <translation>应用领域</translation>
    </message>
    <message>
        <source>The five case-study cities compared</source>
        <translation>五个典型智慧城市对比</translation>
    </message>
    <message>
        <source>Application domains the report names for each city, and when their plans date from</source>
        <translation>报告为各城市列出的应用领域，以及其规划的时间</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans and documents by year</source>
        <translation>按年份排列的规划与文件</translation>
    </message>
    <message>
        <source>no plan named in the report</source>
        <translation>报告未提及规划</translation>
    </message>
    <message numerus="yes">
        <source>+%n undated</source>
        <translation>
            <numerusform>另有 %n 份未注明日期</numerusform>
        </translation>
    </message>
    <message>
        <source>● a dated plan or document   ▬ the period a plan covers   undated ones are counted</source>
        <translation>● 有日期的规划或文件   ▬ 规划覆盖的时期   未注明日期的仅计数</translation>
    </message>
    <message>
        <source>The current dataset has no city with the code %1, so this case study cannot be shown. Open the built-in dataset to see it.</source>
        <translation>当前数据集中没有代码为 %1 的城市，因此无法显示此案例。请打开内置数据集查看。</translation>
    </message>
</context>
<context>
    <name>atlas::ChartViews</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>atlas::CitiesView</name>
    <message>
        <source>The report gives only the tier totals. Which city is in which tier, and which are smart, is reconstructed from public pilot lists: the Evidence and Basis columns say what each city rests on. Double-click a tier or status to change it; every chart follows.</source>
        <translation>报告只给出了各级城市的总数。哪座城市属于哪一级、哪些在建设智慧城市，是依据公开的试点名单重建的：“依据”和“说明”两列注明了每座城市的出处。双击级别或状态可以修改，所有图表随之更新。</translation>
    </message>
    <message>
        <source>Search city or province, in Chinese or English</source>
        <translation>搜索城市或省份（中文或英文）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cities</source>
        <translation>显示 %1 / %2 座城市</translation>
    </message>
</context>
<context>
    <name>atlas::City</name>
    <message>
        <source>Named in the report</source>
        <translation>报告点名</translation>
    </message>
    <message>
        <source>Documented pilot list</source>
        <translation>有据可查的试点名单</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Smart city</source>
        <translation>智慧城市</translation>
    </message>
    <message>
        <source>Not yet smart</source>
        <translation>尚未开展</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>一级城市</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>二级城市</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>三级城市</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1级城市</translation>
    </message>
    <message>
        <source>Edited by the user</source>
        <translation>用户修改</translation>
    </message>
</context>
<context>
    <name>atlas::CityDataset</name>
    <message>
        <source>built-in %1</source>
        <translation>内置 %1</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with a "cities" array</source>
        <translation>%1：顶层必须是包含 "cities" 数组的对象</translation>
    </message>
    <message>
        <source>%1: no "cities" array</source>
        <translation>%1：缺少 "cities" 数组</translation>
    </message>
    <message>
        <source>%1: the "cities" array is empty</source>
        <translation>%1："cities" 数组为空</translation>
    </message>
    <message>
        <source>city record %1</source>
        <translation>第 %1 条城市记录</translation>
    </message>
    <message>
        <source>%1: %2: must be an object, not %3</source>
        <translation>%1：%2：必须是对象，而不是%3</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（id %2）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1: %2: duplicate id, already used by city record %3 (%4)</source>
        <translation>%1：%2：id 重复，已被第 %3 条城市记录使用（%4）</translation>
    </message>
    <message>
        <source>missing field "%1"</source>
        <translation>缺少字段 "%1"</translation>
    </message>
    <message>
        <source>field "%1" must be a string, not %2</source>
        <translation>字段 "%1" 必须是字符串，而不是%2</translation>
    </message>
    <message>
        <source>field "%1" is empty</source>
        <translation>字段 "%1" 为空</translation>
    </message>
    <message>
        <source>field "%1" must be a number, not %2</source>
        <translation>字段 "%1" 必须是数字，而不是%2</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>纬度 %1 超出范围（-90 至 90）</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>经度 %1 超出范围（-180 至 180）</translation>
    </message>
    <message>
        <source>unknown tier %1 (must be 1, 2 or 3)</source>
        <translation>未知级别 %1（必须为 1、2 或 3）</translation>
    </message>
    <message>
        <source>missing field "smart"</source>
        <translation>缺少字段 "smart"</translation>
    </message>
    <message>
        <source>field "smart" must be true or false, not %1</source>
        <translation>字段 "smart" 必须是 true 或 false，而不是%1</translation>
    </message>
    <message>
        <source>field "%1" is too long (%2 characters, at most %3): %4</source>
        <translation>字段“%1”过长（%2 个字符，最多 %3 个）：%4</translation>
    </message>
    <message>
        <source>field "%1" must be a finite number</source>
        <translation>字段“%1”必须是有限的数字</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: "%2" must be a string, not %3</source>
        <translation>%1：“%2”必须是字符串，而不是%3</translation>
    </message>
    <message>
        <source>%1: "%2" is too long (%3 characters, at most %4): %5</source>
        <translation>%1：“%2”过长（%3 个字符，最多 %4 个）：%5</translation>
    </message>
    <message>
        <source>unknown evidence "%1" (must be report, documented, unverified, edited or none)</source>
        <translation>未知的依据“%1”（必须是 report、documented、unverified、edited 或 none）</translation>
    </message>
</context>
<context>
    <name>atlas::CityEditCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>将%1设为%2</translation>
    </message>
    <message>
        <source>Edited by the user on %1 (before: %2)</source>
        <translation>用户于 %1 修改（原为：%2）</translation>
    </message>
    <message>
        <source>Set %1 to smart city</source>
        <translation>将%1设为智慧城市</translation>
    </message>
    <message>
        <source>Set %1 to not yet smart</source>
        <translation>将%1设为尚未开展</translation>
    </message>
</context>
<context>
    <name>atlas::CityImport</name>
    <message>
        <source>%1: no cities (a header row and at least one row of data are needed)</source>
        <translation>%1：没有城市（需要一行表头和至少一行数据）</translation>
    </message>
    <message>
        <source>%1:%2: no column names the city (城市, name, city or code)</source>
        <translation>%1:%2：没有表示城市的列（城市、name、city 或 code）</translation>
    </message>
    <message>
        <source>%1:%2: no tier column (等级, 城市等级, tier or level)</source>
        <translation>%1:%2：没有等级列（等级、城市等级、tier 或 level）</translation>
    </message>
    <message>
        <source>%1:%2: no smart-city column (是否智慧城市, 智慧城市 or smart)</source>
        <translation>%1:%2：没有智慧城市列（是否智慧城市、智慧城市或 smart）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: tier "%2" is not 1, 2 or 3 (一级, 二线, Tier 2 …)</source>
        <translation>%1：等级“%2”不是 1、2 或 3（一级、二线、Tier 2 等）</translation>
    </message>
    <message>
        <source>%1: "%2" does not say whether it is a smart city (是/否, yes/no, 1/0)</source>
        <translation>%1：“%2”未说明是否为智慧城市（是/否、yes/no、1/0）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1: more than one city has this name: %2; add a province column</source>
        <translation>%1：不止一个城市叫这个名字：%2；请添加省份列</translation>
    </message>
    <message>
        <source>the row names no city</source>
        <translation>该行没有城市名</translation>
    </message>
    <message>
        <source>%1: no such city in the gazetteer of prefecture-level cities; give its latitude and longitude</source>
        <translation>%1：地级行政区名录中没有这个城市；请给出其纬度和经度</translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation>来自 %1 第 %2 行</translation>
    </message>
    <message>
        <source>%1 (%2) is already on line %3</source>
        <translation>%1（%2）已在第 %3 行</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <source>%1: cannot use %2 of its rows:</source>
        <translation>%1：有 %2 行无法使用：</translation>
    </message>
    <message>
        <source>%1: no row could be used</source>
        <translation>%1：没有可用的行</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Correct them in the file, or leave them out (on the command line: --skip-unmatched).</source>
        <translation>请在文件中更正，或略过这些行（命令行：--skip-unmatched）。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>atlas::CityTableModel</name>
    <message>
        <source>%1 %2 (%3 %4)
%5 · %6
Evidence: %7
%8</source>
        <translation>%1 %2（%3 %4）
%5 · %6
依据：%7
%8</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>atlas::CommandLine</name>
    <message>
        <source>Load the city dataset from FILE instead of the built-in data.</source>
        <translation>从 FILE 载入城市数据集，代替内置数据。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Interface language: zh or en (default: the system's).</source>
        <translation>界面语言：zh 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>A command (see above).</source>
        <translation>命令（见上）。</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>参数过多：%1</translation>
    </message>
    <message>
        <source>Unknown command "%1". Commands: %2</source>
        <translation>未知命令 "%1"。可用命令：%2</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>未给出命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text, csv or json.</source>
        <translation>未知格式 "%1"：请使用 text、csv 或 json。</translation>
    </message>
    <message>
        <source>Use FILE, a GeoJSON map of provinces (gb_code, name_zh, name_en), as the base map instead of the built-in one.</source>
        <translation>以 FILE（含 gb_code、name_zh、name_en 的省级 GeoJSON 地图）作为底图，代替内置底图。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Unknown view "%1": use %2.</source>
        <translation>未知视图 "%1"：请使用 %2。</translation>
    </message>
    <message>
        <source>View to export or render (see the views command).</source>
        <translation>要导出或绘制的视图（见 views 命令）。</translation>
    </message>
    <message>
        <source>Size in logical pixels, e.g. 1920x1080 (the layout's size).</source>
        <translation>逻辑像素尺寸，如 1920x1080（版面的尺寸）。</translation>
    </message>
    <message>
        <source>Overwrite existing output files.</source>
        <translation>覆盖已存在的输出文件。</translation>
    </message>
    <message>
        <source>Pixels per logical pixel for PNG and JPEG, e.g. 2 for a sharper image.</source>
        <translation>PNG 和 JPEG 每个逻辑像素对应的像素数，如 2 可得到更清晰的图像。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Transparent background (PNG and SVG).</source>
        <translation>透明背景（PNG 和 SVG）。</translation>
    </message>
    <message>
        <source>PDF page: view (the view's size), a4 or a3 (landscape).</source>
        <translation>PDF 页面：view（视图尺寸）、a4 或 a3（横向）。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Export every view into the folder -o DIR.</source>
        <translation>将所有视图导出到文件夹 -o DIR。</translation>
    </message>
    <message>
        <source>Export every view into one PDF handout, a view a page.</source>
        <translation>将所有视图导出为一份 PDF 讲义，每页一个视图。</translation>
    </message>
    <message>
        <source>Output format: text, csv or json for summary; png, jpg, svg or pdf for export (default: from the file name).</source>
        <translation>输出格式：summary 为 text、csv 或 json；export 为 png、jpg、svg 或 pdf（默认按文件名判断）。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use png, jpg, svg or pdf.</source>
        <translation>未知格式 "%1"：请使用 png、jpg、svg 或 pdf。</translation>
    </message>
    <message>
        <source>Unknown page "%1": use view, a4 or a3.</source>
        <translation>未知页面 "%1"：请使用 view、a4 或 a3。</translation>
    </message>
    <message>
        <source>Use --force to overwrite.</source>
        <translation>如需覆盖请使用 --force。</translation>
    </message>
    <message>
        <source>No output given: use -o FILE (or -o DIR with --all).</source>
        <translation>未指定输出：请使用 -o FILE（或配合 --all 使用 -o DIR）。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>SVG: turn text into outlines, for viewers without the font.</source>
        <translation>SVG：将文字转为轮廓，供缺少字体的查看器使用。</translation>
    </message>
    <message>
        <source>Load the case studies from FILE (same format as the built-in case-studies.json) instead of the built-in ones.</source>
        <translation>从 FILE 读取案例（格式同内置的 case-studies.json），代替内置案例。</translation>
    </message>
    <message>
        <source>Write to FILE (or into the folder DIR with --all); - is standard output.</source>
        <translation>写入 FILE（使用 --all 时写入文件夹 DIR）；- 表示标准输出。</translation>
    </message>
    <message>
        <source>Bad size "%1": give WIDTHxHEIGHT in pixels, e.g. 1920x1080.</source>
        <translation>尺寸“%1”有误：请以像素给出 宽x高，例如 1920x1080。</translation>
    </message>
    <message>
        <source>Bad scale "%1": give a number, e.g. 2.</source>
        <translation>缩放“%1”有误：请给出一个数字，例如 2。</translation>
    </message>
    <message>
        <source>--size %1 --scale %2: %3</source>
        <translation>--size %1 --scale %2：%3</translation>
    </message>
    <message>
        <source>--all writes a file per view and needs a folder, not standard output.</source>
        <translation>--all 为每个视图写一个文件，需要一个文件夹，不能写到标准输出。</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: auto (default), utf-8 or gb18030 (GBK).</source>
        <translation>CSV 文件的编码：auto（默认）、utf-8 或 gb18030（GBK）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Leave out rows of an imported list that name no known city, instead of refusing the file.</source>
        <translation>略过导入名单中无法识别城市的行，而不是拒绝整个文件。</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use auto, utf-8 or gb18030.</source>
        <translation>未知编码“%1”：请使用 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>%1: left out %2 of its rows:</source>
        <translation>%1：略过了 %2 行：</translation>
    </message>
    <message>
        <source>convert needs -o FILE.json or -o FILE.csv.</source>
        <translation>convert 需要 -o FILE.json 或 -o FILE.csv。</translation>
    </message>
    <message>
        <source>The sheet of an XLSX workbook to read (default: the first).</source>
        <translation>要读取的 XLSX 工作簿中的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Smart City Atlas: smart-city coverage of China's tier 1-3 cities.

Without a command, opens the main window.

Commands:
  summary   Print smart-city coverage per tier and exit.
  render    Draw a view (map or case study) to a PNG file and exit (--view, -o, --size).
  convert   Convert a city list (--data: JSON, CSV or XLSX) to -o FILE.json or FILE.csv.</source>
        <translation>智慧城市分布图谱：我国一、二、三级城市的智慧城市覆盖情况。

不带命令时打开主窗口。

命令：
  summary   输出各级城市的智慧城市覆盖率后退出。
  render    将视图（地图或典型案例）绘制为 PNG 文件后退出（--view、-o、--size）。
  convert   将城市名单（--data：JSON、CSV 或 XLSX）转换为 -o FILE.json 或 FILE.csv。</translation>
    </message>
</context>
<context>
    <name>atlas::CoverageChart</name>
    <message>
        <source>Smart-city coverage by city tier</source>
        <translation>各级城市的智慧城市覆盖率</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>城市级别</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>覆盖率（%）</translation>
    </message>
</context>
<context>
    <name>atlas::CsvReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>超过 %1 行</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters: %2</source>
        <translation>有字段超过 %1 个字符：%2</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a " is missing)</source>
        <translation>带引号的字段未闭合（缺少一个 "）</translation>
    </message>
</context>
<context>
    <name>atlas::DeckDialog</name>
    <message>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Default slides</source>
        <translation>默认幻灯片</translation>
    </message>
    <message>
        <source>Tick the slides to show; drag or use the buttons to order them.</source>
        <translation>勾选要放映的幻灯片；拖动或使用按钮调整顺序。</translation>
    </message>
</context>
<context>
    <name>atlas::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 图形（矢量）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>Current view size (%1×%2)</source>
        <translation>当前视图尺寸（%1×%2）</translation>
    </message>
    <message>
        <source>A4 landscape (PDF)</source>
        <translation>A4 横向（PDF）</translation>
    </message>
    <message>
        <source>A3 landscape (PDF)</source>
        <translation>A3 横向（PDF）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Pixels per layout pixel in PNG and JPEG: 2× is sharp on high-DPI screens and projectors. The view is drawn again at that size, never enlarged from the screen.</source>
        <translation>PNG 和 JPEG 中每个版面像素对应的像素数：2× 在高分屏和投影仪上清晰。视图会按该尺寸重新绘制，而不是从屏幕放大。</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Transparent (PNG, SVG)</source>
        <translation>透明（PNG、SVG）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择导出的文件。</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Any existing file is unchanged.</source>
        <translation>已有文件未被改动。</translation>
    </message>
    <message>
        <source>Text as outlines (SVG, for viewers without the font)</source>
        <translation>文字转为轮廓（SVG，供缺少字体的查看器使用）</translation>
    </message>
</context>
<context>
    <name>atlas::ExportSettings</name>
    <message>
        <source>The size %1×%2 is not possible: each side must be from %3 to %4.</source>
        <translation>无法使用尺寸 %1×%2：每边须在 %3 到 %4 之间。</translation>
    </message>
    <message>
        <source>The scale %1 is not possible: it must be above 0 and at most %2.</source>
        <translation>无法使用缩放 %1：须大于 0 且不超过 %2。</translation>
    </message>
    <message>
        <source>The JPEG quality %1 is not possible: it must be from 0 to 100.</source>
        <translation>无法使用 JPEG 质量 %1：须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>%1×%2 at scale %3 makes an image of %4×%5 pixels: each side must be from %6 to %7.</source>
        <translation>%1×%2 按 %3 倍缩放后为 %4×%5 像素的图像：每边须在 %6 到 %7 之间。</translation>
    </message>
    <message>
        <source>An image of %1×%2 pixels would need %3 of memory; at most %4 pixels (%5) can be exported. Choose a smaller size or scale, or PDF or SVG.</source>
        <translation>%1×%2 像素的图像需要 %3 内存；最多只能导出 %4 像素（%5）。请选择较小的尺寸或缩放，或改用 PDF、SVG。</translation>
    </message>
</context>
<context>
    <name>atlas::Exporter</name>
    <message>
        <source>Unknown view "%1".</source>
        <translation>未知视图 "%1"。</translation>
    </message>
    <message>
        <source>Made with Smart City Atlas</source>
        <translation>由智慧城市分布图谱生成</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Smart City Atlas: handout</source>
        <translation>智慧城市分布图谱：讲义</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1×%2 pixels.</source>
        <translation>内存不足，无法生成 %1×%2 像素的图像。</translation>
    </message>
    <message>
        <source>The view "%1" could not be encoded as %2.</source>
        <translation>无法将视图“%1”编码为 %2。</translation>
    </message>
    <message>
        <source>The handout could not be encoded as PDF.</source>
        <translation>无法将讲义编码为 PDF。</translation>
    </message>
</context>
<context>
    <name>atlas::FileKind</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>atlas::Gazetteer</name>
    <message>
        <source>%1: no header row</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1: no column "%2"</source>
        <translation>%1：没有“%2”列</translation>
    </message>
    <message>
        <source>%1:%2: a row needs gb_code, name_zh and coordinates in range</source>
        <translation>%1:%2：每行需要 gb_code、name_zh 和范围内的坐标</translation>
    </message>
    <message>
        <source>%1:%2: duplicate gb_code %3</source>
        <translation>%1:%2：gb_code %3 重复</translation>
    </message>
</context>
<context>
    <name>atlas::InputFile</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1, not a regular file; only files can be read</source>
        <translation>这是%1，不是普通文件；只能读取文件</translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2 for this kind of file</source>
        <translation>文件大小为 %1，超过此类文件 %2 的上限</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 for this kind of file</source>
        <translation>文件超过此类文件 %1 的上限</translation>
    </message>
</context>
<context>
    <name>atlas::JsonDiagnostics</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3：JSON 格式错误：%4</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the file is in UTF-16 or UTF-32; save it as UTF-8</source>
        <translation>%1：文件为 UTF-16 或 UTF-32 编码；请另存为 UTF-8</translation>
    </message>
    <message>
        <source> (strings need double quotes)</source>
        <translation>（字符串须用双引号）</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（共 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>"version" must be the number 1, not %1</source>
        <translation>“version”必须是数字 1，而不是%1</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version 1)</source>
        <translation>不支持的版本 %1（本程序读取版本 1）</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Open city dataset</source>
        <translation>打开城市数据集</translation>
    </message>
    <message>
        <source>Smart City Atlas</source>
        <translation>智慧城市分布图谱</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
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
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Smart City Atlas</source>
        <translation>关于智慧城市分布图谱(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2/%3 (%4)</source>
        <translation>%1：%2/%3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>%n 座城市</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart</source>
        <translation>
            <numerusform>%n 座智慧城市</numerusform>
        </translation>
    </message>
    <message>
        <source>City assignment reconstructed (see Cities › Evidence)</source>
        <translation>城市分级为重建结果（见“城市”›“依据”）</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>The dataset was not loaded; the current data is unchanged.</source>
        <translation>数据集未载入，当前数据保持不变。</translation>
    </message>
    <message>
        <source>About Smart City Atlas</source>
        <translation>关于智慧城市分布图谱</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Smart City Atlas %1&lt;/h3&gt;&lt;p&gt;Smart-city coverage of China's tier 1, 2 and 3 cities, after the CCID report: tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 (34.3%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The city assignment is a reconstruction.&lt;/b&gt; The report gives the tier totals only. Which city is in which tier, and which are smart, was rebuilt city by city from public pilot lists; each city shows its evidence and basis.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Data keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;智慧城市分布图谱 %1&lt;/h3&gt;&lt;p&gt;依据赛迪报告，我国一、二、三级城市的智慧城市覆盖情况：一级城市 3 个中 3 个（100%）；二级城市 31 个中 23 个（74.2%）；三级城市 67 个中 23 个（34.3%）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;城市分级为重建结果。&lt;/b&gt;报告只给出各级城市的总数。哪座城市属于哪一级、哪些在建设智慧城市，是依据公开试点名单逐城重建的；每座城市都注明了依据和说明。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;本软件依据 GNU 通用公共许可证第 3 版或更高版本授权。数据各自沿用其许可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open base map</source>
        <translation>打开底图</translation>
    </message>
    <message>
        <source>GeoJSON maps of provinces (*.geojson *.json);;All files (*)</source>
        <translation>省级 GeoJSON 地图 (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open &amp;base map…</source>
        <translation>打开底图(&amp;B)…</translation>
    </message>
    <message>
        <source>Cannot open base map</source>
        <translation>无法打开底图</translation>
    </message>
    <message>
        <source>The base map was not loaded; the current map is unchanged.</source>
        <translation>底图未载入，当前地图保持不变。</translation>
    </message>
    <message>
        <source>&amp;Case studies</source>
        <translation>典型案例(&amp;C)</translation>
    </message>
    <message>
        <source>Comparison of the five</source>
        <translation>五城对比</translation>
    </message>
    <message>
        <source>Next case study</source>
        <translation>下一个案例</translation>
    </message>
    <message>
        <source>Previous case study</source>
        <translation>上一个案例</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy view as image</source>
        <translation>复制视图为图像(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;all views…</source>
        <translation>导出全部视图(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>导出讲义 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Map as shown</source>
        <translation>当前地图</translation>
    </message>
    <message>
        <source>Copied %1 (%2×%3 pixels) to the clipboard.</source>
        <translation>已将 %1（%2×%3 像素）复制到剪贴板。</translation>
    </message>
    <message>
        <source>Export all views to</source>
        <translation>将全部视图导出到</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export exist in the folder. Replace them?</source>
        <translation>
            <numerusform>该文件夹中已有本次导出的 %n 个文件。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n view(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个视图导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the handout %1.</source>
        <translation>已写入讲义 %1。</translation>
    </message>
    <message>
        <source>&amp;Present from the beginning</source>
        <translation>从头开始放映(&amp;P)</translation>
    </message>
    <message>
        <source>Present from the &amp;current view</source>
        <translation>从当前视图放映(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Slides…</source>
        <translation>幻灯片(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;High-contrast slides (for projectors)</source>
        <translation>高对比度幻灯片（适合投影仪）(&amp;H)</translation>
    </message>
    <message>
        <source>Slide &amp;counter and progress bar</source>
        <translation>页码与进度条(&amp;C)</translation>
    </message>
    <message>
        <source>City lists (*.json *.csv);;All files (*)</source>
        <translation>城市名单 (*.json *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>atlas::MapCanvas</name>
    <message numerus="yes">
        <source>%1
%n smart cities among the tiered cities</source>
        <translation>
            <numerusform>%1
分级城市中有 %n 座智慧城市</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Show all of China (Home)</source>
        <translation>显示全国（Home）</translation>
    </message>
</context>
<context>
    <name>atlas::MapOptions</name>
    <message>
        <source>Tier-2 cities</source>
        <translation>二级城市</translation>
    </message>
    <message>
        <source>Tier-3 cities</source>
        <translation>三级城市</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>Smart cities among tier-2 cities</source>
        <translation>二级城市中智慧城市的分布</translation>
    </message>
    <message>
        <source>Smart cities among tier-3 cities</source>
        <translation>三级城市中智慧城市的分布</translation>
    </message>
    <message>
        <source>Smart cities among China's tier 1–3 cities</source>
        <translation>我国一、二、三级城市中智慧城市的分布</translation>
    </message>
    <message>
        <source>Smart city (filled)</source>
        <translation>智慧城市（实心）</translation>
    </message>
    <message>
        <source>Not yet smart (hollow)</source>
        <translation>尚未开展（空心）</translation>
    </message>
    <message>
        <source>Case-study city in the report</source>
        <translation>报告中的典型案例城市</translation>
    </message>
    <message>
        <source>Smart cities per province</source>
        <translation>各省份智慧城市数量</translation>
    </message>
    <message>
        <source>%1 km (true at the map centre)</source>
        <translation>%1 公里（地图中心处准确）</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation>南海诸岛</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>Shade provinces</source>
        <translation>省份着色</translation>
    </message>
    <message>
        <source>Shade each province by its number of smart cities</source>
        <translation>按各省智慧城市数量为省份着色</translation>
    </message>
    <message>
        <source>Find a city (中文 or English)</source>
        <translation>查找城市（中文或英文）</translation>
    </message>
</context>
<context>
    <name>atlas::Navigator</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>典型案例</translation>
    </message>
</context>
<context>
    <name>atlas::OutputFile</name>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>未给出文件名。</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it is never written to.</source>
        <translation>%1 是%2，不是文件；不会向其写入。</translation>
    </message>
    <message>
        <source>%1 exists (a symbolic link) and was not overwritten.</source>
        <translation>%1 已存在（符号链接），未覆盖。</translation>
    </message>
    <message>
        <source>%1 exists and was not overwritten.</source>
        <translation>%1 已存在，未覆盖。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was changed.</source>
        <translation>无法写入 %1：%2；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>atlas::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>放映</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Go to slide %1…</source>
        <translation>转到第 %1 页…</translation>
    </message>
</context>
<context>
    <name>atlas::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>已用时 %1:%2</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>放映结束</translation>
    </message>
</context>
<context>
    <name>atlas::ProvinceChart</name>
    <message>
        <source>%1: %2 smart of %3 tiered cities</source>
        <translation>%1：%3 座分级城市中 %2 座为智慧城市</translation>
    </message>
    <message>
        <source>Smart cities per province</source>
        <translation>各省份智慧城市数量</translation>
    </message>
    <message>
        <source>Smart cities among the tiered cities</source>
        <translation>分级城市中的智慧城市数</translation>
    </message>
</context>
<context>
    <name>atlas::ProvinceSummaryModel</name>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Smart cities</source>
        <translation>智慧城市</translation>
    </message>
    <message>
        <source>Tiered cities</source>
        <translation>分级城市</translation>
    </message>
</context>
<context>
    <name>atlas::SourceNote</name>
    <message>
        <source>Source: tier totals from the CCID smart-city report. Which city is in which tier, and which are smart, is a reconstruction from public pilot lists (evidence per city).</source>
        <translation>资料来源：各级城市总数来自赛迪智慧城市报告。哪座城市属于哪一级、哪些在建设智慧城市，系依据公开试点名单重建（每座城市附依据）。</translation>
    </message>
    <message>
        <source>Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base map: Natural Earth. City locations © GeoNames, CC BY 4.0. Illustration only, not a standard map of China.</source>
        <translation>省界：DCW-GMT © The GMT Team，LGPL-3.0-or-later（已简化）。底图：Natural Earth。城市位置 © GeoNames，CC BY 4.0。仅为示意图，不是标准中国地图。</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>底图：%1。</translation>
    </message>
    <message>
        <source>Tier totals: CCID (China Center for Information Industry Development) smart-city report. City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists (housing ministry batches 1 and 2; science ministry and standards administration; surveying administration); each city carries its evidence. City locations © GeoNames, CC BY 4.0. Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base map: Natural Earth (public domain). The built-in map follows de facto boundaries and is an illustration, not a standard map of China; load an approved base map (File › Open base map) for official use.</source>
        <translation>各级城市总数：中国电子信息产业发展研究院（赛迪）智慧城市报告。城市级别与智慧城市状态：依据 2013 年国家智慧城市试点名单重建（住房和城乡建设部第一、二批；科技部和国家标准委；国家测绘地理信息局），每座城市均附依据。城市位置 © GeoNames，CC BY 4.0。省界：DCW-GMT © The GMT Team，LGPL-3.0-or-later（已简化）。底图：Natural Earth（公有领域）。内置地图按实际管辖线绘制，仅为示意图，不是标准中国地图；正式场合请载入经审核的底图（文件 › 打开底图）。</translation>
    </message>
    <message>
        <source>Data: %1 (the file names no source).</source>
        <translation>数据：%1（文件未注明来源）。</translation>
    </message>
    <message>
        <source>Source: %1. Data file: %2.</source>
        <translation>资料来源：%1。数据文件：%2。</translation>
    </message>
    <message>
        <source>Edited by the user (%1 changes).</source>
        <translation>经用户修改（%1 处）。</translation>
    </message>
    <message>
        <source>Source: the built-in reconstruction of the CCID smart-city report's tier totals, edited by the user (%1 changes); these figures are not the report's.</source>
        <translation>资料来源：依据赛迪智慧城市报告各级城市总数的内置重建数据，经用户修改（%1 处）；这些数字并非报告原数。</translation>
    </message>
</context>
<context>
    <name>atlas::SourceText</name>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>UTF-16 text needs a byte-order mark; save the file as UTF-8</source>
        <translation>UTF-16 文本需要字节顺序标记；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>文件不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; if Excel or WPS saved it, choose the GB18030 (GBK) encoding</source>
        <translation>文件不是有效的 UTF-8；如果是 Excel 或 WPS 保存的，请选择 GB18030（GBK）编码</translation>
    </message>
    <message>
        <source>GB18030 text cannot be read on this system (Qt was built without ICU)</source>
        <translation>本系统无法读取 GB18030 文本（Qt 构建时未带 ICU）</translation>
    </message>
    <message>
        <source>the file is not valid GB18030 (GBK) text; try UTF-8</source>
        <translation>文件不是有效的 GB18030（GBK）文本；请尝试 UTF-8</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 (GBK) text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030（GBK）文本</translation>
    </message>
</context>
<context>
    <name>atlas::SummaryFormat</name>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市数</translation>
    </message>
    <message>
        <source>Smart</source>
        <translation>智慧城市</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Smart-city coverage by city tier</source>
        <translation>各级城市的智慧城市覆盖率</translation>
    </message>
    <message>
        <source>Tier totals: CCID report. Which city is in which tier, and which are smart, is a reconstruction from public pilot lists (evidence per city).</source>
        <translation>各级城市总数：赛迪报告。哪座城市属于哪一级、哪些在建设智慧城市，系依据公开试点名单重建（每座城市附依据）。</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Data: the user's file, which names no source.</source>
        <translation>数据：用户的文件，未注明来源。</translation>
    </message>
</context>
<context>
    <name>atlas::TierStackChart</name>
    <message>
        <source>%1 · %2: %3 of %4 cities</source>
        <translation>%1 · %2：%4 座城市中 %3 座</translation>
    </message>
    <message>
        <source>Smart and not-yet-smart cities per tier</source>
        <translation>各级城市中的智慧城市与尚未开展的城市</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>城市级别</translation>
    </message>
    <message>
        <source>Number of cities</source>
        <translation>城市数量</translation>
    </message>
</context>
<context>
    <name>atlas::TierSummaryModel</name>
    <message>
        <source>%1: %2 of %3 cities (%4)</source>
        <translation>%1：%3 座城市中 %2 座（%4）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市数</translation>
    </message>
    <message>
        <source>Smart cities</source>
        <translation>智慧城市</translation>
    </message>
    <message>
        <source>Not yet smart</source>
        <translation>尚未开展</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Smart / all</source>
        <translation>智慧城市 / 全部</translation>
    </message>
</context>
<context>
    <name>atlas::TitleSlide</name>
    <message>
        <source>Smart cities in China's tier 1–3 cities</source>
        <translation>我国一、二、三级城市的智慧城市</translation>
    </message>
    <message>
        <source>Coverage by city tier, after the CCID smart-city report</source>
        <translation>各级城市的智慧城市覆盖率，依据赛迪智慧城市报告</translation>
    </message>
    <message>
        <source>%1 of %2 cities</source>
        <translation>%2 座城市中的 %1 座</translation>
    </message>
</context>
<context>
    <name>atlas::XlsxReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>工作簿中没有部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 when unpacked</source>
        <translation>部件 %1 解压后超过 %2</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>无法解压部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is damaged or too large</source>
        <translation>部件 %1 已损坏或过大</translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML: %1</source>
        <translation>xl/workbook.xml 不是有效的 XML：%1</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (not a zip archive)</source>
        <translation>%1：不是 XLSX 工作簿（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not an XLSX workbook (not a zip archive)</source>
        <translation>不是 XLSX 工作簿（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>no sheet "%1"; the sheets are: %2</source>
        <translation>没有工作表“%1”；现有工作表：%2</translation>
    </message>
    <message>
        <source>the sheet "%1" has no part</source>
        <translation>工作表“%1”没有对应的部件</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML: %1</source>
        <translation>xl/sharedStrings.xml 不是有效的 XML：%1</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>超过 %1 行</translation>
    </message>
    <message>
        <source>row %1: cell %2 is beyond column %3</source>
        <translation>第 %1 行：单元格 %2 超出第 %3 列</translation>
    </message>
    <message>
        <source>row %1: a cell refers to shared string %2, which does not exist</source>
        <translation>第 %1 行：单元格引用的共享字符串 %2 不存在</translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation>第 %1 行：单元格超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1 is not valid XML: %2</source>
        <translation>%1 不是有效的 XML：%2</translation>
    </message>
</context>
<context>
    <name>atlas::geo::Basemap</name>
    <message>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>feature %1 (id %2)</source>
        <translation>第 %1 个要素（id %2）</translation>
    </message>
    <message>
        <source>%1: no provinces</source>
        <translation>%1：没有省份</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>missing property "%1" (gb_code, name_zh and name_en are required)</source>
        <translation>缺少属性 "%1"（gb_code、name_zh 和 name_en 为必需）</translation>
    </message>
    <message>
        <source>unknown group "%1" (must be mainland, sar or taiwan)</source>
        <translation>未知分组 "%1"（必须为 mainland、sar 或 taiwan）</translation>
    </message>
    <message>
        <source>duplicate gb_code %1, already used by %2</source>
        <translation>gb_code %1 重复，已被%2使用</translation>
    </message>
    <message>
        <source>%1: %2: no province with this gb_code in %3</source>
        <translation>%1：%2：%3 中没有该 gb_code 的省份</translation>
    </message>
    <message>
        <source>%1: no detailed outline of province %2</source>
        <translation>%1：省份 %2 没有详细轮廓</translation>
    </message>
    <message>
        <source>property "%1" is too long (%2 characters, at most 200)</source>
        <translation>属性“%1”过长（%2 个字符，最多 200 个）</translation>
    </message>
    <message>
        <source>property "%1" is not a valid code: %2 (expected text or a whole number from 0 to 999999999999999)</source>
        <translation>属性“%1”不是有效代码：%2（应为文本，或 0 到 999999999999999 之间的整数）</translation>
    </message>
    <message>
        <source>property "%1" must be text, not %2</source>
        <translation>属性“%1”必须是文本，而不是%2</translation>
    </message>
    <message>
        <source>the province has no polygons</source>
        <translation>该省没有多边形</translation>
    </message>
    <message>
        <source>polygon %1, ring %2: %3</source>
        <translation>多边形 %1，环 %2：%3</translation>
    </message>
</context>
<context>
    <name>atlas::geo::GeoJsonReader</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>polygon %1</source>
        <translation>第 %1 个多边形</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>第 %1 个环</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>第 %1 个坐标</translation>
    </message>
    <message>
        <source>a ring must be an array of positions, not %1</source>
        <translation>环必须是坐标数组，而不是%1</translation>
    </message>
    <message numerus="yes">
        <source>the ring has %n position(s), at least 4 are needed</source>
        <translation>
            <numerusform>该环只有 %n 个坐标，至少需要 4 个</numerusform>
        </translation>
    </message>
    <message>
        <source>a position must be an array of numbers, not %1</source>
        <translation>坐标必须是数字数组，而不是%1</translation>
    </message>
    <message numerus="yes">
        <source>a position needs longitude and latitude, found %n number(s)</source>
        <translation>
            <numerusform>坐标需要经度和纬度，只找到 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinate %1 must be a number, not %2</source>
        <translation>坐标分量 %1 必须是数字，而不是%2</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>经度 %1 超出范围（-180 至 180）</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>纬度 %1 超出范围（-90 至 90）</translation>
    </message>
    <message>
        <source>a polygon must be an array of rings, not %1</source>
        <translation>多边形必须是环的数组，而不是%1</translation>
    </message>
    <message>
        <source>the polygon has no rings</source>
        <translation>该多边形没有环</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>该要素没有几何图形</translation>
    </message>
    <message>
        <source>"geometry" must be an object, not %1</source>
        <translation>"geometry" 必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>the geometry has no "type"</source>
        <translation>几何图形缺少 "type"</translation>
    </message>
    <message>
        <source>unsupported geometry type "%1" (only Polygon and MultiPolygon are read)</source>
        <translation>不支持的几何类型 "%1"（只读取 Polygon 和 MultiPolygon）</translation>
    </message>
    <message>
        <source>"coordinates" must be an array, not %1</source>
        <translation>"coordinates" 必须是数组，而不是%1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <source>a "%1"</source>
        <translation>"%1"</translation>
    </message>
    <message>
        <source>an object without "type"</source>
        <translation>缺少 "type" 的对象</translation>
    </message>
    <message>
        <source>%1: the top level must be a GeoJSON FeatureCollection, not %2</source>
        <translation>%1：顶层必须是 GeoJSON FeatureCollection，而不是%2</translation>
    </message>
    <message>
        <source>%1: the FeatureCollection has no "features" array</source>
        <translation>%1：FeatureCollection 缺少 "features" 数组</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>feature %1 (id %2)</source>
        <translation>第 %1 个要素（id %2）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>must be a GeoJSON Feature, not a "%1"</source>
        <translation>必须是 GeoJSON Feature，而不是 "%1"</translation>
    </message>
    <message>
        <source>must be a GeoJSON Feature ("type": "Feature")</source>
        <translation>必须是 GeoJSON Feature（"type": "Feature"）</translation>
    </message>
    <message>
        <source>"properties" must be an object, not %1</source>
        <translation>"properties" 必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>the ring has %1 positions, more than the limit of %2</source>
        <translation>该环有 %1 个坐标点，超过 %2 的上限</translation>
    </message>
    <message>
        <source>the map has more than %1 positions, the limit</source>
        <translation>地图坐标点超过 %1 个的上限</translation>
    </message>
    <message>
        <source>the MultiPolygon has no polygons</source>
        <translation>MultiPolygon 中没有多边形</translation>
    </message>
    <message>
        <source>%1: the map has about %2 positions, more than the limit of %3; simplify it (for example with mapshaper or QGIS) and try again</source>
        <translation>%1：地图约有 %2 个坐标点，超过 %3 的上限；请先简化（例如用 mapshaper 或 QGIS）再试</translation>
    </message>
    <message>
        <source>%1: the FeatureCollection has %2 features, more than the limit of %3</source>
        <translation>%1：FeatureCollection 有 %2 个要素，超过 %3 的上限</translation>
    </message>
</context>
<context>
    <name>atlas::geo::RingValidator</name>
    <message>
        <source>near %1°%2 %3°%4</source>
        <translation>位于 %1°%2 %3°%4 附近</translation>
    </message>
    <message numerus="yes">
        <source>the ring has %n position(s), at least 4 are needed</source>
        <translation>
            <numerusform>该环有 %n 个坐标点，至少需要 4 个</numerusform>
        </translation>
    </message>
    <message>
        <source>the ring is not closed: its last position must repeat the first (%1)</source>
        <translation>环未闭合：最后一个坐标点必须与第一个相同（%1）</translation>
    </message>
    <message>
        <source>the ring is too intricate to check for self-crossings (%1 positions with long overlapping segments); the map was not loaded, simplify the outline and try again</source>
        <translation>该环过于复杂，无法检查自相交（%1 个坐标点，长线段相互重叠）；地图未载入，请简化轮廓后再试</translation>
    </message>
    <message>
        <source>the ring crosses itself: segment %1 (positions %1 to %2) crosses segment %3, %4; the map was not loaded, repair the outline (for example with QGIS's Fix geometries) and try again</source>
        <translation>环自相交：线段 %1（坐标点 %1 到 %2）与线段 %3 相交，%4；地图未载入，请修复轮廓（例如用 QGIS 的“修复几何”）后再试</translation>
    </message>
    <message>
        <source>the ring encloses no area (%1)</source>
        <translation>环未围成面积（%1）</translation>
    </message>
</context>
</TS>