const fs = require('fs');
exports.loadEnv = (p) => Object.fromEntries(fs.readFileSync(p, 'utf8').split('\n')
  .filter((l) => l.includes('=') && !l.startsWith('#')).map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]));
