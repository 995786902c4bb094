const fs = require('fs');
const path = require('path');
const dir = process.argv[2] || '.flake';
const stats = {};
for (const f of fs.readdirSync(dir)) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  for (const suite of r.testResults) for (const t of suite.assertionResults) {
    const s = (stats[t.fullName] ||= { pass: 0, fail: 0, msg: '' });
    if (t.status === 'passed') s.pass++; else { s.fail++; s.msg ||= (t.failureMessages[0] || '').split('\n')[0]; }
  }
}
for (const [name, s] of Object.entries(stats)) if (s.pass && s.fail)
  console.log(`${(100 * s.fail / (s.pass + s.fail)).toFixed(0)}%\t${name}\t${s.msg}`);
