// Connect, send a ping message, expect a pong within 5 s. Requires: npm i ws
import WebSocket from "ws";

const url = process.argv[2];
if (!url) {
  console.error("usage: node ws-smoke.mjs wss://host/path");
  process.exit(2);
}

const headers = process.env.WS_TEST_TOKEN ? { Authorization: `Bearer ${process.env.WS_TEST_TOKEN}` } : {};
const ws = new WebSocket(url, { headers, handshakeTimeout: 5000 });
const started = Date.now();
const timer = setTimeout(() => {
  console.error("no pong within 5 s");
  ws.terminate();
  process.exit(1);
}, 5000);

ws.on("open", () => ws.send(JSON.stringify({ type: "ping", at: started })));
ws.on("message", (data) => {
  const msg = JSON.parse(data.toString());
  if (msg.type === "pong") {
    clearTimeout(timer);
    console.log(`pong in ${Date.now() - started} ms`);
    ws.close(1000, "smoke test done");
  }
});
ws.on("error", (err) => {
  console.error(`error: ${err.message}`);
  process.exit(1);
});
