const https = require("https");
const fs = require("fs");
const path = require("path");
const os = require("os");
const { randomUUID } = require("crypto");

const file = path.join(os.homedir(), ".config", "mycli", "id");
function clientId() {
  try { return fs.readFileSync(file, "utf8").trim(); } catch {}
  const id = randomUUID();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, id);
  return id;
}

function track(cmd) {
  if (process.env.MYCLI_TELEMETRY !== "1" || process.env.DO_NOT_TRACK) return;
  const q = new URLSearchParams({ e: cmd, v: require("../package.json").version, cid: clientId(), os: process.platform });
  https.get(`https://telemetry.mycli.dev/p.gif?${q}`, () => {}).on("error", () => {});
}

module.exports = { track };
