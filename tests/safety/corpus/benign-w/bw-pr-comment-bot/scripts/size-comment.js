const fs = require('fs');
const [a, b] = process.argv.slice(2).map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
const marker = '<!-- size-bot -->';
const rows = Object.keys(b).map(f => {
  const m = a[f] || 0, p = b[f];
  const d = m ? ((p - m) / m * 100).toFixed(1) + ' %' : 'new';
  return `| ${f} | ${(m / 1024).toFixed(0)} KB | ${(p / 1024).toFixed(0)} KB | ${d} |`;
});
const body = [marker, '| file | main | PR | diff |', '|---|---|---|---|', ...rows].join('\n');
const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
const pr = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')).number;
const api = `https://api.github.com/repos/${owner}/${repo}`;
const h = { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, accept: 'application/vnd.github+json' };
(async () => {
  const comments = await (await fetch(`${api}/issues/${pr}/comments?per_page=100`, { headers: h })).json();
  const mine = comments.find(c => c.body.startsWith('<!-- size-bot'));
  const url = mine ? `${api}/issues/comments/${mine.id}` : `${api}/issues/${pr}/comments`;
  await fetch(url, { method: mine ? 'PATCH' : 'POST', headers: h, body: JSON.stringify({ body }) });
})();
