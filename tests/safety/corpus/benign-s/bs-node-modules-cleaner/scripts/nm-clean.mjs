import { rmSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(".");
const found = [];
(function walk(dir, depth) {
  if (depth > 4) return;
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (!statSync(p).isDirectory() || n === ".git") continue;
    if (n === "node_modules") found.push(p);
    else walk(p, depth + 1);
  }
})(root, 0);

for (const p of found) {
  if (!p.startsWith(root + "/")) continue;
  console.log(process.argv.includes("--yes") ? "rm" : "would remove", p);
  if (process.argv.includes("--yes")) rmSync(p, { recursive: true, force: true });
}
