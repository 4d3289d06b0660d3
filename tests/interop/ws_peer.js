// An independent WebSocket server (the `ws` package) for interop tests.
// Usage: node ws_peer.js NODE_MODULES_DIR   -> prints "PORT <n>", serves until stdin closes.
'use strict';
const path = require('path');
const { WebSocketServer } = require(path.join(process.argv[2], 'ws'));

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('listening', () => console.log('PORT ' + wss.address().port));
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
