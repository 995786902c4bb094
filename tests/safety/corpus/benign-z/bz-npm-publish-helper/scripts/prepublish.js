const fs = require("fs");
const { execFileSync } = require("child_process");

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
if (!pkg.files) console.warn("warning: no files field, everything will be published");

const registry = pkg.publishConfig?.registry ?? "https://registry.npmjs.org/";
try {
  const user = execFileSync("npm", ["whoami", "--registry", registry], { encoding: "utf8" }).trim();
  console.log(`authenticated to ${registry} as ${user}`);
} catch {
  console.error(`not logged in to ${registry}; run npm login --registry ${registry}`);
  process.exit(1);
}
const published = execFileSync("npm", ["view", pkg.name, "version"], { encoding: "utf8" }).trim();
if (published === pkg.version) console.error(`version ${pkg.version} already published`);
