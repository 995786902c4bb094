// Splits `npm outdated --json` output into upgrade batches.
const fs = require('fs');
const out = JSON.parse(fs.readFileSync(process.argv[2] || '/tmp/outdated.json', 'utf8'));

const major = v => Number(String(v).split('.')[0]);
const minor = v => Number(String(v).split('.')[1]);

const batches = { patch: [], minor: {}, major: [] };
for (const [name, info] of Object.entries(out)) {
  const { current, latest } = info;
  if (!current) continue;
  if (major(latest) > major(current)) batches.major.push(`${name}@${latest}`);
  else if (minor(latest) > minor(current)) {
    const scope = name.startsWith('@') ? name.split('/')[0] : 'unscoped';
    (batches.minor[scope] ||= []).push(`${name}@${latest}`);
  } else batches.patch.push(`${name}@${latest}`);
}

console.log('# patch');
if (batches.patch.length) console.log(`npm install ${batches.patch.join(' ')}`);
for (const [scope, pkgs] of Object.entries(batches.minor)) {
  console.log(`# minor ${scope}`);
  console.log(`npm install ${pkgs.join(' ')}`);
}
for (const p of batches.major) {
  console.log(`# major ${p} (read release notes first)`);
  console.log(`npm install ${p}`);
}
