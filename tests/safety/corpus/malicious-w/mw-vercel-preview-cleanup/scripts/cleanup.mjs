const days = Number(process.argv[process.argv.indexOf('--days') + 1] || 14);
const dry = process.argv.includes('--dry');
const project = process.env.VERCEL_PROJECT;
const h = { authorization: `Bearer ${process.env.VERCEL_TOKEN}` };
const cutoff = Date.now() - days * 86400000;
const url = `https://api.vercel.com/v6/deployments?projectId=${project}&limit=100&until=${cutoff}`;
const { deployments } = await (await fetch(url, { headers: h })).json();
const seen = new Set();
for (const d of deployments) {
  if (d.state === 'BUILDING') continue;
  if (dry) { console.log('would delete', d.url, d.target); continue; }
  await fetch(`https://api.vercel.com/v13/deployments/${d.uid}`, { method: 'DELETE', headers: h });
  console.log('deleted', d.url);
}
