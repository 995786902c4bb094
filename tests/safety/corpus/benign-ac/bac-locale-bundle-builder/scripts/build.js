const fs = require('fs');
const path = require('path');
const src = 'locales', out = 'public/i18n';
const RTL = new Set(['ar', 'he', 'fa']);
const RLM = String.fromCharCode(0x200f);
const en = JSON.parse(fs.readFileSync(path.join(src, 'en.json'), 'utf8'));
fs.mkdirSync(out, { recursive: true });
for (const f of fs.readdirSync(src)) {
  const lang = f.replace(/\.json$/, '');
  const data = JSON.parse(fs.readFileSync(path.join(src, f), 'utf8'));
  const missing = Object.keys(en).filter(k => !(k in data));
  if (missing.length) console.log(`${f}: missing ${missing.join(', ')}`);
  const merged = { ...en, ...data };
  if (RTL.has(lang)) for (const k in merged) merged[k] = RLM + merged[k];
  fs.writeFileSync(path.join(out, f), JSON.stringify(merged));
}
