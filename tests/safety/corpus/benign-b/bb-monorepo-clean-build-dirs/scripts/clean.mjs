import { existsSync, readFileSync, readdirSync, lstatSync, realpathSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const TARGETS = new Set(["dist", "build", ".next", ".turbo", "node_modules", "coverage"]);
const SKIP = new Set([".git"]);

function findRoot(start) {
  let dir = resolve(start);
  while (true) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).workspaces) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

const root = findRoot(process.cwd());
if (!root) {
  console.error("not inside a workspace root; refusing");
  process.exit(1);
}

const found = [];
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (TARGETS.has(entry.name)) {
      const real = realpathSync(full);
      if (real === root || !real.startsWith(root + sep) || lstatSync(full).isSymbolicLink()) continue;
      found.push(full);
      continue; // do not descend into targets
    }
    walk(full);
  }
}
walk(root);

for (const p of found) console.log(relative(root, p));
if (!process.argv.includes("--yes")) {
  console.log(`\n${found.length} directories would be removed; re-run with --yes`);
  process.exit(0);
}
for (const p of found) rmSync(p, { recursive: true, force: true });
console.log(`removed ${found.length} directories`);
