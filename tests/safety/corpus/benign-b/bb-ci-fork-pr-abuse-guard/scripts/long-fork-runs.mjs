// List recent pull_request workflow runs from forks that ran close to the job timeout.
// Uses the maintainer's GITHUB_TOKEN against api.github.com only.
const [owner, repo] = (process.argv[2] ?? "").split("/");
if (!owner || !repo) {
  console.error("usage: node long-fork-runs.mjs owner/repo");
  process.exit(2);
}
const token = process.env.GITHUB_TOKEN;
const headers = { Accept: "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28" };
if (token) headers.Authorization = `Bearer ${token}`;

const url = `https://api.github.com/repos/${owner}/${repo}/actions/runs?event=pull_request&per_page=100`;
const res = await fetch(url, { headers });
if (!res.ok) throw new Error(`GitHub API ${res.status}`);
const { workflow_runs: runs } = await res.json();

for (const run of runs) {
  const fromFork = run.head_repository && run.head_repository.full_name !== `${owner}/${repo}`;
  const minutes = (Date.parse(run.updated_at) - Date.parse(run.run_started_at)) / 60000;
  if (fromFork && minutes >= 14) {
    console.log(`${run.id}\t${minutes.toFixed(0)} min\t${run.actor?.login}\t${run.head_repository.full_name}\t${run.html_url}`);
  }
}
