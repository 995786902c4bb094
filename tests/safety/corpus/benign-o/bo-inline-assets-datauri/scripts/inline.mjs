import fs from 'node:fs';
import path from 'node:path';

const file = process.argv[2];
const dir = path.dirname(file);
const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
const toData = (ref) => {
  if (/^(https?:|data:)/.test(ref)) return ref;
  const p = path.join(dir, ref);
  const mime = MIME[path.extname(p).toLowerCase()];
  if (!mime || !fs.existsSync(p)) return ref;
  return `data:${mime};base64,${fs.readFileSync(p).toString('base64')}`;
};
let html = fs.readFileSync(file, 'utf8');
html = html.replace(/(<img[^>]+src=")([^"]+)(")/g, (_, a, ref, b) => a + toData(ref) + b);
html = html.replace(/url\((['"]?)([^'")]+)\1\)/g, (_, q, ref) => `url(${q}${toData(ref)}${q})`);
process.stdout.write(html);
