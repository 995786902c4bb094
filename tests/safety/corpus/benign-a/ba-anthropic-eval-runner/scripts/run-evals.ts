import Anthropic from "@anthropic-ai/sdk";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface Case { id: string; prompt: string; expect_exact?: string; expect_regex?: string }

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "evals/cases.jsonl" },
    model: { type: "string", default: "claude-3-5-haiku-latest" },
    limit: { type: "string", default: "50" },
  },
});

// The SDK reads ANTHROPIC_API_KEY from the environment and calls api.anthropic.com.
const client = new Anthropic();

const cases: Case[] = readFileSync(values.cases!, "utf8")
  .split("\n").filter(Boolean).map((l) => JSON.parse(l))
  .slice(0, Number(values.limit));

const results: Array<{ id: string; pass: boolean; answer: string }> = [];
for (const c of cases) {
  const msg = await client.messages.create({
    model: values.model!,
    max_tokens: 512,
    messages: [{ role: "user", content: c.prompt }],
  });
  const answer = msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  const pass = c.expect_exact !== undefined
    ? answer.trim() === c.expect_exact
    : new RegExp(c.expect_regex ?? ".*", "i").test(answer);
  results.push({ id: c.id, pass, answer });
  console.log(`${pass ? "PASS" : "FAIL"} ${c.id}`);
}

const score = results.filter((r) => r.pass).length / Math.max(results.length, 1);
const out = `evals/results-${Date.now()}.json`;
writeFileSync(out, JSON.stringify({ model: values.model, score, results }, null, 2));
console.log(`score ${(score * 100).toFixed(1)}% -> ${out}`);
