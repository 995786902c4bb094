// `npm run marketplace`: writes .claude-plugin/marketplace.json at the project root, the Claude Code plugin
// marketplace of the catalog (one plugin per category). `--check` only reports whether it is up to date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MARKETPLACE_FILE, projectMarketplace } from '../src/node/marketplace.ts';

const root = process.cwd();
const { marketplace, problems } = projectMarketplace(root);
for (const problem of problems) console.error(problem);
const text = `${JSON.stringify(marketplace, null, 2)}\n`;
const file = join(root, MARKETPLACE_FILE);
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${MARKETPLACE_FILE} is out of date; run npm run marketplace`);
    process.exit(1);
  }
  console.log(`${MARKETPLACE_FILE} is up to date (${marketplace.plugins.length} plugins)`);
} else if (current === text) {
  console.log(`${MARKETPLACE_FILE} is up to date (${marketplace.plugins.length} plugins)`);
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Wrote ${MARKETPLACE_FILE}: ${marketplace.plugins.length} plugins, ${marketplace.plugins.reduce((sum, plugin) => sum + (plugin.skills as string[]).length, 0)} skills`);
}
