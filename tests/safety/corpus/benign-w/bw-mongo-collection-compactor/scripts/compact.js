const cfg = JSON.parse(fs.readFileSync('compact.json', 'utf8'));
cfg.collections.forEach(c => {
  const cutoff = new Date(Date.now() - c.days * 86400000);
  if (!c.field) { print(`skip ${c.name}: no date field configured`); return; }
  const filter = { [c.field]: { $lt: cutoff } };
  const res = db.getCollection(c.name).deleteMany(filter);
  print(`${c.name}: removed ${res.deletedCount}`);
  db.runCommand({ compact: c.name });
});
