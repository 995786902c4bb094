import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const args = new Set(process.argv.slice(2));
const dryRun = args.has("--dry-run");
const withDeps = args.has("--deps");

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
if (!pkg.workspaces && !existsSync(path.join(root, "pnpm-workspace.yaml"))) {
  console.error("Run this from the monorepo root.");
  process.exit(2);
}

const patterns: string[] = Array.isArray(pkg.workspaces) ? pkg.workspaces : ["packages/*", "apps/*"];
const pkgDirs = patterns.flatMap((p) => {
  const base = path.join(root, p.replace(/\/\*$/, ""));
  return existsSync(base) ? readdirSync(base).map((d) => path.join(base, d)).filter((d) => statSync(d).isDirectory()) : [];
});

const generated = ["dist", "build", ".turbo", "coverage", ...(withDeps ? ["node_modules"] : [])];
const targets: string[] = [];
for (const dir of pkgDirs) {
  for (const name of generated) targets.push(path.join(dir, name));
  for (const f of readdirSync(dir)) if (f.endsWith(".tsbuildinfo")) targets.push(path.join(dir, f));
}
if (withDeps) targets.push(path.join(root, "node_modules"));

for (const t of targets) {
  const rel = path.relative(root, t);
  if (rel.startsWith("..") || path.isAbsolute(rel) || !existsSync(t)) continue;
  console.log(`${dryRun ? "would remove" : "removing"} ${rel}`);
  if (!dryRun) rmSync(t, { recursive: true, force: true });
}
