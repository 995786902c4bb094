#!/usr/bin/env bash
set -euo pipefail
URI="${MONGO_URI:-mongodb://localhost:27017}"
: "${DB:?set DB to the database to compact}"
mongosh "$URI/$DB" --quiet --eval '
  db.getCollectionNames().forEach(c => {
    const r = db.runCommand({ compact: c });
    print(c, JSON.stringify(r.bytesFreed ?? r));
  });'
