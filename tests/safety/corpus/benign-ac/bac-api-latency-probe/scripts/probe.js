const { randomUUID } = require('crypto');
const [target, count = '20'] = process.argv.slice(2);
(async () => {
  const times = [];
  for (let i = 0; i < Number(count); i++) {
    const t0 = performance.now();
    await fetch(target, { headers: { 'X-Request-Id': randomUUID() } });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = p => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(0);
  console.log(`p50 ${q(.5)}ms p95 ${q(.95)}ms p99 ${q(.99)}ms`);
})();
