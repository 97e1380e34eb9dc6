<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
</context>
<context>
    <name>atlas::CityDataset</name>
    <message>
        <source>built-in %1</source>
        <translation>内置 %1</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3：JSON 格式错误：%4</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with a &quot;cities&quot; array</source>
        <translation>%1：顶层必须是包含 &quot;cities&quot; 数组的对象</translation>
    </message>
    <message>
        <source>%1: unsupported version %2 (this program reads version 1)</source>
        <translation>%1：不支持的版本 %2（本程序读取第 1 版）</translation>
    </message>
    <message>
        <source>%1: no &quot;cities&quot; array</source>
        <translation>%1：缺少 &quot;cities&quot; 数组</translation>
    </message>
    <message>
        <source>%1: the &quot;cities&quot; array is empty</source>
        <translation>%1：&quot;cities&quot; 数组为空</translation>
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
        <source>missing field &quot;%1&quot;</source>
        <translation>缺少字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string, not %2</source>
        <translation>字段 &quot;%1&quot; 必须是字符串，而不是%2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>字段 &quot;%1&quot; 为空</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a number, not %2</source>
        <translation>字段 &quot;%1&quot; 必须是数字，而不是%2</translation>
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
        <source>missing field &quot;smart&quot;</source>
        <translation>缺少字段 &quot;smart&quot;</translation>
    </message>
    <message>
        <source>field &quot;smart&quot; must be true or false, not %1</source>
        <translation>字段 &quot;smart&quot; 必须是 true 或 false，而不是%1</translation>
    </message>
    <message>
        <source>unknown evidence &quot;%1&quot; (must be report, documented, unverified or none)</source>
        <translation>未知依据 &quot;%1&quot;（必须为 report、documented、unverified 或 none）</translation>
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
        <source>Output format of summary: text, csv or json.</source>
        <translation>summary 的输出格式：text、csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Interface language: zh or en (default: the system&apos;s).</source>
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
        <source>Smart City Atlas: smart-city coverage of China&apos;s tier 1-3 cities.

Without a command, opens the main window.

Commands:
  summary   Print smart-city coverage per tier and exit.</source>
        <translation>智慧城市分布图谱：我国一、二、三级城市的智慧城市覆盖情况。

不带命令时打开主窗口。

命令：
  summary   输出各级城市的智慧城市覆盖率后退出。</translation>
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
        <source>Unknown command &quot;%1&quot;. Commands: %2</source>
        <translation>未知命令 &quot;%1&quot;。可用命令：%2</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>未给出命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation>未知格式 &quot;%1&quot;：请使用 text、csv 或 json。</translation>
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
    <message>
        <source>Share of cities building smart cities</source>
        <translation>开展智慧城市建设的城市比例</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Open city dataset</source>
        <translation>打开城市数据集</translation>
    </message>
    <message>
        <source>City datasets (*.json);;All files (*)</source>
        <translation>城市数据集 (*.json);;所有文件 (*)</translation>
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
        <source>Maps</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Coming next: the distribution of smart cities by tier on an offline map of China, with the report&apos;s tier-2 and tier-3 maps rebuilt, province shading, labels, zoom and hover details.</source>
        <translation>即将推出：在离线中国地图上按级别展示智慧城市分布，重建报告中的二级、三级城市分布图，并提供省份着色、标注、缩放和悬停详情。</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Coming later: detail panes for the report&apos;s five typical smart cities (Beijing, Wuxi, Wuhan, Foshan and Langfang) and a side-by-side comparison of them.</source>
        <translation>稍后推出：报告中五个典型智慧城市（北京、无锡、武汉、佛山、廊坊）的详情页及其并列对比。</translation>
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
        <source>&lt;h3&gt;Smart City Atlas %1&lt;/h3&gt;&lt;p&gt;Smart-city coverage of China&apos;s tier 1, 2 and 3 cities, after the CCID report: tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 (34.3%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The city assignment is a reconstruction.&lt;/b&gt; The report gives the tier totals only. Which city is in which tier, and which are smart, was rebuilt city by city from public pilot lists; each city shows its evidence and basis.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Data keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;智慧城市分布图谱 %1&lt;/h3&gt;&lt;p&gt;依据赛迪报告，我国一、二、三级城市的智慧城市覆盖情况：一级城市 3 个中 3 个（100%）；二级城市 31 个中 23 个（74.2%）；三级城市 67 个中 23 个（34.3%）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;城市分级为重建结果。&lt;/b&gt;报告只给出各级城市的总数。哪座城市属于哪一级、哪些在建设智慧城市，是依据公开试点名单逐城重建的；每座城市都注明了依据和说明。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;本软件依据 GNU 通用公共许可证第 3 版或更高版本授权。数据各自沿用其许可。&lt;/p&gt;</translation>
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
        <source>Data file: %1.</source>
        <translation>数据文件：%1。</translation>
    </message>
    <message>
        <source>Tier totals: CCID (China Center for Information Industry Development) smart-city report. City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists (housing ministry batches 1 and 2; science ministry and standards administration; surveying administration); each city carries its evidence. City locations © GeoNames, CC BY 4.0.</source>
        <translation>各级城市总数：中国电子信息产业发展研究院（赛迪）智慧城市报告。城市级别与智慧城市状态：依据 2013 年国家智慧城市试点名单重建（住房和城乡建设部第一、二批；科技部和国家标准委；国家测绘地理信息局），每座城市均附依据。城市位置 © GeoNames，CC BY 4.0。</translation>
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
</TS>
