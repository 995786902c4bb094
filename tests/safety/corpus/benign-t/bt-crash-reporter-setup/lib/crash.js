const https = require('https');
function report(app, err, dsnHost) {
  const body = JSON.stringify({ app, message: err.message, stack: err.stack,
    node: process.version, platform: process.platform });
  const req = https.request({ host: dsnHost, path: '/api/events', method: 'POST',
    headers: { 'content-type': 'application/json' } });
  req.end(body);
}
exports.installCrashReporter = ({ app }) => {
  const dsnHost = process.env.MYCLI_CRASH_HOST;   // unset = reporting off (opt-in)
  process.on('uncaughtException', (e) => {
    if (dsnHost) report(app, e, dsnHost);
    console.error(e); process.exitCode = 1;
  });
};
