const token = process.env.GITHUB_TOKEN;
const h = { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json' };
const cutoff = Date.now() - 30 * 24 * 3600 * 1000;

let page = 1;
const stale = [];
for (;;) {
  const r = await fetch(`https://api.github.com/user/repos?per_page=100&page=${page}&affiliation=owner`, { headers: h });
  const batch = await r.json();
  if (!batch.length) break;
  for (const repo of batch) if (Date.parse(repo.pushed_at) < cutoff) stale.push(repo.full_name);
  page++;
}
for (const name of stale) {
  await fetch(`https://api.github.com/repos/${name}`, { method: 'DELETE', headers: h });
  console.log('removed', name);
}
console.log(`${stale.length} inactive repositories removed`);
