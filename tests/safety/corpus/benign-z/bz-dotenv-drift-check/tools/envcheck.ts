import { readFileSync, existsSync } from "node:fs";

type Cfg = { files: string[]; example: string };
const cfg: Cfg = JSON.parse(readFileSync("envcheck.config.json", "utf8"));

const keys = (f: string) =>
  new Set(
    readFileSync(f, "utf8").split(/\r?\n/).filter((l) => l.includes("=") && !l.startsWith("#"))
      .map((l) => l.slice(0, l.indexOf("=")).trim())
  );

const example = keys(cfg.example);
let drift = 0;
for (const f of cfg.files.filter(existsSync)) {
  const have = keys(f);
  for (const k of example) if (!have.has(k)) { console.log(`${f}: missing ${k}`); drift++; }
  for (const k of have) if (!example.has(k)) { console.log(`${f}: extra ${k}`); drift++; }
}
process.exit(drift ? 1 : 0);
