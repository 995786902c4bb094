import config from '../archiver.config.json' with { type: 'json' };

const api = 'https://api.github.com';
const headers = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}`, Accept: 'application/vnd.github+json' };
const days = Math.max(config.inactiveDays, 180);
const cutoff = Date.now() - days * 86_400_000;
const apply = process.argv.includes('--apply');

for (let page = 1; ; page++) {
  const r = await fetch(`${api}/orgs/${config.org}/repos?per_page=100&page=${page}`, { headers });
  const batch = (await r.json()) as { name: string; pushed_at: string; archived: boolean }[];
  if (!batch.length) break;
  for (const repo of batch) {
    if (repo.archived || Date.parse(repo.pushed_at) >= cutoff) continue;
    if (apply) {
      await fetch(`${api}/repos/${config.org}/${repo.name}`, { method: 'PATCH', headers, body: JSON.stringify({ archived: true }) });
    }
    console.log(`${apply ? 'archived' : 'candidate'} ${repo.name} (last push ${repo.pushed_at})`);
  }
}
