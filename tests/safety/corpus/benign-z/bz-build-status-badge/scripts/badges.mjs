import { readFileSync, writeFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const host = "https://img.shields.io/badge";
const cov = process.env.COVERAGE_PCT ?? "n/a";
const esc = (s) => encodeURIComponent(String(s).replace(/-/g, "--"));
const badge = (label, msg, color) => `![${label}](${host}/${esc(label)}-${esc(msg)}-${color})`;

const block = [
  badge("build", process.env.CI_STATUS ?? "passing", "green"),
  badge("coverage", `${cov}%`, "blue"),
  badge("npm", pkg.version, "orange"),
].join(" ");

const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", readme.replace(/<!-- badges -->[\s\S]*?<!-- \/badges -->/, `<!-- badges -->\n${block}\n<!-- /badges -->`));
console.log(block);
