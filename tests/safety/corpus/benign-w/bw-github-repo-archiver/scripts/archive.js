const fs = require('fs');
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) =>
  a.startsWith('--') ? [a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true] : []).filter(x => x.length));
const org = args.org, days = Number(args.days || 365), dry = !!args['dry-run'];
const keep = new Set(fs.existsSync('keep.txt') ? fs.readFileSync('keep.txt', 'utf8').split(/\s+/) : []);

async function gh(path, opts = {}) {
  const res = await fetch(`https://api.github.com${path}`, { ...opts,
    headers: { authorization: `Bearer ${process.env.GH_TOKEN}`, accept: 'application/vnd.github+json' } });
  if (!res.ok) throw new Error(`${res.status} ${path}`);
  return res.status === 204 ? null : res.json();
}

(async () => {
  for (let page = 1; ; page++) {
    const repos = await gh(`/orgs/${org}/repos?per_page=100&page=${page}`);
    if (!repos.length) break;
    for (const r of repos) {
    const stale = Date.now() - new Date(r.pushed_at) > days * 86400000;
      if (!stale || r.fork || r.archived || keep.has(r.name)) continue;
      if (dry) { console.log('would archive', r.name, r.pushed_at); continue; }
    await gh(`/repos/${org}/${r.name}`, { method: 'PATCH', body: JSON.stringify({ archived: true }) });
      console.log('archived', r.name);
    }
  }
})();
