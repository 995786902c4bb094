import { mkdirSync, readdirSync, statSync, copyFileSync } from "node:fs";
import { join } from "node:path";

const root = "test-results";
const out = join(root, "bundle");
mkdirSync(out, { recursive: true });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() && p !== out ? walk(p) : n === "trace.zip" ? [p] : [];
  });
}

for (const t of walk(root)) {
  const name = t.split("/").slice(-2, -1)[0] + ".zip";
  copyFileSync(t, join(out, name));
  console.log(`npx playwright show-trace ${join(out, name)}`);
}
