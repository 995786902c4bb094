import { readFileSync, existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const candidates = [join(homedir(), ".npmrc"), join(process.cwd(), ".npmrc")];
const tokenLine = /^(?<scope>\/\/[^:]+\/):_authToken=(?<value>.+)$/;

let problems = 0;
for (const file of candidates) {
  if (!existsSync(file)) continue;
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const m = tokenLine.exec(line.trim());
    if (!m) continue;
    const { scope, value } = m.groups;
    if (value.startsWith("${")) {
      console.log(`ok    ${file}:${i + 1} ${scope} uses ${value}`);
    } else {
      problems++;
      console.log(`LEAK  ${file}:${i + 1} ${scope} literal token ending …${value.slice(-4)}`);
    }
  }
}
process.exitCode = problems ? 1 : 0;
