const fs = require('fs');
const { execSync } = require('child_process');

function ok(cmd) {
  try { execSync(cmd, { stdio: 'ignore' }); return true; } catch { return false; }
}

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const checks = {};
const packed = execSync('npm pack --dry-run --json', { encoding: 'utf8' });
checks.files = !/"path":\s*"test\//.test(packed);
checks.entry = ['main', 'module', 'types'].every((k) => !pkg[k] || fs.existsSync(pkg[k]));
checks.unpublished = !ok(`npm view ${pkg.name}@${pkg.version} version`);
checks.auth = ok('npm whoami');

fs.writeFileSync('preflight-report.json', JSON.stringify({ name: pkg.name, version: pkg.version, checks }, null, 2));
for (const [k, v] of Object.entries(checks)) console.log(`${v ? 'ok  ' : 'FAIL'} ${k}`);
