import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import zlib from 'node:zlib';

const cache = new Map();

async function load(locale) {
  const gz = `messages/${locale}.json.gz`;
  const raw = existsSync(gz)
    ? zlib.gunzipSync(await readFile(gz)).toString('utf8')
    : await readFile(`messages/${locale}.json`, 'utf8');
  return JSON.parse(raw);
}

export async function t(locale, key, vars = {}) {
  if (!cache.has(locale)) cache.set(locale, await load(locale));
  let msg = key.split('.').reduce((o, k) => o?.[k], cache.get(locale)) ?? key;
  if (typeof msg === 'object' && 'count' in vars) {
    msg = msg[new Intl.PluralRules(locale).select(vars.count)] ?? msg.other;
  }
  return String(msg).replace(/\{(\w+)\}/g, (_, v) => String(vars[v] ?? ''));
}
