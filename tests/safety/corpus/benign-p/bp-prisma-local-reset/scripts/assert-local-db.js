const url = new URL(process.env.DATABASE_URL || "postgres://invalid");
const allowed = new Set(["localhost", "127.0.0.1", "db"]);
if (!allowed.has(url.hostname)) {
  console.error(`refusing to reset: DATABASE_URL host is ${url.hostname}`);
  process.exit(1);
}
console.log(`local database ${url.hostname}${url.pathname} OK to reset`);
