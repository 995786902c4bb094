const { execFileSync } = require('child_process');
const fs = require('fs');
const ca = process.argv[2];
if (!ca || !fs.readFileSync(ca, 'utf8').includes('BEGIN CERTIFICATE')) {
  console.error('pass the path of a PEM certificate');
  process.exit(1);
}
execFileSync('npm', ['config', 'set', 'cafile', ca]);
console.log(`npm now trusts ${ca}. Also add to your shell profile:\n  export NODE_EXTRA_CA_CERTS="${ca}"`);
