<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Smart City Atlas</source>
        <translation>Smart City Atlas</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Cannot open dataset</translation>
    </message>
    <message>
        <source>The dataset was not loaded; showing the built-in data instead.</source>
        <translation>The dataset was not loaded; showing the built-in data instead.</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudies</name>
    <message>
        <source>%1 must be an object with "zh" and "en", not %2</source>
        <translation>%1 must be an object with "zh" and "en", not %2</translation>
    </message>
    <message>
        <source>%1 has no Chinese text ("zh")</source>
        <translation>%1 has no Chinese text ("zh")</translation>
    </message>
    <message>
        <source>%1 has no English text ("en")</source>
        <translation>%1 has no English text ("en")</translation>
    </message>
    <message>
        <source>%1 has no "%2" (where in the report it comes from)</source>
        <translation>%1 has no "%2" (where in the report it comes from)</translation>
    </message>
    <message>
        <source>missing "id"</source>
        <translation>missing "id"</translation>
    </message>
    <message>
        <source>"positioning"</source>
        <translation>"positioning"</translation>
    </message>
    <message>
        <source>the positioning</source>
        <translation>the positioning</translation>
    </message>
    <message>
        <source>"%1" must be an array, not %2</source>
        <translation>"%1" must be an array, not %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>%1: date "%2" is not YYYY, YYYY-MM, YYYY/YYYY or null</source>
        <translation>%1: date "%2" is not YYYY, YYYY-MM, YYYY/YYYY or null</translation>
    </message>
    <message>
        <source>figure %1</source>
        <translation>figure %1</translation>
    </message>
    <message>
        <source>%1 has no "value"</source>
        <translation>%1 has no "value"</translation>
    </message>
    <message>
        <source>domain %1: unknown id "%2"</source>
        <translation>domain %1: unknown id "%2"</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domain %1</translation>
    </message>
    <message>
        <source>centre %1</source>
        <translation>centre %1</translation>
    </message>
    <message>
        <source>"source"</source>
        <translation>"source"</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: domain %2 needs "id", "zh" and "en"</source>
        <translation>%1: domain %2 needs "id", "zh" and "en"</translation>
    </message>
    <message>
        <source>%1: domain %2: duplicate id "%3"</source>
        <translation>%1: domain %2: duplicate id "%3"</translation>
    </message>
    <message>
        <source>%1: no "cities" array</source>
        <translation>%1: no "cities" array</translation>
    </message>
    <message>
        <source>case study %1</source>
        <translation>case study %1</translation>
    </message>
    <message>
        <source>case study %1 (id %2)</source>
        <translation>case study %1 (id %2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: duplicate id</source>
        <translation>%1: %2: duplicate id</translation>
    </message>
    <message>
        <source>case study %1 names no city of the dataset</source>
        <translation>case study %1 names no city of the dataset</translation>
    </message>
    <message>
        <source>%1 has no "date" (null for a plan the report gives no date for)</source>
        <translation>%1 has no "date" (null for a plan the report gives no date for)</translation>
    </message>
    <message>
        <source>"%1" must be a string, not %2</source>
        <translation>"%1" must be a string, not %2</translation>
    </message>
    <message>
        <source>"%1" is too long (%2 characters, at most %3)</source>
        <translation>"%1" is too long (%2 characters, at most %3)</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1 must be an object, not %2</translation>
    </message>
    <message>
        <source>%1: "date" must be a string (YYYY, YYYY-MM or YYYY/YYYY) or null, not %2</source>
        <translation>%1: "date" must be a string (YYYY, YYYY-MM or YYYY/YYYY) or null, not %2</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with "source", "domains" and "cities"</source>
        <translation>%1: the top level must be an object with "source", "domains" and "cities"</translation>
    </message>
    <message>
        <source>%1: "domains" must be an array, not %2</source>
        <translation>%1: "domains" must be an array, not %2</translation>
    </message>
    <message>
        <source>%1: the "cities" array is empty</source>
        <translation>%1: the "cities" array is empty</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>must be an object, not %1</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudiesView</name>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudy</name>
    <message>
        <source>%1–%2</source>
        <comment>span of years</comment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>atlas::CaseStudyRenderer</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>The report gives no figures for this city.</source>
        <translation>The report gives no figures for this city.</translation>
    </message>
    <message>
        <source>Plans and documents</source>
        <translation>Plans and documents</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <source>The report names no plan or document for this city.</source>
        <translation>The report names no plan or document for this city.</translation>
    </message>
    <message>
        <source>Experience and showcase centres</source>
        <translation>Experience and showcase centres</translation>
    </message>
    <message>
        <source>Application domains</source>
        <translation>Application domains</translation>
    </message>
    <message>
        <source>The five case-study cities compared</source>
        <translation>The five case-study cities compared</translation>
    </message>
    <message>
        <source>Application domains the report names for each city, and when their plans date from</source>
        <translation>Application domains the report names for each city, and when their plans date from</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans and documents by year</source>
        <translation>Plans and documents by year</translation>
    </message>
    <message>
        <source>no plan named in the report</source>
        <translation>no plan named in the report</translation>
    </message>
    <message numerus="yes">
        <source>+%n undated</source>
        <translation>
            <numerusform>+%n undated</numerusform>
            <numerusform>+%n undated</numerusform>
        </translation>
    </message>
    <message>
        <source>● a dated plan or document   ▬ the period a plan covers   undated ones are counted</source>
        <translation>● a dated plan or document   ▬ the period a plan covers   undated ones are counted</translation>
    </message>
    <message>
        <source>The current dataset has no city with the code %1, so this case study cannot be shown. Open the built-in dataset to see it.</source>
        <translation>The current dataset has no city with the code %1, so this case study cannot be shown. Open the built-in dataset to see it.</translation>
    </message>
</context>
<context>
    <name>atlas::ChartViews</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>atlas::CitiesView</name>
    <message>
        <source>The report gives only the tier totals. Which city is in which tier, and which are smart, is reconstructed from public pilot lists: the Evidence and Basis columns say what each city rests on. Double-click a tier or status to change it; every chart follows.</source>
        <translation>The report gives only the tier totals. Which city is in which tier, and which are smart, is reconstructed from public pilot lists: the Evidence and Basis columns say what each city rests on. Double-click a tier or status to change it; every chart follows.</translation>
    </message>
    <message>
        <source>Search city or province, in Chinese or English</source>
        <translation>Search city or province, in Chinese or English</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cities</source>
        <translation>Showing %1 of %2 cities</translation>
    </message>
</context>
<context>
    <name>atlas::City</name>
    <message>
        <source>Named in the report</source>
        <translation>Named in the report</translation>
    </message>
    <message>
        <source>Documented pilot list</source>
        <translation>Documented pilot list</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Smart city</source>
        <translation>Smart city</translation>
    </message>
    <message>
        <source>Not yet smart</source>
        <translation>Not yet smart</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Tier 3</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Edited by the user</source>
        <translation>Edited by the user</translation>
    </message>
</context>
<context>
    <name>atlas::CityDataset</name>
    <message>
        <source>built-in %1</source>
        <translation>built-in %1</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with a "cities" array</source>
        <translation>%1: the top level must be an object with a "cities" array</translation>
    </message>
    <message>
        <source>%1: no "cities" array</source>
        <translation>%1: no "cities" array</translation>
    </message>
    <message>
        <source>%1: the "cities" array is empty</source>
        <translation>%1: the "cities" array is empty</translation>
    </message>
    <message>
        <source>city record %1</source>
        <translation>city record %1</translation>
    </message>
    <message>
        <source>%1: %2: must be an object, not %3</source>
        <translation>%1: %2: must be an object, not %3</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: duplicate id, already used by city record %3 (%4)</source>
        <translation>%1: %2: duplicate id, already used by city record %3 (%4)</translation>
    </message>
    <message>
        <source>missing field "%1"</source>
        <translation>missing field "%1"</translation>
    </message>
    <message>
        <source>field "%1" must be a string, not %2</source>
        <translation>field "%1" must be a string, not %2</translation>
    </message>
    <message>
        <source>field "%1" is empty</source>
        <translation>field "%1" is empty</translation>
    </message>
    <message>
        <source>field "%1" must be a number, not %2</source>
        <translation>field "%1" must be a number, not %2</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>latitude %1 is out of range (-90 to 90)</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>longitude %1 is out of range (-180 to 180)</translation>
    </message>
    <message>
        <source>unknown tier %1 (must be 1, 2 or 3)</source>
        <translation>unknown tier %1 (must be 1, 2 or 3)</translation>
    </message>
    <message>
        <source>missing field "smart"</source>
        <translation>missing field "smart"</translation>
    </message>
    <message>
        <source>field "smart" must be true or false, not %1</source>
        <translation>field "smart" must be true or false, not %1</translation>
    </message>
    <message>
        <source>field "%1" is too long (%2 characters, at most %3): %4</source>
        <translation>field "%1" is too long (%2 characters, at most %3): %4</translation>
    </message>
    <message>
        <source>field "%1" must be a finite number</source>
        <translation>field "%1" must be a finite number</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: "%2" must be a string, not %3</source>
        <translation>%1: "%2" must be a string, not %3</translation>
    </message>
    <message>
        <source>%1: "%2" is too long (%3 characters, at most %4): %5</source>
        <translation>%1: "%2" is too long (%3 characters, at most %4): %5</translation>
    </message>
    <message>
        <source>unknown evidence "%1" (must be report, documented, unverified, edited or none)</source>
        <translation>unknown evidence "%1" (must be report, documented, unverified, edited or none)</translation>
    </message>
</context>
<context>
    <name>atlas::CityEditCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Edited by the user on %1 (before: %2)</source>
        <translation>Edited by the user on %1 (before: %2)</translation>
    </message>
    <message>
        <source>Set %1 to smart city</source>
        <translation>Set %1 to smart city</translation>
    </message>
    <message>
        <source>Set %1 to not yet smart</source>
        <translation>Set %1 to not yet smart</translation>
    </message>
</context>
<context>
    <name>atlas::CityImport</name>
    <message>
        <source>%1: no cities (a header row and at least one row of data are needed)</source>
        <translation>%1: no cities (a header row and at least one row of data are needed)</translation>
    </message>
    <message>
        <source>%1:%2: no column names the city (城市, name, city or code)</source>
        <translation>%1:%2: no column names the city (城市, name, city or code)</translation>
    </message>
    <message>
        <source>%1:%2: no tier column (等级, 城市等级, tier or level)</source>
        <translation>%1:%2: no tier column (等级, 城市等级, tier or level)</translation>
    </message>
    <message>
        <source>%1:%2: no smart-city column (是否智慧城市, 智慧城市 or smart)</source>
        <translation>%1:%2: no smart-city column (是否智慧城市, 智慧城市 or smart)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>%1: tier "%2" is not 1, 2 or 3 (一级, 二线, Tier 2 …)</source>
        <translation>%1: tier "%2" is not 1, 2 or 3 (一级, 二线, Tier 2 …)</translation>
    </message>
    <message>
        <source>%1: "%2" does not say whether it is a smart city (是/否, yes/no, 1/0)</source>
        <translation>%1: "%2" does not say whether it is a smart city (是/否, yes/no, 1/0)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: more than one city has this name: %2; add a province column</source>
        <translation>%1: more than one city has this name: %2; add a province column</translation>
    </message>
    <message>
        <source>the row names no city</source>
        <translation>the row names no city</translation>
    </message>
    <message>
        <source>%1: no such city in the gazetteer of prefecture-level cities; give its latitude and longitude</source>
        <translation>%1: no such city in the gazetteer of prefecture-level cities; give its latitude and longitude</translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation>From %1, line %2</translation>
    </message>
    <message>
        <source>%1 (%2) is already on line %3</source>
        <translation>%1 (%2) is already on line %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>%1: cannot use %2 of its rows:</source>
        <translation>%1: cannot use %2 of its rows:</translation>
    </message>
    <message>
        <source>%1: no row could be used</source>
        <translation>%1: no row could be used</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Correct them in the file, or leave them out (on the command line: --skip-unmatched).</source>
        <translation>Correct them in the file, or leave them out (on the command line: --skip-unmatched).</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
</context>
<context>
    <name>atlas::CityTableModel</name>
    <message>
        <source>%1 %2 (%3 %4)
%5 · %6
Evidence: %7
%8</source>
        <translation>%1 %2 (%3 %4)
%5 · %6
Evidence: %7
%8</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>atlas::CommandLine</name>
    <message>
        <source>Load the city dataset from FILE instead of the built-in data.</source>
        <translation>Load the city dataset from FILE instead of the built-in data.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Interface language: zh or en (default: the system's).</source>
        <translation>Interface language: zh or en (default: the system's).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>A command (see above).</source>
        <translation>A command (see above).</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Too many arguments: %1</translation>
    </message>
    <message>
        <source>Unknown command "%1". Commands: %2</source>
        <translation>Unknown command "%1". Commands: %2</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>No command given; see --help.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text, csv or json.</source>
        <translation>Unknown format "%1": use text, csv or json.</translation>
    </message>
    <message>
        <source>Use FILE, a GeoJSON map of provinces (gb_code, name_zh, name_en), as the base map instead of the built-in one.</source>
        <translation>Use FILE, a GeoJSON map of provinces (gb_code, name_zh, name_en), as the base map instead of the built-in one.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Unknown view "%1": use %2.</source>
        <translation>Unknown view "%1": use %2.</translation>
    </message>
    <message>
        <source>View to export or render (see the views command).</source>
        <translation>View to export or render (see the views command).</translation>
    </message>
    <message>
        <source>Size in logical pixels, e.g. 1920x1080 (the layout's size).</source>
        <translation>Size in logical pixels, e.g. 1920x1080 (the layout's size).</translation>
    </message>
    <message>
        <source>Overwrite existing output files.</source>
        <translation>Overwrite existing output files.</translation>
    </message>
    <message>
        <source>Pixels per logical pixel for PNG and JPEG, e.g. 2 for a sharper image.</source>
        <translation>Pixels per logical pixel for PNG and JPEG, e.g. 2 for a sharper image.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Transparent background (PNG and SVG).</source>
        <translation>Transparent background (PNG and SVG).</translation>
    </message>
    <message>
        <source>PDF page: view (the view's size), a4 or a3 (landscape).</source>
        <translation>PDF page: view (the view's size), a4 or a3 (landscape).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>Export every view into the folder -o DIR.</source>
        <translation>Export every view into the folder -o DIR.</translation>
    </message>
    <message>
        <source>Export every view into one PDF handout, a view a page.</source>
        <translation>Export every view into one PDF handout, a view a page.</translation>
    </message>
    <message>
        <source>Output format: text, csv or json for summary; png, jpg, svg or pdf for export (default: from the file name).</source>
        <translation>Output format: text, csv or json for summary; png, jpg, svg or pdf for export (default: from the file name).</translation>
    </message>
    <message>
        <source>Unknown format "%1": use png, jpg, svg or pdf.</source>
        <translation>Unknown format "%1": use png, jpg, svg or pdf.</translation>
    </message>
    <message>
        <source>Unknown page "%1": use view, a4 or a3.</source>
        <translation>Unknown page "%1": use view, a4 or a3.</translation>
    </message>
    <message>
        <source>Use --force to overwrite.</source>
        <translation>Use --force to overwrite.</translation>
    </message>
    <message>
        <source>No output given: use -o FILE (or -o DIR with --all).</source>
        <translation>No output given: use -o FILE (or -o DIR with --all).</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>SVG: turn text into outlines, for viewers without the font.</source>
        <translation>SVG: turn text into outlines, for viewers without the font.</translation>
    </message>
    <message>
        <source>Load the case studies from FILE (same format as the built-in case-studies.json) instead of the built-in ones.</source>
        <translation>Load the case studies from FILE (same format as the built-in case-studies.json) instead of the built-in ones.</translation>
    </message>
    <message>
        <source>Write to FILE (or into the folder DIR with --all); - is standard output.</source>
        <translation>Write to FILE (or into the folder DIR with --all); - is standard output.</translation>
    </message>
    <message>
        <source>Bad size "%1": give WIDTHxHEIGHT in pixels, e.g. 1920x1080.</source>
        <translation>Bad size "%1": give WIDTHxHEIGHT in pixels, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>Bad scale "%1": give a number, e.g. 2.</source>
        <translation>Bad scale "%1": give a number, e.g. 2.</translation>
    </message>
    <message>
        <source>--size %1 --scale %2: %3</source>
        <translation>--size %1 --scale %2: %3</translation>
    </message>
    <message>
        <source>--all writes a file per view and needs a folder, not standard output.</source>
        <translation>--all writes a file per view and needs a folder, not standard output.</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: auto (default), utf-8 or gb18030 (GBK).</source>
        <translation>Encoding of a CSV file: auto (default), utf-8 or gb18030 (GBK).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>Leave out rows of an imported list that name no known city, instead of refusing the file.</source>
        <translation>Leave out rows of an imported list that name no known city, instead of refusing the file.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use auto, utf-8 or gb18030.</source>
        <translation>Unknown encoding "%1": use auto, utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>%1: left out %2 of its rows:</source>
        <translation>%1: left out %2 of its rows:</translation>
    </message>
    <message>
        <source>convert needs -o FILE.json or -o FILE.csv.</source>
        <translation>convert needs -o FILE.json or -o FILE.csv.</translation>
    </message>
    <message>
        <source>The sheet of an XLSX workbook to read (default: the first).</source>
        <translation>The sheet of an XLSX workbook to read (default: the first).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Smart City Atlas: smart-city coverage of China's tier 1-3 cities.

Without a command, opens the main window.

Commands:
  summary   Print smart-city coverage per tier and exit.
  render    Draw a view (map or case study) to a PNG file and exit (--view, -o, --size).
  convert   Convert a city list (--data: JSON, CSV or XLSX) to -o FILE.json or FILE.csv.</source>
        <translation>Smart City Atlas: smart-city coverage of China's tier 1-3 cities.

Without a command, opens the main window.

Commands:
  summary   Print smart-city coverage per tier and exit.
  render    Draw a view (map or case study) to a PNG file and exit (--view, -o, --size).
  convert   Convert a city list (--data: JSON, CSV or XLSX) to -o FILE.json or FILE.csv.</translation>
    </message>
</context>
<context>
    <name>atlas::CoverageChart</name>
    <message>
        <source>Smart-city coverage by city tier</source>
        <translation>Smart-city coverage by city tier</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>City tier</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Coverage (%)</translation>
    </message>
</context>
<context>
    <name>atlas::CsvReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>more than %1 columns</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>more than %1 rows</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters: %2</source>
        <translation>a field is longer than %1 characters: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a " is missing)</source>
        <translation>a quoted field is not closed (a " is missing)</translation>
    </message>
</context>
<context>
    <name>atlas::DeckDialog</name>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Default slides</source>
        <translation>Default slides</translation>
    </message>
    <message>
        <source>Tick the slides to show; drag or use the buttons to order them.</source>
        <translation>Tick the slides to show; drag or use the buttons to order them.</translation>
    </message>
</context>
<context>
    <name>atlas::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Source note</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG drawing (vector)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF document (vector)</translation>
    </message>
    <message>
        <source>Current view size (%1×%2)</source>
        <translation>Current view size (%1×%2)</translation>
    </message>
    <message>
        <source>A4 landscape (PDF)</source>
        <translation>A4 landscape (PDF)</translation>
    </message>
    <message>
        <source>A3 landscape (PDF)</source>
        <translation>A3 landscape (PDF)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pixels per layout pixel in PNG and JPEG: 2× is sharp on high-DPI screens and projectors. The view is drawn again at that size, never enlarged from the screen.</source>
        <translation>Pixels per layout pixel in PNG and JPEG: 2× is sharp on high-DPI screens and projectors. The view is drawn again at that size, never enlarged from the screen.</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Transparent (PNG, SVG)</source>
        <translation>Transparent (PNG, SVG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Background:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Include:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Any existing file is unchanged.</source>
        <translation>Any existing file is unchanged.</translation>
    </message>
    <message>
        <source>Text as outlines (SVG, for viewers without the font)</source>
        <translation>Text as outlines (SVG, for viewers without the font)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportSettings</name>
    <message>
        <source>The size %1×%2 is not possible: each side must be from %3 to %4.</source>
        <translation>The size %1×%2 is not possible: each side must be from %3 to %4.</translation>
    </message>
    <message>
        <source>The scale %1 is not possible: it must be above 0 and at most %2.</source>
        <translation>The scale %1 is not possible: it must be above 0 and at most %2.</translation>
    </message>
    <message>
        <source>The JPEG quality %1 is not possible: it must be from 0 to 100.</source>
        <translation>The JPEG quality %1 is not possible: it must be from 0 to 100.</translation>
    </message>
    <message>
        <source>%1×%2 at scale %3 makes an image of %4×%5 pixels: each side must be from %6 to %7.</source>
        <translation>%1×%2 at scale %3 makes an image of %4×%5 pixels: each side must be from %6 to %7.</translation>
    </message>
    <message>
        <source>An image of %1×%2 pixels would need %3 of memory; at most %4 pixels (%5) can be exported. Choose a smaller size or scale, or PDF or SVG.</source>
        <translation>An image of %1×%2 pixels would need %3 of memory; at most %4 pixels (%5) can be exported. Choose a smaller size or scale, or PDF or SVG.</translation>
    </message>
</context>
<context>
    <name>atlas::Exporter</name>
    <message>
        <source>Unknown view "%1".</source>
        <translation>Unknown view "%1".</translation>
    </message>
    <message>
        <source>Made with Smart City Atlas</source>
        <translation>Made with Smart City Atlas</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Smart City Atlas: handout</source>
        <translation>Smart City Atlas: handout</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 of %3</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1×%2 pixels.</source>
        <translation>Not enough memory for an image of %1×%2 pixels.</translation>
    </message>
    <message>
        <source>The view "%1" could not be encoded as %2.</source>
        <translation>The view "%1" could not be encoded as %2.</translation>
    </message>
    <message>
        <source>The handout could not be encoded as PDF.</source>
        <translation>The handout could not be encoded as PDF.</translation>
    </message>
</context>
<context>
    <name>atlas::FileKind</name>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>a pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
</context>
<context>
    <name>atlas::Gazetteer</name>
    <message>
        <source>%1: no header row</source>
        <translation>%1: no header row</translation>
    </message>
    <message>
        <source>%1: no column "%2"</source>
        <translation>%1: no column "%2"</translation>
    </message>
    <message>
        <source>%1:%2: a row needs gb_code, name_zh and coordinates in range</source>
        <translation>%1:%2: a row needs gb_code, name_zh and coordinates in range</translation>
    </message>
    <message>
        <source>%1:%2: duplicate gb_code %3</source>
        <translation>%1:%2: duplicate gb_code %3</translation>
    </message>
</context>
<context>
    <name>atlas::InputFile</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>%1, not a regular file; only files can be read</source>
        <translation>%1, not a regular file; only files can be read</translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2 for this kind of file</source>
        <translation>the file is %1, larger than the limit of %2 for this kind of file</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 for this kind of file</source>
        <translation>the file is larger than the limit of %1 for this kind of file</translation>
    </message>
</context>
<context>
    <name>atlas::JsonDiagnostics</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: invalid JSON: %4</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: the file is in UTF-16 or UTF-32; save it as UTF-8</source>
        <translation>%1: the file is in UTF-16 or UTF-32; save it as UTF-8</translation>
    </message>
    <message>
        <source> (strings need double quotes)</source>
        <translation> (strings need double quotes)</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>"version" must be the number 1, not %1</source>
        <translation>"version" must be the number 1, not %1</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version 1)</source>
        <translation>unsupported version %1 (this program reads version 1)</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Open city dataset</source>
        <translation>Open city dataset</translation>
    </message>
    <message>
        <source>Smart City Atlas</source>
        <translation>Smart City Atlas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Open dataset…</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Smart City Atlas</source>
        <translation>&amp;About Smart City Atlas</translation>
    </message>
    <message>
        <source>%1: %2/%3 (%4)</source>
        <translation>%1: %2/%3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart</source>
        <translation>
            <numerusform>%n smart</numerusform>
            <numerusform>%n smart</numerusform>
        </translation>
    </message>
    <message>
        <source>City assignment reconstructed (see Cities › Evidence)</source>
        <translation>City assignment reconstructed (see Cities › Evidence)</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Cannot open dataset</translation>
    </message>
    <message>
        <source>The dataset was not loaded; the current data is unchanged.</source>
        <translation>The dataset was not loaded; the current data is unchanged.</translation>
    </message>
    <message>
        <source>About Smart City Atlas</source>
        <translation>About Smart City Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Smart City Atlas %1&lt;/h3&gt;&lt;p&gt;Smart-city coverage of China's tier 1, 2 and 3 cities, after the CCID report: tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 (34.3%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The city assignment is a reconstruction.&lt;/b&gt; The report gives the tier totals only. Which city is in which tier, and which are smart, was rebuilt city by city from public pilot lists; each city shows its evidence and basis.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Data keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smart City Atlas %1&lt;/h3&gt;&lt;p&gt;Smart-city coverage of China's tier 1, 2 and 3 cities, after the CCID report: tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 (34.3%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The city assignment is a reconstruction.&lt;/b&gt; The report gives the tier totals only. Which city is in which tier, and which are smart, was rebuilt city by city from public pilot lists; each city shows its evidence and basis.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Data keep their own licences.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open base map</source>
        <translation>Open base map</translation>
    </message>
    <message>
        <source>GeoJSON maps of provinces (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON maps of provinces (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Open &amp;base map…</source>
        <translation>Open &amp;base map…</translation>
    </message>
    <message>
        <source>Cannot open base map</source>
        <translation>Cannot open base map</translation>
    </message>
    <message>
        <source>The base map was not loaded; the current map is unchanged.</source>
        <translation>The base map was not loaded; the current map is unchanged.</translation>
    </message>
    <message>
        <source>&amp;Case studies</source>
        <translation>&amp;Case studies</translation>
    </message>
    <message>
        <source>Comparison of the five</source>
        <translation>Comparison of the five</translation>
    </message>
    <message>
        <source>Next case study</source>
        <translation>Next case study</translation>
    </message>
    <message>
        <source>Previous case study</source>
        <translation>Previous case study</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Copy view as image</source>
        <translation>&amp;Copy view as image</translation>
    </message>
    <message>
        <source>Export &amp;all views…</source>
        <translation>Export &amp;all views…</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Export &amp;handout (PDF)…</translation>
    </message>
    <message>
        <source>Map as shown</source>
        <translation>Map as shown</translation>
    </message>
    <message>
        <source>Copied %1 (%2×%3 pixels) to the clipboard.</source>
        <translation>Copied %1 (%2×%3 pixels) to the clipboard.</translation>
    </message>
    <message>
        <source>Export all views to</source>
        <translation>Export all views to</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export exist in the folder. Replace them?</source>
        <translation>
            <numerusform>%n file of this export exists in the folder. Replace it?</numerusform>
            <numerusform>%n files of this export exist in the folder. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n view(s) to %1.</source>
        <translation>
            <numerusform>Exported %n view to %1.</numerusform>
            <numerusform>Exported %n views to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Export handout</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the handout %1.</source>
        <translation>Wrote the handout %1.</translation>
    </message>
    <message>
        <source>&amp;Present from the beginning</source>
        <translation>&amp;Present from the beginning</translation>
    </message>
    <message>
        <source>Present from the &amp;current view</source>
        <translation>Present from the &amp;current view</translation>
    </message>
    <message>
        <source>&amp;Slides…</source>
        <translation>&amp;Slides…</translation>
    </message>
    <message>
        <source>&amp;High-contrast slides (for projectors)</source>
        <translation>&amp;High-contrast slides (for projectors)</translation>
    </message>
    <message>
        <source>Slide &amp;counter and progress bar</source>
        <translation>Slide &amp;counter and progress bar</translation>
    </message>
    <message>
        <source>City lists (*.json *.csv);;All files (*)</source>
        <translation>City lists (*.json *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>atlas::MapCanvas</name>
    <message numerus="yes">
        <source>%1
%n smart cities among the tiered cities</source>
        <translation>
            <numerusform>%1
%n smart city among the tiered cities</numerusform>
            <numerusform>%1
%n smart cities among the tiered cities</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Show all of China (Home)</source>
        <translation>Show all of China (Home)</translation>
    </message>
</context>
<context>
    <name>atlas::MapOptions</name>
    <message>
        <source>Tier-2 cities</source>
        <translation>Tier-2 cities</translation>
    </message>
    <message>
        <source>Tier-3 cities</source>
        <translation>Tier-3 cities</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>Smart cities among tier-2 cities</source>
        <translation>Smart cities among tier-2 cities</translation>
    </message>
    <message>
        <source>Smart cities among tier-3 cities</source>
        <translation>Smart cities among tier-3 cities</translation>
    </message>
    <message>
        <source>Smart cities among China's tier 1–3 cities</source>
        <translation>Smart cities among China's tier 1–3 cities</translation>
    </message>
    <message>
        <source>Smart city (filled)</source>
        <translation>Smart city (filled)</translation>
    </message>
    <message>
        <source>Not yet smart (hollow)</source>
        <translation>Not yet smart (hollow)</translation>
    </message>
    <message>
        <source>Case-study city in the report</source>
        <translation>Case-study city in the report</translation>
    </message>
    <message>
        <source>Smart cities per province</source>
        <translation>Smart cities per province</translation>
    </message>
    <message>
        <source>%1 km (true at the map centre)</source>
        <translation>%1 km (true at the map centre)</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation>South China Sea Islands</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>Shade provinces</source>
        <translation>Shade provinces</translation>
    </message>
    <message>
        <source>Shade each province by its number of smart cities</source>
        <translation>Shade each province by its number of smart cities</translation>
    </message>
    <message>
        <source>Find a city (中文 or English)</source>
        <translation>Find a city (中文 or English)</translation>
    </message>
</context>
<context>
    <name>atlas::Navigator</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
</context>
<context>
    <name>atlas::OutputFile</name>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Cannot write to standard output: %1</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>No file name given.</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it is never written to.</source>
        <translation>%1 is %2, not a file; it is never written to.</translation>
    </message>
    <message>
        <source>%1 exists (a symbolic link) and was not overwritten.</source>
        <translation>%1 exists (a symbolic link) and was not overwritten.</translation>
    </message>
    <message>
        <source>%1 exists and was not overwritten.</source>
        <translation>%1 exists and was not overwritten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was changed.</source>
        <translation>Cannot write %1: %2; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>atlas::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Go to slide %1…</source>
        <translation>Go to slide %1…</translation>
    </message>
</context>
<context>
    <name>atlas::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>Elapsed %1:%2</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>End of the presentation</translation>
    </message>
</context>
<context>
    <name>atlas::ProvinceChart</name>
    <message>
        <source>%1: %2 smart of %3 tiered cities</source>
        <translation>%1: %2 smart of %3 tiered cities</translation>
    </message>
    <message>
        <source>Smart cities per province</source>
        <translation>Smart cities per province</translation>
    </message>
    <message>
        <source>Smart cities among the tiered cities</source>
        <translation>Smart cities among the tiered cities</translation>
    </message>
</context>
<context>
    <name>atlas::ProvinceSummaryModel</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Smart cities</source>
        <translation>Smart cities</translation>
    </message>
    <message>
        <source>Tiered cities</source>
        <translation>Tiered cities</translation>
    </message>
</context>
<context>
    <name>atlas::SourceNote</name>
    <message>
        <source>Source: tier totals from the CCID smart-city report. Which city is in which tier, and which are smart, is a reconstruction from public pilot lists (evidence per city).</source>
        <translation>Source: tier totals from the CCID smart-city report. Which city is in which tier, and which are smart, is a reconstruction from public pilot lists (evidence per city).</translation>
    </message>
    <message>
        <source>Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base map: Natural Earth. City locations © GeoNames, CC BY 4.0. Illustration only, not a standard map of China.</source>
        <translation>Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base map: Natural Earth. City locations © GeoNames, CC BY 4.0. Illustration only, not a standard map of China.</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>Base map: %1.</translation>
    </message>
    <message>
        <source>Tier totals: CCID (China Center for Information Industry Development) smart-city report. City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists (housing ministry batches 1 and 2; science ministry and standards administration; surveying administration); each city carries its evidence. City locations © GeoNames, CC BY 4.0. Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base map: Natural Earth (public domain). The built-in map follows de facto boundaries and is an illustration, not a standard map of China; load an approved base map (File › Open base map) for official use.</source>
        <translation>Tier totals: CCID (China Center for Information Industry Development) smart-city report. City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists (housing ministry batches 1 and 2; science ministry and standards administration; surveying administration); each city carries its evidence. City locations © GeoNames, CC BY 4.0. Province boundaries: DCW-GMT © The GMT Team, LGPL-3.0-or-later (simplified). Base map: Natural Earth (public domain). The built-in map follows de facto boundaries and is an illustration, not a standard map of China; load an approved base map (File › Open base map) for official use.</translation>
    </message>
    <message>
        <source>Data: %1 (the file names no source).</source>
        <translation>Data: %1 (the file names no source).</translation>
    </message>
    <message>
        <source>Source: %1. Data file: %2.</source>
        <translation>Source: %1. Data file: %2.</translation>
    </message>
    <message>
        <source>Edited by the user (%1 changes).</source>
        <translation>Edited by the user (%1 changes).</translation>
    </message>
    <message>
        <source>Source: the built-in reconstruction of the CCID smart-city report's tier totals, edited by the user (%1 changes); these figures are not the report's.</source>
        <translation>Source: the built-in reconstruction of the CCID smart-city report's tier totals, edited by the user (%1 changes); these figures are not the report's.</translation>
    </message>
</context>
<context>
    <name>atlas::SourceText</name>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>UTF-16 text needs a byte-order mark; save the file as UTF-8</source>
        <translation>UTF-16 text needs a byte-order mark; save the file as UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>the file is not valid UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; if Excel or WPS saved it, choose the GB18030 (GBK) encoding</source>
        <translation>the file is not valid UTF-8; if Excel or WPS saved it, choose the GB18030 (GBK) encoding</translation>
    </message>
    <message>
        <source>GB18030 text cannot be read on this system (Qt was built without ICU)</source>
        <translation>GB18030 text cannot be read on this system (Qt was built without ICU)</translation>
    </message>
    <message>
        <source>the file is not valid GB18030 (GBK) text; try UTF-8</source>
        <translation>the file is not valid GB18030 (GBK) text; try UTF-8</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 (GBK) text</source>
        <translation>the file is neither UTF-8 nor GB18030 (GBK) text</translation>
    </message>
</context>
<context>
    <name>atlas::SummaryFormat</name>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Smart</source>
        <translation>Smart</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Smart-city coverage by city tier</source>
        <translation>Smart-city coverage by city tier</translation>
    </message>
    <message>
        <source>Tier totals: CCID report. Which city is in which tier, and which are smart, is a reconstruction from public pilot lists (evidence per city).</source>
        <translation>Tier totals: CCID report. Which city is in which tier, and which are smart, is a reconstruction from public pilot lists (evidence per city).</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Data: the user's file, which names no source.</source>
        <translation>Data: the user's file, which names no source.</translation>
    </message>
</context>
<context>
    <name>atlas::TierStackChart</name>
    <message>
        <source>%1 · %2: %3 of %4 cities</source>
        <translation>%1 · %2: %3 of %4 cities</translation>
    </message>
    <message>
        <source>Smart and not-yet-smart cities per tier</source>
        <translation>Smart and not-yet-smart cities per tier</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>City tier</translation>
    </message>
    <message>
        <source>Number of cities</source>
        <translation>Number of cities</translation>
    </message>
</context>
<context>
    <name>atlas::TierSummaryModel</name>
    <message>
        <source>%1: %2 of %3 cities (%4)</source>
        <translation>%1: %2 of %3 cities (%4)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Smart cities</source>
        <translation>Smart cities</translation>
    </message>
    <message>
        <source>Not yet smart</source>
        <translation>Not yet smart</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Smart / all</source>
        <translation>Smart / all</translation>
    </message>
</context>
<context>
    <name>atlas::TitleSlide</name>
    <message>
        <source>Smart cities in China's tier 1–3 cities</source>
        <translation>Smart cities in China's tier 1–3 cities</translation>
    </message>
    <message>
        <source>Coverage by city tier, after the CCID smart-city report</source>
        <translation>Coverage by city tier, after the CCID smart-city report</translation>
    </message>
    <message>
        <source>%1 of %2 cities</source>
        <translation>%1 of %2 cities</translation>
    </message>
</context>
<context>
    <name>atlas::XlsxReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>the workbook has no part %1</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 when unpacked</source>
        <translation>the part %1 is larger than %2 when unpacked</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>the part %1 cannot be unpacked</translation>
    </message>
    <message>
        <source>the part %1 is damaged or too large</source>
        <translation>the part %1 is damaged or too large</translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML: %1</source>
        <translation>xl/workbook.xml is not valid XML: %1</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (not a zip archive)</source>
        <translation>%1: not an XLSX workbook (not a zip archive)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an XLSX workbook (not a zip archive)</source>
        <translation>not an XLSX workbook (not a zip archive)</translation>
    </message>
    <message>
        <source>no sheet "%1"; the sheets are: %2</source>
        <translation>no sheet "%1"; the sheets are: %2</translation>
    </message>
    <message>
        <source>the sheet "%1" has no part</source>
        <translation>the sheet "%1" has no part</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML: %1</source>
        <translation>xl/sharedStrings.xml is not valid XML: %1</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>more than %1 rows</translation>
    </message>
    <message>
        <source>row %1: cell %2 is beyond column %3</source>
        <translation>row %1: cell %2 is beyond column %3</translation>
    </message>
    <message>
        <source>row %1: a cell refers to shared string %2, which does not exist</source>
        <translation>row %1: a cell refers to shared string %2, which does not exist</translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation>row %1: a cell is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1 is not valid XML: %2</source>
        <translation>%1 is not valid XML: %2</translation>
    </message>
</context>
<context>
    <name>atlas::geo::Basemap</name>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>feature %1 (id %2)</source>
        <translation>feature %1 (id %2)</translation>
    </message>
    <message>
        <source>%1: no provinces</source>
        <translation>%1: no provinces</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>missing property "%1" (gb_code, name_zh and name_en are required)</source>
        <translation>missing property "%1" (gb_code, name_zh and name_en are required)</translation>
    </message>
    <message>
        <source>unknown group "%1" (must be mainland, sar or taiwan)</source>
        <translation>unknown group "%1" (must be mainland, sar or taiwan)</translation>
    </message>
    <message>
        <source>duplicate gb_code %1, already used by %2</source>
        <translation>duplicate gb_code %1, already used by %2</translation>
    </message>
    <message>
        <source>%1: %2: no province with this gb_code in %3</source>
        <translation>%1: %2: no province with this gb_code in %3</translation>
    </message>
    <message>
        <source>%1: no detailed outline of province %2</source>
        <translation>%1: no detailed outline of province %2</translation>
    </message>
    <message>
        <source>property "%1" is too long (%2 characters, at most 200)</source>
        <translation>property "%1" is too long (%2 characters, at most 200)</translation>
    </message>
    <message>
        <source>property "%1" is not a valid code: %2 (expected text or a whole number from 0 to 999999999999999)</source>
        <translation>property "%1" is not a valid code: %2 (expected text or a whole number from 0 to 999999999999999)</translation>
    </message>
    <message>
        <source>property "%1" must be text, not %2</source>
        <translation>property "%1" must be text, not %2</translation>
    </message>
    <message>
        <source>the province has no polygons</source>
        <translation>the province has no polygons</translation>
    </message>
    <message>
        <source>polygon %1, ring %2: %3</source>
        <translation>polygon %1, ring %2: %3</translation>
    </message>
</context>
<context>
    <name>atlas::geo::GeoJsonReader</name>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>polygon %1</source>
        <translation>polygon %1</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>ring %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>a ring must be an array of positions, not %1</source>
        <translation>a ring must be an array of positions, not %1</translation>
    </message>
    <message numerus="yes">
        <source>the ring has %n position(s), at least 4 are needed</source>
        <translation>
            <numerusform>the ring has %n position, at least 4 are needed</numerusform>
            <numerusform>the ring has %n positions, at least 4 are needed</numerusform>
        </translation>
    </message>
    <message>
        <source>a position must be an array of numbers, not %1</source>
        <translation>a position must be an array of numbers, not %1</translation>
    </message>
    <message numerus="yes">
        <source>a position needs longitude and latitude, found %n number(s)</source>
        <translation>
            <numerusform>a position needs longitude and latitude, found %n number</numerusform>
            <numerusform>a position needs longitude and latitude, found %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinate %1 must be a number, not %2</source>
        <translation>coordinate %1 must be a number, not %2</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>longitude %1 is out of range (-180 to 180)</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>latitude %1 is out of range (-90 to 90)</translation>
    </message>
    <message>
        <source>a polygon must be an array of rings, not %1</source>
        <translation>a polygon must be an array of rings, not %1</translation>
    </message>
    <message>
        <source>the polygon has no rings</source>
        <translation>the polygon has no rings</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>the feature has no geometry</translation>
    </message>
    <message>
        <source>"geometry" must be an object, not %1</source>
        <translation>"geometry" must be an object, not %1</translation>
    </message>
    <message>
        <source>the geometry has no "type"</source>
        <translation>the geometry has no "type"</translation>
    </message>
    <message>
        <source>unsupported geometry type "%1" (only Polygon and MultiPolygon are read)</source>
        <translation>unsupported geometry type "%1" (only Polygon and MultiPolygon are read)</translation>
    </message>
    <message>
        <source>"coordinates" must be an array, not %1</source>
        <translation>"coordinates" must be an array, not %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>a "%1"</source>
        <translation>a "%1"</translation>
    </message>
    <message>
        <source>an object without "type"</source>
        <translation>an object without "type"</translation>
    </message>
    <message>
        <source>%1: the top level must be a GeoJSON FeatureCollection, not %2</source>
        <translation>%1: the top level must be a GeoJSON FeatureCollection, not %2</translation>
    </message>
    <message>
        <source>%1: the FeatureCollection has no "features" array</source>
        <translation>%1: the FeatureCollection has no "features" array</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>feature %1 (id %2)</source>
        <translation>feature %1 (id %2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>must be an object, not %1</translation>
    </message>
    <message>
        <source>must be a GeoJSON Feature, not a "%1"</source>
        <translation>must be a GeoJSON Feature, not a "%1"</translation>
    </message>
    <message>
        <source>must be a GeoJSON Feature ("type": "Feature")</source>
        <translation>must be a GeoJSON Feature ("type": "Feature")</translation>
    </message>
    <message>
        <source>"properties" must be an object, not %1</source>
        <translation>"properties" must be an object, not %1</translation>
    </message>
    <message>
        <source>the ring has %1 positions, more than the limit of %2</source>
        <translation>the ring has %1 positions, more than the limit of %2</translation>
    </message>
    <message>
        <source>the map has more than %1 positions, the limit</source>
        <translation>the map has more than %1 positions, the limit</translation>
    </message>
    <message>
        <source>the MultiPolygon has no polygons</source>
        <translation>the MultiPolygon has no polygons</translation>
    </message>
    <message>
        <source>%1: the map has about %2 positions, more than the limit of %3; simplify it (for example with mapshaper or QGIS) and try again</source>
        <translation>%1: the map has about %2 positions, more than the limit of %3; simplify it (for example with mapshaper or QGIS) and try again</translation>
    </message>
    <message>
        <source>%1: the FeatureCollection has %2 features, more than the limit of %3</source>
        <translation>%1: the FeatureCollection has %2 features, more than the limit of %3</translation>
    </message>
</context>
<context>
    <name>atlas::geo::RingValidator</name>
    <message>
        <source>near %1°%2 %3°%4</source>
        <translation>near %1°%2 %3°%4</translation>
    </message>
    <message numerus="yes">
        <source>the ring has %n position(s), at least 4 are needed</source>
        <translation>
            <numerusform>the ring has %n position, at least 4 are needed</numerusform>
            <numerusform>the ring has %n positions, at least 4 are needed</numerusform>
        </translation>
    </message>
    <message>
        <source>the ring is not closed: its last position must repeat the first (%1)</source>
        <translation>the ring is not closed: its last position must repeat the first (%1)</translation>
    </message>
    <message>
        <source>the ring is too intricate to check for self-crossings (%1 positions with long overlapping segments); the map was not loaded, simplify the outline and try again</source>
        <translation>the ring is too intricate to check for self-crossings (%1 positions with long overlapping segments); the map was not loaded, simplify the outline and try again</translation>
    </message>
    <message>
        <source>the ring crosses itself: segment %1 (positions %1 to %2) crosses segment %3, %4; the map was not loaded, repair the outline (for example with QGIS's Fix geometries) and try again</source>
        <translation>the ring crosses itself: segment %1 (positions %1 to %2) crosses segment %3, %4; the map was not loaded, repair the outline (for example with QGIS's Fix geometries) and try again</translation>
    </message>
    <message>
        <source>the ring encloses no area (%1)</source>
        <translation>the ring encloses no area (%1)</translation>
    </message>
</context>
</TS>