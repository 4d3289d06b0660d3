<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>JSON report</source>
        <translation>JSON 报告</translation>
    </message>
    <message>
        <source>Frames as CSV</source>
        <translation>帧列表（CSV）</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>JUnit XML</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>HAR with WebSocket messages</source>
        <translation>含 WebSocket 消息的 HAR</translation>
    </message>
</context>
<context>
    <name>tunnelscope::ChartPanel</name>
    <message>
        <source>No data yet: the reconnects of each path appear here as the profile plays.</source>
        <translation>暂无数据：配置运行时，这里显示每条路径的重连。</translation>
    </message>
    <message>
        <source>No data yet: how each connection ended appears here once one has.</source>
        <translation>暂无数据：有连接结束后，这里显示每个连接是如何结束的。</translation>
    </message>
    <message>
        <source>No data yet: ping round trips and the latency the tunnel adds to each message appear here.</source>
        <translation>暂无数据：这里显示 ping 往返时间，以及隧道给每条消息增加的延迟。</translation>
    </message>
    <message>
        <source>Reconnects over time</source>
        <translation>重连次数随时间变化</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>How connections ended</source>
        <translation>连接的结束方式</translation>
    </message>
    <message>
        <source>Latency over time (ms)</source>
        <translation>延迟随时间变化（毫秒）</translation>
    </message>
    <message>
        <source>direct RTT</source>
        <translation>直连 RTT</translation>
    </message>
    <message>
        <source>tunnel RTT</source>
        <translation>隧道 RTT</translation>
    </message>
    <message>
        <source>tunnel − direct</source>
        <translation>隧道 − 直连</translation>
    </message>
</context>
<context>
    <name>tunnelscope::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>t (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>tunnelscope::FrameTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>Δ (ms)</source>
        <translation>Δ（毫秒）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Close %1: %2</source>
        <translation>关闭码 %1：%2</translation>
    </message>
    <message>
        <source>— not received on this path —</source>
        <translation>— 此路径未收到 —</translation>
    </message>
</context>
<context>
    <name>tunnelscope::MainWindow</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1（经 %2）</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（以 %2 身份）</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning in %3 run(s)</source>
        <translation>%3 轮中 %1 个严重、%2 个警告</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>Tunnelscope</source>
        <translation>Tunnelscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>打开配置(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save profile as…</source>
        <translation>配置另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑配置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建配置(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>打开录制(&amp;C)…</translation>
    </message>
    <message>
        <source>A JSON report, a journal or Tunnelscope&apos;s HAR, read-only</source>
        <translation>以只读方式打开 JSON 报告、日志或 Tunnelscope 导出的 HAR</translation>
    </message>
    <message>
        <source>Co&amp;mpare captures…</source>
        <translation>对比录制(&amp;M)…</translation>
    </message>
    <message>
        <source>Two recorded sessions (a browser&apos;s HAR, a JSON report or a journal) diffed: A direct, B tunnel</source>
        <translation>对比两份录制的会话（浏览器的 HAR、JSON 报告或日志）：A 为直连，B 为隧道</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>导出报告(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Play the profile on both paths (Ctrl+R)</source>
        <translation>在两条路径上运行该配置（Ctrl+R）</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Interactive session</source>
        <translation>交互会话(&amp;I)</translation>
    </message>
    <message>
        <source>Connect both paths by hand and send what you like; save it as a profile</source>
        <translation>手动连接两条路径，随意发送消息，并可保存为配置</translation>
    </message>
    <message>
        <source>&amp;Validate profile</source>
        <translation>校验配置(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find frames…</source>
        <translation>查找帧(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Next frame in the list</source>
        <translation>列表中的下一帧(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous frame in the list</source>
        <translation>列表中的上一帧(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;finding</source>
        <translation>下一条发现(&amp;F)</translation>
    </message>
    <message>
        <source>Previous f&amp;inding</source>
        <translation>上一条发现(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy frame</source>
        <translation>复制帧(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tunnelscope</source>
        <translation>关于 Tunnelscope(&amp;A)</translation>
    </message>
    <message>
        <source>Charts: reconnects, how connections ended, latency</source>
        <translation>图表：重连、连接的结束方式、延迟</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Pick a profile, then Start (Ctrl+R).</source>
        <translation>选择一个配置，然后点“开始”（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Built-in profiles and recent files</source>
        <translation>内置配置和最近的文件</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Direct URL</source>
        <translation>直连 URL</translation>
    </message>
    <message>
        <source>direct ws:// URL (lab)</source>
        <translation>直连 ws:// URL（实验环境）</translation>
    </message>
    <message>
        <source>Tunnel URL</source>
        <translation>隧道 URL</translation>
    </message>
    <message>
        <source>tunnel ws:// URL (lab)</source>
        <translation>隧道 ws:// URL（实验环境）</translation>
    </message>
    <message>
        <source> Direct </source>
        <translation> 直连 </translation>
    </message>
    <message>
        <source> Tunnel </source>
        <translation> 隧道 </translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Run shown</source>
        <translation>显示的轮次</translation>
    </message>
    <message>
        <source>Frame filter</source>
        <translation>帧过滤</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): text, /regex/, dir:in, type:close, is:finding, t:100..500, type == &quot;auth_invalid&quot;</source>
        <translation>过滤（Ctrl+F）：文本、/正则/、dir:in、type:close、is:finding、t:100..500、type == &quot;auth_invalid&quot;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms side by side must all hold; &lt;b&gt;and&lt;/b&gt;, &lt;b&gt;or&lt;/b&gt;, &lt;b&gt;not&lt;/b&gt; and parentheses combine them.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;auth_invalid&lt;/code&gt;, &lt;code&gt;&quot;two words&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;text, any case&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/auth_(ok|invalid)/i&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a regular expression&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;dir:in&lt;/code&gt;, &lt;code&gt;dir:out&lt;/code&gt;&lt;/td&gt;&lt;td&gt;received, sent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;type:close,ping&lt;/code&gt;&lt;/td&gt;&lt;td&gt;frame types&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:data&lt;/code&gt;, &lt;code&gt;is:control&lt;/code&gt;, &lt;code&gt;is:finding&lt;/code&gt;&lt;/td&gt;&lt;td&gt;data; pings, pongs, closes; what a finding or the diff points at&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;t:100..2500&lt;/code&gt;&lt;/td&gt;&lt;td&gt;milliseconds into the run&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;size:&amp;gt;1000&lt;/code&gt;, &lt;code&gt;conn:2&lt;/code&gt;, &lt;code&gt;code:1006&lt;/code&gt;&lt;/td&gt;&lt;td&gt;bytes, connection, close code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;type == &quot;auth_invalid&quot;&lt;/code&gt;, &lt;code&gt;event.data.n &amp;gt;= 10&lt;/code&gt;, &lt;code&gt;[0] == chat&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a JSON field (also ~ for a regular expression)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;并列的条件必须同时满足；可用 &lt;b&gt;and&lt;/b&gt;、&lt;b&gt;or&lt;/b&gt;、&lt;b&gt;not&lt;/b&gt; 和括号组合。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;auth_invalid&lt;/code&gt;、&lt;code&gt;&quot;two words&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;文本，不区分大小写&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/auth_(ok|invalid)/i&lt;/code&gt;&lt;/td&gt;&lt;td&gt;正则表达式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;dir:in&lt;/code&gt;、&lt;code&gt;dir:out&lt;/code&gt;&lt;/td&gt;&lt;td&gt;接收、发送&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;type:close,ping&lt;/code&gt;&lt;/td&gt;&lt;td&gt;帧类型&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:data&lt;/code&gt;、&lt;code&gt;is:control&lt;/code&gt;、&lt;code&gt;is:finding&lt;/code&gt;&lt;/td&gt;&lt;td&gt;数据帧；ping、pong、关闭帧；发现或差异所指的帧&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;t:100..2500&lt;/code&gt;&lt;/td&gt;&lt;td&gt;本轮开始后的毫秒数&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;size:&amp;gt;1000&lt;/code&gt;、&lt;code&gt;conn:2&lt;/code&gt;、&lt;code&gt;code:1006&lt;/code&gt;&lt;/td&gt;&lt;td&gt;字节数、第几个连接、关闭码&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;type == &quot;auth_invalid&quot;&lt;/code&gt;、&lt;code&gt;event.data.n &amp;gt;= 10&lt;/code&gt;、&lt;code&gt;[0] == chat&lt;/code&gt;&lt;/td&gt;&lt;td&gt;JSON 字段（用 ~ 匹配正则表达式）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Frame type</source>
        <translation>帧类型</translation>
    </message>
    <message>
        <source>Only frames of this type</source>
        <translation>只显示此类型的帧</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation>只看发现</translation>
    </message>
    <message>
        <source>Only the frames a finding or the diff points at (is:finding)</source>
        <translation>只显示发现或差异所指的帧（is:finding）</translation>
    </message>
    <message>
        <source>Previous frame in the list (Shift+F3)</source>
        <translation>列表中的上一帧（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next frame in the list (F3)</source>
        <translation>列表中的下一帧（F3）</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>While playing, keep the newest frames in view; untick to look around</source>
        <translation>运行时保持显示最新的帧；取消勾选即可自由浏览</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Direct path frames</source>
        <translation>直连路径的帧</translation>
    </message>
    <message>
        <source>Tunnel path frames</source>
        <translation>隧道路径的帧</translation>
    </message>
    <message>
        <source>Frame detail</source>
        <translation>帧详情</translation>
    </message>
    <message>
        <source>Select a frame to see it here: JSON pretty-printed, binary as hex, close codes explained.</source>
        <translation>选中一帧即可在此查看：JSON 格式化显示，二进制以十六进制显示，关闭码附带说明。</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>尚未比较。</translation>
    </message>
    <message>
        <source>Severity shown</source>
        <translation>显示的严重程度</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <source>Finding kind shown</source>
        <translation>显示的发现种类</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有种类</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>选择配置…</translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation>内置：%1</translation>
    </message>
    <message>
        <source>recent: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <source>The profile cannot be used:

</source>
        <translation>该配置无法使用：

</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>lab endpoint (automatic)</source>
        <translation>实验环境端点（自动）</translation>
    </message>
    <message>
        <source>direct ws:// URL</source>
        <translation>直连 ws:// URL</translation>
    </message>
    <message>
        <source>lab fault tunnel (automatic)</source>
        <translation>实验环境故障隧道（自动）</translation>
    </message>
    <message>
        <source>tunnel ws:// URL</source>
        <translation>隧道 ws:// URL</translation>
    </message>
    <message>
        <source>Tunnelscope — %1</source>
        <translation>Tunnelscope — %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n step(s)</source>
        <translation>
            <numerusform>已载入 %1：%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1 有效。</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>Tunnelscope profiles (*.json)</source>
        <translation>Tunnelscope 配置 (*.json)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 as plain JSON: the comments of %2 are not in it</source>
        <translation>已将 %1 保存为纯 JSON：%2 中的注释没有保留</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Environment variable %1 is not set. Value of secret %2 (kept in memory only):</source>
        <translation>环境变量 %1 未设置。请输入密钥 %2 的值（只保存在内存中）：</translation>
    </message>
    <message>
        <source>Nothing was connected:

</source>
        <translation>没有建立任何连接：

</translation>
    </message>
    <message>
        <source>Playing without a journal: %1</source>
        <translation>未记录日志，继续运行：%1</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>%1 (playing)</source>
        <translation>%1（运行中）</translation>
    </message>
    <message>
        <source>Comparing the two paths…</source>
        <translation>正在比较两条路径…</translation>
    </message>
    <message>
        <source>%1 holds no run: the session stopped before its first one began.</source>
        <translation>%1 中没有任何一轮：会话在第一轮开始前就停止了。</translation>
    </message>
    <message>
        <source>%1 (recovered) — Tunnelscope</source>
        <translation>%1（已恢复）— Tunnelscope</translation>
    </message>
    <message>
        <source>

File → Compare captures… diffs two recorded sessions: the direct one as A.</source>
        <translation>

“文件 → 对比录制…”可以对比两份录制的会话：直连的作为 A。</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tunnelscope</source>
        <translation>%1（只读）— Tunnelscope</translation>
    </message>
    <message>
        <source>%1 (compared, read-only) — Tunnelscope</source>
        <translation>%1（对比结果，只读）— Tunnelscope</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <source>Compare captures: A, the direct side</source>
        <translation>对比录制：A，直连一侧</translation>
    </message>
    <message>
        <source>Compare captures: B, the tunnel side</source>
        <translation>对比录制：B，隧道一侧</translation>
    </message>
    <message>
        <source>Recover a session</source>
        <translation>恢复会话</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) did not end (the app or the machine stopped while playing). Open the newest, %1, to see what it recorded?</source>
        <translation>
            <numerusform>有 %n 个会话没有正常结束（运行期间程序或机器停止了）。要打开最新的 %1，查看它记录了什么吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>via %1: </source>
        <translation>经 %1：</translation>
    </message>
    <message>
        <source>as %1: </source>
        <translation>以 %1 身份：</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>missing / extra</source>
        <translation>缺失 / 多出</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>被改动</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>error / violation</source>
        <translation>错误 / 违规</translation>
    </message>
    <message>
        <source>· ↓ received ↑ sent · Δ: tunnel minus direct</source>
        <translation>· ↓ 接收 ↑ 发送 · Δ：隧道减直连</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>第 %1 列：</translation>
    </message>
    <message>
        <source>Filter: %1%2</source>
        <translation>过滤：%1%2</translation>
    </message>
    <message>
        <source>%1 so far, %2% read</source>
        <translation>已找到 %1 个，已读 %2%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>the interactive session</source>
        <translation>交互会话</translation>
    </message>
    <message>
        <source>Interactive session — Tunnelscope</source>
        <translation>交互会话 — Tunnelscope</translation>
    </message>
    <message>
        <source>Interactive session: send to %1 and %2; Disconnect closes both paths and compares them.</source>
        <translation>交互会话：向 %1 和 %2 发送；“断开”会关闭两条路径并进行比较。</translation>
    </message>
    <message>
        <source>Interactive session on %1 alone: Disconnect closes it; nothing is compared.</source>
        <translation>只连接 %1 的交互会话：“断开”会关闭它；不做比较。</translation>
    </message>
    <message numerus="yes">
        <source>Only the direct path was connected: %n frame(s) recorded, nothing compared.</source>
        <translation>
            <numerusform>只连接了直连路径：记录了 %n 帧，没有进行比较。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the tunnel path was connected: %n frame(s) recorded, nothing compared.</source>
        <translation>
            <numerusform>只连接了隧道路径：记录了 %n 帧，没有进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect both paths to compare them.</source>
        <translation>连接两条路径才能比较。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) went to one path only; a profile plays every step on both paths.</source>
        <translation>
            <numerusform>有 %n 个步骤只发往一条路径；配置会在两条路径上执行每个步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was on one path alone; the profile plays both and compares them.</source>
        <translation>会话只连接了一条路径；配置会在两条路径上运行并进行比较。</translation>
    </message>
    <message>
        <source>There is no session to save: connect, send, then save.</source>
        <translation>没有可保存的会话：请先连接、发送，再保存。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save the session as a profile</source>
        <translation>将会话保存为配置</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1 (run it with: tunnelscope run %1). %2</source>
        <translation>已保存 %1（运行方式：tunnelscope run %1）。%2</translation>
    </message>
    <message>
        <source>Nothing on this path here: the other path received a message this one did not.</source>
        <translation>此路径在这里没有帧：另一条路径收到了本路径没有收到的消息。</translation>
    </message>
    <message>
        <source>%1 path, frame %2
</source>
        <translation>%1路径，第 %2 帧
</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>

Diff: %1</source>
        <translation>

差异：%1</translation>
    </message>
    <message>
        <source>

— Proxy —
%1: %2</source>
        <translation>

— 代理 —
%1：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>

— Connection —
Upgrade: %1
Ended: %2</source>
        <translation>

— 连接 —
升级：%1
结束：%2</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>close %1 (%2), %3 initiated</source>
        <translation>关闭码 %1（%2），由%3发起</translation>
    </message>
    <message>
        <source>1006, no close frame (%1)</source>
        <translation>1006，没有关闭帧（%1）</translation>
    </message>
    <message>
        <source>
Extensions: %1</source>
        <translation>
扩展：%1</translation>
    </message>
    <message>
        <source>
Extensions: offered %1, none agreed</source>
        <translation>
扩展：提议了 %1，均未被接受</translation>
    </message>
    <message>
        <source>Preview image: %1 × %2 %3</source>
        <translation>预览图：%1 × %2 %3</translation>
    </message>
    <message>
        <source>Frame %1 copied, its secrets redacted</source>
        <translation>已复制第 %1 帧，其中的密钥已隐去</translation>
    </message>
    <message>
        <source>Frame %1 copied</source>
        <translation>已复制第 %1 帧</translation>
    </message>
    <message>
        <source>nothing to export yet: play the profile first</source>
        <translation>暂时没有可导出的内容：请先运行配置</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>未知格式 %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>About Tunnelscope</source>
        <translation>关于 Tunnelscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tunnelscope %1&lt;/h3&gt;&lt;p&gt;Finds out what a tunnel or reverse proxy does to WebSocket traffic: the same scenario on a direct and a tunnelled path, every frame timestamped on one clock, the two sequences compared.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tunnelscope %1&lt;/h3&gt;&lt;p&gt;查明隧道或反向代理对 WebSocket 流量做了什么：在直连和经隧道的两条路径上执行同一个场景，用同一个时钟为每一帧打上时间戳，再比较两条帧序列。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Stop the session first to open a play of the watch.</source>
        <translation>请先停止当前会话，再打开监控中的某次运行。</translation>
    </message>
    <message>
        <source>Tunnelscope: watching</source>
        <translation>Tunnelscope：监控中</translation>
    </message>
    <message>
        <source>Show Tunnelscope</source>
        <translation>显示 Tunnelscope</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止监控</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>监控：%1</translation>
    </message>
    <message>
        <source>Tunnelscope: verdict changed</source>
        <translation>Tunnelscope：判定发生变化</translation>
    </message>
    <message>
        <source>Still watching. Quit from this icon&apos;s menu.</source>
        <translation>仍在监控。可从此图标的菜单中退出。</translation>
    </message>
    <message>
        <source>Recorded sessions (*.json *.tsjournal *.har)</source>
        <translation>录制的会话 (*.json *.tsjournal *.har)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The window speaks the language chosen from its next start.</source>
        <translation>所选语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>tunnelscope::MetricsServer</name>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <translation>无法在 %1:%2 上提供指标：%3</translation>
    </message>
</context>
<context>
    <name>tunnelscope::MonitorView</name>
    <message>
        <source>The profiles to watch, each on its own schedule</source>
        <translation>要监控的配置，各自按自己的计划运行</translation>
    </message>
    <message>
        <source>Add current profile</source>
        <translation>添加当前配置</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Watch a profile</source>
        <translation>监控一个配置</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>From one play&apos;s start to the next (500ms, 30s, 5m, 1h; 0: back to back)</source>
        <translation>从一次运行开始到下一次开始的间隔（500ms、30s、5m、1h；0：连续运行）</translation>
    </message>
    <message>
        <source>Start watching</source>
        <translation>开始监控</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Add profiles, then Start watching.</source>
        <translation>添加配置，然后点“开始监控”。</translation>
    </message>
    <message>
        <source>every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Drag to zoom in, right-click to zoom out; with the keyboard: ← → pan, + − zoom, 0 resets. Click a point to open the play nearest to it.</source>
        <translation>拖动放大，右键缩小；键盘：← → 平移，+ − 缩放，0 复原。点击某个点可打开离它最近的那次运行。</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>复原缩放</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Runs up, per path</source>
        <translation>各路径的可用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>Tunnel − direct per message</source>
        <translation>每条消息的隧道 − 直连</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Runs with findings</source>
        <translation>有发现的轮次</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Reconnects, abnormal closes</source>
        <translation>重连与异常关闭</translation>
    </message>
    <message>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>tunnel ≠1000</source>
        <translation>隧道 ≠1000</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Double-click a finding to open the latest play that had it</source>
        <translation>双击某条发现，打开最近一次出现它的运行</translation>
    </message>
    <message>
        <source>No play of %1 is kept in %2.</source>
        <translation>%2 中没有保存 %1 的任何运行。</translation>
    </message>
    <message>
        <source>%1 cannot be watched: %2</source>
        <translation>无法监控 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write it as 10s, 30s, 5m or 1h</source>
        <translation>“%1”不是时长：请写成 10s、30s、5m 或 1h</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Add a profile to watch first.</source>
        <translation>请先添加要监控的配置。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n play(s).</source>
        <translation>
            <numerusform>运行 %n 次后已停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n profile(s) every %1; journals in %2</source>
        <translation>
            <numerusform>正在监控 %n 个配置，间隔 %1；日志位于 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: the play under way finishes its run…</source>
        <translation>正在停止：当前的运行结束本轮后停止…</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n play(s); %1 last: %2</source>
        <translation>
            <numerusform>监控中：已运行 %n 次；%1 最近一次：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>No plays yet: the statistics of the watched profiles appear here.</source>
        <translation>尚无运行：这里显示所监控配置的统计数据。</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>as %1: </source>
        <translation>以 %1 身份：</translation>
    </message>
    <message>
        <source>That play was not kept on disk.</source>
        <translation>那次运行没有保存在磁盘上。</translation>
    </message>
</context>
<context>
    <name>tunnelscope::ProfileEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the profile as</source>
        <translation>配置另存为</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>配置字段</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Profile as JSON</source>
        <translation>配置的 JSON</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); open it in a text editor first</source>
        <translation>%1 不是 JSON 对象（%2）；请先用文本编辑器打开它</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>No problem: this profile is what `tunnelscope validate` accepts.</source>
        <translation>没有问题：这个配置能通过 `tunnelscope validate`。</translation>
    </message>
    <message>
        <source>JSON tab: not JSON at offset %1: %2</source>
        <translation>JSON 标签页：偏移 %1 处不是合法的 JSON：%2</translation>
    </message>
    <message>
        <source>JSON tab: a profile is a JSON object { … }</source>
        <translation>JSON 标签页：配置应是一个 JSON 对象 { … }</translation>
    </message>
    <message>
        <source>Edit the JSON</source>
        <translation>编辑 JSON</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>添加一个条目</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1[*]%2 — Tunnelscope profile editor</source>
        <translation>%1[*]%2 — Tunnelscope 配置编辑器</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>A built-in profile is read-only: Duplicate to edit makes a copy of your own.</source>
        <translation>内置配置是只读的：“复制后编辑”会生成一份属于你的副本。</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>要保存对 %1 的更改吗？</translation>
    </message>
</context>
<context>
    <name>tunnelscope::ProfileTreeModel</name>
    <message numerus="yes">
        <source>%n problem(s) inside</source>
        <translation>
            <numerusform>内含 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
</context>
<context>
    <name>tunnelscope::SessionComposer</name>
    <message>
        <source>Protocol adapter</source>
        <translation>协议适配器</translation>
    </message>
    <message>
        <source>What answers for you: Home Assistant&apos;s auth, Socket.IO&apos;s pings (raw: nothing)</source>
        <translation>替你自动应答的内容：Home Assistant 的认证、Socket.IO 的 ping（raw：不应答）</translation>
    </message>
    <message>
        <source>Lab endpoint</source>
        <translation>实验环境端点</translation>
    </message>
    <message>
        <source>With no URL in the profile bar: the lab endpoint to talk to, through the lab&apos;s tunnel</source>
        <translation>配置栏中没有 URL 时：要通过实验环境的隧道连接的实验环境端点</translation>
    </message>
    <message>
        <source>Paths to connect</source>
        <translation>要连接的路径</translation>
    </message>
    <message>
        <source>Connect both paths and compare them, or one alone to talk to it (nothing is compared)</source>
        <translation>连接两条路径并比较，或只连接其中一条与之交互（不做比较）</translation>
    </message>
    <message>
        <source>both paths</source>
        <translation>两条路径</translation>
    </message>
    <message>
        <source>direct only</source>
        <translation>只连直连</translation>
    </message>
    <message>
        <source>tunnel only</source>
        <translation>只连隧道</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>subprotocols, comma-separated</source>
        <translation>子协议，用逗号分隔</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open the paths: the URLs in the profile bar, or the lab&apos;s (Ctrl+Shift+Return)</source>
        <translation>打开路径：使用配置栏中的 URL，或实验环境的 URL（Ctrl+Shift+Return）</translation>
    </message>
    <message>
        <source>Upgrade headers</source>
        <translation>升级请求头</translation>
    </message>
    <message>
        <source>Upgrade headers, one per line: Name: value ({{secrets.NAME}} allowed)</source>
        <translation>升级请求头，每行一个：Name: value（可使用 {{secrets.NAME}}）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验环境</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>二进制（十六进制）</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>to both paths</source>
        <translation>两条路径</translation>
    </message>
    <message>
        <source>to the direct path</source>
        <translation>直连路径</translation>
    </message>
    <message>
        <source>to the tunnel path</source>
        <translation>隧道路径</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indent the JSON</source>
        <translation>缩进 JSON</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes as one binary message</source>
        <translation>把一个文件的内容作为一条二进制消息发送</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return); Up and Down recall what was sent</source>
        <translation>发送（Ctrl+Return）；上下方向键可调出发送过的内容</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>保存为配置…</translation>
    </message>
    <message>
        <source>A profile that plays what was sent here, with the waits between, for run and CI</source>
        <translation>生成一个配置，按原来的间隔重放这里发送过的内容，供 run 和 CI 使用</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <source>Header line %1 (&quot;%2&quot;) has no name: write Name: value</source>
        <translation>第 %1 行请求头（“%2”）没有名称：请写成 Name: value</translation>
    </message>
    <message>
        <source>Recorded by hand in Tunnelscope&apos;s interactive session</source>
        <translation>在 Tunnelscope 的交互会话中手动录制</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Type a JSON value to send</source>
        <translation>输入要发送的 JSON 值</translation>
    </message>
    <message>
        <source>Not JSON at %1: %2</source>
        <translation>%1 处不是合法的 JSON：%2</translation>
    </message>
    <message>
        <source>Binary is written as hex bytes (00 ff 1a…); or send a file with File…</source>
        <translation>二进制请写成十六进制字节（00 ff 1a…）；也可以用“文件…”发送一个文件</translation>
    </message>
    <message>
        <source>A ping carries at most 125 bytes (RFC 6455 §5.5); this is %1</source>
        <translation>ping 最多携带 125 字节（RFC 6455 §5.5）；这里有 %1 字节</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1 超过 16 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
</TS>
