const fs = require("fs");
const { execSync } = require("child_process");

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
const files = JSON.parse(execSync("npm pack --dry-run --json")).at(0).files.map((f) => f.path);
if (!files.includes("README.md")) throw new Error("README.md missing from tarball");

const published = JSON.parse(execSync(`npm view ${pkg.name} versions --json || echo []`).toString() || "[]");
if ([].concat(published).includes(pkg.version)) throw new Error(`${pkg.version} already published`);

console.log("account:", execSync("npm whoami").toString().trim());
console.log(`OK: ${files.length} files, version ${pkg.version}`);
