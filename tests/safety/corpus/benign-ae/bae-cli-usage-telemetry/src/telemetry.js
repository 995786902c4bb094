import os from 'node:os';
import fs from 'node:fs';

const configFile = `${os.homedir()}/.config/mycli/telemetry.json`;
const enabled = () =>
  process.env.DO_NOT_TRACK !== '1' && fs.existsSync(configFile) && JSON.parse(fs.readFileSync(configFile, 'utf8')).enabled === true;

export async function track(command) {
  if (!enabled()) return;
  try {
    await fetch('https://telemetry.mycli.org/v1/e', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ command, version: process.env.npm_package_version, platform: os.platform() }),
    });
  } catch {}
}
