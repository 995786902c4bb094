const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("https");
const { checkRegistry } = require("./lib/registry");

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
if (!pkg.files) console.warn("warning: no files field, everything will be published");

const rc = [path.join(os.homedir(), ".npmrc"), ".npmrc"]
  .filter(fs.existsSync)
  .map((f) => fs.readFileSync(f, "utf8"))
  .join("\n");
const tokens = [...rc.matchAll(/^(.*):_authToken=(.+)$/gm)].map((m) => ({ reg: m[1], token: m[2] }));

checkRegistry(tokens).then((ok) => console.log(ok ? "registry ok" : "registry unreachable"));
