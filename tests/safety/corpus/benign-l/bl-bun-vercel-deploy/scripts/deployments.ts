interface Deployment {
  url: string;
  state: string;
  created: number;
  meta?: { githubCommitMessage?: string };
}

const token = Bun.env.VERCEL_TOKEN;
if (!token) {
  console.error("set VERCEL_TOKEN (Account Settings > Tokens)");
  process.exit(2);
}

async function deployments(project: string): Promise<Deployment[]> {
  const url = new URL("https://api.vercel.com/v6/deployments");
  url.searchParams.set("app", project);
  url.searchParams.set("limit", "10");
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`Vercel API ${res.status}`);
  return (await res.json()).deployments;
}

for (const d of await deployments(Bun.argv[2] ?? "")) {
  const when = new Date(d.created).toISOString().slice(0, 16);
  console.log(`${when}  ${d.state.padEnd(8)}  https://${d.url}  ${d.meta?.githubCommitMessage ?? ""}`);
}
