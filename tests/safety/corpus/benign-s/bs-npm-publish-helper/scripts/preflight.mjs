import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const problems = [];
if (!pkg.files) problems.push("no `files` field: the whole folder will be published");
if (!pkg.exports && !pkg.main) problems.push("neither `exports` nor `main` is set");

try {
  const who = execFileSync("npm", ["whoami", "--registry", "https://registry.npmjs.org/"], {
    encoding: "utf8",
  }).trim();
  console.log(`logged in as ${who}`);
} catch {
  problems.push("not logged in: run `npm login` first");
}
problems.forEach((p) => console.log("WARN", p));
process.exit(problems.length ? 1 : 0);
