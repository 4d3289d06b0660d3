<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BuiltinProfile</name>
    <message>
        <source>A chat back end behind a relay that ends TCP instead of forwarding close frames and drops its sessions after 400 ms (seen with cloudflared and frp): every close the browser should see as 1000 arrives as 1006 &apos;abnormal closure&apos;, and the client reconnects with exponential backoff and jitter (200 ms, then about 400 and 800), rejoining and repeating itself each time. Direct: one session, closed with 1000. Tunnel: 1006 after 1006, three reconnects.</source>
        <comment>chat-abrupt-close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same idle-timeout proxy as chat-idle-timeout, with the fix applied: a websocket ping every 500 ms keeps the connection busy, so the proxy never sees 1.5 s of silence and both paths end with a normal close.</source>
        <comment>chat-idle-heartbeat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that closes connections that stay quiet too long (ingress-nginx and Cloudflare cut idle WebSockets after about 100 s): a chat client that waits for messages is dropped with 1006 and no close frame, while the direct connection is fine. The lab&apos;s proxy gives up after 1.5 s of silence; the fix is a heartbeat below that (see chat-idle-heartbeat).</source>
        <comment>chat-idle-timeout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that rewrites text frames and puts bytes before the JSON: a byte order mark (EF BB BF) before each &apos;executing&apos; message and an anti-XSSI prefix )]}&apos;, before &apos;executed&apos;. The front end&apos;s JSON.parse throws on both, so the node highlight never moves and the finished image is never shown, while everything looks connected. Direct: clean JSON. Tunnel: the same messages with the bytes in front.</source>
        <comment>comfyui-bom-junk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ComfyUI front end&apos;s normal session: it connects to /ws with its clientId, gets the queue status, queues a workflow with POST /prompt, then follows it over the socket (execution_start, executing per node, progress with a PNG preview per sampler step, executed with the saved image, execution_success). Both paths carry the same stream: verdict clean.</source>
        <comment>comfyui-clean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stuck &apos;processing&apos; state: the prompt runs to the end, but the tunnel loses the messages that say so (&apos;executed&apos; with the image and &apos;execution_success&apos;), as a relay that drops frames under load or on a half-closed session does. The front end waits forever. Tunnelscope then asks GET /history/{prompt_id} through the same tunnel: the server lists the prompt as finished with its output, so the task ran and only the notification was lost.</source>
        <comment>comfyui-lost-executed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote-access relay that drops every session shortly after it opens (here 120 ms after the upgrade, with no close frame) while a prompt runs. The front end reconnects with exponential backoff and jitter and goes on following the prompt it queued, but every session is cut again: the socket closes as 1006 again and again, and the progress, previews and results sent while it was down are gone for good (ComfyUI sends each message once, to the socket that is connected at that moment). Direct: one session from status to execution_success. Tunnel: a storm of reconnects and lost messages; if execution_success itself fell into a gap, GET /history through the tunnel shows the prompt finished all the same.</source>
        <comment>comfyui-reconnect-storm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression that survives the tunnel: both paths offer permessage-deflate (RFC 7692) as a browser does, the lab&apos;s echo server agrees, and every message crosses compressed, the window carried from message to message. Each message is recorded inflated, beside its size on the wire. What a clean compressed comparison looks like.</source>
        <comment>deflate-clean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay that rewrites the frames it carries and breaks compressed ones: the first message the server compresses arrives with a DEFLATE stream no inflater can read. The client fails the connection (1002) as a browser does, and the tunnel path loses every message after it. Named as a protocol violation on the tunnel path only, with the messages that never arrived.</source>
        <comment>deflate-corrupted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that rebuilds the upgrade request from the headers it knows: the permessage-deflate offer never reaches the server, which answers without it, so every message crosses the tunnel uncompressed while the direct path compresses. Named as a warning (the tunnel removed permessage-deflate), with both upgrade answers; no message is lost.</source>
        <comment>deflate-stripped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant through a well-behaved tunnel with a valid token: auth_required, auth, auth_ok, an id-numbered ping, an event subscription with its stream, websocket pings both ways (the client&apos;s, and the server&apos;s heartbeat every 200 ms), and a normal close. Both paths should see the same conversation; use it to confirm a tunnel is not the problem.</source>
        <comment>ha-clean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay that forwards the client&apos;s close frame to the server as a text message: Home Assistant answers it with an invalid_format result (a result without an id), goes on sending the subscribed events, and never closes, so the client&apos;s close ends as 1006 when it gives up. Direct: the server answers the close with close 1000.</source>
        <comment>ha-close-as-data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant with message coalescing on (supported_features coalesce_messages, as HA&apos;s own frontend asks): events arrive several to a frame as a JSON array. A tunnel that changes framing but not content is fine; Tunnelscope compares the messages inside the arrays one by one, so a clean tunnel stays clean and a lost event inside an array is still named.</source>
        <comment>ha-coalesced-clean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;fix&apos; that makes things worse: a relay or client work-around that sends messages twice so the last one surely arrives. Home Assistant&apos;s auth_invalid now reaches the client twice, and a client that acts on each message (re-prompting, counting failures, banning) acts twice. Direct: one auth_invalid. Tunnel: two.</source>
        <comment>ha-double-send</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay that never forwards the client&apos;s websocket pings (and so never brings back a pong): the client&apos;s three pings are answered at once on the direct path and never through the tunnel, while every data message still gets through. A client that checks the connection with pings takes it for dead.</source>
        <comment>ha-dropped-ping</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote-access relay that loses Home Assistant&apos;s auth_invalid only for the iOS app: the same wrong token sent with a browser&apos;s User-Agent gets its auth_invalid through, sent with the app&apos;s it never arrives, and the app retries as if the network had failed. One identity alone looks clean or broken depending on which one was tried; the sweep plays every run as both and names the difference. Direct: auth_invalid then close 1000 as both. Tunnel: the same as browser, close 1000 alone as ios-app.</source>
        <comment>ha-identity-lost-auth-invalid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote-access relay that sends pings of its own: right after every auth_ message it pings the client, and eats the client&apos;s pong. Home Assistant&apos;s own heartbeat pings (every 200 ms here) reach both paths and are no finding. Direct: the server&apos;s pings only. Tunnel: those, plus one ping after auth_required and one after auth_ok that the server never sent.</source>
        <comment>ha-injected-ping</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay that answers the client&apos;s pings itself, at its edge, and never forwards them: every message through it takes 40 ms longer each way, yet its pongs come back as fast as the direct path&apos;s. A pong through it says nothing about the server.</source>
        <comment>ha-local-pong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant answers a wrong token with auth_invalid and closes the socket at once. A tunnel that tears down on the server&apos;s close before flushing what it still holds loses the auth_invalid: the client sees only a close, and HA&apos;s frontend retries as if the network had failed (&apos;cannot connect&apos;) instead of asking for a new token. Direct: auth_invalid then close 1000. Tunnel: close 1000 alone.</source>
        <comment>ha-lost-auth-invalid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote-access relay that eats the server&apos;s close frame and keeps the client&apos;s connection open: Home Assistant answers a wrong token with auth_invalid and closes at once, but through the relay the client sees auth_invalid and then nothing, until it gives up on its own. Direct: auth_invalid then close 1000 from the server. Tunnel: auth_invalid, no close frame, the connection held open until the client cut it.</source>
        <comment>ha-swallowed-close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Home Assistant, three ways in, compared at once against the same direct session: an nginx-like proxy that adds a couple of milliseconds, a VPN that adds 20 each way, and a vendor&apos;s remote-access relay that tears down on the server&apos;s close before flushing. HA answers a wrong token with auth_invalid and closes; only the relay loses the auth_invalid, and the summary names it: lost in 3/3 runs through vendor-relay, 0/3 through nginx and vpn.</source>
        <comment>ha-three-tunnels</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tunnel or the server behind it refuses the WebSocket upgrade with HTTP 403 (a wrong Origin, a missing token, an access rule on the proxy): browsers only report &apos;WebSocket connection failed&apos; and the close code 1006. Direct: upgraded. Tunnel: HTTP 403 Forbidden, recorded with its status line and headers.</source>
        <comment>handshake-rejected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay that takes its time to set up each route: TCP connects at once, but the upgrade answer comes 150-250 ms later, where the direct path answers in a few milliseconds. Every connection and every reconnect waits that long before the first message; the messages themselves then flow at full speed.</source>
        <comment>handshake-slow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tunnel that accepts the TCP connection and never answers the WebSocket upgrade (a dead upstream behind a relay, or a proxy that buffers the 101). Browsers hang in CONNECTING and libraries report &apos;Handshake not finished&apos;. Direct: upgraded in under a millisecond. Tunnel: the upgrade times out after handshake_timeout_ms.</source>
        <comment>handshake-stall</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A healthy tunnel in front of an echo server: a few milliseconds of latency and jitter, nothing lost. What a clean comparison looks like, and a baseline for measuring how much delay a tunnel adds.</source>
        <comment>lab-echo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Socket.IO v4 app through a well-behaved tunnel: the Engine.IO open packet, the namespace connect, events and an acknowledgement, and the server&apos;s pings answered with pongs for a few seconds. Both paths should see the same events; use it to confirm a tunnel is not the problem.</source>
        <comment>socketio-clean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that forwards the WebSocket close frame but drops its status code: the client sees 1005 (no status) instead of 1000, and socket.io-client reports a &apos;transport close&apos; and reconnects although nothing went wrong. Direct: close 1000. Tunnel: 1005.</source>
        <comment>socketio-close-without-status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tunnel that holds frames back (a stalling relay, an overloaded proxy): the server&apos;s pings reach the client late and the pongs come back after pingTimeout, so the Socket.IO server drops the connection with &apos;ping timeout&apos; while the direct session stays up. Users see random disconnects every few seconds.</source>
        <comment>socketio-ping-timeout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that forwards text frames as binary frames (seen in a Node proxy library): the browser hands the app a Blob instead of a string, socket.io&apos;s parser rejects it and events silently stop arriving. Direct: event packets as text. Tunnel: the same bytes as binary frames.</source>
        <comment>socketio-text-to-binary</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than the 2 GiB a capture may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3): compare takes a HAR file, a Tunnelscope JSON report (--json) or a journal (.tsjournal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a HAR file (no &quot;log&quot;) nor a Tunnelscope report (no &quot;format&quot;: &quot;tunnelscope-report/1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the HAR holds no WebSocket (%2 entries, none with _webSocketMessages): export it from the browser&apos;s Network panel with the WebSocket connection in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this Tunnelscope HAR has no %2 path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report holds no run that ended on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the journal holds no run that ended on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown frame type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no WebSocket URL contains &quot;%2&quot; (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePairing</name>
    <message>
        <source>--%1-path: &quot;%2&quot; is not a path: direct or tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a browser&apos;s capture: one side only. Compare it with a capture of the direct path (Compare captures, or tunnelscope compare DIRECT %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePayload</name>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal, no close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid payload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyUiBinary</name>
    <message>
        <source>ComfyUI preview image (%1, %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview image with metadata (%1, %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview image with metadata (%1, %2 bytes, node %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI text for node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyUiProtocol</name>
    <message>
        <source>queue_prompt: expected {&quot;queue_prompt&quot;: {workflow nodes in API format}} and nothing beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid: &quot;%2&quot;, %3 step(s), %4 run(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as each of %1 identities (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lab tunnel in front of direct.url with %1 fault(s)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, over wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lab endpoint %1 with %2 fault(s)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: finishing what was captured and writing the reports (again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playing %1: direct %2, tunnel %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1; playing without a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the JSON report (report.schema.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every frame of both paths as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write JUnit XML, one test case per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the self-contained HTML report (opens offline, no script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write HAR 1.2 with the WebSocket messages (browser developer tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON and CSV reports list only the frames EXPR keeps: text, /regex/, dir:in, type:close,ping, is:finding, t:100..500, size:&gt;1000, conn:2, type == &quot;auth_invalid&quot; (README: Frame filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print only the verdict line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every run with its paths and findings, and every group of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct path (overrides the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnelled path (overrides the profile); repeated, or as NAME=URL: several tunnels against the same direct path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many runs (overrides the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every path through this proxy: http://[USER:PASSWORD@]host:port (CONNECT) or socks5://...; over the profile&apos;s and http_proxy, https_proxy, all_proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path through any proxy, whatever the profile or the environment says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play PROFILE headless, print a summary and write the reports asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start PROFILE&apos;s lab endpoint and fault tunnel on 127.0.0.1 until Ctrl-C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel on port N and the endpoint on N+1, so their URLs survive a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play each PROFILE on a schedule until Ctrl-C, keep every play&apos;s journal, serve Prometheus metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from one play&apos;s start to the next (30s; 0: back to back; units ms s m h d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after this long (default: until SIGINT/SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve GET /metrics there (a port alone: 127.0.0.1:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep each play&apos;s capture journal under DIR/PROFILE/ (default: the user&apos;s data directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove journals older than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the oldest journals while they take more than SIZE (K, M, G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every path of every play through this proxy (as run --proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path through any proxy, whatever the profiles or the environment say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a profile; print every problem with its JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff two recorded sessions, each a HAR file (a browser&apos;s export), a JSON report or a journal: A as the direct side, B as the tunnel side; the same reports and exit status as run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which path of A, when it is a report or a journal (default direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which path of B, when it is a report or a journal (default tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a browser&apos;s HAR: only its WebSocket connections whose URL contains TEXT (a page may hold other sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to read the messages (raw, homeassistant, socketio, comfyui; default: the profile A or B was played with, else raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reports of a journal (a session that did not end, or one play of a watch), or a watch directory&apos;s statistics over a window of time (--since; --json and --html; exit 1 when a run in it had findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch directory: only the plays that ended within DUR (24h, 7d; default: all kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the built-in profiles, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole story of each profile, not just its first sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a profile (a built-in too) as JSON, to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a commented starter profile to FILE (tunnelscope-profile.json; - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help, or a command&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE may be - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tunnelscope %1
%2.
</source>
        <comment>a command&apos;s synopsis, then what it does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE is a .json file or builtin:NAME (tunnelscope profiles lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (see tunnelscope help %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for %2; did you mean %3? (see tunnelscope help %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: is a directory; name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: cannot write: the directory %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: cannot write: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the desktop app with PROFILE loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE is a .json file or builtin:NAME. While a session plays, what it records is journalled
(secrets redacted) in $TUNNELSCOPE_JOURNAL_DIR or the user&apos;s data directory; the journal is
removed when the session ends. `tunnelscope help COMMAND` shows a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 clean, 1 degraded or broken, 2 bad input, 3 the direct path never connected,
130 interrupted (SIGINT/SIGTERM: the run being played is marked interrupted, what was captured
is still compared and reported; a second signal quits at once).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); to play a profile headless: tunnelscope run PROFILE (see tunnelscope help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see tunnelscope help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; did you mean %2? (see tunnelscope help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window takes one profile; to play it headless with options: tunnelscope run %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see tunnelscope help; a profile is a .json file or builtin:NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;? (see tunnelscope help; a profile is a .json file or builtin:NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;; the commands are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot; (did you mean &quot;%2&quot;?); the commands are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tunnelscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; takes no arguments; tunnelscope show builtin:NAME prints one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profiles (builtin:NAME; tunnelscope show builtin:NAME prints one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: name another file, or add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starter profile is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: a profile that plays against the built-in lab as it is; edit &quot;direct&quot; and &quot;tunnel&quot; to test your own tunnel, then: tunnelscope run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.lab: with no &quot;endpoint&quot;, the lab&apos;s tunnel fronts direct.url, which is not set; set lab.endpoint (echo, homeassistant, ...) or direct.url (or give run --direct URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port from 1024 to 65534 (the endpoint takes the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.lab: the profile has no &quot;lab&quot; section, so there is nothing to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s direct server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.lab: the fault tunnel for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1 only. Ctrl-C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the lab&apos;s self-signed certificate is %1 (trust it for these URLs only, e.g. curl --cacert %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: usage: tunnelscope %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter trims the frames of the JSON and CSV reports; give --json FILE or --csv FILE with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy and --no-proxy: give one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs: &quot;%1&quot; is not a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one report can go to standard output (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a duration; write it as 500ms, 30s, 5m, 24h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-size: &quot;%1&quot; is not a size; write it as 500M or 2G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics: &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:9464) or a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping: finishing the run under way (again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: a watch directory is summarised with --json or --html; one play&apos;s %1 comes from its journal: tunnelscope report DIR/PROFILE/FILE.tsjournal --%1 FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a duration; write it as 30m, 24h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: %1 is a journal, not a watch directory; --since picks a window of a watch&apos;s plays (tunnelscope report DIR --since 24h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the journal holds no run (the session stopped before its first one began)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>how often a watch plays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to back</source>
        <comment>how often a watch plays: each play starts when the last one ends</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching %1 %2 for %3; journals in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching %1 %2; journals in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>run %1 was interrupted before it ended (a stop, SIGINT/SIGTERM, or a capture cut short): its frames are shown, its differences are not judged and it is left out of the verdict and the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the runs as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel path: TLS certificate errors were ignored (ignore_tls_errors), so the server&apos;s identity was not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct path: TLS certificate errors were ignored (ignore_tls_errors), so the server&apos;s identity was not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel path: TLS verification was off (ignore_tls_errors); no certificate error came up this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct path: TLS verification was off (ignore_tls_errors); no certificate error came up this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlFrameComparer</name>
    <message numerus="yes">
        <source>%n ping(s)</source>
        <translation>
            <numerusform>%n ping</numerusform>
            <numerusform>%n pings</numerusform>
        </translation>
    </message>
    <message>
        <source>an empty payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besides the %1 the server sent, which both paths got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct path got none from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel sent %1 of its own (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel sent %1 of its own (%2), right after %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the server&apos;s %2 never came through the tunnel, which stayed up: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of our %2 through the tunnel got no pong within %3 s, where the direct path&apos;s server answered each of them (in %4 ms at the median): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through the tunnel came back with another payload: we sent %2, the pong carried %3, where the direct path&apos;s pongs echoed ours: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel answered %1 that the server does not answer (the direct path got no pong within %2 s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel&apos;s pongs came back in %1 ms (median of %2), about as fast as the direct path&apos;s %3 ms, though every message through the tunnel takes %4 ms longer: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never closed: the connection ended %1 s after our close, when the client gave up (1006, no close frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never closed (1006, no close frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel forwarded our close frame%1 to the server as a data message: the server went on with messages the direct path never got (%2) and %3; on the direct path it answered our close with close %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <comment>milliseconds</comment>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>info</source>
        <comment>a finding&apos;s severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>a finding&apos;s severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <comment>a finding&apos;s severity</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingGroups</name>
    <message>
        <source>every run (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 run(s)</source>
        <comment>runs affected out of the runs judged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <comment>how often in those runs</comment>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingHints</name>
    <message>
        <source>the tunnel keeps its own connection alive with pings; a browser answers them unseen, but a client that counts or times the server&apos;s pings is misled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel answers pings itself, so a pong through it says nothing about the server being alive: a dead server looks healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel swallows the server&apos;s pings; a server with a heartbeat (aiohttp, ws) gets no pong and drops the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel swallows the client&apos;s pings (or the server&apos;s pongs); a client that checks the connection with pings takes it for dead and reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel changed the ping&apos;s payload (or the pong&apos;s) on the way; RFC 6455 requires a pong to echo it, and a client that matches pongs to its pings sees no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server never learns that the client left, so its session lingers until a timeout, and every clean close becomes a 1006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the close came through the tunnel and this message did not: the tunnel closed the client side before flushing it, or dropped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel closed the client side before flushing it (it ended TCP without a close frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent it together with its close %1 (same TCP read on the direct path); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent it %1 ms before its close %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent it %1 ms before its close %2; neither came through the tunnel, which held the connection open %3 s longer, until the client gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client failed the tunnel connection at %1 ms over a protocol violation that came through the tunnel (named with it), and nothing came after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel path was down when the server sent it (its connection ended at %1 ms, the next opened at %2 ms), and the server does not send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel connection ended at %1 ms, before it could come through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel dropped it while the connection stayed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second copy came on a new connection after a reconnect (the script started over, or the server repeats it to a client that comes back), so it is not the tunnel&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel delivered the same message twice (a proxy retry or a &quot;double send&quot; work-around); clients that act on each message act twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel changed the order of messages; clients that rely on order misbehave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel path received a message the direct path never saw (injected by the tunnel, or from another session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel put a UTF-8 byte order mark (EF BB BF) before the JSON; JSON.parse fails on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel put %1 byte(s) before the JSON; JSON.parse fails on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel turned a text frame into a binary frame; browsers deliver a Blob and JSON.parse(event.data) fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel cut the message short (a buffer or frame size limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement bytes (EF BF BD) appeared: the tunnel re-encoded the text and broke the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is no longer valid JSON after the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel changed the content (if a field legitimately differs per session, add it to compare.ignore_fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel never forwarded the server&apos;s close frame and kept the connection open %1 s longer, until the client gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel never forwarded the server&apos;s close frame nor ended the connection; the client cut it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s after the last frame: typical of a proxy idle timeout; set a heartbeat below %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel cut TCP instead of forwarding the close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the close frame never came through the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel dropped the status code of the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message took longer than the %1 ms limit (compare.latency_warn_ms), the rest were within it: a spike, not a delay users feel every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the %1 ms limit (compare.latency_warn_ms): the tunnel adds delay users feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the %1 ms limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameDetail</name>
    <message>
        <source>… %1 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, %2 bytes at %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 bytes at %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in %1 fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bytes on the wire (permessage-deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close frame without a status code: the application sees 1005 (no status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close code %1 (%2)
Reason: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol violation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes that carry secrets are shown as &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ack id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n binary attachment(s) follow</source>
        <translation>
            <numerusform>, %n binary attachment follows</numerusform>
            <numerusform>, %n binary attachments follow</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type &quot;%1&quot;, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages in one frame (coalesced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with a byte order mark (EF BB BF): JSON.parse fails on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameFilter</name>
    <message>
        <source>column %1: the quote opened here is never closed; end it with &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2 is not a valid quoted string (escape a quote as \&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: the regular expression opened here has no closing /; end it with / (or write \/ for a slash inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ( opened here is never closed; add a )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a JSON path before it, as in type == &quot;auth_invalid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter ends where a term was due (text, key:value or path == value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 where a term was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1/%2: the only flag is i (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no key &quot;%2&quot;; did you mean %3:? (or quote it to find the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dir is in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a frame type; write one or more of open, text, binary, ping, pong, close, error (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is takes data, control or finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs a value after it, as in %1 %2 &quot;auth_invalid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 compares numbers; %3 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an array index is written [0], [1]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a path step is empty (two dots?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: a lone = compares nothing; write == (or != , ~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ) with no ( before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1/ is not a regular expression: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write a number or a range, as %2:10..99, %2:..50, %2:&gt;1000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeAssistantProtocol</name>
    <message>
        <source>Home Assistant closes a connection that has not authenticated within 10 s; auth_required came %1 s after the upgrade and the client never sent auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant closes a connection that has not authenticated within 10 s; through this path auth_required came %1 s after the upgrade and the client&apos;s auth went out %2 s after it: the tunnel delays the auth exchange past HA&apos;s auth timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>&lt;b&gt;no end heard&lt;/b&gt; (no message came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;no end heard&lt;/b&gt; (last: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div&gt;Prompt &lt;code&gt;%1&lt;/code&gt;: %2%3&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1006 — no close frame (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3, client initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3, server initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: &lt;b&gt;%1&lt;/b&gt; — %2 critical, %3 warning, %4 info finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the direct path never completed a handshake</source>
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
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the tunnel delivered what the direct path received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened</source>
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
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more single finding(s) are in the JSON report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Client identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel treated every identity alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical message: tunnel received / direct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tunnel did anything the others did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical / warning findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> received / direct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1 received / direct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt;: direct %2/%3, tunnel %4/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical messages, runs in which each path received them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping RTT p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Per matched message, the tunnel path&apos;s reaction time minus the direct path&apos;s: %1 ms at p50, %2 ms at p95, over %n message(s) timed from the same event on both paths.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How connections ended (close codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: ping round trips, and tunnel − direct per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(interrupted: shown, not judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: &lt;code&gt;%1&lt;/code&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;failed&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (a HAR keeps data messages only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS errors ignored: %1</source>
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
        <source>Upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: %1 · reconnects: %2 · frames: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages to align in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received messages, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) are in the JSON and CSV reports.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— not received —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… the first %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[binary] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div&gt;Extensions: offered &lt;code&gt;%1&lt;/code&gt;, &lt;b&gt;none agreed&lt;/b&gt;&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div&gt;Extensions: &lt;code&gt;%1&lt;/code&gt;&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div&gt;Compressed: %1 message(s), %2 B on the wire for %3 B&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile as played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are milliseconds since each run started, on one monotonic clock shared by both paths. Secrets are shown as «redacted:NAME».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityContrast</name>
    <message>
        <source>%1/%2 runs as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: the tunnel treats these clients differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: the tunnel %3 treats these clients differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a JSON path, then what is wrong there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>a JSON type or another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: needs at least %n item(s)</source>
        <translation>
            <numerusform>%1: needs at least %n item</numerusform>
            <numerusform>%1: needs at least %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must not be an empty object (allowed keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing required key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key (did you mean &quot;%2&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <comment>this language&apos;s name, in itself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language Tunnelscope speaks (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>a binary message of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket.IO event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel lost %1: the first capture has it and the second does not (captures made apart: when or why it went missing is not in them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never came through the tunnel: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel lost %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel delivered %1 twice: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived at position %2 on the tunnel instead of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel altered %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel received %1 that the direct path did not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel adds %1 ms at p50 and %2 ms at p95 over %3 matched messages: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageMatcher</name>
    <message>
        <source>&quot;text&quot; must be a string (the exact text of the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;regex&quot; is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty pattern matches every message; name at least one key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file or a JSON path, then what is wrong there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such built-in profile (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file (a profile is a .json file or builtin:NAME; `tunnelscope profiles` lists the built-in ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a profile (16 MiB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a /* comment that is never closed with */</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $: expected an object, got an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $: expected an object, got a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.send.%2: &quot;%2&quot; needs &quot;protocol&quot;: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: %3 is too large (at most %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.tunnels: give either &quot;tunnel&quot; (one) or &quot;tunnels&quot; (several), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is already the name of %3; each tunnel needs its own name (reports and metrics are split by it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.proxy: &quot;%2&quot; has no host (write http://host:port or socks5://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a header value must not contain a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.permessage_deflate: parameters for an extension that is not offered; add &quot;permessage-deflate&quot; to $.extensions or remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.headers[&quot;%1&quot;]: the offer comes from $.extensions; a header of the same name would replace it (remove one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is already the name of %3; each identity needs its own name (reports and statistics are split by it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.send.binary_base64: not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.send.text: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.ping: a ping payload is at most 125 bytes (RFC 6455 §5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.close: %2 is reserved and must not be sent (use 1000 for a normal close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.timeout_ms: applies to &quot;expect&quot;, &quot;ping&quot; and &quot;queue_prompt&quot; only; this step has none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to do: give it send, expect, ping, close, wait_ms or await_close_ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: send, ping and close are separate steps (this one has %2 of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.heartbeat: missing &quot;interval_ms&quot; (how often to ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.reconnect.max_ms: %1 is below initial_ms %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.lab.behaviour: the hostile endpoint needs a &quot;behaviour&quot; (what the server does wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.lab.behaviour: only the hostile endpoint has a behaviour; set &quot;endpoint&quot;: &quot;hostile&quot; or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.lab.server_ping_ms: only a lab endpoint pings; this lab fronts direct.url, whose server pings as it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tunnel of $.tunnels is named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs &quot;ms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;drop_random&quot; needs &quot;p&quot; (the probability to drop a frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.status: 101 accepts the upgrade; give a rejecting status such as 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid regular expression: %2 (at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>&quot;%1&quot; is not a proxy URL (write http://host:port or socks5://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1:// proxy is not supported (use http:// for CONNECT, or socks5://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedWords</name>
    <message>
        <source>TCP closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut by the client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer did not end TCP within %1 ms of the close handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no close frame and no end of TCP came within %1 ms of the client&apos;s close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no WebSocket connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the client, which failed the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open when the capture stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded in a HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection ended with no close frame from the server (1006): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout after %1 ms waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the server while waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TCP connection to the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgrade answer (no byte came back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol violation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed message (RSV1) on a connection without permessage-deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed text message of %1 bytes could not be inflated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed binary message of %1 bytes could not be inflated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended in the middle of a frame from the server (%1 bytes of it came, the rest never did)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is a Socket.IO packet in a binary frame: socket.io-client takes a binary frame for an attachment and drops this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is a binary frame no Socket.IO packet announced as an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /history/%1 knows no such finished prompt (still queued or running, or never queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /history/%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /history/%1: %2, outputs from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the upgrade answer (1 byte came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the upgrade answer (%1 bytes came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 path goes through the proxy %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 path goes through the proxy %2 (from the environment&apos;s %3; --no-proxy or no_proxy to go without)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel path goes to %1 (%2), not through the lab&apos;s fault tunnel: its faults (%3) are not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token in %1 expired at %2 (read from the token itself, which is not shown): expect the server to refuse it (401/403, auth_invalid), on both paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL&apos;s %1= parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 was interrupted: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: an out-of-order record, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered from the journal of a session that did not end (%1): what was recorded until it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal reached its size cap: later frames were not journalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 WebSocket connections to %3 URLs (%4): compared as one path, in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 WebSocket connections to %3 URLs (%4): compared as one path, in time order (--url TEXT keeps only those whose URL contains TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared: A = %1 as the direct side, B = %2 as the tunnel side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A has %1 run(s) and B %2: the first %3 of each compared, run by run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was played as %2 in A and as %3 in B: compared as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pong after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ping: the connection had ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the connection had ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message matching %1: the connection had ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pong within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message matching %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer kept the connection open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt already queued; following it on the new connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the %1 client has no way to send this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended before a matching message; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message matching %1: the connection ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pong: the connection ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat: no pong within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is a ComfyUI JSON message in a binary frame: a ComfyUI front end reads binary frames as previews, so the message never reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is not a ComfyUI {&quot;type&quot;: string, &quot;data&quot;: object} message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1 queued (POST %2 answered 200 in %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is binary: Home Assistant sends JSON text only, and its frontend cannot read this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is a JSON array with an item that is not a message object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is not a Home Assistant message: no string &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: a %2 without a numeric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: a %2 for id %3, which this client never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: a second %2 for id %3; the frontend would resolve the command twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Socket.IO packet for pingInterval + pingTimeout (%1 ms): the server&apos;s pings stopped coming through, and socket.io-client drops the connection here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket.IO ping timeout: no packet for pingInterval + pingTimeout = %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket.IO ping sent at %1 ms unanswered within pingTimeout (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket.IO ping timeout: no pong within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket.IO ping at %1 ms went unanswered: the server dropped the connection %2 ms later (its pingTimeout is %3 ms) though the pong went out at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the binary packet in frame %1 announced attachments, %2 of which never came before the next packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is not a Socket.IO packet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its %2 path, from Tunnelscope&apos;s HAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a browser&apos;s capture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its %2 path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its %2 path, from the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser&apos;s upgrade got HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a record for a run that never started, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a record for a tunnel the run did not have, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI binary frame of %1 bytes is shorter than its 4-byte event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview image frame ends before its 4-byte image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview image frame names image format %1 (1 = JPEG, 2 = PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview image frame says %1 but its %2 bytes are not a %1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI text frame ends before its 4-byte node-id length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI text frame announces a node id of %1 bytes but only %2 follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame ends before its 4-byte metadata length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame announces %1 bytes of metadata but only %2 follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame: the metadata is not JSON (from byte %1 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame: the metadata is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame: the %1 bytes after the metadata are not a JPEG, PNG or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ComfyUI binary event type %1 (known: 1 preview image, 3 text, 4 preview with metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Engine.IO packet: it must start with a type digit 0-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON in the packet (from byte %1 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open packet without its JSON object (sid, pingInterval, pingTimeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message packet without a Socket.IO type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Socket.IO packet type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary packet without its attachment count (&quot;45N-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace without its closing comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event packet without [&quot;name&quot;, ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack packet without its id and argument array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect error without its {&quot;message&quot;} object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close payload of 1 byte (a status code needs 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close code %1 (%2) must not be sent on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close reason is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server agreed to the extension &quot;%1&quot;, which was not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server agreed to permessage-deflate %1 times (it was offered once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s permessage-deflate answer repeats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered server_max_window_bits=%1, more than the %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered client_max_window_bits, which the client did not offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered client_max_window_bits=%1, more than the %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s permessage-deflate answer has the parameter %1, which is unknown or needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s permessage-deflate answer has %1=&quot;%2&quot;, which is unknown or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted server_max_window_bits=%1 without saying it back (RFC 7692 §7.1.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved bits set (RSV 0x%1) without a negotiated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSV1 set on a %1 frame (permessage-deflate compresses whole data messages only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved opcode 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragmented control frame (opcode 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control frame with a %1-byte length (at most 125 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked frame from the server (servers must not mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmasked frame from the client (clients must mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit payload length with its most significant bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame payload of %1 bytes exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuation frame with no message to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new data frame (opcode 0x%1) inside a fragmented message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier message could not be inflated, so this one cannot be either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not start an inflater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it inflates to more than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol violation: unexpected opcode 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol violation: the server stopped reading: %1 MiB sent to it are still waiting (its TCP window stayed closed for %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP header line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request headers exceed %1 bytes without ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request headers exceed the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP/1.1 request line: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP answer headers exceed %1 bytes without ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP answer headers exceed the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP answer: the first line is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 answer without &quot;Upgrade: websocket&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 answer without &quot;Connection: Upgrade&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad Sec-WebSocket-Accept (expected %1, got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server chose subprotocol &quot;%1&quot; that was not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server chose the extension &quot;%1&quot;, and none was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Extensions &quot;%1&quot;: %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension name was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter name was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;;&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s answer to CONNECT %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy&apos;s choice of authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy&apos;s answer to the username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy&apos;s answer to CONNECT %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 did not answer CONNECT in HTTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general SOCKS server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not allowed by its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 does not speak SOCKS5 (its first byte was 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 wants credentials; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 accepts none of the offered ways to authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 chose a way to authenticate that was not offered (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 refused the username and password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 answered with an unknown address type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 refused CONNECT %2:%3: %4 (reply %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection while waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put USER:PASSWORD@ before the host in the proxy URL, the password from a secret ({{secrets.NAME}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it asks: Proxy-Authenticate: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;%5: it wants credentials; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;%5: the username and password given were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;: its rules do not allow a tunnel to that host or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;: no tunnel was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
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
    <name>RunArchive</name>
    <message>
        <source>%1: cannot create or write this directory for the journals (--out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create this directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunComparer</name>
    <message>
        <source>1006 (no close frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a close frame without status (1005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a browser&apos;s capture (HAR) keeps data messages only: pings, pongs, closes and protocol violations are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two sides were captured apart: each message&apos;s time is since its own session began, so latency is not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct path upgraded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct path failed too (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy in front of the tunnel path failed before the tunnel was reached, so the tunnel itself was not tested (check the proxy&apos;s address, credentials and rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel accepted TCP but never finished the upgrade (&quot;Handshake not finished&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel or the server behind it refused the upgrade (check Origin, token and path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel could not reach or talk to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel upgrade failed: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel upgrade failed: %1; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct upgrade failed: %1; with no direct session there is nothing to compare the tunnel with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel agreed to permessage-deflate (&quot;%1&quot;) where the server did not: its edge compresses its own hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel removed permessage-deflate: the server agreed to it on the direct path (&quot;%1&quot;), the tunnel&apos;s upgrade answer has none, so every message crosses the tunnel uncompressed (a proxy that rebuilds the upgrade request without Sec-WebSocket-Extensions, or answers the upgrade itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel changed what permessage-deflate agreed: &quot;%1&quot; on the direct path, &quot;%2&quot; through the tunnel, for the same offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the upgrade answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the %1 ms limit (compare.latency_warn_ms): every connection and reconnect waits that much longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the %1 ms limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel&apos;s upgrade took %1 ms where the direct path&apos;s took %2 ms (+%3 ms): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel&apos;s upgrade took %1 ms where the direct path&apos;s took %2 ms (+%3 ms, most of it %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict on how the tunnel closes: the client stopped waiting for the server&apos;s close %1 s after sending its own, less than one round trip through this tunnel (about %2 s); set the close step&apos;s await_close_ms above that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s close frame breaks RFC 6455 (on both paths): %1; browsers treat it as a protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel sent a close frame with code %1 on the wire, a code RFC 6455 forbids sending (the direct path got %2): the proxy forwards a code that only describes a failure; browsers treat it as a protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel ended with %1 %2 (the direct path got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel ended with %1 where the direct path got %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel cut the close reason from %1 to %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a heartbeat or ping timeout, typically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the tunnelled connection (%1) while the direct one stayed up until the client closed it: the server gave up on the client through the tunnel (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the tunnelled connection (%1, reason &quot;%2&quot;) while the direct one stayed up until the client closed it: the server gave up on the client through the tunnel (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connections ended differently: direct %1, tunnel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel path only: %1 (the tunnel changed the bytes of a compressed message: a relay must pass permessage-deflate frames on as they are, or agree to compression on each hop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel path only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct path only: %1 (the tunnel path did not see it: the tunnel rewrote or dropped what broke the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server broke the protocol (on both paths): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant answered auth_invalid on both paths: the token is refused by the server itself (wrong or expired), not lost by the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Socket.IO server refused the namespace connection (44) on both paths: the auth is refused by the server, not by the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both paths were refused with HTTP %1: the server (or a proxy in front of both) refuses the upgrade; check Origin, the token and the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel path&apos;s prompt %1 never reported how it ended, and the server could not tell either: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through the tunnel: the prompt finished on the server, the tunnel lost the notification (a ComfyUI front end stays on &quot;processing&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel never delivered how prompt %1 ended (no message came for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel never delivered how prompt %1 ended (last message: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct path heard %1 for its prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct path never heard how prompt %1 ended either, though %2: the server (or the direct route) loses it, not the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel path reconnected %1 time(s), direct path %2 time(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heartbeat ping(s) went unanswered within %2 ms on the tunnel path (direct: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n reconnect(s))</source>
        <translation>
            <numerusform> (%n reconnect)</numerusform>
            <numerusform> (%n reconnects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n frame(s)</source>
        <translation>
            <numerusform>%1 %2, %n frame</numerusform>
            <numerusform>%1 %2, %n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
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
    <message numerus="yes">
        <source>%1 s · %n finding(s)</source>
        <translation>
            <numerusform>%1 s · %n finding(s)</numerusform>
            <numerusform>%1 s · %n finding(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sentence</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <source>unknown placeholder {{%1}} (known: {{run}}, {{secrets.NAME}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} names a secret the profile does not declare in &quot;secrets&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} names a secret the profile does not declare in &quot;secrets&quot; (declared: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>direct</source>
        <comment>the direct path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel</source>
        <comment>the tunnelled path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the facts of a path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded (its duration was not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 %2 (client initiated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 %2 (server initiated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1006: no close frame (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames in %1, out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s) compressed, %2 B on the wire for %3 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <comment>a client identity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1%2 (interrupted: shown, not judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (a HAR has no closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1006 (no close frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded in %1/%2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (p50 %1 ms, max %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … %n more group(s) of findings: --verbose lists them and every run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>delivery of critical messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tunnel %1: %2 (%3 critical, %4 warning) over %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) through %1 tunnels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>verdict: %1 (%2 critical, %3 warning, %4 info finding(s) in %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - no run ended on its own, so nothing was judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - the direct path never completed a handshake: nothing to compare against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - TLS verification was off on a path (see the warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n interrupted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>findings over the runs judged, grouped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first failed: $.steps[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first failed: $.steps[%1], repetition %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelContrast</name>
    <message>
        <source>%1/%2 runs through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchDirectory</name>
    <message>
        <source>%1: the journal holds no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no watch journal (*%2) ended in the last %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no watch journal (*%2) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst play: %1 (%2 critical, %3 warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchHtmlReport</name>
    <message>
        <source>hours since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs up, per path (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel − direct per message (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs with findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <comment>a chart&apos;s unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create this directory for the worst plays&apos; reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 critical, %3 warning finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelscope watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · %4 play(s) read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchSummary</name>
    <message>
        <source>none</source>
        <comment>no closes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every run (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 runs (%3 %, 95 % CI %4–%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, p99 %3 ms (n %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 play(s), %4 run(s): clean %5, degraded %6, broken %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: direct %2, tunnel %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery of critical messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2; first %3, last %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more group(s) of findings</source>
        <translation>
            <numerusform>… %n more group of findings</numerusform>
            <numerusform>… %n more groups of findings</numerusform>
        </translation>
    </message>
    <message>
        <source>up in %1 of the runs; closes %2; %3 reconnect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping RTT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel − direct, per matched message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSocketUrl</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not parse as a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// is for plain HTTP; the same server&apos;s WebSocket URL starts with %2://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scheme is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WebSocket URL (%2): write ws://HOST[:PORT]/PATH, or wss:// for TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunnelscope::CaptureJournal</name>
    <message>
        <source>%1: cannot create the journal directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Tunnelscope journal (its first line names no &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile in the journal cannot be read: %2</source>
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
    <message>
        <source>everything kept</source>
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
    <name>tunnelscope::ScenarioRunner</name>
    <message>
        <source>%1: no URL for the %2 path (set %2.url, give --%2 URL, or add a &quot;lab&quot; section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no URL for this tunnel (set its url, give --tunnel NAME=URL, or add a &quot;lab&quot; section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, then what is wrong there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.%2.ca_file: cannot read &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.secrets.%2.env: environment variable %3 is not set (export %3=... before running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tunnel: &quot;%1&quot; names two tunnels; each needs its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tunnel: %1 compares %2 tunnels: give each as --tunnel NAME=URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.lab: the fault tunnel for %2: %3</source>
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
<context>
    <name>tunnelscope::Watcher</name>
    <message>
        <source>%1: %2: $.tunnels: watch plays one tunnel per profile; watch a profile for each tunnel (run compares several at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this play is counted but not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
