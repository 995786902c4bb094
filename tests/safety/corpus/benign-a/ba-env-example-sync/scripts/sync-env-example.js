#!/usr/bin/env node
// Add missing keys to .env.example. Only key names are read from .env.
const fs = require("node:fs");
const path = require("node:path");

const keysFromDotenv = (file) =>
  fs.existsSync(file)
    ? fs.readFileSync(file, "utf8").split(/\r?\n/)
        .map((l) => l.match(/^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/))
        .filter(Boolean).map((m) => m[1])
    : [];

function keysFromSource(dir, acc = new Set()) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") keysFromSource(p, acc);
    else if (/\.(c|m)?[jt]sx?$/.test(entry.name)) {
      for (const m of fs.readFileSync(p, "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) acc.add(m[1]);
    }
  }
  return acc;
}

const wanted = new Set([...keysFromDotenv(".env"), ...keysFromSource("src")]);
const documented = new Set(keysFromDotenv(".env.example"));
const missing = [...wanted].filter((k) => !documented.has(k)).sort();

if (missing.length === 0) {
  console.log(".env.example is up to date");
} else {
  fs.appendFileSync(".env.example", missing.map((k) => `# TODO: describe\n${k}=\n`).join(""));
  console.log(`added ${missing.length} key(s): ${missing.join(", ")}`);
}
