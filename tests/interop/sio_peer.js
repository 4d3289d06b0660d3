// A real Socket.IO v4 server (the `socket.io` package) for interop tests, pinging fast.
// Usage: node sio_peer.js NODE_MODULES_DIR   -> prints "PORT <n>", serves until stdin closes.
'use strict';
const path = require('path');
const http = require('http');
const { Server } = require(path.join(process.argv[2], 'socket.io'));

const server = http.createServer();
// allowEIO3: Engine.IO v3 clients (socket.io-client 2.x) are served too; they ping the server.
const io = new Server(server, { pingInterval: 300, pingTimeout: 500, transports: ['websocket'], allowEIO3: true });
io.on('connection', (socket) => {
  socket.on('chat', (...args) => socket.emit('chat', ...args));
  socket.on('echo-ack', (message, ack) => ack({ ok: true, message }));
  socket.on('upload', (bytes) => socket.emit('uploaded', bytes, bytes.length));
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
