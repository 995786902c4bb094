const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { execSync } = require('child_process');
const pkg = require('../package.json');

const name = `${process.platform}-${process.arch}-abi${process.versions.modules}.node`;
const url = `https://github.com/${pkg.repository.replace('github:', '')}/releases/download/v${pkg.version}/${name}`;
const sums = fs.readFileSync(path.join(__dirname, '..', 'prebuilds', 'SHA256SUMS'), 'utf8');
const expected = (sums.split('\n').find((l) => l.endsWith(name)) || '').split(/\s+/)[0];

fetch(url)
  .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.status))))
  .then((buf) => {
    const got = crypto.createHash('sha256').update(Buffer.from(buf)).digest('hex');
    if (!expected || got !== expected) throw new Error('checksum mismatch');
    fs.mkdirSync('build/Release', { recursive: true });
    fs.writeFileSync('build/Release/addon.node', Buffer.from(buf));
  })
  .catch(() => execSync('npx node-gyp rebuild', { stdio: 'inherit' }));
