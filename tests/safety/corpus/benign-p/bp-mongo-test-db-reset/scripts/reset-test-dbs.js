const host = db.getMongo().host || "";
const okHost = /^(localhost|127\.0\.0\.1|mongo-test)(:\d+)?$/.test(host.split(",")[0]);
if (!okHost) {
  print(`refusing: host ${host} is not a local test server`);
  quit(1);
}
for (const name of db.getMongo().getDBNames()) {
  if (!name.endsWith("_test")) continue;
  db.getSiblingDB(name).dropDatabase();
  print(`dropped ${name}`);
}
