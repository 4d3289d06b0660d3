<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuiltinProfile</name>
    <message>
        <source>A chat back end behind a relay that ends TCP instead of forwarding close frames and drops its sessions after 400 ms (seen with cloudflared and frp): every close the browser should see as 1000 arrives as 1006 &apos;abnormal closure&apos;, and the client reconnects with exponential backoff and jitter (200 ms, then about 400 and 800), rejoining and repeating itself each time. Direct: one session, closed with 1000. Tunnel: 1006 after 1006, three reconnects.</source>
        <comment>chat-abrupt-close</comment>
        <translation>聊天后端躲在一个中继后面：中继不转发关闭帧，而是直接断开 TCP，并在 400 毫秒后丢掉会话（cloudflared 和 frp 上都见过）。浏览器本该看到的每个 1000 关闭都变成了 1006“异常关闭”，客户端按指数退避加抖动重连（200 毫秒，随后约 400、800 毫秒），每次都重新加入、重复发送。直连：一个会话，以 1000 关闭。隧道：1006 接着 1006，重连三次。</translation>
    </message>
    <message>
        <source>The same idle-timeout proxy as chat-idle-timeout, with the fix applied: a websocket ping every 500 ms keeps the connection busy, so the proxy never sees 1.5 s of silence and both paths end with a normal close.</source>
        <comment>chat-idle-heartbeat</comment>
        <translation>与 chat-idle-timeout 相同的空闲超时代理，但已加上修复：每 500 毫秒发一个 WebSocket ping，让连接保持有流量，代理永远等不到 1.5 秒的静默，两条路径都以正常关闭结束。</translation>
    </message>
    <message>
        <source>A proxy that closes connections that stay quiet too long (ingress-nginx and Cloudflare cut idle WebSockets after about 100 s): a chat client that waits for messages is dropped with 1006 and no close frame, while the direct connection is fine. The lab&apos;s proxy gives up after 1.5 s of silence; the fix is a heartbeat below that (see chat-idle-heartbeat).</source>
        <comment>chat-idle-timeout</comment>
        <translation>一个会关闭长时间无流量连接的代理（ingress-nginx 和 Cloudflare 会在约 100 秒后切断空闲的 WebSocket）：等待消息的聊天客户端被以 1006 断开，没有关闭帧，而直连一切正常。实验室的代理在静默 1.5 秒后放弃；修复办法是把心跳间隔设得比这更短（见 chat-idle-heartbeat）。</translation>
    </message>
    <message>
        <source>A proxy that rewrites text frames and puts bytes before the JSON: a byte order mark (EF BB BF) before each &apos;executing&apos; message and an anti-XSSI prefix )]}&apos;, before &apos;executed&apos;. The front end&apos;s JSON.parse throws on both, so the node highlight never moves and the finished image is never shown, while everything looks connected. Direct: clean JSON. Tunnel: the same messages with the bytes in front.</source>
        <comment>comfyui-bom-junk</comment>
        <translation>一个改写文本帧、在 JSON 前面塞字节的代理：每条 &apos;executing&apos; 消息前加了字节顺序标记（EF BB BF），&apos;executed&apos; 前加了防 XSSI 前缀 )]}&apos;,。前端的 JSON.parse 在这两处都会抛异常，于是节点高亮不再移动，生成的图片也始终不显示，而表面上一切都连着。直连：干净的 JSON。隧道：同样的消息，前面多了这些字节。</translation>
    </message>
    <message>
        <source>A ComfyUI front end&apos;s normal session: it connects to /ws with its clientId, gets the queue status, queues a workflow with POST /prompt, then follows it over the socket (execution_start, executing per node, progress with a PNG preview per sampler step, executed with the saved image, execution_success). Both paths carry the same stream: verdict clean.</source>
        <comment>comfyui-clean</comment>
        <translation>ComfyUI 前端的一次正常会话：带着 clientId 连接 /ws，收到队列状态，用 POST /prompt 提交工作流，然后通过 WebSocket 跟踪执行（execution_start、每个节点一条 executing、每个采样步骤一条带 PNG 预览的 progress、带保存图片的 executed、execution_success）。两条路径传递的消息流相同：判定为 clean。</translation>
    </message>
    <message>
        <source>The stuck &apos;processing&apos; state: the prompt runs to the end, but the tunnel loses the messages that say so (&apos;executed&apos; with the image and &apos;execution_success&apos;), as a relay that drops frames under load or on a half-closed session does. The front end waits forever. Tunnelscope then asks GET /history/{prompt_id} through the same tunnel: the server lists the prompt as finished with its output, so the task ran and only the notification was lost.</source>
        <comment>comfyui-lost-executed</comment>
        <translation>卡在“处理中”的状态：提示词其实已经跑完，但隧道丢失了报告完成的消息（带图片的 &apos;executed&apos; 和 &apos;execution_success&apos;），就像在高负载下或半关闭的会话上丢帧的中继那样。前端会一直等下去。Tunnelscope 随后经同一条隧道请求 GET /history/{prompt_id}：服务器列出该提示词已完成并给出输出，说明任务确实执行了，丢的只是通知。</translation>
    </message>
    <message>
        <source>A remote-access relay that drops every session shortly after it opens (here 120 ms after the upgrade, with no close frame) while a prompt runs. The front end reconnects with exponential backoff and jitter and goes on following the prompt it queued, but every session is cut again: the socket closes as 1006 again and again, and the progress, previews and results sent while it was down are gone for good (ComfyUI sends each message once, to the socket that is connected at that moment). Direct: one session from status to execution_success. Tunnel: a storm of reconnects and lost messages; if execution_success itself fell into a gap, GET /history through the tunnel shows the prompt finished all the same.</source>
        <comment>comfyui-reconnect-storm</comment>
        <translation>一个远程访问中继，在每个会话建立后不久就把它断掉（这里是升级后 120 毫秒，没有关闭帧），而此时提示词正在执行。前端按指数退避加抖动重连，继续跟踪它提交的提示词，但每个会话都会再次被切断：WebSocket 一次又一次以 1006 关闭，断线期间发出的进度、预览和结果永久丢失（ComfyUI 每条消息只发一次，只发给当时连着的那个 WebSocket）。直连：一个会话，从 status 到 execution_success。隧道：重连风暴加上丢失的消息；如果 execution_success 本身落在断线间隙里，经隧道请求 GET /history 仍能看到提示词已经完成。</translation>
    </message>
    <message>
        <source>Compression that survives the tunnel: both paths offer permessage-deflate (RFC 7692) as a browser does, the lab&apos;s echo server agrees, and every message crosses compressed, the window carried from message to message. Each message is recorded inflated, beside its size on the wire. What a clean compressed comparison looks like.</source>
        <comment>deflate-clean</comment>
        <translation>经过隧道仍然正常的压缩：两条路径都像浏览器一样提议 permessage-deflate（RFC 7692），实验室的回显服务器同意，每条消息都压缩传输，压缩窗口在消息之间延续。每条消息都以解压后的内容记录，旁边附上它在线路上的大小。这就是一次干净的压缩对比应有的样子。</translation>
    </message>
    <message>
        <source>A relay that rewrites the frames it carries and breaks compressed ones: the first message the server compresses arrives with a DEFLATE stream no inflater can read. The client fails the connection (1002) as a browser does, and the tunnel path loses every message after it. Named as a protocol violation on the tunnel path only, with the messages that never arrived.</source>
        <comment>deflate-corrupted</comment>
        <translation>一个改写所转发帧的中继，把压缩帧弄坏了：服务器压缩的第一条消息到达时，带着一段任何解压器都读不了的 DEFLATE 数据流。客户端像浏览器一样使连接失败（1002），隧道路径此后的每条消息都丢失。仅在隧道路径上判定为协议违规，并列出没有到达的消息。</translation>
    </message>
    <message>
        <source>A proxy that rebuilds the upgrade request from the headers it knows: the permessage-deflate offer never reaches the server, which answers without it, so every message crosses the tunnel uncompressed while the direct path compresses. Named as a warning (the tunnel removed permessage-deflate), with both upgrade answers; no message is lost.</source>
        <comment>deflate-stripped</comment>
        <translation>一个只用自己认识的头重建升级请求的代理：permessage-deflate 的提议到不了服务器，服务器的应答里也就没有它，于是经隧道的每条消息都不压缩，而直连路径是压缩的。判定为警告（隧道去掉了 permessage-deflate），附上两边的升级应答；没有消息丢失。</translation>
    </message>
    <message>
        <source>Home Assistant through a well-behaved tunnel with a valid token: auth_required, auth, auth_ok, an id-numbered ping, an event subscription with its stream, websocket pings both ways (the client&apos;s, and the server&apos;s heartbeat every 200 ms), and a normal close. Both paths should see the same conversation; use it to confirm a tunnel is not the problem.</source>
        <comment>ha-clean</comment>
        <translation>Home Assistant 经过一条行为良好的隧道，使用有效令牌：auth_required、auth、auth_ok，一个带 id 编号的 ping，一个事件订阅及其事件流，双向的 WebSocket ping（客户端的，以及服务器每 200 毫秒一次的心跳），最后正常关闭。两条路径应看到相同的对话；用它来确认问题不在隧道。</translation>
    </message>
    <message>
        <source>A relay that forwards the client&apos;s close frame to the server as a text message: Home Assistant answers it with an invalid_format result (a result without an id), goes on sending the subscribed events, and never closes, so the client&apos;s close ends as 1006 when it gives up. Direct: the server answers the close with close 1000.</source>
        <comment>ha-close-as-data</comment>
        <translation>一个把客户端的关闭帧当作文本消息转发给服务器的中继：Home Assistant 回以 invalid_format 结果（没有 id 的 result），继续发送已订阅的事件，始终不关闭，于是客户端的关闭在它放弃等待时以 1006 结束。直连：服务器以 1000 关闭帧回应关闭。</translation>
    </message>
    <message>
        <source>Home Assistant with message coalescing on (supported_features coalesce_messages, as HA&apos;s own frontend asks): events arrive several to a frame as a JSON array. A tunnel that changes framing but not content is fine; Tunnelscope compares the messages inside the arrays one by one, so a clean tunnel stays clean and a lost event inside an array is still named.</source>
        <comment>ha-coalesced-clean</comment>
        <translation>开启消息合并的 Home Assistant（supported_features 的 coalesce_messages，HA 自己的前端也会这样请求）：事件以 JSON 数组的形式多条合在一帧里到达。只改变分帧、不改变内容的隧道没有问题；Tunnelscope 逐条比较数组里的消息，所以干净的隧道仍然判定为干净，而数组里丢失的一个事件照样会被指出。</translation>
    </message>
    <message>
        <source>The &apos;fix&apos; that makes things worse: a relay or client work-around that sends messages twice so the last one surely arrives. Home Assistant&apos;s auth_invalid now reaches the client twice, and a client that acts on each message (re-prompting, counting failures, banning) acts twice. Direct: one auth_invalid. Tunnel: two.</source>
        <comment>ha-double-send</comment>
        <translation>越“修”越糟：中继或客户端的变通做法把消息发两遍，好让最后一条一定送到。Home Assistant 的 auth_invalid 现在会到达客户端两次，而对每条消息都作出反应的客户端（重新要求登录、累计失败次数、封禁）会反应两次。直连：一个 auth_invalid。隧道：两个。</translation>
    </message>
    <message>
        <source>A relay that never forwards the client&apos;s websocket pings (and so never brings back a pong): the client&apos;s three pings are answered at once on the direct path and never through the tunnel, while every data message still gets through. A client that checks the connection with pings takes it for dead.</source>
        <comment>ha-dropped-ping</comment>
        <translation>一个从不转发客户端 WebSocket ping 的中继（因此也从不带回 pong）：客户端的三个 ping 在直连路径上立即得到应答，经隧道则永远没有应答，而每条数据消息仍然能通过。靠 ping 检查连接的客户端会认为连接已断。</translation>
    </message>
    <message>
        <source>A remote-access relay that loses Home Assistant&apos;s auth_invalid only for the iOS app: the same wrong token sent with a browser&apos;s User-Agent gets its auth_invalid through, sent with the app&apos;s it never arrives, and the app retries as if the network had failed. One identity alone looks clean or broken depending on which one was tried; the sweep plays every run as both and names the difference. Direct: auth_invalid then close 1000 as both. Tunnel: the same as browser, close 1000 alone as ios-app.</source>
        <comment>ha-identity-lost-auth-invalid</comment>
        <translation>一个只对 iOS App 丢失 Home Assistant auth_invalid 的远程访问中继：同一个错误令牌，带浏览器的 User-Agent 发送时 auth_invalid 能送到，带 App 的 User-Agent 发送时就永远收不到，App 于是当作网络故障去重试。只用一种身份测试，结果是干净还是故障取决于试的是哪一种；轮换测试让每次运行都以两种身份各放一遍，并指出差别。直连：两种身份都是 auth_invalid 后 1000 关闭。隧道：browser 身份相同，ios-app 身份只有 1000 关闭。</translation>
    </message>
    <message>
        <source>A remote-access relay that sends pings of its own: right after every auth_ message it pings the client, and eats the client&apos;s pong. Home Assistant&apos;s own heartbeat pings (every 200 ms here) reach both paths and are no finding. Direct: the server&apos;s pings only. Tunnel: those, plus one ping after auth_required and one after auth_ok that the server never sent.</source>
        <comment>ha-injected-ping</comment>
        <translation>一个自己发送 ping 的远程访问中继：在每条 auth_ 消息之后立即 ping 客户端，并吞掉客户端的 pong。Home Assistant 自己的心跳 ping（这里每 200 毫秒一次）两条路径都收得到，不算问题。直连：只有服务器的 ping。隧道：除此之外，auth_required 之后和 auth_ok 之后各多一个服务器从未发过的 ping。</translation>
    </message>
    <message>
        <source>A relay that answers the client&apos;s pings itself, at its edge, and never forwards them: every message through it takes 40 ms longer each way, yet its pongs come back as fast as the direct path&apos;s. A pong through it says nothing about the server.</source>
        <comment>ha-local-pong</comment>
        <translation>一个在自己的边缘节点直接应答客户端 ping、从不向后转发的中继：经过它的每条消息单程多花 40 毫秒，可它的 pong 回来得和直连路径一样快。经过它的 pong 说明不了服务器的任何情况。</translation>
    </message>
    <message>
        <source>Home Assistant answers a wrong token with auth_invalid and closes the socket at once. A tunnel that tears down on the server&apos;s close before flushing what it still holds loses the auth_invalid: the client sees only a close, and HA&apos;s frontend retries as if the network had failed (&apos;cannot connect&apos;) instead of asking for a new token. Direct: auth_invalid then close 1000. Tunnel: close 1000 alone.</source>
        <comment>ha-lost-auth-invalid</comment>
        <translation>Home Assistant 对错误令牌回以 auth_invalid 并立即关闭连接。隧道在服务器关闭时还没把手上的数据发完就拆除了连接，于是丢失了 auth_invalid：客户端只看到一个关闭，HA 前端当作网络故障去重试（“无法连接”），而不是提示换一个新令牌。直连：auth_invalid 后 1000 关闭。隧道：只有 1000 关闭。</translation>
    </message>
    <message>
        <source>A remote-access relay that eats the server&apos;s close frame and keeps the client&apos;s connection open: Home Assistant answers a wrong token with auth_invalid and closes at once, but through the relay the client sees auth_invalid and then nothing, until it gives up on its own. Direct: auth_invalid then close 1000 from the server. Tunnel: auth_invalid, no close frame, the connection held open until the client cut it.</source>
        <comment>ha-swallowed-close</comment>
        <translation>一个吞掉服务器关闭帧、却让客户端连接保持打开的远程访问中继：Home Assistant 对错误令牌回以 auth_invalid 并立即关闭，但经过中继，客户端看到 auth_invalid 之后就再没有任何东西，直到它自己放弃。直连：auth_invalid，然后服务器发出 1000 关闭。隧道：auth_invalid，没有关闭帧，连接一直挂着，直到客户端自己断开。</translation>
    </message>
    <message>
        <source>One Home Assistant, three ways in, compared at once against the same direct session: an nginx-like proxy that adds a couple of milliseconds, a VPN that adds 20 each way, and a vendor&apos;s remote-access relay that tears down on the server&apos;s close before flushing. HA answers a wrong token with auth_invalid and closes; only the relay loses the auth_invalid, and the summary names it: lost in 3/3 runs through vendor-relay, 0/3 through nginx and vpn.</source>
        <comment>ha-three-tunnels</comment>
        <translation>同一个 Home Assistant，三条入口，同时与同一个直连会话对比：一个多加几毫秒的类 nginx 代理，一个单程多加 20 毫秒的 VPN，以及一个在服务器关闭时不先转发完就拆除连接的厂商远程访问中继。HA 对错误令牌回以 auth_invalid 并关闭；只有中继丢失了 auth_invalid，汇总会指出：经 vendor-relay 3/3 次运行丢失，经 nginx 和 vpn 0/3。</translation>
    </message>
    <message>
        <source>A tunnel or the server behind it refuses the WebSocket upgrade with HTTP 403 (a wrong Origin, a missing token, an access rule on the proxy): browsers only report &apos;WebSocket connection failed&apos; and the close code 1006. Direct: upgraded. Tunnel: HTTP 403 Forbidden, recorded with its status line and headers.</source>
        <comment>handshake-rejected</comment>
        <translation>隧道或其后的服务器以 HTTP 403 拒绝 WebSocket 升级（Origin 不对、缺少令牌、代理上的访问规则）：浏览器只会报“WebSocket connection failed”和关闭码 1006。直连：升级成功。隧道：HTTP 403 Forbidden，连同状态行和响应头一起记录。</translation>
    </message>
    <message>
        <source>A relay that takes its time to set up each route: TCP connects at once, but the upgrade answer comes 150-250 ms later, where the direct path answers in a few milliseconds. Every connection and every reconnect waits that long before the first message; the messages themselves then flow at full speed.</source>
        <comment>handshake-slow</comment>
        <translation>一个建立每条路由都很慢的中继：TCP 立即连上，但升级应答要 150–250 毫秒后才来，而直连路径几毫秒就应答。每次连接和每次重连都要先等这么久才收到第一条消息；之后消息本身以全速传输。</translation>
    </message>
    <message>
        <source>A tunnel that accepts the TCP connection and never answers the WebSocket upgrade (a dead upstream behind a relay, or a proxy that buffers the 101). Browsers hang in CONNECTING and libraries report &apos;Handshake not finished&apos;. Direct: upgraded in under a millisecond. Tunnel: the upgrade times out after handshake_timeout_ms.</source>
        <comment>handshake-stall</comment>
        <translation>一个接受了 TCP 连接却始终不应答 WebSocket 升级的隧道（中继后面的上游已经挂了，或代理把 101 缓冲住了）。浏览器卡在 CONNECTING，各种库报“Handshake not finished”。直连：不到 1 毫秒完成升级。隧道：升级在 handshake_timeout_ms 后超时。</translation>
    </message>
    <message>
        <source>A healthy tunnel in front of an echo server: a few milliseconds of latency and jitter, nothing lost. What a clean comparison looks like, and a baseline for measuring how much delay a tunnel adds.</source>
        <comment>lab-echo</comment>
        <translation>回显服务器前面的一条健康隧道：几毫秒的延迟和抖动，没有丢失。这就是一次干净的对比应有的样子，也可作为测量隧道增加多少延迟的基线。</translation>
    </message>
    <message>
        <source>A Socket.IO v4 app through a well-behaved tunnel: the Engine.IO open packet, the namespace connect, events and an acknowledgement, and the server&apos;s pings answered with pongs for a few seconds. Both paths should see the same events; use it to confirm a tunnel is not the problem.</source>
        <comment>socketio-clean</comment>
        <translation>一个 Socket.IO v4 应用经过一条行为良好的隧道：Engine.IO 的 open 包、命名空间连接、事件和一个确认，以及服务器的 ping 在几秒内都得到 pong 应答。两条路径应看到相同的事件；用它来确认问题不在隧道。</translation>
    </message>
    <message>
        <source>A proxy that forwards the WebSocket close frame but drops its status code: the client sees 1005 (no status) instead of 1000, and socket.io-client reports a &apos;transport close&apos; and reconnects although nothing went wrong. Direct: close 1000. Tunnel: 1005.</source>
        <comment>socketio-close-without-status</comment>
        <translation>一个转发 WebSocket 关闭帧却丢掉其状态码的代理：客户端看到的是 1005（无状态码）而不是 1000，socket.io-client 报告“transport close”并重连，尽管什么问题都没有。直连：1000 关闭。隧道：1005。</translation>
    </message>
    <message>
        <source>A tunnel that holds frames back (a stalling relay, an overloaded proxy): the server&apos;s pings reach the client late and the pongs come back after pingTimeout, so the Socket.IO server drops the connection with &apos;ping timeout&apos; while the direct session stays up. Users see random disconnects every few seconds.</source>
        <comment>socketio-ping-timeout</comment>
        <translation>一个压住帧不放的隧道（卡顿的中继、过载的代理）：服务器的 ping 迟迟才到客户端，pong 回去时已超过 pingTimeout，于是 Socket.IO 服务器以“ping timeout”断开连接，而直连会话一直保持。用户看到的是每隔几秒就随机断线。</translation>
    </message>
    <message>
        <source>A proxy that forwards text frames as binary frames (seen in a Node proxy library): the browser hands the app a Blob instead of a string, socket.io&apos;s parser rejects it and events silently stop arriving. Direct: event packets as text. Tunnel: the same bytes as binary frames.</source>
        <comment>socketio-text-to-binary</comment>
        <translation>一个把文本帧当作二进制帧转发的代理（在某个 Node 代理库里见过）：浏览器交给应用的是 Blob 而不是字符串，socket.io 的解析器拒绝它，事件就悄无声息地不再到达。直连：事件包是文本帧。隧道：同样的字节成了二进制帧。</translation>
    </message>
</context>
<context>
    <name>CaptureImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than the 2 GiB a capture may have</source>
        <translation>%1：%2 字节，超过了抓包文件最多 2 GiB 的限制</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3): compare takes a HAR file, a Tunnelscope JSON report (--json) or a journal (.tsjournal)</source>
        <translation>%1：不是 JSON（第 %3 字节处%2）：compare 接受 HAR 文件、Tunnelscope 的 JSON 报告（--json）或日志（.tsjournal）</translation>
    </message>
    <message>
        <source>%1: neither a HAR file (no &quot;log&quot;) nor a Tunnelscope report (no &quot;format&quot;: &quot;tunnelscope-report/1&quot;)</source>
        <translation>%1：既不是 HAR 文件（没有“log”），也不是 Tunnelscope 报告（没有 &quot;format&quot;: &quot;tunnelscope-report/1&quot;）</translation>
    </message>
    <message>
        <source>%1: the HAR holds no WebSocket (%2 entries, none with _webSocketMessages): export it from the browser&apos;s Network panel with the WebSocket connection in the list</source>
        <translation>%1：这个 HAR 里没有 WebSocket（%2 个条目，没有一个带 _webSocketMessages）：请在浏览器的“网络”面板里、列表中有这条 WebSocket 连接时导出</translation>
    </message>
    <message>
        <source>%1: this Tunnelscope HAR has no %2 path</source>
        <translation>%1：这个 Tunnelscope HAR 没有 %2 路径</translation>
    </message>
    <message>
        <source>%1: the report holds no run that ended on its own</source>
        <translation>%1：报告里没有一轮是自行结束的运行</translation>
    </message>
    <message>
        <source>%1: the journal holds no run that ended on its own</source>
        <translation>%1：日志里没有一轮是自行结束的运行</translation>
    </message>
    <message>
        <source>unknown frame type &quot;%1&quot;</source>
        <translation>未知的帧类型“%1”</translation>
    </message>
    <message>
        <source>%1: no WebSocket URL contains &quot;%2&quot; (it has %3)</source>
        <translation>%1：没有哪个 WebSocket URL 含有“%2”（其中有：%3）</translation>
    </message>
</context>
<context>
    <name>CapturePairing</name>
    <message>
        <source>--%1-path: &quot;%2&quot; is not a path: direct or tunnel</source>
        <translation>--%1-path：“%2”不是路径：只能是 direct 或 tunnel</translation>
    </message>
    <message>
        <source>--protocol: &quot;%1&quot; is not one of %2</source>
        <translation>--protocol：“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>%1 is a browser&apos;s capture: one side only. Compare it with a capture of the direct path (Compare captures, or tunnelscope compare DIRECT %1)</source>
        <translation>%1 是浏览器的抓包：只有一侧。请把它和直连路径的抓包一起比对（“比对抓包”，或 tunnelscope compare DIRECT %1）</translation>
    </message>
</context>
<context>
    <name>ClosePayload</name>
    <message>
        <source>normal</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>端点离开</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态码</translation>
    </message>
    <message>
        <source>abnormal, no close frame</source>
        <translation>异常断开，无关闭帧</translation>
    </message>
    <message>
        <source>invalid payload data</source>
        <translation>负载数据无效</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>extension required</source>
        <translation>需要扩展</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已注册的关闭码</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有关闭码</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>保留关闭码</translation>
    </message>
</context>
<context>
    <name>ComfyUiBinary</name>
    <message>
        <source>ComfyUI preview image (%1, %2 bytes)</source>
        <translation>ComfyUI 预览图（%1，%2 字节）</translation>
    </message>
    <message>
        <source>ComfyUI preview image with metadata (%1, %2 bytes)</source>
        <translation>带元数据的 ComfyUI 预览图（%1，%2 字节）</translation>
    </message>
    <message>
        <source>ComfyUI preview image with metadata (%1, %2 bytes, node %3)</source>
        <translation>带元数据的 ComfyUI 预览图（%1，%2 字节，节点 %3）</translation>
    </message>
    <message>
        <source>ComfyUI text for node %1: %2</source>
        <translation>ComfyUI 节点 %1 的文本：%2</translation>
    </message>
</context>
<context>
    <name>ComfyUiProtocol</name>
    <message>
        <source>queue_prompt: expected {&quot;queue_prompt&quot;: {workflow nodes in API format}} and nothing beside it</source>
        <translation>queue_prompt：应为 {&quot;queue_prompt&quot;: {API 格式的工作流节点}}，旁边不能有别的键</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid: &quot;%2&quot;, %3 step(s), %4 run(s)</source>
        <translation>%1：有效：“%2”，%3 个步骤，%4 次运行</translation>
    </message>
    <message>
        <source> as each of %1 identities (%2)</source>
        <translation>，分别以 %1 个身份运行（%2）</translation>
    </message>
    <message>
        <source>, lab tunnel in front of direct.url with %1 fault(s)%2</source>
        <translation>，实验室隧道位于 direct.url 之前，含 %1 个故障%2</translation>
    </message>
    <message>
        <source>, over wss://</source>
        <translation>，经 wss://</translation>
    </message>
    <message>
        <source>, lab endpoint %1 with %2 fault(s)%3</source>
        <translation>，实验室端点 %1，含 %2 个故障%3</translation>
    </message>
    <message>
        <source>interrupted: finishing what was captured and writing the reports (again to quit at once)</source>
        <translation>已中断：正在处理已抓取的内容并写出报告（再按一次立即退出）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>playing %1: direct %2, tunnel %3</source>
        <translation>正在运行 %1：直连 %2，隧道 %3</translation>
    </message>
    <message>
        <source>warning: %1; playing without a journal</source>
        <translation>警告：%1；将在没有日志的情况下运行</translation>
    </message>
    <message>
        <source>write the JSON report (report.schema.json)</source>
        <translation>写出 JSON 报告（report.schema.json）</translation>
    </message>
    <message>
        <source>write every frame of both paths as CSV</source>
        <translation>把两条路径的每一帧写成 CSV</translation>
    </message>
    <message>
        <source>write JUnit XML, one test case per run</source>
        <translation>写出 JUnit XML，每轮运行一个测试用例</translation>
    </message>
    <message>
        <source>write the self-contained HTML report (opens offline, no script)</source>
        <translation>写出自包含的 HTML 报告（离线可打开，不含脚本）</translation>
    </message>
    <message>
        <source>write HAR 1.2 with the WebSocket messages (browser developer tools)</source>
        <translation>写出带 WebSocket 消息的 HAR 1.2（浏览器开发者工具可读）</translation>
    </message>
    <message>
        <source>the JSON and CSV reports list only the frames EXPR keeps: text, /regex/, dir:in, type:close,ping, is:finding, t:100..500, size:&gt;1000, conn:2, type == &quot;auth_invalid&quot; (README: Frame filters)</source>
        <translation>JSON 和 CSV 报告只列出 EXPR 保留的帧：文本、/regex/、dir:in、type:close,ping、is:finding、t:100..500、size:&gt;1000、conn:2、type == &quot;auth_invalid&quot;（见 README：Frame filters）</translation>
    </message>
    <message>
        <source>print only the verdict line</source>
        <translation>只打印判定那一行</translation>
    </message>
    <message>
        <source>print every run with its paths and findings, and every group of findings</source>
        <translation>打印每轮运行及其路径和发现，以及每组发现</translation>
    </message>
    <message>
        <source>the direct path (overrides the profile)</source>
        <translation>直连路径（覆盖配置文件）</translation>
    </message>
    <message>
        <source>the tunnelled path (overrides the profile); repeated, or as NAME=URL: several tunnels against the same direct path</source>
        <translation>隧道路径（覆盖配置文件）；可重复给出，或写成 NAME=URL：多条隧道对照同一条直连路径</translation>
    </message>
    <message>
        <source>how many runs (overrides the profile)</source>
        <translation>运行多少轮（覆盖配置文件）</translation>
    </message>
    <message>
        <source>every path through this proxy: http://[USER:PASSWORD@]host:port (CONNECT) or socks5://...; over the profile&apos;s and http_proxy, https_proxy, all_proxy</source>
        <translation>所有路径都走这个代理：http://[USER:PASSWORD@]host:port（CONNECT）或 socks5://...；优先于配置文件里的代理以及 http_proxy、https_proxy、all_proxy</translation>
    </message>
    <message>
        <source>no path through any proxy, whatever the profile or the environment says</source>
        <translation>所有路径都不走代理，不管配置文件或环境变量怎么写</translation>
    </message>
    <message>
        <source>play PROFILE headless, print a summary and write the reports asked for</source>
        <translation>无界面运行 PROFILE，打印摘要并写出所要求的报告</translation>
    </message>
    <message>
        <source>start PROFILE&apos;s lab endpoint and fault tunnel on 127.0.0.1 until Ctrl-C</source>
        <translation>在 127.0.0.1 上启动 PROFILE 的实验室端点和故障隧道，直到按下 Ctrl-C</translation>
    </message>
    <message>
        <source>the tunnel on port N and the endpoint on N+1, so their URLs survive a restart</source>
        <translation>隧道用端口 N，端点用 N+1，这样重启后 URL 不变</translation>
    </message>
    <message>
        <source>play each PROFILE on a schedule until Ctrl-C, keep every play&apos;s journal, serve Prometheus metrics</source>
        <translation>按计划反复运行每个 PROFILE，直到按下 Ctrl-C；保留每次运行的日志，并提供 Prometheus 指标</translation>
    </message>
    <message>
        <source>from one play&apos;s start to the next (30s; 0: back to back; units ms s m h d)</source>
        <translation>两次运行开始之间的间隔（30s；0 表示一次接一次；单位 ms s m h d）</translation>
    </message>
    <message>
        <source>stop after this long (default: until SIGINT/SIGTERM)</source>
        <translation>运行这么久后停止（默认：直到收到 SIGINT/SIGTERM）</translation>
    </message>
    <message>
        <source>serve GET /metrics there (a port alone: 127.0.0.1:PORT)</source>
        <translation>在该地址提供 GET /metrics（只写端口时为 127.0.0.1:PORT）</translation>
    </message>
    <message>
        <source>keep each play&apos;s capture journal under DIR/PROFILE/ (default: the user&apos;s data directory)</source>
        <translation>把每次运行的抓包日志保存在 DIR/PROFILE/ 下（默认：用户数据目录）</translation>
    </message>
    <message>
        <source>remove journals older than this</source>
        <translation>删除早于这个时长的日志</translation>
    </message>
    <message>
        <source>remove the oldest journals while they take more than SIZE (K, M, G)</source>
        <translation>日志总量超过 SIZE（K、M、G）时，从最旧的开始删除</translation>
    </message>
    <message>
        <source>every path of every play through this proxy (as run --proxy)</source>
        <translation>每次运行的所有路径都走这个代理（同 run --proxy）</translation>
    </message>
    <message>
        <source>no path through any proxy, whatever the profiles or the environment say</source>
        <translation>所有路径都不走代理，不管配置文件或环境变量怎么写</translation>
    </message>
    <message>
        <source>check a profile; print every problem with its JSON path</source>
        <translation>检查配置文件；打印每个问题及其 JSON 路径</translation>
    </message>
    <message>
        <source>diff two recorded sessions, each a HAR file (a browser&apos;s export), a JSON report or a journal: A as the direct side, B as the tunnel side; the same reports and exit status as run</source>
        <translation>比对两段录下的会话（HAR 文件（浏览器导出）、JSON 报告或日志均可）：A 作为直连一侧，B 作为隧道一侧；报告和退出状态与 run 相同</translation>
    </message>
    <message>
        <source>which path of A, when it is a report or a journal (default direct)</source>
        <translation>A 是报告或日志时，取它的哪条路径（默认 direct）</translation>
    </message>
    <message>
        <source>which path of B, when it is a report or a journal (default tunnel)</source>
        <translation>B 是报告或日志时，取它的哪条路径（默认 tunnel）</translation>
    </message>
    <message>
        <source>a browser&apos;s HAR: only its WebSocket connections whose URL contains TEXT (a page may hold other sockets)</source>
        <translation>浏览器的 HAR：只取 URL 含有 TEXT 的 WebSocket 连接（一个页面可能还开着别的套接字）</translation>
    </message>
    <message>
        <source>how to read the messages (raw, homeassistant, socketio, comfyui; default: the profile A or B was played with, else raw)</source>
        <translation>按哪种协议解读消息（raw、homeassistant、socketio、comfyui；默认：A 或 B 运行时所用配置文件的协议，否则 raw）</translation>
    </message>
    <message>
        <source>the reports of a journal (a session that did not end, or one play of a watch), or a watch directory&apos;s statistics over a window of time (--since; --json and --html; exit 1 when a run in it had findings)</source>
        <translation>由日志（未结束的会话，或 watch 的一次运行）生成报告，或统计 watch 目录在一段时间内的情况（--since；--json 和 --html；其中有一轮运行有发现时退出码为 1）</translation>
    </message>
    <message>
        <source>a watch directory: only the plays that ended within DUR (24h, 7d; default: all kept)</source>
        <translation>watch 目录：只统计在 DUR 之内结束的运行（24h、7d；默认：保留的全部）</translation>
    </message>
    <message>
        <source>list the built-in profiles, one line each</source>
        <translation>列出内置配置文件，每个一行</translation>
    </message>
    <message>
        <source>the whole story of each profile, not just its first sentence</source>
        <translation>显示每个配置文件的完整说明，而不只是第一句</translation>
    </message>
    <message>
        <source>print a profile (a built-in too) as JSON, to start from</source>
        <translation>以 JSON 打印一个配置文件（内置的也行），可以拿来改</translation>
    </message>
    <message>
        <source>write a commented starter profile to FILE (tunnelscope-profile.json; - for standard output)</source>
        <translation>把带注释的入门配置文件写到 FILE（tunnelscope-profile.json；- 表示标准输出）</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE 已存在时覆盖它</translation>
    </message>
    <message>
        <source>this help, or a command&apos;s</source>
        <translation>本帮助，或某个命令的帮助</translation>
    </message>
    <message>
        <source>FILE may be - for standard output.</source>
        <translation>FILE 可以写 -，表示标准输出。</translation>
    </message>
    <message>
        <source>Usage: tunnelscope %1
%2.
</source>
        <comment>a command&apos;s synopsis, then what it does</comment>
        <translation>用法：tunnelscope %1
%2。
</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>PROFILE is a .json file or builtin:NAME (tunnelscope profiles lists them).</source>
        <translation>PROFILE 是一个 .json 文件或 builtin:NAME（tunnelscope profiles 会列出它们）。</translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (see tunnelscope help %2)</source>
        <translation>%2 没有选项 %1（见 tunnelscope help %2）</translation>
    </message>
    <message>
        <source>unknown option %1 for %2; did you mean %3? (see tunnelscope help %2)</source>
        <translation>%2 没有选项 %1；你是想写 %3 吗？（见 tunnelscope help %2）</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--%1 %2: is a directory; name a file</source>
        <translation>--%1 %2：这是一个目录；请指定文件</translation>
    </message>
    <message>
        <source>--%1 %2: cannot write: the directory %3 does not exist</source>
        <translation>--%1 %2：无法写入：目录 %3 不存在</translation>
    </message>
    <message>
        <source>--%1 %2: cannot write: permission denied</source>
        <translation>--%1 %2：无法写入：权限不足</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the desktop app</source>
        <translation>打开桌面程序</translation>
    </message>
    <message>
        <source>open the desktop app with PROFILE loaded</source>
        <translation>打开桌面程序并载入 PROFILE</translation>
    </message>
    <message>
        <source>PROFILE is a .json file or builtin:NAME. While a session plays, what it records is journalled
(secrets redacted) in $TUNNELSCOPE_JOURNAL_DIR or the user&apos;s data directory; the journal is
removed when the session ends. `tunnelscope help COMMAND` shows a command&apos;s options.
</source>
        <translation>PROFILE 是一个 .json 文件或 builtin:NAME。会话运行期间，录下的内容会写入日志（机密已脱敏），
位于 $TUNNELSCOPE_JOURNAL_DIR 或用户数据目录；会话结束时日志会被删除。
`tunnelscope help COMMAND` 显示某个命令的选项。
</translation>
    </message>
    <message>
        <source>Options of run:</source>
        <translation>run 的选项：</translation>
    </message>
    <message>
        <source>Exit status: 0 clean, 1 degraded or broken, 2 bad input, 3 the direct path never connected,
130 interrupted (SIGINT/SIGTERM: the run being played is marked interrupted, what was captured
is still compared and reported; a second signal quits at once).
</source>
        <translation>退出状态：0 正常（clean），1 降级或故障（degraded 或 broken），2 输入有误，3 直连路径始终没连上，
130 被中断（SIGINT/SIGTERM：正在运行的那一轮标记为中断，已抓到的内容照样比对并出报告；
再收到一次信号则立即退出）。
</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); to play a profile headless: tunnelscope run PROFILE (see tunnelscope help)</source>
        <translation>没有可以打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）；要无界面运行配置文件：tunnelscope run PROFILE（见 tunnelscope help）</translation>
    </message>
    <message>
        <source>unknown option %1 (see tunnelscope help)</source>
        <translation>未知选项 %1（见 tunnelscope help）</translation>
    </message>
    <message>
        <source>unknown option %1; did you mean %2? (see tunnelscope help)</source>
        <translation>未知选项 %1；你是想写 %2 吗？（见 tunnelscope help）</translation>
    </message>
    <message>
        <source>the window takes one profile; to play it headless with options: tunnelscope run %1 [options]</source>
        <translation>窗口只接受一个配置文件；要带选项无界面运行：tunnelscope run %1 [options]</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see tunnelscope help; a profile is a .json file or builtin:NAME)</source>
        <translation>未知命令“%1”（见 tunnelscope help；配置文件是 .json 文件或 builtin:NAME）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;? (see tunnelscope help; a profile is a .json file or builtin:NAME)</source>
        <translation>未知命令“%1”；你是想写“%2”吗？（见 tunnelscope help；配置文件是 .json 文件或 builtin:NAME）</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;; the commands are %2</source>
        <translation>没有“%1”这个命令；可用的命令有 %2</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot; (did you mean &quot;%2&quot;?); the commands are %3</source>
        <translation>没有“%1”这个命令（你是想写“%2”吗？）；可用的命令有 %3</translation>
    </message>
    <message>
        <source>usage: tunnelscope %1</source>
        <translation>用法：tunnelscope %1</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; takes no arguments; tunnelscope show builtin:NAME prints one</source>
        <translation>“profiles”不接受参数；要打印某一个，用 tunnelscope show builtin:NAME</translation>
    </message>
    <message>
        <source>Built-in profiles (builtin:NAME; tunnelscope show builtin:NAME prints one):</source>
        <translation>内置配置文件（builtin:NAME；用 tunnelscope show builtin:NAME 打印某一个）：</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>%1 already exists: name another file, or add --force to replace it</source>
        <translation>%1 已存在：换一个文件名，或加上 --force 覆盖它</translation>
    </message>
    <message>
        <source>the starter profile is missing from this build</source>
        <translation>这个构建里缺少入门配置文件</translation>
    </message>
    <message>
        <source>wrote %1: a profile that plays against the built-in lab as it is; edit &quot;direct&quot; and &quot;tunnel&quot; to test your own tunnel, then: tunnelscope run %1</source>
        <translation>已写出 %1：这个配置文件原样就能对着内置实验室运行；要测试你自己的隧道，修改其中的“direct”和“tunnel”，然后运行：tunnelscope run %1</translation>
    </message>
    <message>
        <source>%1: $.lab: with no &quot;endpoint&quot;, the lab&apos;s tunnel fronts direct.url, which is not set; set lab.endpoint (echo, homeassistant, ...) or direct.url (or give run --direct URL)</source>
        <translation>%1：$.lab：没有“endpoint”时，实验室隧道架在 direct.url 前面，而 direct.url 没有设置；请设置 lab.endpoint（echo、homeassistant 等）或 direct.url（或者给 run 加 --direct URL）</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port from 1024 to 65534 (the endpoint takes the next one)</source>
        <translation>--port：“%1”不是 1024 到 65534 之间的端口（端点使用下一个端口）</translation>
    </message>
    <message>
        <source>%1: $.lab: the profile has no &quot;lab&quot; section, so there is nothing to start</source>
        <translation>%1：$.lab：配置文件里没有“lab”一节，没有可启动的东西</translation>
    </message>
    <message>
        <source>no faults</source>
        <translation>无故障</translation>
    </message>
    <message>
        <source>endpoint (%1): %2</source>
        <translation>端点（%1）：%2</translation>
    </message>
    <message>
        <source>the profile&apos;s direct server</source>
        <translation>配置文件里的直连服务器</translation>
    </message>
    <message>
        <source>tunnel (%1): %2</source>
        <translation>隧道（%1）：%2</translation>
    </message>
    <message>
        <source>%1: $.lab: the fault tunnel for %2: %3</source>
        <translation>%1：$.lab：%2 的故障隧道：%3</translation>
    </message>
    <message>
        <source>tunnel %1 (%2): %3</source>
        <translation>隧道 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1 only. Ctrl-C to stop.</source>
        <translation>只监听 127.0.0.1。按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>TLS: the lab&apos;s self-signed certificate is %1 (trust it for these URLs only, e.g. curl --cacert %1)</source>
        <translation>TLS：实验室的自签名证书是 %1（只对这些 URL 信任它，例如 curl --cacert %1）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: usage: tunnelscope %2</source>
        <translation>多余的参数“%1”：用法：tunnelscope %2</translation>
    </message>
    <message>
        <source>--filter &quot;%1&quot;: %2</source>
        <translation>--filter “%1”：%2</translation>
    </message>
    <message>
        <source>--filter trims the frames of the JSON and CSV reports; give --json FILE or --csv FILE with it</source>
        <translation>--filter 用于精简 JSON 和 CSV 报告里的帧；请同时给出 --json FILE 或 --csv FILE</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy: give one or the other</source>
        <translation>--proxy 和 --no-proxy：只能给其中一个</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <source>--runs: &quot;%1&quot; is not a number from 1 to 100000</source>
        <translation>--runs：“%1”不是 1 到 100000 之间的数</translation>
    </message>
    <message>
        <source>only one report can go to standard output (-)</source>
        <translation>只能有一份报告写到标准输出（-）</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a duration; write it as 500ms, 30s, 5m, 24h or 7d</source>
        <translation>--%1：“%2”不是时长；请写成 500ms、30s、5m、24h 或 7d</translation>
    </message>
    <message>
        <source>--keep-size: &quot;%1&quot; is not a size; write it as 500M or 2G</source>
        <translation>--keep-size：“%1”不是大小；请写成 500M 或 2G</translation>
    </message>
    <message>
        <source>--metrics: &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:9464) or a port</source>
        <translation>--metrics：“%1”既不是 HOST:PORT（例如 127.0.0.1:9464）也不是端口</translation>
    </message>
    <message>
        <source>--metrics: %1</source>
        <translation>--metrics：%1</translation>
    </message>
    <message>
        <source>stopping: finishing the run under way (again to quit at once)</source>
        <translation>正在停止：先完成正在进行的这一轮（再按一次立即退出）</translation>
    </message>
    <message>
        <source>--%1: a watch directory is summarised with --json or --html; one play&apos;s %1 comes from its journal: tunnelscope report DIR/PROFILE/FILE.tsjournal --%1 FILE</source>
        <translation>--%1：watch 目录只能用 --json 或 --html 汇总；某一次运行的 %1 要从它的日志生成：tunnelscope report DIR/PROFILE/FILE.tsjournal --%1 FILE</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a duration; write it as 30m, 24h or 7d</source>
        <translation>--since：“%1”不是时长；请写成 30m、24h 或 7d</translation>
    </message>
    <message>
        <source>--since: %1 is a journal, not a watch directory; --since picks a window of a watch&apos;s plays (tunnelscope report DIR --since 24h)</source>
        <translation>--since：%1 是日志，不是 watch 目录；--since 用来选取 watch 某段时间内的运行（tunnelscope report DIR --since 24h）</translation>
    </message>
    <message>
        <source>%1: the journal holds no run (the session stopped before its first one began)</source>
        <translation>%1：日志里没有任何一轮运行（会话在第一轮开始前就停了）</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>how often a watch plays</comment>
        <translation>每 %1一次</translation>
    </message>
    <message>
        <source>back to back</source>
        <comment>how often a watch plays: each play starts when the last one ends</comment>
        <translation>一次接一次不间断</translation>
    </message>
    <message>
        <source>watching %1 %2 for %3; journals in %4</source>
        <translation>正在监视 %1，%2，共 %3；日志在 %4</translation>
    </message>
    <message>
        <source>watching %1 %2; journals in %3</source>
        <translation>正在监视 %1，%2；日志在 %3</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>run %1 was interrupted before it ended (a stop, SIGINT/SIGTERM, or a capture cut short): its frames are shown, its differences are not judged and it is left out of the verdict and the statistics</source>
        <translation>第 %1 次运行在结束前被中断（手动停止、SIGINT/SIGTERM 或抓包被截断）：其帧照常显示，但其中的差异不做判定，也不计入判定结果和统计</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1（经由 %2）</translation>
    </message>
    <message>
        <source>%1 (in the runs as %2)</source>
        <translation>%1（以 %2 身份运行时）</translation>
    </message>
    <message>
        <source>tunnel path: TLS certificate errors were ignored (ignore_tls_errors), so the server&apos;s identity was not verified: %1</source>
        <translation>隧道路径：已忽略 TLS 证书错误（ignore_tls_errors），服务器身份未经验证：%1</translation>
    </message>
    <message>
        <source>direct path: TLS certificate errors were ignored (ignore_tls_errors), so the server&apos;s identity was not verified: %1</source>
        <translation>直连路径：已忽略 TLS 证书错误（ignore_tls_errors），服务器身份未经验证：%1</translation>
    </message>
    <message>
        <source>tunnel path: TLS verification was off (ignore_tls_errors); no certificate error came up this time</source>
        <translation>隧道路径：TLS 验证已关闭（ignore_tls_errors）；本次未出现证书错误</translation>
    </message>
    <message>
        <source>direct path: TLS verification was off (ignore_tls_errors); no certificate error came up this time</source>
        <translation>直连路径：TLS 验证已关闭（ignore_tls_errors）；本次未出现证书错误</translation>
    </message>
</context>
<context>
    <name>ControlFrameComparer</name>
    <message numerus="yes">
        <source>%n ping(s)</source>
        <translation>
            <numerusform>%n 个 ping</numerusform>
        </translation>
    </message>
    <message>
        <source>an empty payload</source>
        <translation>空负载</translation>
    </message>
    <message>
        <source>besides the %1 the server sent, which both paths got</source>
        <translation>服务器发出的 %1 两条路径都收到了，这些是额外的</translation>
    </message>
    <message>
        <source>the direct path got none from the server</source>
        <translation>直连路径没有收到服务器的 ping</translation>
    </message>
    <message>
        <source>the tunnel sent %1 of its own (%2): %3</source>
        <translation>隧道自行发送了 %1（%2）：%3</translation>
    </message>
    <message>
        <source>the tunnel sent %1 of its own (%2), right after %3: %4</source>
        <translation>隧道自行发送了 %1（%2），紧跟在 %3 之后：%4</translation>
    </message>
    <message>
        <source>%1 of the server&apos;s %2 never came through the tunnel, which stayed up: %3</source>
        <translation>服务器发出的 %2 中有 %1 个没有经隧道到达，而隧道连接一直保持着：%3</translation>
    </message>
    <message>
        <source>%1 of our %2 through the tunnel got no pong within %3 s, where the direct path&apos;s server answered each of them (in %4 ms at the median): %5</source>
        <translation>经隧道发出的 %2 中有 %1 个在 %3 秒内没有收到 pong，而直连路径上服务器每个都回应了（中位数 %4 毫秒）：%5</translation>
    </message>
    <message>
        <source>%1 through the tunnel came back with another payload: we sent %2, the pong carried %3, where the direct path&apos;s pongs echoed ours: %4</source>
        <translation>经隧道的 %1 回来的负载变了：发出的是 %2，pong 带回的是 %3，而直连路径的 pong 原样回显：%4</translation>
    </message>
    <message>
        <source>the tunnel answered %1 that the server does not answer (the direct path got no pong within %2 s): %3</source>
        <translation>隧道回应了服务器本不回应的 %1（直连路径在 %2 秒内没有收到 pong）：%3</translation>
    </message>
    <message>
        <source>the tunnel&apos;s pongs came back in %1 ms (median of %2), about as fast as the direct path&apos;s %3 ms, though every message through the tunnel takes %4 ms longer: %5</source>
        <translation>隧道的 pong 在 %1 毫秒内返回（%2 个的中位数），与直连路径的 %3 毫秒几乎一样快，而经隧道的每条消息都要多花 %4 毫秒：%5</translation>
    </message>
    <message>
        <source>never closed: the connection ended %1 s after our close, when the client gave up (1006, no close frame)</source>
        <translation>始终没有关闭：连接在我方发出关闭帧 %1 秒后、客户端放弃等待时才结束（1006，无关闭帧）</translation>
    </message>
    <message>
        <source>never closed (1006, no close frame)</source>
        <translation>始终没有关闭（1006，无关闭帧）</translation>
    </message>
    <message>
        <source>the tunnel forwarded our close frame%1 to the server as a data message: the server went on with messages the direct path never got (%2) and %3; on the direct path it answered our close with close %4: %5</source>
        <translation>隧道把我方的关闭帧%1当作数据消息转发给了服务器：服务器继续发送直连路径从未收到的消息（%2），并且%3；在直连路径上，服务器以关闭码 %4 回应了我方的关闭：%5</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <comment>milliseconds</comment>
        <translation>
            <numerusform>%n 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>info</source>
        <comment>a finding&apos;s severity</comment>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>a finding&apos;s severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>a finding&apos;s severity</comment>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>FindingGroups</name>
    <message>
        <source>every run (%1/%2)</source>
        <translation>每次运行（%1/%2）</translation>
    </message>
    <message>
        <source>%1/%2 run(s)</source>
        <comment>runs affected out of the runs judged</comment>
        <translation>%1/%2 次运行</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <comment>how often in those runs</comment>
        <translation>
            <numerusform>%1，共 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingHints</name>
    <message>
        <source>the tunnel keeps its own connection alive with pings; a browser answers them unseen, but a client that counts or times the server&apos;s pings is misled</source>
        <translation>隧道用自己的 ping 为连接保活；浏览器会默默回应，但统计服务器 ping 次数或间隔的客户端会被误导</translation>
    </message>
    <message>
        <source>the tunnel answers pings itself, so a pong through it says nothing about the server being alive: a dead server looks healthy</source>
        <translation>隧道自己回应 ping，经隧道收到的 pong 说明不了服务器是否存活：服务器挂了看起来也是健康的</translation>
    </message>
    <message>
        <source>the tunnel swallows the server&apos;s pings; a server with a heartbeat (aiohttp, ws) gets no pong and drops the connection</source>
        <translation>隧道吞掉了服务器的 ping；带心跳的服务器（aiohttp、ws）收不到 pong，会断开连接</translation>
    </message>
    <message>
        <source>the tunnel swallows the client&apos;s pings (or the server&apos;s pongs); a client that checks the connection with pings takes it for dead and reconnects</source>
        <translation>隧道吞掉了客户端的 ping（或服务器的 pong）；用 ping 检测连接的客户端会认为连接已断并重连</translation>
    </message>
    <message>
        <source>the tunnel changed the ping&apos;s payload (or the pong&apos;s) on the way; RFC 6455 requires a pong to echo it, and a client that matches pongs to its pings sees no answer</source>
        <translation>隧道在途中改动了 ping（或 pong）的负载；RFC 6455 要求 pong 原样回显，按负载匹配 pong 的客户端会认为没有应答</translation>
    </message>
    <message>
        <source>the server never learns that the client left, so its session lingers until a timeout, and every clean close becomes a 1006</source>
        <translation>服务器永远不知道客户端已离开，会话一直挂到超时，每次正常关闭都变成 1006</translation>
    </message>
    <message>
        <source>the close came through the tunnel and this message did not: the tunnel closed the client side before flushing it, or dropped it</source>
        <translation>关闭帧经隧道到达了，这条消息却没有：隧道在把它冲刷出去之前就关闭了客户端一侧，或者把它丢弃了</translation>
    </message>
    <message>
        <source>the tunnel closed the client side before flushing it (it ended TCP without a close frame)</source>
        <translation>隧道在把它冲刷出去之前就关闭了客户端一侧（直接断开 TCP，没有关闭帧）</translation>
    </message>
    <message>
        <source>the server sent it together with its close %1 (same TCP read on the direct path); %2</source>
        <translation>服务器把它和关闭帧 %1 一起发出（在直连路径上是同一次 TCP 读取）；%2</translation>
    </message>
    <message>
        <source>the server sent it %1 ms before its close %2; %3</source>
        <translation>服务器在发送关闭帧 %2 之前 %1 毫秒发出了它；%3</translation>
    </message>
    <message>
        <source>the server sent it %1 ms before its close %2; neither came through the tunnel, which held the connection open %3 s longer, until the client gave up</source>
        <translation>服务器在发送关闭帧 %2 之前 %1 毫秒发出了它；两者都没有经隧道到达，隧道把连接多挂了 %3 秒，直到客户端放弃</translation>
    </message>
    <message>
        <source>the client failed the tunnel connection at %1 ms over a protocol violation that came through the tunnel (named with it), and nothing came after it</source>
        <translation>客户端在 %1 毫秒时因经隧道到达的协议违规（见该条发现）判定隧道连接失败，此后再无消息到达</translation>
    </message>
    <message>
        <source>the tunnel path was down when the server sent it (its connection ended at %1 ms, the next opened at %2 ms), and the server does not send it again</source>
        <translation>服务器发出它时隧道路径正处于断开状态（连接在 %1 毫秒结束，下一条连接在 %2 毫秒建立），而服务器不会重发</translation>
    </message>
    <message>
        <source>the tunnel connection ended at %1 ms, before it could come through</source>
        <translation>隧道连接在 %1 毫秒时已经结束，它来不及经隧道到达</translation>
    </message>
    <message>
        <source>the tunnel dropped it while the connection stayed up</source>
        <translation>连接一直保持着，隧道却把它丢了</translation>
    </message>
    <message>
        <source>the second copy came on a new connection after a reconnect (the script started over, or the server repeats it to a client that comes back), so it is not the tunnel&apos;s copy</source>
        <translation>第二份出现在重连后的新连接上（脚本从头开始，或服务器对回来的客户端重发），所以不是隧道复制的</translation>
    </message>
    <message>
        <source>the tunnel delivered the same message twice (a proxy retry or a &quot;double send&quot; work-around); clients that act on each message act twice</source>
        <translation>隧道把同一条消息投递了两次（代理重试或“重复发送”的变通做法）；逐条处理消息的客户端会处理两次</translation>
    </message>
    <message>
        <source>the tunnel changed the order of messages; clients that rely on order misbehave</source>
        <translation>隧道改变了消息顺序；依赖顺序的客户端会出错</translation>
    </message>
    <message>
        <source>the tunnel path received a message the direct path never saw (injected by the tunnel, or from another session)</source>
        <translation>隧道路径收到了直连路径从未见过的消息（由隧道注入，或来自另一个会话）</translation>
    </message>
    <message>
        <source>the tunnel put a UTF-8 byte order mark (EF BB BF) before the JSON; JSON.parse fails on it</source>
        <translation>隧道在 JSON 前加了 UTF-8 字节序标记（EF BB BF）；JSON.parse 会因此失败</translation>
    </message>
    <message>
        <source>the tunnel put %1 byte(s) before the JSON; JSON.parse fails on them</source>
        <translation>隧道在 JSON 前加了 %1 个字节；JSON.parse 会因此失败</translation>
    </message>
    <message>
        <source>the tunnel turned a text frame into a binary frame; browsers deliver a Blob and JSON.parse(event.data) fails</source>
        <translation>隧道把文本帧变成了二进制帧；浏览器交付的是 Blob，JSON.parse(event.data) 会失败</translation>
    </message>
    <message>
        <source>the tunnel cut the message short (a buffer or frame size limit)</source>
        <translation>隧道把消息截短了（缓冲区或帧大小限制）</translation>
    </message>
    <message>
        <source>replacement bytes (EF BF BD) appeared: the tunnel re-encoded the text and broke the JSON</source>
        <translation>出现了替换字符字节（EF BF BD）：隧道对文本重新编码，破坏了 JSON</translation>
    </message>
    <message>
        <source>the message is no longer valid JSON after the tunnel</source>
        <translation>经过隧道后，消息不再是有效的 JSON</translation>
    </message>
    <message>
        <source>the tunnel changed the content (if a field legitimately differs per session, add it to compare.ignore_fields)</source>
        <translation>隧道改动了内容（如果某个字段本来就因会话而异，请把它加到 compare.ignore_fields）</translation>
    </message>
    <message>
        <source>the tunnel never forwarded the server&apos;s close frame and kept the connection open %1 s longer, until the client gave up</source>
        <translation>隧道始终没有转发服务器的关闭帧，还把连接多挂了 %1 秒，直到客户端放弃</translation>
    </message>
    <message>
        <source>the tunnel never forwarded the server&apos;s close frame nor ended the connection; the client cut it</source>
        <translation>隧道既没有转发服务器的关闭帧，也没有结束连接；是客户端切断的</translation>
    </message>
    <message>
        <source>%1 s after the last frame: typical of a proxy idle timeout; set a heartbeat below %2 s</source>
        <translation>在最后一帧之后 %1 秒：典型的代理空闲超时；请把心跳间隔设在 %2 秒以下</translation>
    </message>
    <message>
        <source>the tunnel cut TCP instead of forwarding the close frame</source>
        <translation>隧道没有转发关闭帧，而是直接切断了 TCP</translation>
    </message>
    <message>
        <source>the close frame never came through the tunnel</source>
        <translation>关闭帧始终没有经隧道到达</translation>
    </message>
    <message>
        <source>the tunnel dropped the status code of the close</source>
        <translation>隧道丢掉了关闭帧的状态码</translation>
    </message>
    <message>
        <source>one message took longer than the %1 ms limit (compare.latency_warn_ms), the rest were within it: a spike, not a delay users feel every time</source>
        <translation>有一条消息超过了 %1 毫秒的上限（compare.latency_warn_ms），其余都在上限内：这是一次尖峰，不是用户每次都能感到的延迟</translation>
    </message>
    <message>
        <source>above the %1 ms limit (compare.latency_warn_ms): the tunnel adds delay users feel</source>
        <translation>超过 %1 毫秒的上限（compare.latency_warn_ms）：隧道增加了用户能感到的延迟</translation>
    </message>
    <message>
        <source>within the %1 ms limit</source>
        <translation>在 %1 毫秒的上限以内</translation>
    </message>
</context>
<context>
    <name>FrameDetail</name>
    <message>
        <source>… %1 more bytes</source>
        <translation>…… 还有 %1 字节</translation>
    </message>
    <message>
        <source>%1 received, %2 bytes at %3 ms</source>
        <translation>收到的 %1 帧，%2 字节，时间 %3 毫秒</translation>
    </message>
    <message>
        <source>%1 sent, %2 bytes at %3 ms</source>
        <translation>发出的 %1 帧，%2 字节，时间 %3 毫秒</translation>
    </message>
    <message>
        <source>, in %1 fragments</source>
        <translation>，分成 %1 个分片</translation>
    </message>
    <message>
        <source>, %1 bytes on the wire (permessage-deflate)</source>
        <translation>，线路上 %1 字节（permessage-deflate）</translation>
    </message>
    <message>
        <source>Close frame without a status code: the application sees 1005 (no status).</source>
        <translation>关闭帧不带状态码：应用看到的是 1005（无状态码）。</translation>
    </message>
    <message>
        <source>Close code %1 (%2)
Reason: %3
</source>
        <translation>关闭码 %1（%2）
原因：%3
</translation>
    </message>
    <message>
        <source>Protocol violation: %1</source>
        <translation>协议违规：%1</translation>
    </message>
    <message>
        <source>%1 bytes that carry secrets are shown as &apos;%2&apos; (%3).</source>
        <translation>含有机密的 %1 个字节显示为“%2”（%3）。</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>元数据：</translation>
    </message>
    <message>
        <source> in namespace %1</source>
        <translation>，命名空间 %1</translation>
    </message>
    <message>
        <source>, ack id %1</source>
        <translation>，ack id %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n binary attachment(s) follow</source>
        <translation>
            <numerusform>，后面跟着 %n 个二进制附件</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw: %1</source>
        <translation>原始内容：%1</translation>
    </message>
    <message>
        <source>Message type &quot;%1&quot;, id %2</source>
        <translation>消息类型“%1”，id %2</translation>
    </message>
    <message>
        <source>Message type &quot;%1&quot;</source>
        <translation>消息类型“%1”</translation>
    </message>
    <message>
        <source>%1 messages in one frame (coalesced)</source>
        <translation>一帧里装了 %1 条消息（被合并）</translation>
    </message>
    <message>
        <source>Starts with a byte order mark (EF BB BF): JSON.parse fails on it.</source>
        <translation>以字节顺序标记（EF BB BF）开头：JSON.parse 会因此失败。</translation>
    </message>
</context>
<context>
    <name>FrameFilter</name>
    <message>
        <source>column %1: the quote opened here is never closed; end it with &quot;</source>
        <translation>第 %1 列：这里开始的引号没有闭合；请用 &quot; 结束</translation>
    </message>
    <message>
        <source>column %1: %2 is not a valid quoted string (escape a quote as \&quot;)</source>
        <translation>第 %1 列：%2 不是有效的带引号字符串（引号请转义为 \&quot;）</translation>
    </message>
    <message>
        <source>column %1: the regular expression opened here has no closing /; end it with / (or write \/ for a slash inside it)</source>
        <translation>第 %1 列：这里开始的正则表达式没有结尾的 /；请用 / 结束（表达式里的斜杠写成 \/）</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>意外的 %1</translation>
    </message>
    <message>
        <source>end of the filter</source>
        <translation>过滤条件的结尾</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>the ( opened here is never closed; add a )</source>
        <translation>这里开始的 ( 没有闭合；请加上 )</translation>
    </message>
    <message>
        <source>%1 needs a JSON path before it, as in type == &quot;auth_invalid&quot;</source>
        <translation>%1 前面需要一个 JSON 路径，例如 type == &quot;auth_invalid&quot;</translation>
    </message>
    <message>
        <source>the filter ends where a term was due (text, key:value or path == value)</source>
        <translation>过滤条件在应该出现条件项的地方结束了（文本、key:value 或 path == value）</translation>
    </message>
    <message>
        <source>unexpected %1 where a term was due</source>
        <translation>应该出现条件项的地方出现了意外的 %1</translation>
    </message>
    <message>
        <source>/%1/%2: the only flag is i (any case)</source>
        <translation>/%1/%2：唯一可用的标志是 i（不区分大小写）</translation>
    </message>
    <message>
        <source>%1: there is no key &quot;%2&quot;; did you mean %3:? (or quote it to find the text)</source>
        <translation>%1：没有“%2”这个键；你是想写 %3: 吗？（或者加上引号按文本查找）</translation>
    </message>
    <message>
        <source>%1: dir is in or out</source>
        <translation>%1：dir 只能是 in 或 out</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a frame type; write one or more of open, text, binary, ping, pong, close, error (comma-separated)</source>
        <translation>%1：“%2”不是帧类型；请写 open、text、binary、ping、pong、close、error 中的一个或多个（用逗号分隔）</translation>
    </message>
    <message>
        <source>%1: is takes data, control or finding</source>
        <translation>%1：is 只能是 data、control 或 finding</translation>
    </message>
    <message>
        <source>%1 %2 needs a value after it, as in %1 %2 &quot;auth_invalid&quot;</source>
        <translation>%1 %2 后面需要一个值，例如 %1 %2 &quot;auth_invalid&quot;</translation>
    </message>
    <message>
        <source>%1 %2 compares numbers; %3 is not one</source>
        <translation>%1 %2 比较的是数值；%3 不是数值</translation>
    </message>
    <message>
        <source>%1: an array index is written [0], [1]…</source>
        <translation>%1：数组下标要写成 [0]、[1]……</translation>
    </message>
    <message>
        <source>%1: a path step is empty (two dots?)</source>
        <translation>%1：路径中有一段是空的（连着两个点？）</translation>
    </message>
    <message>
        <source>column %1: a lone = compares nothing; write == (or != , ~)</source>
        <translation>第 %1 列：单独一个 = 不做任何比较；请写 ==（或 != 、~）</translation>
    </message>
    <message>
        <source>a ) with no ( before it</source>
        <translation>一个 )，前面没有对应的 (</translation>
    </message>
    <message>
        <source>/%1/ is not a regular expression: %2 at offset %3</source>
        <translation>/%1/ 不是正则表达式：位置 %3 处%2</translation>
    </message>
    <message>
        <source>%1: write a number or a range, as %2:10..99, %2:..50, %2:&gt;1000</source>
        <translation>%1：请写一个数或一个范围，例如 %2:10..99、%2:..50、%2:&gt;1000</translation>
    </message>
</context>
<context>
    <name>HomeAssistantProtocol</name>
    <message>
        <source>Home Assistant closes a connection that has not authenticated within 10 s; auth_required came %1 s after the upgrade and the client never sent auth</source>
        <translation>Home Assistant 会关闭 10 秒内未完成认证的连接；auth_required 在升级后 %1 秒到达，而客户端始终没有发送 auth</translation>
    </message>
    <message>
        <source>Home Assistant closes a connection that has not authenticated within 10 s; through this path auth_required came %1 s after the upgrade and the client&apos;s auth went out %2 s after it: the tunnel delays the auth exchange past HA&apos;s auth timeout</source>
        <translation>Home Assistant 会关闭 10 秒内未完成认证的连接；在这条路径上，auth_required 在升级后 %1 秒才到达，客户端的 auth 又在其后 %2 秒发出：隧道把认证交互拖过了 HA 的认证超时</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>&lt;b&gt;no end heard&lt;/b&gt; (no message came)</source>
        <translation>&lt;b&gt;未收到结束状态&lt;/b&gt;（没有收到任何消息）</translation>
    </message>
    <message>
        <source>&lt;b&gt;no end heard&lt;/b&gt; (last: %1)</source>
        <translation>&lt;b&gt;未收到结束状态&lt;/b&gt;（最后一条：%1）</translation>
    </message>
    <message>
        <source>&lt;div&gt;Prompt &lt;code&gt;%1&lt;/code&gt;: %2%3&lt;/div&gt;</source>
        <translation>&lt;div&gt;Prompt &lt;code&gt;%1&lt;/code&gt;：%2%3&lt;/div&gt;</translation>
    </message>
    <message>
        <source>1006 — no close frame (%1)</source>
        <translation>1006 — 无关闭帧（%1）</translation>
    </message>
    <message>
        <source>%1 %2%3, client initiated</source>
        <translation>%1 %2%3，客户端发起</translation>
    </message>
    <message>
        <source>%1 %2%3, server initiated</source>
        <translation>%1 %2%3，服务器发起</translation>
    </message>
    <message>
        <source>Tunnelscope report: %1</source>
        <translation>Tunnelscope 报告：%1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: &lt;b&gt;%1&lt;/b&gt; — %2 critical, %3 warning, %4 info finding(s)</source>
        <translation>判定：&lt;b&gt;%1&lt;/b&gt; — 严重 %2 条，警告 %3 条，信息 %4 条</translation>
    </message>
    <message>
        <source> — the direct path never completed a handshake</source>
        <translation> — 直连路径始终没有完成握手</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>No findings: the tunnel delivered what the direct path received.</source>
        <translation>没有发现：隧道送达了直连路径收到的全部内容。</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>t (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>发生了什么</translation>
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
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>以 %1 身份</translation>
    </message>
    <message numerus="yes">
        <source>%n more single finding(s) are in the JSON report.</source>
        <translation>
            <numerusform>另有 %n 条单项发现，见 JSON 报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Client identities</source>
        <translation>客户端身份</translation>
    </message>
    <message>
        <source>The tunnel treated every identity alike.</source>
        <translation>隧道对所有身份一视同仁。</translation>
    </message>
    <message>
        <source>critical message: tunnel received / direct received</source>
        <translation>关键消息：隧道收到 / 直连收到</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>No tunnel did anything the others did not.</source>
        <translation>没有哪条隧道做了其他隧道没做的事。</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>critical / warning findings</source>
        <translation>严重 / 警告发现</translation>
    </message>
    <message>
        <source> received / direct received</source>
        <translation> 收到 / 直连收到</translation>
    </message>
    <message>
        <source> as %1 received / direct received</source>
        <translation>（以 %1 身份）收到 / 直连收到</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt;: direct %2/%3, tunnel %4/%3</source>
        <translation>&lt;code&gt;%1&lt;/code&gt;：直连 %2/%3，隧道 %4/%3</translation>
    </message>
    <message>
        <source>Critical messages, runs in which each path received them: %1.</source>
        <translation>关键消息，各路径收到它们的运行次数：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>reconnects</source>
        <translation>重连</translation>
    </message>
    <message>
        <source>close codes</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>ping RTT p50 (ms)</source>
        <translation>ping 往返 p50（毫秒）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message numerus="yes">
        <source>Per matched message, the tunnel path&apos;s reaction time minus the direct path&apos;s: %1 ms at p50, %2 ms at p95, over %n message(s) timed from the same event on both paths.</source>
        <translation>
            <numerusform>按已配对的消息计，隧道路径的响应时间减去直连路径的：p50 为 %1 毫秒，p95 为 %2 毫秒，共 %n 条消息，两条路径均从同一事件开始计时。</numerusform>
        </translation>
    </message>
    <message>
        <source>direct RTT</source>
        <translation>直连往返</translation>
    </message>
    <message>
        <source>tunnel RTT</source>
        <translation>隧道往返</translation>
    </message>
    <message>
        <source>tunnel − direct</source>
        <translation>隧道 − 直连</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>How connections ended (close codes)</source>
        <translation>连接如何结束（关闭码）</translation>
    </message>
    <message>
        <source>Reconnects over time</source>
        <translation>重连随时间变化</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Latency: ping round trips, and tunnel − direct per message</source>
        <translation>延迟：ping 往返，以及每条消息的隧道 − 直连</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation>第 %1 次运行%2</translation>
    </message>
    <message>
        <source>(interrupted: shown, not judged)</source>
        <translation>（已中断：只显示，不判定）</translation>
    </message>
    <message>
        <source>Proxy: &lt;code&gt;%1&lt;/code&gt;: %2</source>
        <translation>代理：&lt;code&gt;%1&lt;/code&gt;：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>&lt;b&gt;failed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;失败&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>not recorded (a HAR keeps data messages only)</source>
        <translation>未记录（HAR 只保留数据消息）</translation>
    </message>
    <message>
        <source>TLS errors ignored: %1</source>
        <translation>已忽略的 TLS 错误：%1</translation>
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
        <source>Upgrade: %1</source>
        <translation>升级：%1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>Connections: %1 · reconnects: %2 · frames: %3</source>
        <translation>连接：%1 · 重连：%2 · 帧：%3</translation>
    </message>
    <message>
        <source>No messages to align in this run.</source>
        <translation>本次运行没有可对齐的消息。</translation>
    </message>
    <message>
        <source>Received messages, side by side</source>
        <translation>收到的消息，左右对照</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) are in the JSON and CSV reports.</source>
        <translation>
            <numerusform>另有 %n 行，见 JSON 和 CSV 报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>— not received —</source>
        <translation>— 未收到 —</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1，%2 字节</translation>
    </message>
    <message>
        <source>… the first %1 of %2 bytes</source>
        <translation>… %2 字节中的前 %1 字节</translation>
    </message>
    <message>
        <source>[binary] </source>
        <translation>[二进制] </translation>
    </message>
    <message>
        <source> (%1 bytes)</source>
        <translation>（%1 字节）</translation>
    </message>
    <message>
        <source>&lt;div&gt;Extensions: offered &lt;code&gt;%1&lt;/code&gt;, &lt;b&gt;none agreed&lt;/b&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;扩展：请求了 &lt;code&gt;%1&lt;/code&gt;，&lt;b&gt;均未协商成功&lt;/b&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;div&gt;Extensions: &lt;code&gt;%1&lt;/code&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;扩展：&lt;code&gt;%1&lt;/code&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;div&gt;Compressed: %1 message(s), %2 B on the wire for %3 B&lt;/div&gt;</source>
        <translation>&lt;div&gt;压缩：%1 条消息，线路上 %2 字节对应 %3 字节&lt;/div&gt;</translation>
    </message>
    <message>
        <source>Profile as played</source>
        <translation>实际运行的配置</translation>
    </message>
    <message>
        <source>Times are milliseconds since each run started, on one monotonic clock shared by both paths. Secrets are shown as «redacted:NAME».</source>
        <translation>时间为自每次运行开始以来的毫秒数，两条路径共用同一个单调时钟。机密显示为 «redacted:NAME»。</translation>
    </message>
</context>
<context>
    <name>IdentityContrast</name>
    <message>
        <source>%1/%2 runs as %3</source>
        <translation>以 %3 身份 %1/%2 次运行</translation>
    </message>
    <message>
        <source>%1/%2 as %3</source>
        <translation>以 %3 身份 %1/%2</translation>
    </message>
    <message>
        <source>%1 in %2: the tunnel treats these clients differently</source>
        <translation>%1：%2；隧道对这些客户端区别对待</translation>
    </message>
    <message>
        <source>%1 in %2: the tunnel %3 treats these clients differently</source>
        <translation>%1：%2；隧道 %3 对这些客户端区别对待</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 丢失</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>an object</source>
        <translation>object（对象）</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>array（数组）</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>integer（整数）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>number（数值）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>string（字符串）</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>boolean（布尔值）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation>（你是想写“%1”吗？）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a JSON path, then what is wrong there</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是 %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>a JSON type or another</comment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际是 %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2%3</source>
        <translation>%1 不在可选值 %2 之中%3</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 小于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 大于最大值 %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match %2</source>
        <translation>“%1”与 %2 不匹配</translation>
    </message>
    <message numerus="yes">
        <source>%1: needs at least %n item(s)</source>
        <translation>
            <numerusform>%1：至少需要 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must not be an empty object (allowed keys: %2)</source>
        <translation>%1：不能是空对象（允许的键：%2）</translation>
    </message>
    <message>
        <source>%1: missing required key &quot;%2&quot;</source>
        <translation>%1：缺少必需的键“%2”</translation>
    </message>
    <message>
        <source>%1: unknown key (allowed: %2)</source>
        <translation>%1：未知的键（允许的键：%2）</translation>
    </message>
    <message>
        <source>%1: unknown key (did you mean &quot;%2&quot;?)</source>
        <translation>%1：未知的键（你是想写“%2”吗？）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <comment>this language&apos;s name, in itself</comment>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language Tunnelscope speaks (%2)</source>
        <translation>--lang：Tunnelscope 不支持“%1”这种语言（可选：%2）</translation>
    </message>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang 需要一个语言：%1</translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>a binary message of %1 bytes</source>
        <translation>一条 %1 字节的二进制消息</translation>
    </message>
    <message>
        <source>Socket.IO event %1</source>
        <translation>Socket.IO 事件 %1</translation>
    </message>
    <message>
        <source>tunnel lost %1: the first capture has it and the second does not (captures made apart: when or why it went missing is not in them)</source>
        <translation>隧道丢失了 %1：第一份抓包里有，第二份里没有（两份抓包分开录制：无法从中看出它何时、为何丢失）</translation>
    </message>
    <message>
        <source>%1 never came through the tunnel: %2</source>
        <translation>%1 始终没有经隧道到达：%2</translation>
    </message>
    <message>
        <source>tunnel lost %1: %2</source>
        <translation>隧道丢失了 %1：%2</translation>
    </message>
    <message>
        <source>tunnel delivered %1 twice: %2</source>
        <translation>隧道把 %1 投递了两次：%2</translation>
    </message>
    <message>
        <source>%1 arrived at position %2 on the tunnel instead of %3: %4</source>
        <translation>%1 在隧道上出现在第 %2 位，而不是第 %3 位：%4</translation>
    </message>
    <message>
        <source>tunnel altered %1 (%2): %3</source>
        <translation>隧道改动了 %1（%2）：%3</translation>
    </message>
    <message>
        <source>tunnel received %1 that the direct path did not: %2</source>
        <translation>隧道收到了直连路径没有收到的 %1：%2</translation>
    </message>
    <message>
        <source>the tunnel adds %1 ms at p50 and %2 ms at p95 over %3 matched messages: %4</source>
        <translation>在 %3 条已配对的消息上，隧道在 p50 增加了 %1 毫秒、在 p95 增加了 %2 毫秒：%4</translation>
    </message>
</context>
<context>
    <name>MessageMatcher</name>
    <message>
        <source>&quot;text&quot; must be a string (the exact text of the message)</source>
        <translation>“text”必须是字符串（消息的确切文本）</translation>
    </message>
    <message>
        <source>&quot;regex&quot; is not a valid regular expression: %1</source>
        <translation>“regex”不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>an empty pattern matches every message; name at least one key</source>
        <translation>空模式会匹配所有消息；请至少写一个键</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file or a JSON path, then what is wrong there</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no such built-in profile (available: %2)</source>
        <translation>%1：没有这个内置配置文件（可用的有：%2）</translation>
    </message>
    <message>
        <source>%1: no such file (a profile is a .json file or builtin:NAME; `tunnelscope profiles` lists the built-in ones)</source>
        <translation>%1：没有这个文件（配置文件是 .json 文件或 builtin:NAME；`tunnelscope profiles` 会列出内置的配置文件）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a profile (16 MiB at most)</source>
        <translation>%1：%2 字节，作为配置文件太大了（最多 16 MiB）</translation>
    </message>
    <message>
        <source>%1: %2: a /* comment that is never closed with */</source>
        <translation>%1：%2：/* 注释没有用 */ 结束</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON: %3</source>
        <translation>%1：%2：不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: $: expected an object, got an array</source>
        <translation>%1：$：应为对象，实际是数组</translation>
    </message>
    <message>
        <source>%1: $: expected an object, got a scalar</source>
        <translation>%1：$：应为对象，实际是标量</translation>
    </message>
    <message>
        <source>%1.send.%2: &quot;%2&quot; needs &quot;protocol&quot;: &quot;%3&quot;</source>
        <translation>%1.send.%2：“%2”需要 &quot;protocol&quot;: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1.%2: %3 is too large (at most %4)</source>
        <translation>%1.%2：%3 太大（最大 %4）</translation>
    </message>
    <message>
        <source>$.tunnels: give either &quot;tunnel&quot; (one) or &quot;tunnels&quot; (several), not both</source>
        <translation>$.tunnels：“tunnel”（一条）和“tunnels”（多条）只能给其中一个，不能都给</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is already the name of %3; each tunnel needs its own name (reports and metrics are split by it)</source>
        <translation>%1.name：“%2”已经是 %3 的名字；每条隧道都要有自己的名字（报告和指标按名字区分）</translation>
    </message>
    <message>
        <source>%1.proxy: &quot;%2&quot; has no host (write http://host:port or socks5://host:port)</source>
        <translation>%1.proxy：“%2”没有主机（请写成 http://host:port 或 socks5://host:port）</translation>
    </message>
    <message>
        <source>%1: not a valid HTTP header name</source>
        <translation>%1：不是有效的 HTTP 头名称</translation>
    </message>
    <message>
        <source>%1: a header value must not contain a line break</source>
        <translation>%1：请求头的值不能包含换行</translation>
    </message>
    <message>
        <source>$.permessage_deflate: parameters for an extension that is not offered; add &quot;permessage-deflate&quot; to $.extensions or remove them</source>
        <translation>$.permessage_deflate：这是没有协商的扩展的参数；请把“permessage-deflate”加到 $.extensions，或者删掉这些参数</translation>
    </message>
    <message>
        <source>$.headers[&quot;%1&quot;]: the offer comes from $.extensions; a header of the same name would replace it (remove one of them)</source>
        <translation>$.headers[&quot;%1&quot;]：扩展协商来自 $.extensions；同名的请求头会把它替换掉（删掉其中一个）</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is already the name of %3; each identity needs its own name (reports and statistics are split by it)</source>
        <translation>%1.name：“%2”已经是 %3 的名字；每个身份都要有自己的名字（报告和统计按名字区分）</translation>
    </message>
    <message>
        <source>%1.send.binary_base64: not valid base64</source>
        <translation>%1.send.binary_base64：不是有效的 base64</translation>
    </message>
    <message>
        <source>%1.send.text: expected a string</source>
        <translation>%1.send.text：应为字符串</translation>
    </message>
    <message>
        <source>%1.ping: a ping payload is at most 125 bytes (RFC 6455 §5.5)</source>
        <translation>%1.ping：ping 的载荷最多 125 字节（RFC 6455 §5.5）</translation>
    </message>
    <message>
        <source>%1.close: %2 is reserved and must not be sent (use 1000 for a normal close)</source>
        <translation>%1.close：%2 是保留的关闭码，不能发送（正常关闭用 1000）</translation>
    </message>
    <message>
        <source>%1.timeout_ms: applies to &quot;expect&quot;, &quot;ping&quot; and &quot;queue_prompt&quot; only; this step has none of them</source>
        <translation>%1.timeout_ms：只对“expect”、“ping”和“queue_prompt”有效；这一步一个都没有</translation>
    </message>
    <message>
        <source>%1: nothing to do: give it send, expect, ping, close, wait_ms or await_close_ms</source>
        <translation>%1：这一步什么也不做：请给出 send、expect、ping、close、wait_ms 或 await_close_ms</translation>
    </message>
    <message>
        <source>%1: send, ping and close are separate steps (this one has %2 of them)</source>
        <translation>%1：send、ping 和 close 要分成不同的步骤（这一步有 %2 个）</translation>
    </message>
    <message>
        <source>$.heartbeat: missing &quot;interval_ms&quot; (how often to ping)</source>
        <translation>$.heartbeat：缺少“interval_ms”（多久 ping 一次）</translation>
    </message>
    <message>
        <source>$.reconnect.max_ms: %1 is below initial_ms %2</source>
        <translation>$.reconnect.max_ms：%1 小于 initial_ms %2</translation>
    </message>
    <message>
        <source>$.lab.behaviour: the hostile endpoint needs a &quot;behaviour&quot; (what the server does wrong)</source>
        <translation>$.lab.behaviour：hostile 端点需要“behaviour”（服务器做错什么）</translation>
    </message>
    <message>
        <source>$.lab.behaviour: only the hostile endpoint has a behaviour; set &quot;endpoint&quot;: &quot;hostile&quot; or remove it</source>
        <translation>$.lab.behaviour：只有 hostile 端点才有 behaviour；请设置 &quot;endpoint&quot;: &quot;hostile&quot;，或者删掉它</translation>
    </message>
    <message>
        <source>$.lab.server_ping_ms: only a lab endpoint pings; this lab fronts direct.url, whose server pings as it does</source>
        <translation>$.lab.server_ping_ms：只有实验室端点会发 ping；这个实验室架在 direct.url 前面，那台服务器按它自己的方式发 ping</translation>
    </message>
    <message>
        <source>%1: no tunnel of $.tunnels is named &quot;%2&quot;</source>
        <translation>%1：$.tunnels 里没有名为“%2”的隧道</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs &quot;ms&quot;</source>
        <translation>%1：“%2”需要“ms”</translation>
    </message>
    <message>
        <source>%1: &quot;drop_random&quot; needs &quot;p&quot; (the probability to drop a frame)</source>
        <translation>%1：“drop_random”需要“p”（丢弃一帧的概率）</translation>
    </message>
    <message>
        <source>%1.status: 101 accepts the upgrade; give a rejecting status such as 403</source>
        <translation>%1.status：101 表示接受升级；请给一个拒绝的状态码，例如 403</translation>
    </message>
    <message>
        <source>%1: not a valid regular expression: %2 (at offset %3)</source>
        <translation>%1：不是有效的正则表达式：%2（位置 %3）</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>&quot;%1&quot; is not a proxy URL (write http://host:port or socks5://host:port)</source>
        <translation>“%1”不是代理 URL（请写成 http://host:port 或 socks5://host:port）</translation>
    </message>
    <message>
        <source>a %1:// proxy is not supported (use http:// for CONNECT, or socks5://)</source>
        <translation>不支持 %1:// 代理（CONNECT 用 http://，或者用 socks5://）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>RecordedWords</name>
    <message>
        <source>TCP closed by the peer</source>
        <translation>对端关闭了 TCP</translation>
    </message>
    <message>
        <source>cut by the client: %1</source>
        <translation>被客户端切断：%1</translation>
    </message>
    <message>
        <source>the peer did not end TCP within %1 ms of the close handshake</source>
        <translation>关闭握手后 %1 毫秒内对端没有结束 TCP</translation>
    </message>
    <message>
        <source>no close frame and no end of TCP came within %1 ms of the client&apos;s close</source>
        <translation>客户端发出关闭帧后 %1 毫秒内，既没有收到关闭帧，TCP 也没有结束</translation>
    </message>
    <message>
        <source>no WebSocket connection</source>
        <translation>没有建立 WebSocket 连接</translation>
    </message>
    <message>
        <source>closed by the client, which failed the connection (%1)</source>
        <translation>由客户端关闭，客户端判定连接失败（%1）</translation>
    </message>
    <message>
        <source>socket error: %1</source>
        <translation>套接字错误：%1</translation>
    </message>
    <message>
        <source>still open when the capture stopped</source>
        <translation>抓包停止时仍未关闭</translation>
    </message>
    <message>
        <source>not recorded in a HAR</source>
        <translation>HAR 中没有记录</translation>
    </message>
    <message>
        <source>connection ended with no close frame from the server (1006): %1</source>
        <translation>连接结束，服务器没有发送关闭帧（1006）：%1</translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <source>timeout after %1 ms waiting for %2</source>
        <translation>等待%2超时（%1 毫秒）</translation>
    </message>
    <message>
        <source>connection closed by the server while waiting for %1</source>
        <translation>等待%1时服务器关闭了连接</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>找不到主机：%1</translation>
    </message>
    <message>
        <source>the TCP connection</source>
        <translation> TCP 连接</translation>
    </message>
    <message>
        <source>the TCP connection to the proxy %1</source>
        <translation>到代理 %1 的 TCP 连接</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation> TLS 握手</translation>
    </message>
    <message>
        <source>the upgrade answer (no byte came back)</source>
        <translation>升级应答（一个字节也没有返回）</translation>
    </message>
    <message>
        <source>protocol violation: %1</source>
        <translation>协议违规：%1</translation>
    </message>
    <message>
        <source>a compressed message (RSV1) on a connection without permessage-deflate</source>
        <translation>在未协商 permessage-deflate 的连接上收到压缩消息（RSV1）</translation>
    </message>
    <message>
        <source>a compressed text message of %1 bytes could not be inflated: %2</source>
        <translation>一条 %1 字节的压缩文本消息无法解压：%2</translation>
    </message>
    <message>
        <source>a compressed binary message of %1 bytes could not be inflated: %2</source>
        <translation>一条 %1 字节的压缩二进制消息无法解压：%2</translation>
    </message>
    <message>
        <source>text message %1 is not valid UTF-8</source>
        <translation>文本消息 %1 不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the connection ended in the middle of a frame from the server (%1 bytes of it came, the rest never did)</source>
        <translation>连接在服务器的一帧中途结束（收到了其中 %1 字节，其余的始终没有到达）</translation>
    </message>
    <message>
        <source>frame %1 is a Socket.IO packet in a binary frame: socket.io-client takes a binary frame for an attachment and drops this one</source>
        <translation>第 %1 帧是装在二进制帧里的 Socket.IO 数据包：socket.io-client 会把二进制帧当作附件，从而丢弃这一条</translation>
    </message>
    <message>
        <source>frame %1 is a binary frame no Socket.IO packet announced as an attachment</source>
        <translation>第 %1 帧是二进制帧，但没有任何 Socket.IO 数据包声明过这个附件</translation>
    </message>
    <message>
        <source>GET %1 answered %2</source>
        <translation>GET %1 返回了 %2</translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1：%2</translation>
    </message>
    <message>
        <source>GET /history/%1 knows no such finished prompt (still queued or running, or never queued)</source>
        <translation>GET /history/%1 中没有这个已完成的 prompt（仍在排队或运行，或从未入队）</translation>
    </message>
    <message>
        <source>GET /history/%1: %2</source>
        <translation>GET /history/%1：%2</translation>
    </message>
    <message>
        <source>GET /history/%1: %2, outputs from %3</source>
        <translation>GET /history/%1：%2，输出来自 %3</translation>
    </message>
    <message>
        <source>zlib: %1</source>
        <translation>zlib：“%1”</translation>
    </message>
    <message>
        <source>the end of the upgrade answer (1 byte came)</source>
        <translation>升级应答结束（已收到 1 字节）</translation>
    </message>
    <message>
        <source>the end of the upgrade answer (%1 bytes came)</source>
        <translation>升级应答结束（已收到 %1 字节）</translation>
    </message>
    <message>
        <source>the %1 path goes through the proxy %2 (%3)</source>
        <translation>%1 路径经由代理 %2（%3）</translation>
    </message>
    <message>
        <source>the %1 path goes through the proxy %2 (from the environment&apos;s %3; --no-proxy or no_proxy to go without)</source>
        <translation>%1 路径经由代理 %2（来自环境变量 %3；用 --no-proxy 或 no_proxy 可以不走代理）</translation>
    </message>
    <message>
        <source>the tunnel path goes to %1 (%2), not through the lab&apos;s fault tunnel: its faults (%3) are not played</source>
        <translation>隧道路径连到 %1（%2），不经过实验室的故障隧道：其中的故障（%3）不会被注入</translation>
    </message>
    <message>
        <source>the token in %1 expired at %2 (read from the token itself, which is not shown): expect the server to refuse it (401/403, auth_invalid), on both paths</source>
        <translation>%1中的令牌已于 %2 过期（从令牌本身读出，令牌不显示）：服务器在两条路径上都可能拒绝它（401/403、auth_invalid）</translation>
    </message>
    <message>
        <source>the Authorization header</source>
        <translation>Authorization 请求头</translation>
    </message>
    <message>
        <source>the URL&apos;s %1= parameter</source>
        <translation>URL 的 %1= 参数</translation>
    </message>
    <message>
        <source>%1: run %2 was interrupted: left out</source>
        <translation>%1：第 %2 轮运行被中断：未计入</translation>
    </message>
    <message>
        <source>%1 line %2: an out-of-order record, left out</source>
        <translation>%1 第 %2 行：记录顺序错乱，未计入</translation>
    </message>
    <message>
        <source>recovered from the journal of a session that did not end (%1): what was recorded until it stopped</source>
        <translation>从未结束的会话日志恢复（%1）：只包含它停止前录下的内容</translation>
    </message>
    <message>
        <source>the journal reached its size cap: later frames were not journalled</source>
        <translation>日志达到大小上限：之后的帧没有写入日志</translation>
    </message>
    <message>
        <source>%1 holds %2 WebSocket connections to %3 URLs (%4): compared as one path, in time order</source>
        <translation>%1 含有 %2 个 WebSocket 连接，连到 %3 个 URL（%4）：按时间顺序作为一条路径比对</translation>
    </message>
    <message>
        <source>%1 holds %2 WebSocket connections to %3 URLs (%4): compared as one path, in time order (--url TEXT keeps only those whose URL contains TEXT)</source>
        <translation>%1 含有 %2 个 WebSocket 连接，连到 %3 个 URL（%4）：按时间顺序作为一条路径比对（--url TEXT 只保留 URL 含有 TEXT 的连接）</translation>
    </message>
    <message>
        <source>compared: A = %1 as the direct side, B = %2 as the tunnel side</source>
        <translation>比对：A = %1 作为直连一侧，B = %2 作为隧道一侧</translation>
    </message>
    <message>
        <source>A has %1 run(s) and B %2: the first %3 of each compared, run by run</source>
        <translation>A 有 %1 轮运行，B 有 %2 轮：逐轮比对各自的前 %3 轮</translation>
    </message>
    <message>
        <source>run %1 was played as %2 in A and as %3 in B: compared as %2</source>
        <translation>第 %1 轮在 A 中以 %2 身份运行，在 B 中以 %3 身份运行：按 %2 比对</translation>
    </message>
    <message>
        <source>pong after %1 ms</source>
        <translation>%1 毫秒后收到 pong</translation>
    </message>
    <message>
        <source>matched message %1</source>
        <translation>匹配到第 %1 帧消息</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>对端关闭了连接</translation>
    </message>
    <message>
        <source>already closed</source>
        <translation>连接已经关闭</translation>
    </message>
    <message>
        <source>connection closed (%1)</source>
        <translation>连接已关闭（%1）</translation>
    </message>
    <message>
        <source>no ping: the connection had ended</source>
        <translation>没有发 ping：连接已经结束</translation>
    </message>
    <message>
        <source>not sent: the connection had ended</source>
        <translation>没有发送：连接已经结束</translation>
    </message>
    <message>
        <source>no message matching %1: the connection had ended</source>
        <translation>没有匹配 %1 的消息：连接已经结束</translation>
    </message>
    <message>
        <source>no pong within %1 ms</source>
        <translation>%1 毫秒内没有收到 pong</translation>
    </message>
    <message>
        <source>no message matching %1 within %2 ms</source>
        <translation>%2 毫秒内没有匹配 %1 的消息</translation>
    </message>
    <message>
        <source>the peer kept the connection open</source>
        <translation>对端一直没有关闭连接</translation>
    </message>
    <message>
        <source>prompt already queued; following it on the new connection</source>
        <translation>提示词已经入队；在新连接上继续跟踪它</translation>
    </message>
    <message>
        <source>not sent: the %1 client has no way to send this</source>
        <translation>没有发送：%1 客户端无法发送这种内容</translation>
    </message>
    <message>
        <source>the connection ended before a matching message; reconnecting</source>
        <translation>等到匹配的消息之前连接就结束了；正在重连</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>没有连接：%1</translation>
    </message>
    <message>
        <source>no message matching %1: the connection ended</source>
        <translation>没有匹配 %1 的消息：连接结束了</translation>
    </message>
    <message>
        <source>no pong: the connection ended</source>
        <translation>没有收到 pong：连接结束了</translation>
    </message>
    <message>
        <source>heartbeat: no pong within %1 ms</source>
        <translation>心跳：%1 毫秒内没有收到 pong</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>被用户停止</translation>
    </message>
    <message>
        <source>frame %1 is a ComfyUI JSON message in a binary frame: a ComfyUI front end reads binary frames as previews, so the message never reaches it</source>
        <translation>第 %1 帧是装在二进制帧里的 ComfyUI JSON 消息：ComfyUI 前端把二进制帧当作预览图读取，这条消息永远到不了它那里</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <source>frame %1 is not a ComfyUI {&quot;type&quot;: string, &quot;data&quot;: object} message</source>
        <translation>第 %1 帧不是 ComfyUI 的 {&quot;type&quot;: string, &quot;data&quot;: object} 消息</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>没有及时应答</translation>
    </message>
    <message>
        <source>prompt %1 queued (POST %2 answered 200 in %3 ms)</source>
        <translation>提示词 %1 已入队（POST %2 在 %3 毫秒内应答 200）</translation>
    </message>
    <message>
        <source>frame %1 is binary: Home Assistant sends JSON text only, and its frontend cannot read this message</source>
        <translation>第 %1 帧是二进制帧：Home Assistant 只发送 JSON 文本，它的前端读不了这条消息</translation>
    </message>
    <message>
        <source>frame %1 is a JSON array with an item that is not a message object</source>
        <translation>第 %1 帧是 JSON 数组，其中有一项不是消息对象</translation>
    </message>
    <message>
        <source>frame %1 is not a Home Assistant message: no string &quot;type&quot;</source>
        <translation>第 %1 帧不是 Home Assistant 消息：没有字符串类型的“type”</translation>
    </message>
    <message>
        <source>frame %1: a %2 without a numeric id</source>
        <translation>第 %1 帧：%2 没有数字 id</translation>
    </message>
    <message>
        <source>frame %1: a %2 for id %3, which this client never sent</source>
        <translation>第 %1 帧：针对 id %3 的 %2，而这个客户端从没发过这个 id</translation>
    </message>
    <message>
        <source>frame %1: a second %2 for id %3; the frontend would resolve the command twice</source>
        <translation>第 %1 帧：针对 id %3 的第二个 %2；前端会把这条命令处理两次</translation>
    </message>
    <message>
        <source>no Socket.IO packet for pingInterval + pingTimeout (%1 ms): the server&apos;s pings stopped coming through, and socket.io-client drops the connection here</source>
        <translation>在 pingInterval + pingTimeout（%1 毫秒）内没有收到任何 Socket.IO 包：服务器的 ping 没有再传过来，socket.io-client 会在这时断开连接</translation>
    </message>
    <message>
        <source>Socket.IO ping timeout: no packet for pingInterval + pingTimeout = %1 ms</source>
        <translation>Socket.IO ping 超时：pingInterval + pingTimeout = %1 毫秒内没有收到任何包</translation>
    </message>
    <message>
        <source>Socket.IO ping sent at %1 ms unanswered within pingTimeout (%2 ms)</source>
        <translation>在 %1 毫秒发出的 Socket.IO ping 在 pingTimeout（%2 毫秒）内没有得到应答</translation>
    </message>
    <message>
        <source>Socket.IO ping timeout: no pong within %1 ms</source>
        <translation>Socket.IO ping 超时：%1 毫秒内没有收到 pong</translation>
    </message>
    <message>
        <source>Socket.IO ping at %1 ms went unanswered: the server dropped the connection %2 ms later (its pingTimeout is %3 ms) though the pong went out at once</source>
        <translation>服务器认为 %1 毫秒时的 Socket.IO ping 没有得到应答：它在 %2 毫秒后断开了连接（它的 pingTimeout 是 %3 毫秒），而 pong 其实立刻就发出去了</translation>
    </message>
    <message>
        <source>the binary packet in frame %1 announced attachments, %2 of which never came before the next packet</source>
        <translation>第 %1 帧的二进制包声明了附件，其中 %2 个在下一个包之前一直没有到达</translation>
    </message>
    <message>
        <source>frame %1 is not a Socket.IO packet: %2</source>
        <translation>第 %1 帧不是 Socket.IO 包：%2</translation>
    </message>
    <message>
        <source>%1 (its %2 path, from Tunnelscope&apos;s HAR)</source>
        <translation>%1（其中的 %2 路径，来自 Tunnelscope 的 HAR）</translation>
    </message>
    <message>
        <source>%1 (a browser&apos;s capture)</source>
        <translation>%1（浏览器的抓包）</translation>
    </message>
    <message>
        <source>%1 (its %2 path)</source>
        <translation>%1（其中的 %2 路径）</translation>
    </message>
    <message>
        <source>%1 (its %2 path, from the journal)</source>
        <translation>%1（其中的 %2 路径，来自日志）</translation>
    </message>
    <message>
        <source>the browser&apos;s upgrade got HTTP %1</source>
        <translation>浏览器的升级请求得到 HTTP %1</translation>
    </message>
    <message>
        <source>%1 line %2: a record for a run that never started, left out</source>
        <translation>%1 第 %2 行：这条记录属于一轮从未开始的运行，未计入</translation>
    </message>
    <message>
        <source>%1 line %2: a record for a tunnel the run did not have, left out</source>
        <translation>%1 第 %2 行：这条记录属于这轮运行中并不存在的隧道，未计入</translation>
    </message>
    <message>
        <source>POST %1: %2</source>
        <translation>POST %1：%2</translation>
    </message>
    <message>
        <source>POST %1 answered %2</source>
        <translation>POST %1 返回 %2</translation>
    </message>
    <message>
        <source>POST %1 answered %2: %3</source>
        <translation>POST %1 返回 %2：%3</translation>
    </message>
    <message>
        <source>ComfyUI binary frame of %1 bytes is shorter than its 4-byte event type</source>
        <translation>ComfyUI 二进制帧只有 %1 字节，不够 4 字节的事件类型</translation>
    </message>
    <message>
        <source>ComfyUI preview image frame ends before its 4-byte image format</source>
        <translation>ComfyUI 预览图帧在 4 字节的图片格式之前就结束了</translation>
    </message>
    <message>
        <source>ComfyUI preview image frame names image format %1 (1 = JPEG, 2 = PNG)</source>
        <translation>ComfyUI 预览图帧给出的图片格式是 %1（1 = JPEG，2 = PNG）</translation>
    </message>
    <message>
        <source>ComfyUI preview image frame says %1 but its %2 bytes are not a %1 image</source>
        <translation>ComfyUI 预览图帧声称是 %1，但它的 %2 字节不是 %1 图片</translation>
    </message>
    <message>
        <source>ComfyUI text frame ends before its 4-byte node-id length</source>
        <translation>ComfyUI 文本帧在 4 字节的节点 ID 长度之前就结束了</translation>
    </message>
    <message>
        <source>ComfyUI text frame announces a node id of %1 bytes but only %2 follow</source>
        <translation>ComfyUI 文本帧声明节点 ID 有 %1 字节，但后面只有 %2 字节</translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame ends before its 4-byte metadata length</source>
        <translation>ComfyUI 带元数据的预览帧在 4 字节的元数据长度之前就结束了</translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame announces %1 bytes of metadata but only %2 follow</source>
        <translation>ComfyUI 带元数据的预览帧声明有 %1 字节元数据，但后面只有 %2 字节</translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame: the metadata is not JSON (from byte %1 on)</source>
        <translation>ComfyUI 带元数据的预览帧：元数据不是 JSON（从第 %1 字节起）</translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame: the metadata is JSON but not an object</source>
        <translation>ComfyUI 带元数据的预览帧：元数据是 JSON，但不是对象</translation>
    </message>
    <message>
        <source>ComfyUI preview-with-metadata frame: the %1 bytes after the metadata are not a JPEG, PNG or WebP image</source>
        <translation>ComfyUI 带元数据的预览帧：元数据之后的 %1 字节不是 JPEG、PNG 或 WebP 图片</translation>
    </message>
    <message>
        <source>unknown ComfyUI binary event type %1 (known: 1 preview image, 3 text, 4 preview with metadata)</source>
        <translation>未知的 ComfyUI 二进制事件类型 %1（已知：1 预览图，3 文本，4 带元数据的预览图）</translation>
    </message>
    <message>
        <source>not an Engine.IO packet: it must start with a type digit 0-6</source>
        <translation>不是 Engine.IO 包：包必须以类型数字 0-6 开头</translation>
    </message>
    <message>
        <source>invalid JSON in the packet (from byte %1 on)</source>
        <translation>包中的 JSON 无效（从第 %1 字节起）</translation>
    </message>
    <message>
        <source>open packet without its JSON object (sid, pingInterval, pingTimeout)</source>
        <translation>open 包缺少其 JSON 对象（sid、pingInterval、pingTimeout）</translation>
    </message>
    <message>
        <source>message packet without a Socket.IO type</source>
        <translation>message 包缺少 Socket.IO 类型</translation>
    </message>
    <message>
        <source>unknown Socket.IO packet type &apos;%1&apos;</source>
        <translation>未知的 Socket.IO 包类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>binary packet without its attachment count (&quot;45N-&quot;)</source>
        <translation>二进制包缺少附件数（&quot;45N-&quot;）</translation>
    </message>
    <message>
        <source>namespace without its closing comma</source>
        <translation>命名空间缺少结尾的逗号</translation>
    </message>
    <message>
        <source>event packet without [&quot;name&quot;, ...]</source>
        <translation>event 包缺少 [&quot;name&quot;, ...]</translation>
    </message>
    <message>
        <source>ack packet without its id and argument array</source>
        <translation>ack 包缺少 id 和参数数组</translation>
    </message>
    <message>
        <source>connect error without its {&quot;message&quot;} object</source>
        <translation>connect error 包缺少 {&quot;message&quot;} 对象</translation>
    </message>
    <message>
        <source>close payload of 1 byte (a status code needs 2)</source>
        <translation>关闭帧负载只有 1 字节（状态码需要 2 字节）</translation>
    </message>
    <message>
        <source>close code %1 (%2) must not be sent on the wire</source>
        <translation>关闭码 %1（%2）不允许在线路上发送</translation>
    </message>
    <message>
        <source>close reason is not valid UTF-8</source>
        <translation>关闭原因不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the server agreed to the extension &quot;%1&quot;, which was not offered</source>
        <translation>服务器同意了扩展“%1”，但客户端并未提议它</translation>
    </message>
    <message>
        <source>the server agreed to permessage-deflate %1 times (it was offered once)</source>
        <translation>服务器同意了 %1 次 permessage-deflate（只提议了一次）</translation>
    </message>
    <message>
        <source>the server&apos;s permessage-deflate answer repeats %1</source>
        <translation>服务器的 permessage-deflate 应答重复了 %1</translation>
    </message>
    <message>
        <source>the server answered server_max_window_bits=%1, more than the %2 offered</source>
        <translation>服务器应答 server_max_window_bits=%1，超过了提议的 %2</translation>
    </message>
    <message>
        <source>the server answered client_max_window_bits, which the client did not offer</source>
        <translation>服务器应答了 client_max_window_bits，但客户端并未提议</translation>
    </message>
    <message>
        <source>the server answered client_max_window_bits=%1, more than the %2 offered</source>
        <translation>服务器应答 client_max_window_bits=%1，超过了提议的 %2</translation>
    </message>
    <message>
        <source>the server&apos;s permessage-deflate answer has the parameter %1, which is unknown or needs a value</source>
        <translation>服务器的 permessage-deflate 应答带有参数 %1，该参数未知或缺少取值</translation>
    </message>
    <message>
        <source>the server&apos;s permessage-deflate answer has %1=&quot;%2&quot;, which is unknown or out of range</source>
        <translation>服务器的 permessage-deflate 应答带有 %1=&quot;%2&quot;，该参数未知或取值超出范围</translation>
    </message>
    <message>
        <source>the server accepted server_max_window_bits=%1 without saying it back (RFC 7692 §7.1.2.1)</source>
        <translation>服务器接受了 server_max_window_bits=%1，却没有在应答中写回（RFC 7692 §7.1.2.1）</translation>
    </message>
    <message>
        <source>reserved bits set (RSV 0x%1) without a negotiated extension</source>
        <translation>在没有协商扩展的情况下设置了保留位（RSV 0x%1）</translation>
    </message>
    <message>
        <source>RSV1 set on a %1 frame (permessage-deflate compresses whole data messages only)</source>
        <translation>%1 帧上设置了 RSV1（permessage-deflate 只压缩完整的数据消息）</translation>
    </message>
    <message>
        <source>reserved opcode 0x%1</source>
        <translation>保留的操作码 0x%1</translation>
    </message>
    <message>
        <source>fragmented control frame (opcode 0x%1)</source>
        <translation>分片的控制帧（操作码 0x%1）</translation>
    </message>
    <message>
        <source>control frame with a %1-byte length (at most 125 allowed)</source>
        <translation>控制帧长度为 %1 字节（最多允许 125 字节）</translation>
    </message>
    <message>
        <source>masked frame from the server (servers must not mask)</source>
        <translation>服务器发来了带掩码的帧（服务器不得使用掩码）</translation>
    </message>
    <message>
        <source>unmasked frame from the client (clients must mask)</source>
        <translation>客户端发来了不带掩码的帧（客户端必须使用掩码）</translation>
    </message>
    <message>
        <source>64-bit payload length with its most significant bit set</source>
        <translation>64 位负载长度的最高位被置位</translation>
    </message>
    <message>
        <source>frame payload of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>帧负载 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>continuation frame with no message to continue</source>
        <translation>延续帧之前没有可延续的消息</translation>
    </message>
    <message>
        <source>new data frame (opcode 0x%1) inside a fragmented message</source>
        <translation>分片消息中间出现了新的数据帧（操作码 0x%1）</translation>
    </message>
    <message>
        <source>message larger than the limit of %1 bytes</source>
        <translation>消息超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>an earlier message could not be inflated, so this one cannot be either</source>
        <translation>之前的消息无法解压，因此这条也无法解压</translation>
    </message>
    <message>
        <source>zlib could not start an inflater</source>
        <translation>zlib 无法启动解压器</translation>
    </message>
    <message>
        <source>it inflates to more than the limit of %1 bytes</source>
        <translation>解压后超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>protocol violation: unexpected opcode 0x%1</source>
        <translation>违反协议：意外的操作码 0x%1</translation>
    </message>
    <message>
        <source>protocol violation: the server stopped reading: %1 MiB sent to it are still waiting (its TCP window stayed closed for %2 ms)</source>
        <translation>违反协议：服务器停止了读取：发给它的 %1 MiB 仍在等待（它的 TCP 窗口关闭了 %2 毫秒）</translation>
    </message>
    <message>
        <source>the server stopped reading</source>
        <translation>服务器停止了读取</translation>
    </message>
    <message>
        <source>malformed HTTP header line &quot;%1&quot;</source>
        <translation>格式错误的 HTTP 头部行“%1”</translation>
    </message>
    <message>
        <source>HTTP request headers exceed %1 bytes without ending</source>
        <translation>HTTP 请求头超过 %1 字节仍未结束</translation>
    </message>
    <message>
        <source>HTTP request headers exceed the limit of %1 bytes</source>
        <translation>HTTP 请求头超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>not an HTTP/1.1 request line: &quot;%1&quot;</source>
        <translation>不是 HTTP/1.1 请求行：“%1”</translation>
    </message>
    <message>
        <source>HTTP answer headers exceed %1 bytes without ending</source>
        <translation>HTTP 应答头超过 %1 字节仍未结束</translation>
    </message>
    <message>
        <source>HTTP answer headers exceed the limit of %1 bytes</source>
        <translation>HTTP 应答头超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>not an HTTP answer: the first line is &quot;%1&quot;</source>
        <translation>不是 HTTP 应答：第一行是“%1”</translation>
    </message>
    <message>
        <source>101 answer without &quot;Upgrade: websocket&quot;</source>
        <translation>101 应答缺少“Upgrade: websocket”</translation>
    </message>
    <message>
        <source>101 answer without &quot;Connection: Upgrade&quot;</source>
        <translation>101 应答缺少“Connection: Upgrade”</translation>
    </message>
    <message>
        <source>bad Sec-WebSocket-Accept (expected %1, got &quot;%2&quot;)</source>
        <translation>Sec-WebSocket-Accept 错误（应为 %1，收到“%2”）</translation>
    </message>
    <message>
        <source>server chose subprotocol &quot;%1&quot; that was not offered</source>
        <translation>服务器选择了未提议的子协议“%1”</translation>
    </message>
    <message>
        <source>server chose the extension &quot;%1&quot;, and none was offered</source>
        <translation>服务器选择了扩展“%1”，但客户端没有提议任何扩展</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Extensions &quot;%1&quot;: %2 at character %3</source>
        <translation>Sec-WebSocket-Extensions“%1”：第 %3 个字符处%2</translation>
    </message>
    <message>
        <source>an extension name was expected</source>
        <translation>应为扩展名</translation>
    </message>
    <message>
        <source>a parameter name was expected</source>
        <translation>应为参数名</translation>
    </message>
    <message>
        <source>a quoted value does not end</source>
        <translation>带引号的值没有结束</translation>
    </message>
    <message>
        <source>a parameter value was expected</source>
        <translation>应为参数值</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;;&apos; was expected</source>
        <translation>应为 &apos;,&apos; 或 &apos;;&apos;</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>无法从 CA 文件 %1 中读取 PEM 证书</translation>
    </message>
    <message>
        <source>the proxy&apos;s answer to CONNECT %1:%2</source>
        <translation>代理对 CONNECT %1:%2 的应答</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy&apos;s choice of authentication</source>
        <translation>SOCKS5 代理对认证方式的选择</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy&apos;s answer to the username and password</source>
        <translation>SOCKS5 代理对用户名和密码的应答</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy&apos;s answer to CONNECT %1:%2</source>
        <translation>SOCKS5 代理对 CONNECT %1:%2 的应答</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>the proxy %1 did not answer CONNECT in HTTP: %2</source>
        <translation>代理 %1 没有用 HTTP 应答 CONNECT：%2</translation>
    </message>
    <message>
        <source>general SOCKS server failure</source>
        <translation>SOCKS 服务器一般性故障</translation>
    </message>
    <message>
        <source>connection not allowed by its rules</source>
        <translation>其规则不允许该连接</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>主机不可达</translation>
    </message>
    <message>
        <source>connection refused by the target</source>
        <translation>目标拒绝了连接</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL 已过期</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>不支持该命令</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>不支持该地址类型</translation>
    </message>
    <message>
        <source>unknown reply</source>
        <translation>未知应答</translation>
    </message>
    <message>
        <source>the proxy %1 does not speak SOCKS5 (its first byte was 0x%2)</source>
        <translation>代理 %1 不支持 SOCKS5（它的第一个字节是 0x%2）</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 wants credentials; %2</source>
        <translation>SOCKS5 代理 %1 需要凭据；%2</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 accepts none of the offered ways to authenticate</source>
        <translation>SOCKS5 代理 %1 不接受所提议的任何认证方式</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 chose a way to authenticate that was not offered (0x%2)</source>
        <translation>SOCKS5 代理 %1 选择了未提议的认证方式（0x%2）</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 refused the username and password given</source>
        <translation>SOCKS5 代理 %1 拒绝了所给的用户名和密码</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 answered with an unknown address type %2</source>
        <translation>SOCKS5 代理 %1 应答了未知的地址类型 %2</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 refused CONNECT %2:%3: %4 (reply %5)</source>
        <translation>SOCKS5 代理 %1 拒绝了 CONNECT %2:%3：%4（应答码 %5）</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection while waiting for %2</source>
        <translation>等待%2时，代理 %1 关闭了连接</translation>
    </message>
    <message>
        <source>connection refused by the proxy %1</source>
        <translation>代理 %1 拒绝了连接</translation>
    </message>
    <message>
        <source>proxy host not found: %1</source>
        <translation>找不到代理主机：%1</translation>
    </message>
    <message>
        <source>the proxy %1 could not be reached: %2</source>
        <translation>无法连接到代理 %1：%2</translation>
    </message>
    <message>
        <source>put USER:PASSWORD@ before the host in the proxy URL, the password from a secret ({{secrets.NAME}})</source>
        <translation>在代理 URL 的主机名前加上 USER:PASSWORD@，密码取自机密（{{secrets.NAME}}）</translation>
    </message>
    <message>
        <source> (it asks: Proxy-Authenticate: %1)</source>
        <translation>（它要求：Proxy-Authenticate: %1）</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;%5: it wants credentials; %6</source>
        <translation>代理 %1 对 CONNECT %2:%3 的应答是“%4”%5：它需要凭据；%6</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;%5: the username and password given were refused</source>
        <translation>代理 %1 对 CONNECT %2:%3 的应答是“%4”%5：所给的用户名和密码被拒绝</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;: its rules do not allow a tunnel to that host or port</source>
        <translation>代理 %1 对 CONNECT %2:%3 的应答是“%4”：它的规则不允许通往该主机或端口的隧道</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT %2:%3 with &quot;%4&quot;: no tunnel was opened</source>
        <translation>代理 %1 对 CONNECT %2:%3 的应答是“%4”：没有打开隧道</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
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
    <name>RunArchive</name>
    <message>
        <source>%1: cannot create or write this directory for the journals (--out)</source>
        <translation>%1：无法创建或写入这个用来存放日志的目录（--out）</translation>
    </message>
    <message>
        <source>%1: cannot create this directory</source>
        <translation>%1：无法创建这个目录</translation>
    </message>
</context>
<context>
    <name>RunComparer</name>
    <message>
        <source>1006 (no close frame)</source>
        <translation>1006（无关闭帧）</translation>
    </message>
    <message>
        <source>a close frame without status (1005)</source>
        <translation>不带状态码的关闭帧（1005）</translation>
    </message>
    <message>
        <source>close %1 (%2)</source>
        <translation>关闭码 %1（%2）</translation>
    </message>
    <message>
        <source>a browser&apos;s capture (HAR) keeps data messages only: pings, pongs, closes and protocol violations are not compared</source>
        <translation>浏览器的抓包（HAR）只保留数据消息：ping、pong、关闭帧和协议违规不做比较</translation>
    </message>
    <message>
        <source>the two sides were captured apart: each message&apos;s time is since its own session began, so latency is not compared</source>
        <translation>两侧是分开抓包的：每条消息的时间从各自会话开始计算，因此不比较延迟</translation>
    </message>
    <message>
        <source>the direct path upgraded in %1 ms</source>
        <translation>直连路径在 %1 毫秒内完成升级</translation>
    </message>
    <message>
        <source>the direct path failed too (%1)</source>
        <translation>直连路径也失败了（%1）</translation>
    </message>
    <message>
        <source>the proxy in front of the tunnel path failed before the tunnel was reached, so the tunnel itself was not tested (check the proxy&apos;s address, credentials and rules)</source>
        <translation>隧道路径前面的代理在到达隧道之前就失败了，隧道本身没有被测试到（请检查代理的地址、凭据和规则）</translation>
    </message>
    <message>
        <source>the tunnel accepted TCP but never finished the upgrade (&quot;Handshake not finished&quot;)</source>
        <translation>隧道接受了 TCP 连接，但始终没有完成升级（“Handshake not finished”）</translation>
    </message>
    <message>
        <source>the tunnel or the server behind it refused the upgrade (check Origin, token and path)</source>
        <translation>隧道或其后的服务器拒绝了升级（请检查 Origin、令牌和路径）</translation>
    </message>
    <message>
        <source>the tunnel could not reach or talk to the server</source>
        <translation>隧道无法连到服务器或与之通信</translation>
    </message>
    <message>
        <source>tunnel upgrade failed: %1; %2</source>
        <translation>隧道升级失败：%1；%2</translation>
    </message>
    <message>
        <source>tunnel upgrade failed: %1; %2: %3</source>
        <translation>隧道升级失败：%1；%2：%3</translation>
    </message>
    <message>
        <source>direct upgrade failed: %1; with no direct session there is nothing to compare the tunnel with</source>
        <translation>直连升级失败：%1；没有直连会话，就没有可以与隧道对比的基准</translation>
    </message>
    <message>
        <source>the tunnel agreed to permessage-deflate (&quot;%1&quot;) where the server did not: its edge compresses its own hop</source>
        <translation>服务器没有同意 permessage-deflate，隧道却同意了（“%1”）：隧道边缘节点在自己这一跳上做压缩</translation>
    </message>
    <message>
        <source>tunnel removed permessage-deflate: the server agreed to it on the direct path (&quot;%1&quot;), the tunnel&apos;s upgrade answer has none, so every message crosses the tunnel uncompressed (a proxy that rebuilds the upgrade request without Sec-WebSocket-Extensions, or answers the upgrade itself)</source>
        <translation>隧道去掉了 permessage-deflate：服务器在直连路径上同意了它（“%1”），隧道的升级应答里却没有，因此每条消息都以未压缩形式穿过隧道（代理重建升级请求时丢掉了 Sec-WebSocket-Extensions，或自己应答了升级）</translation>
    </message>
    <message>
        <source>tunnel changed what permessage-deflate agreed: &quot;%1&quot; on the direct path, &quot;%2&quot; through the tunnel, for the same offer</source>
        <translation>隧道改变了 permessage-deflate 的协商结果：同样的请求，直连路径是“%1”，经隧道是“%2”</translation>
    </message>
    <message>
        <source>connecting TCP</source>
        <translation>建立 TCP 连接</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>waiting for the upgrade answer</source>
        <translation>等待升级应答</translation>
    </message>
    <message>
        <source>above the %1 ms limit (compare.latency_warn_ms): every connection and reconnect waits that much longer</source>
        <translation>超过 %1 毫秒的上限（compare.latency_warn_ms）：每次连接和重连都要多等这么久</translation>
    </message>
    <message>
        <source>within the %1 ms limit</source>
        <translation>在 %1 毫秒的上限以内</translation>
    </message>
    <message>
        <source>the tunnel&apos;s upgrade took %1 ms where the direct path&apos;s took %2 ms (+%3 ms): %4</source>
        <translation>隧道的升级用了 %1 毫秒，直连路径用了 %2 毫秒（多 %3 毫秒）：%4</translation>
    </message>
    <message>
        <source>the tunnel&apos;s upgrade took %1 ms where the direct path&apos;s took %2 ms (+%3 ms, most of it %4): %5</source>
        <translation>隧道的升级用了 %1 毫秒，直连路径用了 %2 毫秒（多 %3 毫秒，大部分花在%4）：%5</translation>
    </message>
    <message>
        <source>no verdict on how the tunnel closes: the client stopped waiting for the server&apos;s close %1 s after sending its own, less than one round trip through this tunnel (about %2 s); set the close step&apos;s await_close_ms above that</source>
        <translation>无法判定隧道如何关闭：客户端发出关闭帧后只等了 %1 秒就不再等待服务器的关闭帧，不到经此隧道的一个往返（约 %2 秒）；请把 close 步骤的 await_close_ms 设得比这更长</translation>
    </message>
    <message>
        <source>the server&apos;s close frame breaks RFC 6455 (on both paths): %1; browsers treat it as a protocol error</source>
        <translation>服务器的关闭帧违反 RFC 6455（两条路径都是）：%1；浏览器会把它当作协议错误</translation>
    </message>
    <message>
        <source>tunnel sent a close frame with code %1 on the wire, a code RFC 6455 forbids sending (the direct path got %2): the proxy forwards a code that only describes a failure; browsers treat it as a protocol error</source>
        <translation>隧道在线路上发出了关闭码为 %1 的关闭帧，而 RFC 6455 禁止发送这个码（直连路径收到的是%2）：代理转发了一个只用于描述故障的关闭码；浏览器会把它当作协议错误</translation>
    </message>
    <message>
        <source>tunnel ended with %1 %2 (the direct path got %3)</source>
        <translation>隧道以 %1 结束，%2（直连路径收到的是%3）</translation>
    </message>
    <message>
        <source>tunnel ended with %1 where the direct path got %2: %3</source>
        <translation>隧道以 %1 结束，而直连路径收到的是%2：%3</translation>
    </message>
    <message>
        <source>tunnel cut the close reason from %1 to %2 bytes</source>
        <translation>隧道把关闭原因从 %1 字节截短到 %2 字节</translation>
    </message>
    <message>
        <source>a heartbeat or ping timeout, typically</source>
        <translation>通常是心跳或 ping 超时</translation>
    </message>
    <message>
        <source>the server closed the tunnelled connection (%1) while the direct one stayed up until the client closed it: the server gave up on the client through the tunnel (%2)</source>
        <translation>服务器关闭了经隧道的连接（%1），而直连连接一直保持到客户端主动关闭：服务器放弃了经隧道连接的客户端（%2）</translation>
    </message>
    <message>
        <source>the server closed the tunnelled connection (%1, reason &quot;%2&quot;) while the direct one stayed up until the client closed it: the server gave up on the client through the tunnel (%3)</source>
        <translation>服务器关闭了经隧道的连接（%1，原因“%2”），而直连连接一直保持到客户端主动关闭：服务器放弃了经隧道连接的客户端（%3）</translation>
    </message>
    <message>
        <source>the connections ended differently: direct %1, tunnel %2</source>
        <translation>两条连接的结束方式不同：直连 %1，隧道 %2</translation>
    </message>
    <message>
        <source>tunnel path only: %1 (the tunnel changed the bytes of a compressed message: a relay must pass permessage-deflate frames on as they are, or agree to compression on each hop)</source>
        <translation>仅隧道路径出现：%1（隧道改动了压缩消息的字节：中继必须原样转发 permessage-deflate 帧，或在每一跳上各自协商压缩）</translation>
    </message>
    <message>
        <source>tunnel path only: %1</source>
        <translation>仅隧道路径出现：%1</translation>
    </message>
    <message>
        <source>direct path only: %1 (the tunnel path did not see it: the tunnel rewrote or dropped what broke the rule)</source>
        <translation>仅直连路径出现：%1（隧道路径没有看到：隧道改写或丢弃了违规的内容）</translation>
    </message>
    <message>
        <source>the server broke the protocol (on both paths): %1</source>
        <translation>服务器违反了协议（两条路径都是）：%1</translation>
    </message>
    <message>
        <source>Home Assistant answered auth_invalid on both paths: the token is refused by the server itself (wrong or expired), not lost by the tunnel</source>
        <translation>Home Assistant 在两条路径上都回应了 auth_invalid：令牌是被服务器本身拒绝的（错误或已过期），不是被隧道弄丢的</translation>
    </message>
    <message>
        <source>the Socket.IO server refused the namespace connection (44) on both paths: the auth is refused by the server, not by the tunnel</source>
        <translation>Socket.IO 服务器在两条路径上都拒绝了命名空间连接（44）：认证是被服务器拒绝的，不是被隧道拒绝的</translation>
    </message>
    <message>
        <source>both paths were refused with HTTP %1: the server (or a proxy in front of both) refuses the upgrade; check Origin, the token and the path</source>
        <translation>两条路径都被 HTTP %1 拒绝：是服务器（或两者共用的前置代理）拒绝了升级；请检查 Origin、令牌和路径</translation>
    </message>
    <message>
        <source>the tunnel path&apos;s prompt %1 never reported how it ended, and the server could not tell either: %2</source>
        <translation>隧道路径上的 prompt %1 始终没有报告结束状态，服务器也无法说明：%2</translation>
    </message>
    <message>
        <source>%1 through the tunnel: the prompt finished on the server, the tunnel lost the notification (a ComfyUI front end stays on &quot;processing&quot;)</source>
        <translation>经隧道查询 %1：prompt 在服务器上已完成，是隧道丢了通知（ComfyUI 前端会一直停在“processing”）</translation>
    </message>
    <message>
        <source>tunnel never delivered how prompt %1 ended (no message came for it)</source>
        <translation>隧道始终没有送达 prompt %1 的结束状态（没有收到任何相关消息）</translation>
    </message>
    <message>
        <source>tunnel never delivered how prompt %1 ended (last message: %2)</source>
        <translation>隧道始终没有送达 prompt %1 的结束状态（最后一条消息：%2）</translation>
    </message>
    <message>
        <source>the direct path heard %1 for its prompt</source>
        <translation>直连路径收到了其 prompt 的 %1</translation>
    </message>
    <message>
        <source>the direct path never heard how prompt %1 ended either, though %2: the server (or the direct route) loses it, not the tunnel</source>
        <translation>直连路径也没有收到 prompt %1 的结束状态，尽管%2：是服务器（或直连线路）丢了它，不是隧道</translation>
    </message>
    <message>
        <source>tunnel path reconnected %1 time(s), direct path %2 time(s)</source>
        <translation>隧道路径重连了 %1 次，直连路径 %2 次</translation>
    </message>
    <message>
        <source>%1 heartbeat ping(s) went unanswered within %2 ms on the tunnel path (direct: %3)</source>
        <translation>隧道路径上有 %1 个心跳 ping 在 %2 毫秒内没有得到回应（直连：%3）</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已连接</translation>
    </message>
    <message numerus="yes">
        <source> (%n reconnect(s))</source>
        <translation>
            <numerusform>（重连 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n frame(s)</source>
        <translation>
            <numerusform>%1 %2，%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation>第 %1/%2 次运行</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation>（以 %1 身份）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>隧道</translation>
    </message>
    <message numerus="yes">
        <source>%1 s · %n finding(s)</source>
        <translation>
            <numerusform>%1 秒 · %n 条发现</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 critical</source>
        <translation>，严重 %1 条</translation>
    </message>
</context>
<context>
    <name>Sentence</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <source>unknown placeholder {{%1}} (known: {{run}}, {{secrets.NAME}})</source>
        <translation>未知的占位符 {{%1}}（已知的有：{{run}}、{{secrets.NAME}}）</translation>
    </message>
    <message>
        <source>{{%1}} names a secret the profile does not declare in &quot;secrets&quot;</source>
        <translation>{{%1}} 引用的机密没有在配置文件的“secrets”中声明</translation>
    </message>
    <message>
        <source>{{%1}} names a secret the profile does not declare in &quot;secrets&quot; (declared: %2)</source>
        <translation>{{%1}} 引用的机密没有在配置文件的“secrets”中声明（已声明：%2）</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>direct</source>
        <comment>the direct path</comment>
        <translation>直连</translation>
    </message>
    <message>
        <source>tunnel</source>
        <comment>the tunnelled path</comment>
        <translation>隧道</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the facts of a path</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>upgrade FAILED: %1</source>
        <translation>升级失败：%1</translation>
    </message>
    <message>
        <source>upgraded in %1 ms</source>
        <translation>升级用时 %1 毫秒</translation>
    </message>
    <message>
        <source>upgraded (its duration was not recorded)</source>
        <translation>已升级（未记录用时）</translation>
    </message>
    <message>
        <source>close %1 %2 (client initiated)</source>
        <translation>关闭码 %1 %2（客户端发起）</translation>
    </message>
    <message>
        <source>close %1 %2 (server initiated)</source>
        <translation>关闭码 %1 %2（服务器发起）</translation>
    </message>
    <message>
        <source>1006: no close frame (%1)</source>
        <translation>1006：无关闭帧（%1）</translation>
    </message>
    <message>
        <source>frames in %1, out %2</source>
        <translation>收 %1 帧，发 %2 帧</translation>
    </message>
    <message>
        <source>%1 message(s) compressed, %2 B on the wire for %3 B</source>
        <translation>%1 条消息经过压缩，线路上 %2 字节对应 %3 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>重连 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed</source>
        <translation>
            <numerusform>%n 个步骤失败</numerusform>
        </translation>
    </message>
    <message>
        <source> via %1</source>
        <translation>（经由 %1）</translation>
    </message>
    <message>
        <source> as %1</source>
        <comment>a client identity</comment>
        <translation>（以 %1 身份）</translation>
    </message>
    <message>
        <source>run %1%2 (interrupted: shown, not judged)</source>
        <translation>第 %1 次运行%2（已中断：只显示，不判定）</translation>
    </message>
    <message>
        <source>run %1%2</source>
        <translation>第 %1 次运行%2</translation>
    </message>
    <message>
        <source>not recorded (a HAR has no closes)</source>
        <translation>未记录（HAR 不含关闭帧）</translation>
    </message>
    <message>
        <source>1006 (no close frame)</source>
        <translation>1006（无关闭帧）</translation>
    </message>
    <message>
        <source>upgraded in %1/%2 runs</source>
        <translation>%1/%2 次运行完成升级</translation>
    </message>
    <message>
        <source> (p50 %1 ms, max %2 ms)</source>
        <translation>（p50 %1 毫秒，最大 %2 毫秒）</translation>
    </message>
    <message>
        <source>closes: %1</source>
        <translation>关闭：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more group(s) of findings: --verbose lists them and every run</source>
        <translation>
            <numerusform>  … 另有 %n 组发现：用 --verbose 列出它们和每次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery of critical messages: %1</source>
        <translation>关键消息送达情况：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>tunnels: %1</source>
        <translation>隧道对比：%1</translation>
    </message>
    <message>
        <source>identities: %1</source>
        <translation>身份对比：%1</translation>
    </message>
    <message numerus="yes">
        <source>tunnel %1: %2 (%3 critical, %4 warning) over %n run(s)</source>
        <translation>
            <numerusform>隧道 %1：%2（严重 %3 条，警告 %4 条），共 %n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) through %1 tunnels</source>
        <translation>
            <numerusform>%n 次运行，经 %1 条隧道</numerusform>
        </translation>
    </message>
    <message>
        <source>verdict: %1 (%2 critical, %3 warning, %4 info finding(s) in %5)</source>
        <translation>判定：%1（%5：严重 %2 条、警告 %3 条、信息 %4 条发现）</translation>
    </message>
    <message>
        <source> - no run ended on its own, so nothing was judged</source>
        <translation> - 没有一次运行自行结束，因此没有做任何判定</translation>
    </message>
    <message>
        <source> - the direct path never completed a handshake: nothing to compare against</source>
        <translation> - 直连路径始终没有完成握手：没有可以对比的基准</translation>
    </message>
    <message>
        <source> - TLS verification was off on a path (see the warning)</source>
        <translation> - 有路径关闭了 TLS 验证（见警告）</translation>
    </message>
    <message numerus="yes">
        <source>, %n interrupted</source>
        <translation>
            <numerusform>，%n 次被中断</numerusform>
        </translation>
    </message>
    <message>
        <source>findings over the runs judged, grouped:</source>
        <translation>已判定运行中的发现（分组）：</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>first failed: $.steps[%1]: %2</source>
        <translation>首个失败的步骤：$.steps[%1]：%2</translation>
    </message>
    <message>
        <source>first failed: $.steps[%1], repetition %2: %3</source>
        <translation>首个失败的步骤：$.steps[%1] 第 %2 次重复：%3</translation>
    </message>
</context>
<context>
    <name>TunnelContrast</name>
    <message>
        <source>%1/%2 runs through %3</source>
        <translation>经 %3 %1/%2 次运行</translation>
    </message>
    <message>
        <source>%1/%2 through %3</source>
        <translation>经 %3 %1/%2</translation>
    </message>
    <message>
        <source>%1 is at fault</source>
        <translation>问题出在 %1</translation>
    </message>
    <message>
        <source>%1 and %2 are at fault</source>
        <translation>问题出在 %1 和 %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1：%2；%3</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 丢失</translation>
    </message>
</context>
<context>
    <name>WatchDirectory</name>
    <message>
        <source>%1: the journal holds no run</source>
        <translation>%1：日志里没有任何一轮运行</translation>
    </message>
    <message>
        <source>%1: no watch journal (*%2) ended in the last %3</source>
        <translation>%1：最近 %3 内没有结束的 watch 日志（*%2）</translation>
    </message>
    <message>
        <source>%1: no watch journal (*%2) here</source>
        <translation>%1：这里没有 watch 日志（*%2）</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>worst play: %1 (%2 critical, %3 warning)</source>
        <translation>最差的一次运行：%1（严重 %2 条，警告 %3 条）</translation>
    </message>
    <message>
        <source>warning: left out: %1</source>
        <translation>警告：未计入：%1</translation>
    </message>
</context>
<context>
    <name>WatchHtmlReport</name>
    <message>
        <source>hours since %1</source>
        <translation>自 %1 起的小时数</translation>
    </message>
    <message>
        <source>Runs up, per path (%)</source>
        <translation>各路径连通的运行比例（%）</translation>
    </message>
    <message>
        <source>Tunnel − direct per message (ms)</source>
        <translation>每条消息隧道比直连多用的时间（毫秒）</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Runs with findings</source>
        <translation>有发现的运行</translation>
    </message>
    <message>
        <source>runs</source>
        <comment>a chart&apos;s unit</comment>
        <translation>轮</translation>
    </message>
    <message>
        <source>No findings in this window.</source>
        <translation>这段时间内没有发现。</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>runs affected</source>
        <translation>受影响的运行</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>as %1: </source>
        <translation>以 %1 身份：</translation>
    </message>
    <message>
        <source>%1: cannot create this directory for the worst plays&apos; reports</source>
        <translation>%1：无法创建这个用来存放最差运行报告的目录</translation>
    </message>
    <message>
        <source>Worst plays</source>
        <translation>最差的几次运行</translation>
    </message>
    <message>
        <source>%1, %2 critical, %3 warning finding(s)</source>
        <translation>%1，严重 %2 条、警告 %3 条发现</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>everything kept</source>
        <translation>保留的全部</translation>
    </message>
    <message>
        <source>Tunnelscope watch: %1</source>
        <translation>Tunnelscope 监视：%1</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · %4 play(s) read</source>
        <translation>%1 · %2 至 %3 · 读取了 %4 次执行</translation>
    </message>
    <message>
        <source>Findings, ranked</source>
        <translation>发现（按重要性排序）</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未计入：%1</translation>
    </message>
</context>
<context>
    <name>WatchSummary</name>
    <message>
        <source>none</source>
        <comment>no closes</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>every run (%1/%2)</source>
        <translation>每一轮（%1/%2）</translation>
    </message>
    <message>
        <source>%1/%2 runs (%3 %, 95 % CI %4–%5 %)</source>
        <translation>%1/%2 轮（%3 %，95 % 置信区间 %4–%5 %）</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>没有样本</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, p99 %3 ms (n %4)</source>
        <translation>p50 %1 毫秒，p95 %2 毫秒，p99 %3 毫秒（n %4）</translation>
    </message>
    <message>
        <source>%1, %2: %3 play(s), %4 run(s): clean %5, degraded %6, broken %7</source>
        <translation>%1，%2：执行 %3 次，共 %4 轮运行：clean %5，degraded %6，broken %7</translation>
    </message>
    <message>
        <source>%1: direct %2, tunnel %3</source>
        <translation>%1：直连 %2，隧道 %3</translation>
    </message>
    <message>
        <source>delivery of critical messages: %1</source>
        <translation>关键消息的送达：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（以 %2 身份）</translation>
    </message>
    <message>
        <source>%1 [%2; first %3, last %4]</source>
        <translation>%1 [%2；首次 %3，最近 %4]</translation>
    </message>
    <message numerus="yes">
        <source>… %n more group(s) of findings</source>
        <translation>
            <numerusform>…… 另有 %n 组发现</numerusform>
        </translation>
    </message>
    <message>
        <source>up in %1 of the runs; closes %2; %3 reconnect(s)</source>
        <translation>%1 的运行中连通；关闭码 %2；重连 %3 次</translation>
    </message>
    <message>
        <source>upgrade %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>ping RTT %1</source>
        <translation>ping 往返时间 %1</translation>
    </message>
    <message>
        <source>tunnel − direct, per matched message: %1</source>
        <translation>每条匹配消息隧道比直连多用：%1</translation>
    </message>
</context>
<context>
    <name>WebSocketUrl</name>
    <message>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <source>its port is not a number from 1 to 65535</source>
        <translation>端口不是 1 到 65535 之间的数</translation>
    </message>
    <message>
        <source>it does not parse as a URL</source>
        <translation>无法解析为 URL</translation>
    </message>
    <message>
        <source>%1:// is for plain HTTP; the same server&apos;s WebSocket URL starts with %2://</source>
        <translation>%1:// 用于普通 HTTP；同一台服务器的 WebSocket URL 以 %2:// 开头</translation>
    </message>
    <message>
        <source>it has no scheme</source>
        <translation>缺少协议部分</translation>
    </message>
    <message>
        <source>its scheme is %1</source>
        <translation>协议是 %1</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>缺少主机</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WebSocket URL (%2): write ws://HOST[:PORT]/PATH, or wss:// for TLS</source>
        <translation>“%1”不是 WebSocket URL（%2）：请写成 ws://HOST[:PORT]/PATH，TLS 用 wss://</translation>
    </message>
</context>
<context>
    <name>tunnelscope::CaptureJournal</name>
    <message>
        <source>%1: cannot create the journal directory</source>
        <translation>%1：无法创建日志目录</translation>
    </message>
    <message>
        <source>%1: cannot write the journal: %2</source>
        <translation>%1：无法写入日志：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a Tunnelscope journal (its first line names no &quot;%2&quot;)</source>
        <translation>%1：不是 Tunnelscope 日志（第一行没有写明“%2”）</translation>
    </message>
    <message>
        <source>%1: the profile in the journal cannot be read: %2</source>
        <translation>%1：日志里的配置文件无法读取：%2</translation>
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
    <message>
        <source>everything kept</source>
        <translation>全部保留的记录</translation>
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
    <name>tunnelscope::ScenarioRunner</name>
    <message>
        <source>%1: no URL for the %2 path (set %2.url, give --%2 URL, or add a &quot;lab&quot; section)</source>
        <translation>%1：%2 路径没有 URL（请设置 %2.url、给出 --%2 URL，或者加上“lab”一节）</translation>
    </message>
    <message>
        <source>%1: no URL for this tunnel (set its url, give --tunnel NAME=URL, or add a &quot;lab&quot; section)</source>
        <translation>%1：这条隧道没有 URL（请设置它的 url、给出 --tunnel NAME=URL，或者加上“lab”一节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, then what is wrong there</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: $.%2.ca_file: cannot read &quot;%3&quot;</source>
        <translation>%1：$.%2.ca_file：无法读取“%3”</translation>
    </message>
    <message>
        <source>%1: $.secrets.%2.env: environment variable %3 is not set (export %3=... before running)</source>
        <translation>%1：$.secrets.%2.env：环境变量 %3 没有设置（运行前先 export %3=...）</translation>
    </message>
    <message>
        <source>--tunnel: &quot;%1&quot; names two tunnels; each needs its own name</source>
        <translation>--tunnel：“%1”用作了两条隧道的名字；每条隧道都要有自己的名字</translation>
    </message>
    <message>
        <source>--tunnel: %1 compares %2 tunnels: give each as --tunnel NAME=URL</source>
        <translation>--tunnel：%1 比对 %2 条隧道：请把每条写成 --tunnel NAME=URL</translation>
    </message>
    <message>
        <source>%1: $.lab: the fault tunnel for %2: %3</source>
        <translation>%1：$.lab：%2 的故障隧道：%3</translation>
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
<context>
    <name>tunnelscope::Watcher</name>
    <message>
        <source>%1: %2: $.tunnels: watch plays one tunnel per profile; watch a profile for each tunnel (run compares several at once)</source>
        <translation>%1：%2：$.tunnels：watch 每个配置文件只运行一条隧道；请为每条隧道各监视一个配置文件（run 可以一次比对多条）</translation>
    </message>
    <message>
        <source>%1; this play is counted but not kept</source>
        <translation>%1；这次运行计入统计，但不保留</translation>
    </message>
    <message>
        <source>the whole watch</source>
        <translation>整个监视期间</translation>
    </message>
</context>
</TS>
