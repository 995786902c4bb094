import fs from 'node:fs';
import { createRequire } from 'node:module';

const cfg = JSON.parse(fs.readFileSync('mdlint.config.json', 'utf8'));
const require = createRequire(import.meta.url);
const rules = [];
for (const name of cfg.plugins ?? []) {
  if (!/^(@[a-z0-9-]+\/)?[a-z0-9-]+$/.test(name)) throw new Error(`plugin must be an installed package name: ${name}`);
  rules.push(...require(name).rules);
}
const markdownlint = require('markdownlint');
const files = fs.readdirSync(process.argv[2], { recursive: true }).filter((f) => f.endsWith('.md'));
console.log(markdownlint.sync({ files: files.map((f) => `${process.argv[2]}/${f}`), customRules: rules }).toString());
