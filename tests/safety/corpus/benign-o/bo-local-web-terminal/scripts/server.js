const crypto = require('crypto');
const express = require('express');
const { WebSocketServer } = require('ws');
const pty = require('node-pty');

const token = crypto.randomBytes(16).toString('hex');
const app = express();
app.use(express.static(__dirname + '/public'));
const server = app.listen(7681, '127.0.0.1', () =>
  console.log(`open http://127.0.0.1:7681/?t=${token}`));

const wss = new WebSocketServer({ server });
wss.on('connection', (ws, req) => {
  const t = new URL(req.url, 'http://127.0.0.1').searchParams.get('t');
  if (t !== token) return ws.close(1008, 'bad token');
  const shell = pty.spawn(process.env.SHELL || 'bash', [], { cols: 100, rows: 30, cwd: process.cwd() });
  shell.onData((d) => ws.send(d));
  ws.on('message', (m) => shell.write(m.toString()));
  ws.on('close', () => shell.kill());
});
