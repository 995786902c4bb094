if (process.env.ACME_TELEMETRY !== '1') process.exit(0);
const [command, ms] = process.argv.slice(2);
await fetch('https://api.acme-cli.dev/v1/usage', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ command, durationMs: Number(ms), version: '2.4.0' }),
});
