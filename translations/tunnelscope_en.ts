<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR with WebSocket messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::ChartPanel</name>
    <message>
        <source>No data yet: the reconnects of each path appear here as the profile plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: how each connection ended appears here once one has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: ping round trips and the latency the tunnel adds to each message appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How connections ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency over time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel − direct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::FrameTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not received on this path —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::MainWindow</name>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical, %2 warning in %3 run(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON report, a journal or Tunnelscope&apos;s HAR, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare captures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two recorded sessions (a browser&apos;s HAR, a JSON report or a journal) diffed: A direct, B tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the profile on both paths (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interactive session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect both paths by hand and send what you like; save it as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next frame in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous frame in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous f&amp;inding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts: reconnects, how connections ended, latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a profile, then Start (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profiles and recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct ws:// URL (lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel ws:// URL (lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Direct </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tunnel </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): text, /regex/, dir:in, type:close, is:finding, t:100..500, type == &quot;auth_invalid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms side by side must all hold; &lt;b&gt;and&lt;/b&gt;, &lt;b&gt;or&lt;/b&gt;, &lt;b&gt;not&lt;/b&gt; and parentheses combine them.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;auth_invalid&lt;/code&gt;, &lt;code&gt;&quot;two words&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;text, any case&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/auth_(ok|invalid)/i&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a regular expression&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;dir:in&lt;/code&gt;, &lt;code&gt;dir:out&lt;/code&gt;&lt;/td&gt;&lt;td&gt;received, sent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;type:close,ping&lt;/code&gt;&lt;/td&gt;&lt;td&gt;frame types&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:data&lt;/code&gt;, &lt;code&gt;is:control&lt;/code&gt;, &lt;code&gt;is:finding&lt;/code&gt;&lt;/td&gt;&lt;td&gt;data; pings, pongs, closes; what a finding or the diff points at&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;t:100..2500&lt;/code&gt;&lt;/td&gt;&lt;td&gt;milliseconds into the run&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;size:&amp;gt;1000&lt;/code&gt;, &lt;code&gt;conn:2&lt;/code&gt;, &lt;code&gt;code:1006&lt;/code&gt;&lt;/td&gt;&lt;td&gt;bytes, connection, close code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;type == &quot;auth_invalid&quot;&lt;/code&gt;, &lt;code&gt;event.data.n &amp;gt;= 10&lt;/code&gt;, &lt;code&gt;[0] == chat&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a JSON field (also ~ for a regular expression)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only frames of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the frames a finding or the diff points at (is:finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame in the list (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame in the list (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While playing, keep the newest frames in view; untick to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct path frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel path frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a frame to see it here: JSON pretty-printed, binary as hex, close codes explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding kind shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be used:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lab endpoint (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct ws:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab fault tunnel (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel ws:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as plain JSON: the comments of %2 are not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable %1 is not set. Value of secret %2 (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was connected:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing without a journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (playing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no run: the session stopped before its first one began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recovered) — Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

File → Compare captures… diffs two recorded sessions: the direct one as A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (compared, read-only) — Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare captures: A, the direct side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare captures: B, the tunnel side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) did not end (the app or the machine stopped while playing). Open the newest, %1, to see what it recorded?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing / extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error / violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· ↓ received ↑ sent · Δ: tunnel minus direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far, %2% read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interactive session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive session — Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive session: send to %1 and %2; Disconnect closes both paths and compares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive session on %1 alone: Disconnect closes it; nothing is compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the direct path was connected: %n frame(s) recorded, nothing compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the tunnel path was connected: %n frame(s) recorded, nothing compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect both paths to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) went to one path only; a profile plays every step on both paths.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The session was on one path alone; the profile plays both and compares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to save: connect, send, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (run it with: tunnelscope run %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this path here: the other path received a message this one did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 path, frame %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

— Proxy —
%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

— Connection —
Upgrade: %1
Ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 (%2), %3 initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1006, no close frame (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Extensions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Extensions: offered %1, none agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview image: %1 × %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 copied, its secrets redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export yet: play the profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tunnelscope %1&lt;/h3&gt;&lt;p&gt;Finds out what a tunnel or reverse proxy does to WebSocket traffic: the same scenario on a direct and a tunnelled path, every frame timestamped on one clock, the two sequences compared.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session first to open a play of the watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope: watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tunnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope: verdict changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still watching. Quit from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded sessions (*.json *.tsjournal *.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window speaks the language chosen from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::MetricsServer</name>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::MonitorView</name>
    <message>
        <source>The profiles to watch, each on its own schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From one play&apos;s start to the next (500ms, 30s, 5m, 1h; 0: back to back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profiles, then Start watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom in, right-click to zoom out; with the keyboard: ← → pan, + − zoom, 0 resets. Click a point to open the play nearest to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs up, per path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel − direct per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs with findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects, abnormal closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel ≠1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to open the latest play that had it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No play of %1 is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be watched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write it as 10s, 30s, 5m or 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile to watch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n play(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n profile(s) every %1; journals in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: the play under way finishes its run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n play(s); %1 last: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No plays yet: the statistics of the watched profiles appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That play was not kept on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::ProfileEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); open it in a text editor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem: this profile is what `tunnelscope validate` accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tab: not JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tab: a profile is a JSON object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*]%2 — Tunnelscope profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in profile is read-only: Duplicate to edit makes a copy of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::ProfileTreeModel</name>
    <message numerus="yes">
        <source>%n problem(s) inside</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::SessionComposer</name>
    <message>
        <source>Protocol adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What answers for you: Home Assistant&apos;s auth, Socket.IO&apos;s pings (raw: nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no URL in the profile bar: the lab endpoint to talk to, through the lab&apos;s tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect both paths and compare them, or one alone to talk to it (nothing is compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subprotocols, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the paths: the URLs in the profile bar, or the lab&apos;s (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade headers, one per line: Name: value ({{secrets.NAME}} allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to both paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the direct path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the tunnel path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes as one binary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return); Up and Down recall what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile that plays what was sent here, with the waits between, for run and CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line %1 (&quot;%2&quot;) has no name: write Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by hand in Tunnelscope&apos;s interactive session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a JSON value to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary is written as hex bytes (00 ff 1a…); or send a file with File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ping carries at most 125 bytes (RFC 6455 §5.5); this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
