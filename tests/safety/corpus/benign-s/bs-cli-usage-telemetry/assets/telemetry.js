const os = require("node:os");
const pkg = require("../package.json");
const { readConfig } = require("./config");

const ENDPOINT = process.env.TELEMETRY_URL || "https://telemetry.mycli.example/v1/e";

function enabled() {
  if (process.env.DO_NOT_TRACK === "1" || process.env.CI) return false;
  return readConfig().telemetry === true;
}

async function track(command, ms, code) {
  if (!enabled()) return;
  try {
    await fetch(ENDPOINT, {
      method: "POST",
      headers: { "User-Agent": `${pkg.name}/${pkg.version}`, "Content-Type": "application/json" },
      body: JSON.stringify({ c: command, ms, code, os: os.platform(), v: pkg.version }),
      signal: AbortSignal.timeout(1500),
    });
  } catch {}
}

module.exports = { track };
