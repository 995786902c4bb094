const host = db.getMongo().host;
if (!/^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host)) {
  print(`refusing to reset fixtures on ${host}`);
  quit(1);
}
const target = db.getSiblingDB('e2e_fixtures');
target.dropDatabase();
const fs = require('fs');
for (const f of fs.readdirSync('fixtures').filter(f => f.endsWith('.json'))) {
  const docs = JSON.parse(fs.readFileSync(`fixtures/${f}`, 'utf8'));
  if (docs.length) target.getCollection(f.replace(/\.json$/, '')).insertMany(docs);
}
print('fixtures loaded');
