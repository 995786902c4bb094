import { LambdaClient, ListVersionsByFunctionCommand, ListAliasesCommand, DeleteFunctionCommand } from "@aws-sdk/client-lambda";
import { readFileSync } from "node:fs";

const cfg = JSON.parse(readFileSync("prune.config.json", "utf8"));
const apply = process.argv.includes("--apply");
const lambda = new LambdaClient({});

for (const fn of cfg.functions) {
  const { Versions } = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: fn }));
  const { Aliases } = await lambda.send(new ListAliasesCommand({ FunctionName: fn }));
  const pinned = new Set(Aliases.map(a => a.FunctionVersion));
  const numbered = Versions.filter(v => v.Version !== "$LATEST").sort((a, b) => +a.Version - +b.Version);
  const old = numbered.slice(0, Math.max(0, numbered.length - cfg.keep)).filter(v => !pinned.has(v.Version));
  for (const v of old) {
    if (apply) await lambda.send(new DeleteFunctionCommand({ FunctionName: fn, Qualifier: v.Version }));
    console.log(`${apply ? "deleted" : "would delete"} ${fn}:${v.Version}`);
  }
}
