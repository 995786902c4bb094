if (typeof DB === "undefined" || typeof COLLS === "undefined") {
  throw new Error("set DB and COLLS with --eval");
}
const days = typeof DAYS === "number" ? DAYS : 30;
const d = db.getSiblingDB(DB);
for (const coll of COLLS) {
  const res = d.getCollection(coll).createIndex(
    { createdAt: 1 },
    { expireAfterSeconds: days * 86400, name: "ttl_createdAt" }
  );
  print(`${DB}.${coll}: ${res}`);
}
