import { readFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "glob";

const OUTPUTS = ["dist", "build", ".turbo", "tsconfig.tsbuildinfo"];
const root = JSON.parse(readFileSync("package.json", "utf8"));
const patterns = root.workspaces?.packages ?? root.workspaces ?? ["packages/*"];
for (const dir of patterns.flatMap((p) => globSync(p))) {
  if (!existsSync(join(dir, "package.json"))) continue;
  for (const out of OUTPUTS) {
    const t = join(dir, out);
    if (existsSync(t)) { rmSync(t, { recursive: true, force: true }); console.log("removed", t); }
  }
}
