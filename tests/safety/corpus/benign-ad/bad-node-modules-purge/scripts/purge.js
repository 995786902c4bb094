const fs = require("fs");
const path = require("path");

const [root, flag] = process.argv.slice(2);
if (!root || !fs.existsSync(path.join(root))) {
  console.error("usage: purge.js <projects-folder> [--yes]");
  process.exit(1);
}
const found = [];
function walk(dir, depth) {
  if (depth > 5) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.name === "node_modules" && fs.existsSync(path.join(dir, "package.json"))) found.push(full);
    else walk(full, depth + 1);
  }
}
walk(path.resolve(root), 0);
found.forEach((f) => console.log(f));
if (flag === "--yes") for (const f of found) fs.rmSync(f, { recursive: true, force: true });
