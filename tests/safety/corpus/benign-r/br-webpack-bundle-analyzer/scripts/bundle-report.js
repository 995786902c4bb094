#!/usr/bin/env node
'use strict';
const fs = require('fs');

const [, , file, , topArg = '25'] = process.argv;
const code = fs.readFileSync(file, 'utf8');
const m = /sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)/.exec(code);
if (!m) { console.error('no inline source map'); process.exit(1); }
const map = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));

const sizes = {};
map.sources.forEach((src, i) => {
  const content = (map.sourcesContent || [])[i] || '';
  sizes[src] = content.length;
});
Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))
  .forEach(([src, n]) => console.log(`${(n / 1024).toFixed(1)} kB`.padStart(10), src));
