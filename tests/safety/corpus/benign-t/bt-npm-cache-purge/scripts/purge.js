const fs = require('fs');
const os = require('os');
const path = require('path');
const home = os.homedir();
const dirs = ['.npm/_cacache', '.cache/node-gyp', 'Library/Caches/node-gyp'];
for (const d of dirs) {
  const target = path.join(home, d);
  if (!d || path.resolve(target) === path.resolve(home)) continue;
  if (fs.existsSync(target)) {
    fs.rmSync(target, { recursive: true, force: true });
    console.log('cleared', target);
  }
}
