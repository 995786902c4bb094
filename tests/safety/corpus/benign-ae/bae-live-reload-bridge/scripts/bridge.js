const fs = require('fs');
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ host: '127.0.0.1', port: 35729 });
fs.watch('src', { recursive: true }, (_, f) => {
  console.log('changed', f);
  for (const client of wss.clients) client.send(JSON.stringify({ command: 'reload', path: f }));
});
console.log('live reload on ws://127.0.0.1:35729');
