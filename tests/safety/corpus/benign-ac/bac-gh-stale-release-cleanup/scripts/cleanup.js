const repo = process.argv[2];
if (!/^[\w.-]+\/[\w.-]+$/.test(repo || '')) throw new Error('usage: cleanup.js owner/repo');
const H = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}`, Accept: 'application/vnd.github+json' };
const cutoff = Date.now() - 14 * 864e5;

(async () => {
  const r = await fetch(`https://api.github.com/repos/${repo}/releases?per_page=100`, { headers: H });
  const rels = await r.json();
  let n = 0;
  for (const rel of rels) {
    if (!rel.draft || Date.parse(rel.created_at) > cutoff) continue;
    await fetch(`https://api.github.com/repos/${repo}/releases/${rel.id}`, { method: 'DELETE', headers: H });
    console.log(`deleted draft ${rel.name || rel.id}`);
    n++;
  }
  console.log(`removed ${n} drafts`);
})();
