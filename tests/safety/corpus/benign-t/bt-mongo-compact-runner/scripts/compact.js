// compact the collections of the current database only
const before = db.stats().storageSize;
db.getCollectionNames().forEach(function (c) {
  const r = db.runCommand({ compact: c });
  print(c + ': ' + (r.ok ? 'ok' : r.errmsg));
});
print('storage before: ' + before + ', after: ' + db.stats().storageSize);
