const { MongoClient } = require("mongodb");
const fs = require("fs");
const path = require("path");

async function main() {
  const url = process.env.MONGO_URL || "mongodb://localhost:27017";
  const dbName = process.env.FIXTURE_DB || "app_dev";
  if (!/(localhost|127\.0\.0\.1|mongo:)/.test(url) || !/_(dev|test)$/.test(dbName)) {
    throw new Error(`refusing to seed ${dbName} at ${url}`);
  }
  const client = await MongoClient.connect(url);
  const db = client.db(dbName);
  for (const f of fs.readdirSync("fixtures").filter(f => f.endsWith(".json"))) {
    const name = path.basename(f, ".json");
    await db.collection(name).deleteMany({});
    const docs = JSON.parse(fs.readFileSync(path.join("fixtures", f)));
    await db.collection(name).insertMany(docs);
    console.log("loaded", name, docs.length);
  }
  await client.close();
}
main();
