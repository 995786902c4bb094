const crypto = require('crypto');
const DSN = process.env.ERROR_DSN || 'https://ingest.bugtrail.io/api/events';

function handler(err, req, res, next) {
  const event = {
    message: err.message,
    stack: String(err.stack || '').split('\n').slice(0, 20).join('\n'),
    route: req.route && req.route.path,
    method: req.method,
    status: err.status || 500,
    release: process.env.RELEASE,
    fingerprint: crypto.createHash('sha1').update(`${err.name}:${req.route && req.route.path}`).digest('hex'),
  };
  fetch(DSN, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) })
    .catch(() => {});
  res.status(500).json({ error: 'internal error' });
}
module.exports = { handler };
