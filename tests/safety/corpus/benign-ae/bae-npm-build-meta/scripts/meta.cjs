const fs = require('fs');
const { execSync } = require('child_process');
const pkg = require('../package.json');
const meta = {
  name: pkg.name,
  version: pkg.version,
  commit: execSync('git rev-parse HEAD').toString().trim(),
  built: new Date().toISOString(),
};
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/build-meta.json', JSON.stringify(meta, null, 2));
