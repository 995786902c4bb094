#!/usr/bin/env node
// Summarises a Vitest or Jest JSON report: counts, failures with their first message line,
// the slowest tests and the slowest files. No dependencies.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: node test_report.mjs [--top N] [--format text|json] REPORT.json

REPORT.json comes from \`vitest run --reporter=json --outputFile=report.json\`
or \`jest --json --outputFile=report.json\` (- reads standard input).

Prints totals, every failed test with the first line of its message, the N slowest
tests (default 5) and the N slowest files.
Exit status: 0 all tests passed, 1 some failed, 2 unreadable report or bad usage.`;

const MAX_BYTES = 50 * 1024 * 1024;

function fail(message) {
  process.stderr.write(`test_report: ${message}\n`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '5' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
if (options.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const top = Number(options.values.top);
if (!Number.isInteger(top) || top < 0) fail('--top needs a whole number');
if (!['text', 'json'].includes(options.values.format)) fail('--format is text or json');
if (options.positionals.length !== 1) fail(`give one report file\n${USAGE}`);

const path = options.positionals[0];
let report;
try {
  const text = readFileSync(path === '-' ? 0 : path);
  if (text.length > MAX_BYTES) fail(`${path} is larger than ${MAX_BYTES} bytes`);
  report = JSON.parse(text.toString('utf8'));
} catch (error) {
  fail(`cannot read ${path}: ${error.message}`);
}
if (!report || !Array.isArray(report.testResults)) fail(`${path} has no "testResults" list: is it a Vitest/Jest JSON report?`);

const text = (value) => (typeof value === 'string' ? value : '');
const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const firstLine = (message) => text(message).replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n', 1)[0].slice(0, 200);

const tests = [];
const files = [];
for (const file of report.testResults) {
  if (!file || typeof file !== 'object') continue;
  const name = text(file.name);
  const start = number(file.startTime);
  const end = number(file.endTime);
  files.push({ file: name, ms: start !== null && end !== null ? end - start : null, status: text(file.status), message: firstLine(file.message) });
  for (const test of Array.isArray(file.assertionResults) ? file.assertionResults : []) {
    if (!test || typeof test !== 'object') continue;
    const title = text(test.fullName) || [...(Array.isArray(test.ancestorTitles) ? test.ancestorTitles : []), text(test.title)].join(' > ');
    tests.push({ file: name, test: title, status: text(test.status), ms: number(test.duration), message: firstLine((test.failureMessages ?? [])[0]) });
  }
}

const count = (status) => tests.filter((t) => t.status === status).length;
const byTime = (a, b) => (b.ms ?? -1) - (a.ms ?? -1);
const summary = {
  files: files.length,
  tests: tests.length,
  passed: count('passed'),
  failed: count('failed'),
  skipped: tests.length - count('passed') - count('failed'),
  failures: tests.filter((t) => t.status === 'failed'),
  // A file that failed to load has no test results, only a message.
  brokenFiles: files.filter((f) => f.status === 'failed' && !tests.some((t) => t.file === f.file && t.status === 'failed')),
  slowestTests: tests.filter((t) => t.ms !== null).sort(byTime).slice(0, top),
  slowestFiles: files.filter((f) => f.ms !== null).sort(byTime).slice(0, top),
};

const clean = (value) => text(value).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
if (options.values.format === 'json') {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const lines = [`${summary.tests} tests in ${summary.files} files: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped or todo`];
  for (const f of summary.failures) lines.push(`FAIL ${clean(f.file)} > ${clean(f.test)}${f.message ? `\n     ${clean(f.message)}` : ''}`);
  for (const f of summary.brokenFiles) lines.push(`FAIL ${clean(f.file)} (did not run)${f.message ? `\n     ${clean(f.message)}` : ''}`);
  if (summary.slowestTests.length) lines.push('slowest tests:', ...summary.slowestTests.map((t) => `  ${String(Math.round(t.ms)).padStart(7)} ms  ${clean(t.test)}`));
  if (summary.slowestFiles.length) lines.push('slowest files:', ...summary.slowestFiles.map((f) => `  ${String(Math.round(f.ms)).padStart(7)} ms  ${clean(f.file)}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = summary.failed > 0 || summary.brokenFiles.length > 0 || report.success === false ? 1 : 0;
