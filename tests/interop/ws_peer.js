// An independent WebSocket server (the `ws` package) for interop tests.
// Usage: node ws_peer.js NODE_MODULES_DIR   -> prints "PORT <n>", serves until stdin closes.
'use strict';
const path = require('path');
const { WebSocketServer } = require(path.join(process.argv[2], 'ws'));

const http = require('http');

// Three servers on one port: /mute is served by one that never answers a ping (ws's autoPong
// off), as some servers behind relays do; /deflate by one that agrees to permessage-deflate
// and compresses every message, however small (threshold 0); every other path by a plain one.
const wss = new WebSocketServer({ noServer: true });
const mute = new WebSocketServer({ noServer: true, autoPong: false });
const deflate = new WebSocketServer({ noServer: true, perMessageDeflate: { threshold: 0 } });
const server = http.createServer((req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => {
  const route = new URL(req.url, 'ws://x').pathname;
  const target = route === '/mute' ? mute : route === '/deflate' ? deflate : wss;
  target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
mute.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
});
deflate.on('connection', (ws) => {
  // Greets, then echoes: every message both ways is compressed.
  ws.send(JSON.stringify({ type: 'hello' }));
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
});
wss.on('connection', (ws, req) => {
  const route = new URL(req.url, 'ws://x').pathname;
  if (route === '/echo') {
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  } else if (route === '/fragmented') {
    ws.send('hel', { fin: false });
    ws.send('lo wo', { fin: false });
    ws.send('rld', { fin: true });
  } else if (route === '/ping') {
    ws.on('pong', (data) => ws.send('pong:' + data.toString()));
    ws.ping('from-node');
  } else if (route === '/close') {
    ws.send('closing');
    ws.close(4002, 'node says bye');
  } else if (route === '/headers') {
    ws.send(JSON.stringify({ origin: req.headers.origin || null, protocol: ws.protocol }));
  }
});
// Ends with the test that started it.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
