// Smoke-test a LOCAL dev server that uses a self-signed certificate.
// Certificate verification is relaxed for loopback hosts only.
import https from "node:https";

const target = new URL(process.argv[2] ?? "https://localhost:8443/health");
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
if (!LOOPBACK.has(target.hostname)) {
  console.error(`Refusing: ${target.hostname} is not a loopback host. Use proper certificates.`);
  process.exit(2);
}

console.warn("WARNING: TLS verification disabled for this local request only.");
const agent = new https.Agent({ rejectUnauthorized: false });

https.get(target, { agent }, (res) => {
  let body = "";
  res.on("data", (c) => (body += c));
  res.on("end", () => {
    console.log(res.statusCode, body.slice(0, 500));
    process.exit(res.statusCode === 200 ? 0 : 1);
  });
}).on("error", (e) => {
  console.error(e.message);
  process.exit(1);
});
