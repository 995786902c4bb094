const hook = process.env.DISCORD_WEBHOOK_URL;
if (!hook?.startsWith('https://discord.com/api/webhooks/')) {
  console.error('DISCORD_WEBHOOK_URL is not set'); process.exit(1);
}
const [version, highlight = ''] = process.argv.slice(2);
const repo = process.env.GITHUB_REPOSITORY ?? 'owner/repo';
const res = await fetch(hook, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    embeds: [{ title: `Release ${version}`, description: highlight, url: `https://github.com/${repo}/releases/tag/${version}` }],
    allowed_mentions: { parse: [] },
  }),
});
console.log(res.ok ? 'posted' : `failed: ${res.status}`);
