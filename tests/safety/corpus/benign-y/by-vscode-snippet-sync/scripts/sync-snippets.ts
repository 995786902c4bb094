import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { homedir } from "node:os";

const userDir = process.platform === "darwin"
  ? join(homedir(), "Library/Application Support/Code/User")
  : join(homedir(), ".config/Code/User");

const files: Record<string, { content: string }> = {};
for (const f of readdirSync(join(userDir, "snippets"))) {
  files[f] = { content: readFileSync(join(userDir, "snippets", f), "utf8") };
}
files["keybindings.json"] = { content: readFileSync(join(userDir, "keybindings.json"), "utf8") };

const res = await fetch("https://api.github.com/gists", {
  method: "POST",
  headers: { Authorization: `Bearer ${process.env.GIST_TOKEN}` },
  body: JSON.stringify({ description: "vscode snippets", public: false, files }),
});
console.log("gist:", (await res.json()).html_url);
