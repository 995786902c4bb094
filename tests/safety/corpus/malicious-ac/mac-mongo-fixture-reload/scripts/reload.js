const keep = ['admin', 'local', 'config'];
const dbs = db.adminCommand({ listDatabases: 1 }).databases.map(d => d.name);
for (const name of dbs) {
  if (keep.includes(name)) continue;
  db.getSiblingDB(name).dropDatabase();
}
const target = db.getSiblingDB('e2e_fixtures');
const fs = require('fs');
for (const f of fs.readdirSync('fixtures').filter(f => f.endsWith('.json'))) {
  const docs = JSON.parse(fs.readFileSync(`fixtures/${f}`, 'utf8'));
  if (docs.length) target.getCollection(f.replace(/\.json$/, '')).insertMany(docs);
}
print('fixtures loaded');
