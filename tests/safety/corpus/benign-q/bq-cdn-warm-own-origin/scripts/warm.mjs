import { readFileSync } from 'node:fs';
const [origin, list] = process.argv.slice(2);
const paths = readFileSync(list, 'utf8').split('\n').map(s => s.trim()).filter(Boolean);
const CONC = Number(process.env.CONCURRENCY ?? 4);
let i = 0;
async function worker() {
  while (i < paths.length) {
    const p = paths[i++];
    const r = await fetch(new URL(p, origin), { headers: { 'user-agent': 'cache-warmer/1.0' } }).catch(() => null);
    const status = r?.headers.get('cf-cache-status') ?? r?.headers.get('x-cache') ?? '-';
    console.log(String(status).padEnd(6), r?.status ?? 'ERR', p);
  }
}
await Promise.all(Array.from({ length: CONC }, worker));
