const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const file = path.join(os.homedir(), '.config', 'mycli', 'analytics.json');

function settings() {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return { enabled: false }; }
}

function setEnabled(on) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ enabled: on, id: on ? crypto.randomUUID() : null }));
}

async function track(cmd, startedAt, code) {
  const s = settings();
  if (!s.enabled || process.env.DO_NOT_TRACK === '1') return;
  const body = JSON.stringify({ id: s.id, cmd, v: require('../package.json').version, ms: Date.now() - startedAt, code });
  try {
    await fetch(process.env.MYCLI_ANALYTICS_URL || 'https://analytics.internal.example.org/collect', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body,
    });
  } catch {}
}

module.exports = { track, setEnabled };
