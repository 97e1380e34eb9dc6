<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
</context>
<context>
    <name>atlas::CityDataset</name>
    <message>
        <source>built-in %1</source>
        <translation>built-in %1</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: invalid JSON: %4</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with a &quot;cities&quot; array</source>
        <translation>%1: the top level must be an object with a &quot;cities&quot; array</translation>
    </message>
    <message>
        <source>%1: unsupported version %2 (this program reads version 1)</source>
        <translation>%1: unsupported version %2 (this program reads version 1)</translation>
    </message>
    <message>
        <source>%1: no &quot;cities&quot; array</source>
        <translation>%1: no &quot;cities&quot; array</translation>
    </message>
    <message>
        <source>%1: the &quot;cities&quot; array is empty</source>
        <translation>%1: the &quot;cities&quot; array is empty</translation>
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
        <source>missing field &quot;%1&quot;</source>
        <translation>missing field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string, not %2</source>
        <translation>field &quot;%1&quot; must be a string, not %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>field &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a number, not %2</source>
        <translation>field &quot;%1&quot; must be a number, not %2</translation>
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
        <source>missing field &quot;smart&quot;</source>
        <translation>missing field &quot;smart&quot;</translation>
    </message>
    <message>
        <source>field &quot;smart&quot; must be true or false, not %1</source>
        <translation>field &quot;smart&quot; must be true or false, not %1</translation>
    </message>
    <message>
        <source>unknown evidence &quot;%1&quot; (must be report, documented, unverified or none)</source>
        <translation>unknown evidence &quot;%1&quot; (must be report, documented, unverified or none)</translation>
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
        <source>Output format of summary: text, csv or json.</source>
        <translation>Output format of summary: text, csv or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Interface language: zh or en (default: the system&apos;s).</source>
        <translation>Interface language: zh or en (default: the system&apos;s).</translation>
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
        <source>Smart City Atlas: smart-city coverage of China&apos;s tier 1-3 cities.

Without a command, opens the main window.

Commands:
  summary   Print smart-city coverage per tier and exit.</source>
        <translation>Smart City Atlas: smart-city coverage of China&apos;s tier 1-3 cities.

Without a command, opens the main window.

Commands:
  summary   Print smart-city coverage per tier and exit.</translation>
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
        <source>Unknown command &quot;%1&quot;. Commands: %2</source>
        <translation>Unknown command &quot;%1&quot;. Commands: %2</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>No command given; see --help.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation>Unknown format &quot;%1&quot;: use text, csv or json.</translation>
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
    <message>
        <source>Share of cities building smart cities</source>
        <translation>Share of cities building smart cities</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Open city dataset</source>
        <translation>Open city dataset</translation>
    </message>
    <message>
        <source>City datasets (*.json);;All files (*)</source>
        <translation>City datasets (*.json);;All files (*)</translation>
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
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>Coming next: the distribution of smart cities by tier on an offline map of China, with the report&apos;s tier-2 and tier-3 maps rebuilt, province shading, labels, zoom and hover details.</source>
        <translation>Coming next: the distribution of smart cities by tier on an offline map of China, with the report&apos;s tier-2 and tier-3 maps rebuilt, province shading, labels, zoom and hover details.</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>Coming later: detail panes for the report&apos;s five typical smart cities (Beijing, Wuxi, Wuhan, Foshan and Langfang) and a side-by-side comparison of them.</source>
        <translation>Coming later: detail panes for the report&apos;s five typical smart cities (Beijing, Wuxi, Wuhan, Foshan and Langfang) and a side-by-side comparison of them.</translation>
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
        <source>&lt;h3&gt;Smart City Atlas %1&lt;/h3&gt;&lt;p&gt;Smart-city coverage of China&apos;s tier 1, 2 and 3 cities, after the CCID report: tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 (34.3%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The city assignment is a reconstruction.&lt;/b&gt; The report gives the tier totals only. Which city is in which tier, and which are smart, was rebuilt city by city from public pilot lists; each city shows its evidence and basis.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Data keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smart City Atlas %1&lt;/h3&gt;&lt;p&gt;Smart-city coverage of China&apos;s tier 1, 2 and 3 cities, after the CCID report: tier 1, 3 of 3 cities (100%); tier 2, 23 of 31 (74.2%); tier 3, 23 of 67 (34.3%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The city assignment is a reconstruction.&lt;/b&gt; The report gives the tier totals only. Which city is in which tier, and which are smart, was rebuilt city by city from public pilot lists; each city shows its evidence and basis.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Data keep their own licences.&lt;/p&gt;</translation>
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
        <source>Data file: %1.</source>
        <translation>Data file: %1.</translation>
    </message>
    <message>
        <source>Tier totals: CCID (China Center for Information Industry Development) smart-city report. City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists (housing ministry batches 1 and 2; science ministry and standards administration; surveying administration); each city carries its evidence. City locations © GeoNames, CC BY 4.0.</source>
        <translation>Tier totals: CCID (China Center for Information Industry Development) smart-city report. City tiers and smart status: reconstructed from the 2013 national smart-city pilot lists (housing ministry batches 1 and 2; science ministry and standards administration; surveying administration); each city carries its evidence. City locations © GeoNames, CC BY 4.0.</translation>
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
</TS>
