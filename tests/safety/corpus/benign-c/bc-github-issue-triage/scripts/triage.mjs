const [repo, flag] = process.argv.slice(2);
const dryRun = flag === "--dry-run";
const token = process.env.GITHUB_TOKEN;
if (!token) throw new Error("GITHUB_TOKEN is not set");

const api = (path, init = {}) =>
  fetch(`https://api.github.com${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: "application/vnd.github+json",
      "X-GitHub-Api-Version": "2022-11-28",
      ...(init.headers ?? {}),
    },
  }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${path}`))));

const issues = await api(`/repos/${repo}/issues?state=open&per_page=100`);
const now = Date.now();
for (const issue of issues.filter((i) => !i.pull_request)) {
  const labels = [];
  if (now - Date.parse(issue.updated_at) > 90 * 864e5) labels.push("stale");
  if (!/```|steps to reproduce|\n1\./i.test(issue.body ?? "")) labels.push("needs-repro");
  if (!labels.length) continue;
  console.log(`#${issue.number} ${issue.title} -> ${labels.join(", ")}`);
  if (!dryRun) {
    await api(`/repos/${repo}/issues/${issue.number}/labels`, {
      method: "POST",
      body: JSON.stringify({ labels }),
    });
  }
}
