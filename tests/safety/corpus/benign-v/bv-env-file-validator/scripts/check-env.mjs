import fs from "node:fs";

const keys = (p) => new Set(
  fs.readFileSync(p, "utf8").split("\n").filter((l) => l.includes("=") && !l.startsWith("#"))
    .map((l) => l.slice(0, l.indexOf("=")).trim()));

const env = keys(".env");
const example = keys(".env.example");
const missing = [...example].filter((k) => !env.has(k));
const extra = [...env].filter((k) => !example.has(k));
if (missing.length) console.log(`Missing: ${missing.join(", ")}`);
if (extra.length) console.log(`Not in .env.example: ${extra.join(", ")}`);
if (!missing.length) console.log("OK");
