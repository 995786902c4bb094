#!/usr/bin/env node
// Turns axe-core JSON results into one Markdown table row per rule, worst impact first.
// No dependencies; reads only the files named on the command line.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const USAGE = `usage: node scripts/axe_to_markdown.mjs RESULTS.json [MORE.json ...] > findings.md

Each file holds what axe.run() / AxeBuilder.analyze() returned (an object with "violations"),
or an array of such objects (the @axe-core/cli output). Rules are merged across files; the
Pages column lists each result's "url", or the file name when there is none. WCAG success
criteria come from the rule tags (wcag143 -> 1.4.3, wcag1410 -> 1.4.10).`;

const IMPACT_ORDER = { critical: 0, serious: 1, moderate: 2, minor: 3 };

class InputError extends Error {}

function successCriteria(tags) {
  return tags
    .filter((tag) => typeof tag === "string" && /^wcag\d{3,4}$/.test(tag))
    .map((tag) => tag.slice(4))
    .map((digits) => `${digits[0]}.${digits[1]}.${digits.slice(2)}`);
}

// Keeps a value inside one table cell: no pipes, no markup, no line breaks.
function cell(value) {
  return String(value)
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("|", "\\|")
    .trim();
}

function readResults(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: invalid JSON (${error.message})`);
  }
  const results = Array.isArray(data) ? data : [data];
  for (const [index, result] of results.entries()) {
    const where = Array.isArray(data) ? `${file} [${index}]` : file;
    if (!result || typeof result !== "object" || !Array.isArray(result.violations)) {
      throw new InputError(`${where}: expected axe results with a "violations" array`);
    }
    for (const violation of result.violations) {
      if (!violation || typeof violation.id !== "string" || !Array.isArray(violation.nodes)) {
        throw new InputError(`${where}: a violation lacks a string "id" or a "nodes" array`);
      }
    }
  }
  return results.map((result) => ({ page: typeof result.url === "string" && result.url ? result.url : basename(file, ".json"), violations: result.violations }));
}

function main(files) {
  if (files.includes("--help") || files.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const byRule = new Map();
  for (const file of files) {
    for (const { page, violations } of readResults(file)) {
      for (const violation of violations) {
        const entry = byRule.get(violation.id) ?? {
          id: violation.id,
          impact: Object.hasOwn(IMPACT_ORDER, violation.impact) ? violation.impact : "unknown",
          help: typeof violation.help === "string" ? violation.help : "",
          sc: successCriteria(Array.isArray(violation.tags) ? violation.tags : []),
          pages: new Set(),
          count: 0,
        };
        entry.pages.add(page);
        entry.count += violation.nodes.length;
        byRule.set(violation.id, entry);
      }
    }
  }
  const rank = (impact) => (Object.hasOwn(IMPACT_ORDER, impact) ? IMPACT_ORDER[impact] : 4);
  const rows = [...byRule.values()].sort((a, b) => rank(a.impact) - rank(b.impact) || b.count - a.count || a.id.localeCompare(b.id));
  console.log("| Rule | Impact | WCAG SC | Instances | Pages | Help |");
  console.log("|------|--------|---------|-----------|-------|------|");
  for (const row of rows) {
    const sc = row.sc.join(", ") || "best practice";
    console.log(`| ${cell(row.id)} | ${row.impact} | ${sc} | ${row.count} | ${cell([...row.pages].join(", "))} | ${cell(row.help)} |`);
  }
  if (rows.length === 0) console.error("axe_to_markdown: no violations in the given results");
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`axe_to_markdown: ${error.message.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}`);
  process.exitCode = 1;
}
