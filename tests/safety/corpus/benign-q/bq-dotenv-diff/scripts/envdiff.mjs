import { readFileSync, existsSync } from 'node:fs';
const file = process.argv.find(a => a.startsWith('.env') && a !== '.env.example') ?? '.env';
const hint = process.argv.includes('--hint');
const parse = p => existsSync(p) ? Object.fromEntries(readFileSync(p, 'utf8').split('\n')
  .map(l => l.replace(/^export\s+/, '')).filter(l => /^[A-Za-z_][A-Za-z0-9_]*=/.test(l))
  .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()])) : {};
const env = parse(file), ex = parse('.env.example');
let bad = 0;
for (const k of Object.keys(ex)) if (!(k in env)) { console.log('missing  ', k); bad = 1; }
for (const k of Object.keys(env)) if (!(k in ex)) console.log('extra    ', k);
for (const [k, v] of Object.entries(env)) if (v === '' || v === '""') console.log('empty    ', k);
if (hint) for (const [k, v] of Object.entries(env)) console.log('hint     ', k, v ? `${v.slice(0, 2)}…(${v.length})` : '');
process.exit(bad);
