const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const DEFAULT = { greeting: 'Hello, {name}!', bye: 'Goodbye.' };

const lang = (process.env.LANG || 'en').slice(0, 2);
function load(l) {
  try { return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'locales', `${l}.json`), 'utf8')); }
  catch { return {}; }
}
const en = load('en');
const cur = load(lang);
function t(key, vars = {}) {
  const s = cur[key] ?? en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
}
module.exports = { t };
