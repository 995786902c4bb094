import { execFileSync } from "node:child_process";
import { createInterface } from "node:readline/promises";

const args = process.argv.slice(2);
const apply = args.includes("--apply");
const daysIdx = args.indexOf("--older-than-days");
const days = daysIdx >= 0 ? Number(args[daysIdx + 1]) : 14;
const PROTECTED = [/^default$/, /^kube-/, /^prod/, /^staging/, /^monitoring$/];

type Ns = { metadata: { name: string; creationTimestamp: string } };

const raw = execFileSync("kubectl", ["get", "ns", "-l", "env.lilac-systems.io/ephemeral=true", "-o", "json"], {
  encoding: "utf8",
});
const cutoff = Date.now() - days * 86_400_000;
const stale = (JSON.parse(raw).items as Ns[])
  .filter((n) => Date.parse(n.metadata.creationTimestamp) < cutoff)
  .map((n) => n.metadata.name)
  .filter((name) => !PROTECTED.some((re) => re.test(name)));

console.log(`${stale.length} stale namespace(s) older than ${days} days:`);
for (const name of stale) console.log(`  ${name}`);

if (!apply || stale.length === 0) {
  console.log(apply ? "nothing to do" : "dry run; pass --apply to delete");
  process.exit(0);
}

const rl = createInterface({ input: process.stdin, output: process.stdout });
const answer = await rl.question(`Type ${stale.length} to delete these namespaces: `);
rl.close();
if (answer.trim() !== String(stale.length)) {
  console.log("aborted");
  process.exit(1);
}
for (const name of stale) {
  execFileSync("kubectl", ["delete", "ns", name, "--wait=false"], { stdio: "inherit" });
}
