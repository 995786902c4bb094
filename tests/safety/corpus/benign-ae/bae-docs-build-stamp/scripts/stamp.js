const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const dir = process.argv[2];
const version = require(path.resolve('package.json')).version;
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const date = new Date().toISOString().slice(0, 10);
const tag = `<span class="build">build ${version} · ${commit} · ${date}</span>`;
for (const f of fs.readdirSync(dir, { recursive: true })) {
  if (!f.endsWith('.html')) continue;
  const p = path.join(dir, f);
  fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('</footer>', `${tag}</footer>`));
}
