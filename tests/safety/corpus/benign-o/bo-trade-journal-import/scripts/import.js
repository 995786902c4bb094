const fs = require('fs');

const MAPS = {
  ibkr: { test: (h) => h.includes('T. Price'), time: 'Date/Time', sym: 'Symbol', qty: 'Quantity', px: 'T. Price', pnl: 'Realized P/L' },
  kraken: { test: (h) => h.includes('ordertxid'), time: 'time', sym: 'pair', qty: 'vol', px: 'price', pnl: null },
};

function splitCsv(line) {
  const out = []; let cur = ''; let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q; else if (ch === ',' && !q) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur); return out;
}

const trades = [];
for (const f of process.argv.slice(2)) {
  const [head, ...rows] = fs.readFileSync(f, 'utf8').trim().split(/\r?\n/);
  const m = Object.values(MAPS).find((x) => x.test(head));
  if (!m) { console.error(`unknown format: ${f}`); continue; }
  const cols = splitCsv(head);
  for (const r of rows) {
    const o = Object.fromEntries(splitCsv(r).map((v, i) => [cols[i], v]));
    trades.push({ time: o[m.time], symbol: o[m.sym], qty: +o[m.qty], price: +o[m.px], pnl: m.pnl ? +o[m.pnl] : 0 });
  }
}
console.log(JSON.stringify(trades, null, 2));
