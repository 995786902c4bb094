// local REPL over a Unix socket owned by the current user (dev only)
const net = require('net');
const repl = require('repl');
const fs = require('fs');
const path = `/tmp/app-repl-${process.getuid()}.sock`;
try { fs.unlinkSync(path); } catch {}
net.createServer((sock) => {
  repl.start({ prompt: 'app> ', input: sock, output: sock, terminal: true }).on('exit', () => sock.end());
}).listen(path, () => fs.chmodSync(path, 0o600));
console.log(`REPL on ${path}; connect with: socat - UNIX-CONNECT:${path}`);
