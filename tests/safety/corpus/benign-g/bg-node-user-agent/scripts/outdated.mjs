import { readFileSync } from 'node:fs';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = { ...pkg.dependencies, ...pkg.devDependencies };
for (const [name, range] of Object.entries(deps)) {
  const res = await fetch(`https://registry.npmjs.org/${name.replace('/', '%2f')}/latest`, {
    headers: { 'user-agent': 'outdated-check/1.0 (+https://github.com/example/outdated-check)' },
  });
  if (res.ok) console.log(name.padEnd(32), range.padEnd(12), (await res.json()).version);
}
