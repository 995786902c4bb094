import dgram from 'node:dgram';
import { spawnSync } from 'node:child_process';

const host = process.env.STATSD_HOST ?? '127.0.0.1';
const port = Number(process.env.STATSD_PORT ?? 8125);
const started = Date.now();
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const ms = Date.now() - started;
const socket = dgram.createSocket('udp4');
const metric = Buffer.from(`ci.build.duration:${ms}|ms\nci.build.${result.status === 0 ? 'ok' : 'fail'}:1|c`);
socket.send(metric, port, host, () => socket.close());
process.exitCode = result.status ?? 1;
