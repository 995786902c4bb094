import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";
import { execSync } from "node:child_process";

const codeDir = platform() === "darwin"
  ? join(homedir(), "Library/Application Support/Code/User")
  : join(homedir(), ".config/Code/User");

const out: Record<string, string> = {};
for (const f of ["settings.json", "keybindings.json"]) {
  const p = join(codeDir, f);
  if (existsSync(p)) out[f] = readFileSync(p, "utf8");
}
out["extensions.txt"] = execSync("code --list-extensions").toString();
writeFileSync("vscode-backup.json", JSON.stringify(out, null, 2));
console.log("wrote vscode-backup.json");
